// A question that names people reports nothing they said, a reason's frame is no part of the subject after it, and
// the records a story quotes are documents (the thirty-eighth round of being right on any news page). Every sentence
// is written for the project.
import { describe, expect, it } from 'vitest';
import { analyze, claimed, listed } from './text-analysis';

describe('a question asks; nobody is reported', () => {
  it("\"why don't Tarnby's owners want …?\" is the writer's question, no claim of the owners'", () => {
    const result = analyze(
      'The app stores every photo twice.',
      'So if that is true, why don’t Tarnby’s owners want to use it for their own photos?',
    );
    expect(claimed(result)).toEqual([]);
    expect(result.sources).toEqual([]);
  });

  it('"Why haven\'t more people thought …?" and "Wonder why designers want …?" report no one', () => {
    const result = analyze(
      'Why haven’t more people thought about doing the same?',
      'Wonder why young designers want to do everything at the office?',
    );
    expect(claimed(result)).toEqual([]);
  });

  it('"Why did the officials say …?" asks; "the officials said" answered elsewhere still reports', () => {
    const result = analyze(
      'Why did the officials say the dam was safe?',
      'The officials said on Monday that the dam was safe.',
    );
    expect(claimed(result)).toEqual([['said', ['The officials']]]);
  });
});

describe("a reason's frame before the subject", () => {
  it('"That\'s why former Harlow officials are calling for …" is the officials\' call', () => {
    const result = analyze('That’s why former Harlow officials are calling for her removal from the committee.');
    expect(claimed(result)).toEqual([['are calling', ['former Harlow officials']]]);
  });

  it('"That explains why critics say …", "which is why doctors call …": the people after "why" speak', () => {
    const result = analyze(
      'That explains why critics say the plan will fail.',
      'She cannot move, which is why doctors call her condition "locked-in".',
    );
    expect(claimed(result)).toEqual([
      ['say', ['critics']],
      ['call', ['doctors']],
    ]);
  });
});

describe('an asked "why" opens no subject', () => {
  it('"When asked why Lowe decided …, Tyler said" is Tyler\'s alone', () => {
    const result = analyze('When asked why Lowe decided to quit this week, Tyler said, "We have three weeks to go."');
    expect(claimed(result)).toEqual([['said', ['Tyler']]]);
  });
});

describe('records a story quotes are documents', () => {
  it('an affidavit, the transcripts, an evaluation speak as documents, not as people', () => {
    const result = analyze(
      'Another affidavit stated that the courier saw the crash.',
      'Police radio transcripts from the night of the fire revealed a chaotic scene at the depot.',
      'According to the evaluation, the model handled the edge cases well.',
    );
    expect(listed(result).map((s) => [s.name, s.kind])).toEqual([
      ['Another affidavit', 'document'],
      ['Police radio transcripts from the night of the fire', 'document'],
      ['the evaluation', 'document'],
    ]);
  });

  it('"an excerpt translated from the Arabic by Watchlog" is Watchlog\'s, not a body called "Arabic"', () => {
    const result = analyze(
      '"The group is fighting us," Ivo Brand said, according to an excerpt translated from the Arabic by Watchlog.',
    );
    expect(result.sources.map((s) => s.name)).toContain('Watchlog');
    expect(result.sources.map((s) => s.name)).not.toContain('Arabic');
  });
});

describe("a maker's name that opens its product's is no given name", () => {
  it('"the Zentro Pulse launches" … "Zentro says": the maker speaks, not a person called Zentro Pulse', () => {
    const result = analyze(
      'Zentro Pulse owners will be pleased.',
      'The Zentro Pulse launches on Friday with a new charger.',
      'Zentro says the battery should last about three hours.',
    );
    // (the maker goes by its product's full name, a body's, no person's)
    expect(listed(result).map((s) => s.kind)).toEqual(['organization']);
    expect(claimed(result).map(([cue]) => cue)).toEqual(['says']);
  });

  it('"Zentro of Harlow boss Ana Lowe" … "Zentro says": a body with a branch "of" a place', () => {
    const result = analyze(
      'Zentro Pulse owners will be pleased, Zentro of Harlow boss Ana Lowe said.',
      'Zentro says the battery should last about three hours.',
    );
    expect(claimed(result)).toEqual([
      ['said', ['Ana Lowe']],
      ['says', ['Zentro']],
    ]);
  });

  it('a given name alone is still the person the text named in full ("the Ana Lowe case" too)', () => {
    const result = analyze('The Ana Lowe case went to court on Monday.', 'Ana said she was tired of waiting.');
    expect(claimed(result)).toEqual([['said', ['Ana Lowe']]]);
  });
});

describe("an instruction to the reader's own people reports no one", () => {
  it('"So, ask your partners for targets" is advice; "…, say experts" still reports', () => {
    const result = analyze(
      'So, ask your potential partners for error-rate targets and schedules.',
      'The plan will fail, say experts.',
    );
    expect(claimed(result)).toEqual([['say', ['experts']]]);
  });
});

