// What the twenty-sixth round taught the engine: where a speaker lives is no body they are of, degrees after a
// name are no affiliation, a "he" opening a sentence outlasts the relative clause inside it, and a few words read
// right (a possessive determiner's noun, "states" before its subject, the city that speaks). Every sentence is
// written for the project.
import { describe, expect, it } from 'vitest';
import { findNumbers } from '../../utils/analysis/numbers';
import { analyze, claimed, listed } from './text-analysis';

describe('where a speaker works, and where they live', () => {
  it('a body after "of" or "from" whose head says it is one is the affiliation', () => {
    const result = analyze(
      'Senior author Professor Ivo Brand of the University of Tarnby claims that the lake could shrink.',
      'Lead researcher Mia Holt from the Institute for Coastal Studies said it was a surprise.',
    );
    expect(result.sources.map((s) => [s.name, s.affiliation])).toEqual([
      ['Ivo Brand', 'University of Tarnby'],
      ['Mia Holt', 'Institute for Coastal Studies'],
    ]);
  });

  it('a town after an age, or after "a 30-year-old" or "a resident", is where one lives', () => {
    const result = analyze(
      '"The swell is perfect today," said surfer Ivo Brand, 31, of Tarnby.',
      '"We only had a day\'s warning," said Ed Moss, a 30-year-old from Harlow.',
      '"Nobody came," said Ana Lowe, a resident of Kestrel Bay.',
    );
    expect(result.sources.map((s) => [s.name, s.affiliation])).toEqual([
      ['Ivo Brand', null],
      ['Ed Moss', null],
      ['Ana Lowe', null],
    ]);
  });

  it('a body after an age is still the affiliation', () => {
    const result = analyze('"It is fine," said Ana Lowe, 41, of the Kestrel Institute.');
    expect(result.sources[0]?.affiliation).toBe('Kestrel Institute');
  });

  it('degrees after a name are skipped, and the role after them read', () => {
    const result = analyze(
      'Kelp flakes suit most diets, states Ana Rusk, MS, RD, sports dietitian and founder of Kestrel Foods.',
      '"Fine," said Ivo Brand, PhD, a chemist at Harlow University.',
    );
    expect(listed(result)).toEqual([
      {
        name: 'Ana Rusk',
        kind: 'person',
        role: 'sports dietitian and founder of Kestrel Foods',
        affiliation: 'Kestrel Foods',
      },
      { name: 'Ivo Brand', kind: 'person', role: 'chemist at Harlow University', affiliation: 'Harlow University' },
    ]);
    expect(result.sources[0]?.category).toBe('expert');
  });

  it('a post held now, in a relative clause, is the role without its verb and article', () => {
    const result = analyze(
      '"No," Mr. Moss, who is a carpenter, said of the plan.',
      'Ana Lowe, who is the mayor of Tarnby, said the road was shut.',
    );
    expect(result.sources.map((s) => [s.name, s.role])).toEqual([
      ['Moss', 'carpenter'],
      ['Ana Lowe', 'mayor of Tarnby'],
    ]);
  });

  it('a clause set in commas after an inverted subject is no role', () => {
    const result = analyze('Kelp flakes cut the cost of two meals, states Ana Rusk, the second is getting cheaper.');
    expect(listed(result)).toEqual([{ name: 'Ana Rusk', kind: 'person', role: null, affiliation: null }]);
  });

  it('where an envoy is posted is no body they are of; who sent them is', () => {
    const result = analyze(
      'Ivo Brand, the former special envoy to Tarnland, said he knew nothing of the loan.',
      'Ana Lowe, the Harlow ambassador to France, said the talks went well.',
    );
    expect(result.sources.map((s) => [s.name, s.role, s.affiliation])).toEqual([
      ['Ivo Brand', 'former special envoy to Tarnland', null],
      ['Ana Lowe', 'Harlow ambassador to France', 'Harlow'],
    ]);
  });

  it('a role right before a name after "according to" is the name\'s, though a verb follows the name', () => {
    const result = analyze(
      'The best known case is Ana Lowe, who according to the writer and surgeon Ivo Brand regained her hearing at fifty.',
    );
    expect(listed(result)).toEqual([
      { name: 'Ivo Brand', kind: 'person', role: 'writer and surgeon', affiliation: null },
    ]);
  });
});

