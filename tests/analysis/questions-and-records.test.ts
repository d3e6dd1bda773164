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

  it('"Why haven\'t more bakers thought …?" and "Wonder why designers want …?" report no one', () => {
    const result = analyze(
      'Why haven’t more bakers thought of opening their ovens on Sundays?',
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
  it('"That\'s why veteran Tarnby skippers are calling for …" is the skippers\' call', () => {
    const result = analyze('That’s why veteran Tarnby skippers are calling for a fresh survey of the harbour mouth.');
    expect(claimed(result)).toEqual([['are calling', ['veteran Tarnby skippers']]]);
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
  it('"When asked why Holm decided …, Reed said" is Reed\'s alone', () => {
    const result = analyze('When asked why Holm decided to shut the bakery early, Reed said, "The ovens need a rest."');
    expect(claimed(result)).toEqual([['said', ['Reed']]]);
  });
});

describe('records a story quotes are documents', () => {
  it('an affidavit, the transcripts, an evaluation speak as documents, not as people', () => {
    const result = analyze(
      'Another affidavit stated that the courier saw the crash.',
      'Coastguard radio transcripts from the evening of the storm revealed confusion along the east pier.',
      'According to the evaluation, the model handled the edge cases well.',
    );
    expect(listed(result).map((s) => [s.name, s.kind])).toEqual([
      ['Another affidavit', 'document'],
      ['Coastguard radio transcripts from the evening of the storm', 'document'],
      ['the evaluation', 'document'],
    ]);
  });

  it('"a transcript translated from the Portuguese by Tidelog" is Tidelog\'s, not a body called "Portuguese"', () => {
    const result = analyze(
      '"The ferries are leaving us behind," Ivo Brand said, according to a transcript translated from the Portuguese by Tidelog.',
    );
    expect(result.sources.map((s) => s.name)).toContain('Tidelog');
    expect(result.sources.map((s) => s.name)).not.toContain('Portuguese');
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
  it('"slipped 6 basis points to" is a unit, no cue; "the data points to" still is one', () => {
    const result = analyze(
      'The harbour bond yield slipped 6 basis points to 3.18 per cent on Tuesday.',
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
      'The Nogo Baking Cooperative (NBC) lost its appeal over the pier lease.',
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
      'The bakery boasts a reputation as a stern judge of flour.',
      'Both harbour towns boast median household incomes well above the regional figure.',
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
  it('"Ivo Brand, who was two benches behind her at baking school," has no role; "who is a lawyer for the family" has one', () => {
    const result = analyze(
      'Ivo Brand, who was two benches behind her at baking school, said she was careful.',
      'Ana Holm, who is a lawyer for the family, said the plan was sound.',
    );
    expect(listed(result).map((s) => [s.name, s.role])).toEqual([
      ['Ivo Brand', null],
      ['Ana Holm', 'lawyer for the family'],
    ]);
  });
});

describe('"how" before a clause', () => {
  it('"how sailors think these are warnings" is the sailors\'; "How many people said …?" asks', () => {
    const result = analyze(
      'The guide covers old harbour legends, how sailors think these are warnings, and more.',
      'How many people said the dam was safe?',
    );
    expect(claimed(result)).toEqual([['think', ['sailors']]]);
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