describe('units and participles after a noun', () => {
  it('"fell 4 basis points to" is a unit, no cue; "the data points to" still is one', () => {
    const result = analyze(
      'The ten-year yield fell 4 basis points to trade at 2.41 per cent.',
      'Support rose five percentage points to 41 percent.',
      'The data points to a slowdown.',
    );
    expect(claimed(result)).toEqual([['The data points to', ['The data']]]);
  });

  it('"a memo sent to the counsel" is the memo, a document, not the counsel', () => {
    const result = analyze(
      'The rules were legal, according to a 2002 memo sent to the agency’s acting general counsel.',
    );
    expect(listed(result).map((s) => s.kind)).toEqual(['document']);
  });
});

describe('a concession opening the sentence is no name', () => {
  it('"Sure, the data suggest …", "True, official data suggest …" are the data\'s', () => {
    const result = analyze(
      'Sure, the data suggest that prices are falling.',
      'True, official data suggest that rents are falling too.',
    );
    expect(claimed(result)).toEqual([
      ['the data suggest', ['the data']],
      ['official data suggest', ['official data']],
    ]);
  });
});

describe("a person of a paper or a broadcaster, with no post named, is the media's", () => {
  const categoryOf = (text: string): [string | null, string] => {
    const source = analyze(text).sources[0];
    return [source?.affiliation ?? null, source?.category ?? ''];
  };

  it('"reports Ana Lowe of the Harlow Chronicle", "Ana Lowe of NPR reported": a reporter, media', () => {
    expect(categoryOf('The club has signed a new keeper, reports Ana Lowe of the Harlow Chronicle.')).toEqual([
      'Harlow Chronicle',
      'media',
    ]);
    expect(categoryOf('Ana Lowe of NPR reported that the club has signed a new keeper.')).toEqual(['NPR', 'media']);
  });

  it('"Ana Lowe of NBC" is a network\'s; "the NBC" a text spells out as a bottler is not', () => {
    expect(categoryOf('Ana Lowe of NBC reported that the club has signed a new keeper.')).toEqual(['NBC', 'media']);
    const result = analyze(
      'The Nogo Bottling Company (NBC) lost the case.',
      'Lawyers for the NBC said they would appeal.',
    );
    expect(result.sources.map((s) => [s.name, s.category])).toEqual([['Lawyers for the NBC', 'organization']]);
  });

  it('"Ana Lowe of Harlow", "Ana Lowe of NY": where one is from is no body', () => {
    expect(categoryOf('Ana Lowe of Harlow said that the club has signed a new keeper.')).toEqual([null, 'other']);
    expect(categoryOf('Ana Lowe of NY said that the club has signed a new keeper.')).toEqual([null, 'other']);
  });
});

describe('an aside between the subject and its verb', () => {
  it('"Ana Lowe and Ivo Brand, among others, worry" gives neither a role "among others"', () => {
    const result = analyze('Ana Lowe and Ivo Brand, among others, worry that the dam might fail.');
    expect(listed(result)).toEqual([
      { name: 'Ana Lowe', kind: 'person', role: null, affiliation: null },
      { name: 'Ivo Brand', kind: 'person', role: null, affiliation: null },
    ]);
  });
});

describe('a boast is told, a thing one has is not', () => {
  it('"boasts a reputation", "boast median incomes" report nothing; "boasted that", "of", a quote do', () => {
    const result = analyze(
      'The firm boasts a reputation as a pitiless cutter of costs.',
      'All three towns boast median household incomes above the average.',
      'Lowe boasted that the team would win.',
      'Brand boasted of his record.',
      'Ana Holm boasted Monday night that the plan had not lost a single seat.',
    );
    expect(claimed(result)).toEqual([
      ['boasted', ['Lowe']],
      ['boasted', ['Brand']],
      ['boasted', ['Ana Holm']],
    ]);
  });
});

describe("one family name, two people: what the text says of one is not the other's", () => {
  it('"Gov. Robert Lowe" is the government\'s; his wife "Dianne Lowe" is not', () => {
    const result = analyze(
      'Gov. Robert Lowe said on Monday that he would not resign.',
      'His wife, Dianne Lowe, said she had filed for divorce.',
    );
    expect(result.sources.map((s) => [s.name, s.category])).toEqual([
      ['Robert Lowe', 'government'],
      ['Dianne Lowe', 'other'],
    ]);
  });
});

describe('a relative clause that states no post', () => {
  it('"Ivo Brand, who was a year ahead of her at school," has no role; "who is a lawyer for the family" has one', () => {
    const result = analyze(
      'Ivo Brand, who was a year ahead of her at school, said she was shy.',
      'Ana Holm, who is a lawyer for the family, said the plan was sound.',
    );
    expect(listed(result).map((s) => [s.name, s.role])).toEqual([
      ['Ivo Brand', null],
      ['Ana Holm', 'lawyer for the family'],
    ]);
  });
});

describe('"how" before a clause', () => {
  it('"how Christians think these are demons" is the Christians\'; "How many people said …?" asks', () => {
    const result = analyze(
      'The book covers the rules around spirits, how Christians think these are demons, and more.',
      'How many people said the dam was safe?',
    );
    expect(claimed(result)).toEqual([['think', ['Christians']]]);
  });
});

describe('a work named by a quoted title', () => {
  it('"a study by Harbor Labs titled "…"" is Harbor Labs\'s, no source named "… titled"', () => {
    const result = analyze(
      'According to a study by Harbor Labs titled "State of Apps 2023," downloads reached 255 billion.',
    );
    expect(result.sources.map((s) => s.name)).toEqual(['Harbor Labs']);
  });
});