describe('sports pages', () => {
  it('a player\'s position before the name is a title, and "via" an outlet is no speaker', () => {
    const result = analyze(
      'Tarn QB Ivo Brand backed the coach on Monday, saying the team had played well.',
      'Brand, via Harlow Today, said the team "will bounce back."',
    );
    expect(result.sources.map((s) => [s.name, s.role, s.claimCount])).toEqual([['Ivo Brand', 'Tarn QB', 2]]);
  });
});

describe('who a pronoun means', () => {
  it('a "he" opening a sentence stays the next "he", though a relative clause in it names another speaker', () => {
    const result = analyze(
      'Ivo Brand wrote for the paper for ten years, and he said he loved it.',
      'He covered the ferry strike and paid a visit to a dentist, who insisted the crews ate too much sugar.',
      "He meant the town's love of noise, he wrote.",
    );
    expect(claimed(result)).toEqual([
      ['wrote', ['Ivo Brand']],
      ['insisted', ['a dentist']],
      ['wrote', ['Ivo Brand']],
    ]);
  });

  it('a name before an irregular past verb is the next "he"', () => {
    const result = analyze(
      'Ivo Brand read the letter aloud, and he accused Mayor Ana Lowe of wrecking the ferry deal.',
      'Ed Moss took the stand. He said the ferry had been late.',
    );
    expect(claimed(result)).toEqual([
      ['accused', ['Ivo Brand']],
      ['said', ['Ed Moss']],
    ]);
  });
});

describe('titles', () => {
  it('"the" body and a title of two words is the person the text gave that title', () => {
    const result = analyze(
      'Harlow Pact Secretary General Ivo Brand said the summit would go ahead.',
      '"We moved it to May," the Harlow Pact Secretary General told reporters.',
    );
    expect(claimed(result)).toEqual([
      ['said', ['Ivo Brand']],
      ['told reporters', ['Ivo Brand']],
    ]);
    expect(result.sources[0]?.affiliation).toBe('Harlow Pact');
  });

  it('a capitalised title\'s "for" is its portfolio; the body before it is whom it is of', () => {
    const result = analyze('The Harlow Union High Commissioner for Refugees said the camps were full.');
    expect(listed(result)).toEqual([
      {
        name: 'The Harlow Union High Commissioner for Refugees',
        kind: 'person',
        role: null,
        affiliation: 'Harlow Union',
      },
    ]);
  });

  it('the office of a titled person speaks for them; a lawyer for one is someone else', () => {
    const result = analyze(
      'The office of House Speaker Ivo Brand said in a note on Friday that the vote would wait.',
      'The lawyer for Senator Ed Moss said the case was weak.',
    );
    expect(listed(result)).toEqual([
      { name: 'Ivo Brand', kind: 'person', role: 'House Speaker', affiliation: null },
      { name: 'The lawyer for Senator Ed Moss', kind: 'person', role: null, affiliation: 'Senator Ed Moss' },
    ]);
  });

  it('a portfolio of two fields joined by "and" is one title', () => {
    const result = analyze(
      'All boats are licensed, Fisheries and Coastal Affairs Minister Ivo Brand said in a statement.',
      'Parks and Leisure Secretary Ana Lowe said the pools were full.',
    );
    expect(result.sources.map((s) => [s.name, s.role, s.category])).toEqual([
      ['Ivo Brand', 'Fisheries and Coastal Affairs Minister', 'government'],
      ['Ana Lowe', 'Parks and Leisure Secretary', 'government'],
    ]);
  });

  it('"Fr" is a priest\'s title', () => {
    const result = analyze(
      'Father Tom Lowe said the parish would hold a vigil.',
      '"We will pray for them," Fr Lowe said.',
    );
    expect(result.sources.map((s) => [s.name, s.claimCount])).toEqual([['Tom Lowe', 2]]);
  });
});

describe('one word for a person', () => {
  it('a word a verb and "his" follow, which the text never writes in lower case, is a person\'s name', () => {
    const result = analyze(
      'Tarrow defended his own record in a long essay.',
      'Kestrel said its profits rose.',
      'Police said his car was found.',
    );
    expect(result.sources.map((s) => [s.name, s.kind])).toEqual([
      ['Tarrow', 'person'],
      ['Kestrel', 'organization'],
      ['Police', 'organization'],
    ]);
  });
});

