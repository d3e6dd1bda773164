// What the twenty-ninth round taught the engine: a person named by their age ("the 46-year-old") is the person
// the story named, and a profile is a document a claim may cite, whose owner is whom the possessive names, not
// the site in its name. Every sentence is written for the project.
import { describe, expect, it } from 'vitest';
import { analyze, claimed } from './text-analysis';

describe('a person named by their age', () => {
  it('"said the 46-year-old" and "the 46-year-old said" are claims of the person named before', () => {
    const result = analyze(
      'Ivo Brand, the ferry captain, said the crossing had been rough.',
      '“We lost an hour in the fog,” said the 46-year-old.',
      'The 46-year-old said the engines were sound.',
    );
    expect(claimed(result)).toEqual([
      ['said', ['Ivo Brand']],
      ['said', ['Ivo Brand']],
      ['said', ['Ivo Brand']],
    ]);
    expect(result.sources.map((s) => s.name)).toEqual(['Ivo Brand']);
  });

  it('with nobody named before, the age is a source of its own', () => {
    const result = analyze('“We lost an hour in the fog,” said the 46-year-old.');
    expect(claimed(result)).toEqual([['said', ['the 46-year-old']]]);
    expect(result.sources[0]?.kind).toBe('person');
  });

  it('an age with a noun after it is that noun, as before', () => {
    const result = analyze(
      'Ivo Brand, the ferry captain, said the crossing had been rough.',
      '“The town is friendly,” said the 46-year-old mother of two.',
    );
    expect(result.sources.map((s) => s.name)).toEqual(['Ivo Brand', 'the 46-year-old mother of two']);
  });
});

describe('a profile as what a claim cites', () => {
  it('"according to his online profile" is a claim, the profile its source', () => {
    const result = analyze('The pilot had flown for Harlow Air since 2004, according to his online profile.');
    expect(claimed(result)).toEqual([['according to', ['his online profile']]]);
    expect(result.sources[0]?.kind).toBe('document');
  });

  it('the name in a possessed document is not its source: "her Kestrel biography" is hers', () => {
    const result = analyze('Ana Lowe had trained as a nurse, according to her Kestrel biography.');
    expect(claimed(result)).toEqual([['according to', ['her Kestrel biography']]]);
  });

  it('a body named in a document without a possessive pronoun is still its source', () => {
    const result = analyze('The plant had been closed since 2004, according to a Kestrel Energy report.');
    expect(claimed(result)).toEqual([['according to', ['Kestrel Energy']]]);
  });
});

describe('a count after "of" is no body', () => {
  it('"a mother of two", "a father of 4" and "a review of 14 studies" name no affiliation', () => {
    const result = analyze(
      '“The town is friendly,” said the 46-year-old mother of two.',
      'A father of 4 said the school run took an hour.',
      'A review of 14 studies found the drug worked.',
    );
    expect(result.sources.map((s) => [s.name, s.affiliation])).toEqual([
      ['the 46-year-old mother of two', null],
      ['A father of 4', null],
      ['A review of 14 studies', null],
    ]);
  });

  it('a body after "of" still is one', () => {
    const result = analyze('A spokesman of the Harlow Ferry Company said the crossing was cancelled.');
    expect(result.sources[0]?.affiliation).toBe('Harlow Ferry Company');
  });
});

describe("a picture's credit on a line of its own is about nobody", () => {
  it.each(['Dana Reyes via Kestrel Images.', 'Photo: Dana Reyes/Kestrel Images', 'Dana Reyes for The Harlow Courier'])(
    '"%s" between a person and "he said" leaves "he" the person',
    (credit) => {
      const result = analyze(
        'Ivo Brand, who starred in two films, posted the clip online on Thursday.',
        credit,
        '“We will see,” he said.',
      );
      expect(claimed(result)).toEqual([['said', ['Ivo Brand']]]);
    },
  );
});

describe('a name with a number after it', () => {
  it('a station, a channel or a union local speaks as a body: "Kestrel 7 reported", "Local 32 said"', () => {
    const result = analyze(
      'Kestrel 7 reported that a ferry ran aground near Harlow.',
      'Local 32 said its members would strike on Monday.',
    );
    expect(claimed(result)).toEqual([
      ['reported', ['Kestrel 7']],
      ['said', ['Local 32']],
    ]);
    expect(result.sources.map((s) => s.kind)).toEqual(['organization', 'organization']);
  });

  it('a clause of a law or a table of a paper is no speaker', () => {
    const result = analyze(
      'Article 50 says that a member may leave the union.',
      'Table 2 describes the means of the two groups at the start.',
    );
    expect(result.sources.map((s) => s.name)).not.toContain('Article 50');
    expect(result.sources.map((s) => s.name)).not.toContain('Table 2');
  });
});

describe('a sentence that opens with its verb of speech', () => {
  it.each([
    ['Stated Brand: “I think the stakes are high.”', 'Stated'],
    ['Tweeted Lowe: “The ferry is late again.”', 'Tweeted'],
    ['Insisted Brand, “We will sail on time.”', 'Insisted'],
  ])('"%s": the verb is the cue, not part of the name', (sentence, cue) => {
    const result = analyze(sentence);
    expect(claimed(result)).toEqual([[cue, [sentence.split(' ')[1]?.replace(/[:,]$/, '') ?? '']]]);
  });

  it('an opening participle that is no verb of speech keeps the sentence as it was', () => {
    const result = analyze('Continued growth is expected, the council said.');
    expect(claimed(result)).toEqual([['said', ['council']]]);
  });

  it('"Asked about …, she replied" opens with a clause, not with a verb before its speaker', () => {
    const result = analyze(
      '“That is a fair worry,” Lowe told Kestrel TV on Monday when asked about the vote.',
      '“I think Brand would help,” she said.',
      'Asked whether she would still sail if Brand lost the toll fight, she replied: “Ask me in May.”',
      '“Really,” she added when the interviewer laughed.',
    );
    expect(result.sources.map((s) => s.name)).toEqual(['Lowe']);
  });
});

describe('claiming a deed or a win as one’s own', () => {
  it('"claimed responsibility for", "has claimed credit for", "is already claiming victory" are claims', () => {
    const result = analyze(
      'Kestrel Front claimed responsibility for the blast at the harbour.',
      'The Harlow police have claimed credit for the fall in crime.',
      'Brand’s crew is already claiming victory at the pier vote.',
    );
    expect(claimed(result)).toEqual([
      ['claimed responsibility', ['Kestrel Front']],
      ['have claimed credit', ['Harlow police']],
      ['is already claiming victory', ['Brand’s crew']],
    ]);
  });

  it('nobody claims anything: "No group has claimed responsibility"', () => {
    expect(analyze('No group has claimed responsibility for the blast.').claims).toEqual([]);
  });
});