describe('a body named like a person', () => {
  it('a word the text writes in lower case, then a country, is a body; a given name and a country stay a person', () => {
    const result = analyze(
      'Netball Norway backed its coach on Friday, saying that indoor netball takes years to learn.',
      'Ivo Jordan said he would row.',
    );
    expect(result.sources.map((s) => [s.name, s.kind])).toEqual([
      ['Netball Norway', 'organization'],
      ['Ivo Jordan', 'person'],
    ]);
  });
});

describe('words read right', () => {
  it('an -s form after a possessive determiner is a noun', () => {
    const result = analyze('The row turns on their baseless claims that the mayor is weak.');
    expect(result.claims).toEqual([]);
    expect(result.sources).toEqual([]);
  });

  it('"Dems" are a party\'s members', () => {
    const result = analyze('The Dems decided to wait, and the vote slipped.');
    expect(listed(result)).toEqual([{ name: 'Dems', kind: 'group', role: null, affiliation: null }]);
  });

  it('"states" before its subject reports; "state" before a noun is the noun\'s', () => {
    const result = analyze(
      'Police are warning that the pond is thin in places.',
      '"Keep off the ice," states a press release.',
      'The fees pay for federal, state and county roads.',
      'Hikers use town, state and national trails.',
    );
    expect(claimed(result)).toEqual([
      ['are warning', ['Police']],
      ['states', ['a press release']],
    ]);
  });

  it('the city speaks as its government, and its website as the city', () => {
    const result = analyze(
      'The city said it would fix the road.',
      "The road is closed until June, according to the city's website.",
    );
    expect(result.sources.map((s) => [s.name, s.kind, s.category, s.claimCount])).toEqual([
      ['The city', 'organization', 'government', 2],
    ]);
  });

  it("a body's website is the body named before", () => {
    const result = analyze(
      'The Harlow Rivers Center read the report closely.',
      "Two of its staff sit on the ferry board, according to the center's website.",
    );
    expect(claimed(result)).toEqual([['according to', ['Harlow Rivers Center']]]);
  });

  it('an acronym that spells a word is a name', () => {
    const result = analyze(
      'According to WHO, there were 300 cases of the fever in Tarn.',
      'The new rules, the WHO says, will save lives.',
    );
    expect(claimed(result)).toEqual([
      ['According to', ['WHO']],
      ['says', ['WHO']],
    ]);
  });

  it('"and Co." ends a firm\'s name', () => {
    const result = analyze('Brand and Co. said the fund rose nine percent.');
    expect(result.sources.map((s) => [s.name, s.kind])).toEqual([['Brand and Co.', 'organization']]);
  });

  it('a clause of time after a role is no part of it', () => {
    const result = analyze('For example, Ana Lowe, a well-known chef before the show began, told him, "You will win."');
    expect(listed(result)).toEqual([{ name: 'Ana Lowe', kind: 'person', role: 'well-known chef', affiliation: null }]);
  });

  it('a percentage written with ".0" after a word stays a percentage', () => {
    const text = 'Harbour use rose from a mere 14.0% that had a pass in 2020.';
    expect(findNumbers(text).map((n) => [n.text, n.kind])).toEqual([
      ['14.0%', 'percent'],
      ['2020', 'date'],
    ]);
  });

  it('a shooting record is no count, as a score is none', () => {
    const text = 'Lowe went 9-for-14 from the field and 3-of-5 from deep, scoring 30 points.';
    expect(findNumbers(text).map((n) => [n.text, n.kind])).toEqual([['30 points', 'count']]);
  });

  it('a whole number written as a version after a noun is no count', () => {
    const text = 'The Kestrel firmware 3.0 is due in 2027, and sales rose 2.0 percent.';
    expect(findNumbers(text).map((n) => [n.text, n.kind])).toEqual([
      ['2027', 'date'],
      ['2.0 percent', 'percent'],
    ]);
  });

  it('"even" before a plural noun and its relative clause makes no verb of the noun', () => {
    const result = analyze(
      'With ferry fares climbing each winter, driving families to sell their cars, even states that fought the Harlow board now run their own buses.',
    );
    expect(claimed(result).map(([cue]) => cue)).not.toContain('even states');
  });

  it('a lead in percentage points written with hyphens is a percentage', () => {
    const text = 'She held a 12-percentage-point lead in the poll.';
    expect(findNumbers(text).map((n) => [n.text, n.kind])).toEqual([['12-percentage-point', 'percent']]);
  });

  it('a name with a lower-case role after the verb speaks, not the clause before the comma', () => {
    const result = analyze(
      'The raid on the harbour depot late Sunday involved three small boats, said navy spokesperson Ivo Brand.',
    );
    expect(listed(result)).toEqual([
      { name: 'Ivo Brand', kind: 'person', role: 'navy spokesperson', affiliation: null },
    ]);
  });

  it('whom one speaks of after the verb is no inverted subject', () => {
    const result = analyze(
      'Ed Moss came to the rally.',
      '"He has never sailed a ferry," Mr. Moss, who is a carpenter, said of Mr. Lowe.',
    );
    expect(claimed(result)).toEqual([['said', ['Ed Moss']]]);
  });

  it('a web address written out is no part of a name', () => {
    const result = analyze(
      'Read it at http://example.org/letters/ferry-fares/ Former Harlow mayors call for a fare freeze.',
    );
    expect(claimed(result)).toEqual([['call', ['Former Harlow mayors']]]);
  });

  it('a report named with "&" is one name, no person named by its last words', () => {
    const result = analyze(
      'Ferry use fell by a third, according to data released today from the latest Harlow Ferries & Harbours Review.',
    );
    expect(result.sources.map((s) => [s.name, s.named])).toEqual([['Harlow Ferries & Harbours Review', true]]);
  });

  it("a statement released on a day by a person is that person's", () => {
    const result = analyze(
      'According to a statement released Friday by Ivo Brand, the ferry firm has settled with its crews.',
    );
    expect(claimed(result)).toEqual([['According to', ['Ivo Brand']]]);
  });

  it('markup a page shows as text is no part of a name', () => {
    const result = analyze(
      'See <a href="http://example.org/2010/harbor-bill.html">As HarlowNews noted in March</a>, "the bill is long."',
      'The figure was wrong.<blockquote>As Ivo Brand wrote in May, the count is wrong.</blockquote>',
    );
    expect(result.sources.map((s) => s.name)).toEqual(['HarlowNews', 'Ivo Brand']);
  });

  it('"once" before a determiner opens a clause and is no part of its subject', () => {
    const result = analyze(
      'The man came to the ferry office in May.',
      'And once the man admitted that he had kept a goat on deck, Moss soon traced the smell.',
      '"I am fine now," the man wrote.',
    );
    expect(result.sources.map((s) => [s.name, s.claimCount])).toEqual([['The man', 2]]);
  });

  it('"1" before a participle and its noun is a count, no report', () => {
    const result = analyze('Tarn, Harlow, Norway: 1 confirmed case');
    expect(result.claims).toEqual([]);
  });

  it('a verb that reports only with a clause, as a participle after its noun, is in its other sense', () => {
    const result = analyze(
      'A study has revealed that a register maintained by the Harlow Water Agency (HWA) lists forty wells.',
      'The claim was false, as reported by the Tarnby Courier.',
    );
    expect(claimed(result)).toEqual([
      ['A study has revealed', ['A study']],
      ['reported by', ['Tarnby Courier']],
    ]);
  });

  it('a quantifier and where its people are is a group, no place speaking', () => {
    const result = analyze(
      'Many in Norway fear the ferry will close.',
      'Two ministers and some in the Harlow council say the fares are too high.',
      'All that said, the fares keep rising.',
    );
    expect(result.sources.map((s) => [s.name, s.kind])).toEqual([
      ['Many in Norway', 'group'],
      ['Two ministers', 'group'],
      ['some in the Harlow council', 'group'],
    ]);
  });

  it('a plural age is an age', () => {
    const text = 'As 10-year-olds, we swam there every day.';
    expect(findNumbers(text).map((n) => [n.text, n.kind])).toEqual([['10-year-olds', 'age']]);
  });
});
