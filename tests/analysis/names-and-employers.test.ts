// Who a name is and whom a title says they work for: family names that are also compass points, a maker's name
// before a model number, a company's name before its officer's title, and the employer a title names (the
// twentieth round of being right on any news page). Every sentence is written for the project.
import { describe, expect, it } from 'vitest';
import { titleEmployer } from '../../utils/analysis/noun-phrase';
import { analyzeText } from '../../utils/analysis/pipeline';
import type { Source, TextAnalysis } from '../../utils/analysis/types';

const analyze = (...paragraphs: string[]): TextAnalysis =>
  analyzeText(paragraphs.map((text) => ({ text, kind: 'paragraph' as const })));

const listed = (result: TextAnalysis): Array<Partial<Source>> =>
  result.sources.map((s) => ({ name: s.name, kind: s.kind, role: s.role, affiliation: s.affiliation }));

describe('a family name that is a compass point', () => {
  it('"West says" after "Oskar West" is him', () => {
    const result = analyze(
      'The ferry club is run by Oskar West, who restored its clubhouse last spring.',
      'West says the club needs new members. "We row in all weathers," West said.',
    );
    expect(listed(result)).toEqual([{ name: 'Oskar West', kind: 'person', role: null, affiliation: null }]);
  });

  it('a compass point before a name is still no given name', () => {
    const result = analyze('The West Bank authority said it would respond.');
    expect(result.sources.map((s) => s.name)).not.toContain('West');
    expect(result.sources.every((s) => s.kind !== 'person')).toBe(true);
  });
});

describe("a maker's name before a model number", () => {
  it('"Kestrel aims" after "a Kestrel Osprey 7 glider" is the company, not a person called Kestrel Osprey', () => {
    const result = analyze(
      'A Kestrel Osprey 7 glider landed on the lake at dawn, its third flight this week.',
      'Kestrel aims to sell the glider to flying schools next year.',
    );
    expect(listed(result)).toEqual([{ name: 'Kestrel', kind: 'organization', role: null, affiliation: null }]);
  });

  it('a score, a rank or a time after a name leaves it a person', () => {
    for (const after of ['7-6 in the final', '13th in the sprint', '4:02 behind', 'the race 4:02 behind the leader']) {
      const result = analyze(`Lena Brandt finished ${after}.`, 'Brandt said the wind had been hard.');
      expect(result.sources.map((s) => [s.name, s.kind])).toEqual([['Lena Brandt', 'person']]);
    }
  });

  it("a poll's figure after a name leaves the family name hers", () => {
    const result = analyze(
      'The latest poll: Lena Brandt 14 percent, Ray Lund 11 percent.',
      'Brandt said the numbers would move.',
    );
    expect(result.sources.map((s) => [s.name, s.kind])).toEqual([['Lena Brandt', 'person']]);
  });

  it("a company's name before its officer's title is no given name", () => {
    const result = analyze(
      'The Kestrel Glide app got a new map, and Kestrel CEO Dana Roth promised more.',
      'The map works offline, Kestrel says.',
    );
    expect(result.sources.find((s) => s.name === 'Kestrel')?.kind).toBe('organization');
  });
});

describe('the employer a title before a name gives', () => {
  it('a name before a post in lower case or as an acronym is the employer', () => {
    // (A single word is a name where the text also capitalises it inside a sentence.)
    const result = analyze(
      'Shares in Kestrel rose on Monday. Kestrel CEO Dana Roth said the update was safe.',
      'Harlow Bank chief executive Ida Berg said rates would rise.',
      'White House spokesman Tom Reyes said the talks went well.',
    );
    expect(listed(result)).toEqual([
      { name: 'Dana Roth', kind: 'person', role: 'CEO', affiliation: 'Kestrel' },
      { name: 'Ida Berg', kind: 'person', role: 'chief executive', affiliation: 'Harlow Bank' },
      { name: 'Tom Reyes', kind: 'person', role: 'spokesman', affiliation: 'White House' },
    ]);
  });

  it('a title in capitals, a qualifier, a nationality or a party is no employer', () => {
    for (const title of [
      'Interior Minister',
      'Prime Minister',
      'Former CEO',
      'Egyptian foreign minister',
      'Danish-Chilean organiser',
      'Republican strategist',
      'Liberal strategist',
    ])
      expect(titleEmployer(title), title).toBeNull();
    expect(titleEmployer('Harlow Bank chief executive')).toEqual({ body: 'Harlow Bank', role: 'chief executive' });
    expect(titleEmployer('Kestrel founder and CEO')).toEqual({ body: 'Kestrel', role: 'founder and CEO' });
  });

  it('a common noun that only opens the sentence is no employer', () => {
    const result = analyze('Garden writer Ola Brandt said the frost would come early.');
    expect(listed(result)).toEqual([{ name: 'Ola Brandt', kind: 'person', role: 'Garden writer', affiliation: null }]);
  });

  it('"whose" opens no role', () => {
    const result = analyze(
      'The order is a boost for Kestrel, whose founder and CEO Dana Roth has argued for quieter gliders.',
    );
    expect(result.sources.find((s) => s.name === 'Dana Roth')?.role).toBe('founder and CEO');
  });
});

describe("a government's portfolio before a post", () => {
  it('"Defense Secretary", "U.S. Interior Secretary", "Homeland Security Secretary" are government', () => {
    const result = analyze(
      'U.S. Defense Secretary Ana Holm said the drills would go on.',
      'Interior Secretary Jon Lee said the parks would reopen.',
      'Homeland Security Secretary Ola Berg said the border was calm.',
    );
    expect(result.sources.map((s) => [s.name, s.category])).toEqual([
      ['Ana Holm', 'government'],
      ['Jon Lee', 'government'],
      ['Ola Berg', 'government'],
    ]);
  });

  it("a firm's security chief and a bank named after a portfolio are not", () => {
    const result = analyze(
      'Security chief Ana Berg said the doors were locked.',
      'Tomas Reed, chief of the Bank of Commerce in Kestrel Bay, said loan fees would climb.',
    );
    expect(result.sources.map((s) => [s.name, s.category])).toEqual([
      ['Ana Berg', 'organization'],
      ['Tomas Reed', 'organization'],
    ]);
  });
});

describe('an age between a name and what describes it', () => {
  it('"Ana Holm, now 52, a retired pilot, urged" is Ana Holm, not the pilot described', () => {
    const result = analyze(
      'On Friday, Ana Holm, now 52, a retired pilot, urged the council to keep the airfield open.',
    );
    expect(listed(result)).toEqual([{ name: 'Ana Holm', kind: 'person', role: 'retired pilot', affiliation: null }]);
  });
});

describe('no one is no source', () => {
  it('what no one said or wants is no claim', () => {
    for (const sentence of [
      'No one wants to hear about the delays again.',
      'Nobody said the plan would fail.',
      'None of the officials said the plan would fail.',
    ])
      expect(analyze(sentence).claims, sentence).toEqual([]);
    expect(analyze('Officials said no one was hurt.').sources.map((s) => s.name)).toEqual(['Officials']);
    // ("No wonder" opens the sentence, not its subject)
    expect(analyze('No wonder Lowe said, with a grin, "The ferry stays."').sources.map((s) => s.name)).toEqual([
      'Lowe',
    ]);
  });
});

describe('a description met before the name', () => {
  it('"a Harlow Bank analyst said" and then "Harlow Bank analyst Ida Berg said" are one source', () => {
    const result = analyze(
      'Kestrel shares climbed after a Harlow Bank analyst said the order book was full.',
      'Harlow Bank analyst Ida Berg said deliveries could double by spring.',
      'Berg said a slower year was also possible.',
    );
    expect(listed(result)).toEqual([{ name: 'Ida Berg', kind: 'person', role: 'analyst', affiliation: 'Harlow Bank' }]);
    expect(result.sources[0]?.claimCount).toBe(3);
  });
});

describe('an -s form after an auxiliary', () => {
  it('"has long notes" and "has also notes" hold nouns, not verbs', () => {
    for (const sentence of ['The old map has long notes in its margins.', 'The file has also notes from the mayor.'])
      expect(analyze(sentence).claims, sentence).toEqual([]);
    expect(analyze('The council has long argued that the ferry is too small.').claims).toHaveLength(1);
  });
});

describe('a role in the plural before names', () => {
  it('"Architects Ana Holm and Ray Lund" names Ana Holm, not "Architects Ana Holm"', () => {
    const result = analyze(
      'Architects Ana Holm and Ray Lund won the prize for the new library in Tarnby.',
      '"The light did the work," Holm said.',
    );
    expect(result.sources.map((s) => s.name)).toContain('Ana Holm');
    expect(result.sources.map((s) => s.name)).not.toContain('Architects Ana Holm');
  });
});

describe('a family name alone that the text shows to be a person', () => {
  it('"Lowe himself chose" makes "Lowe stated" a person, not a body named after a plan', () => {
    const result = analyze(
      'The Lowe plan was drawn up by staff, but Lowe himself chose the route of the new tram.',
      'At the opening, Lowe stated, "The tram will run all night."',
    );
    expect(result.sources.map((s) => [s.name, s.kind])).toEqual([['Lowe', 'person']]);
  });

  it('"No captain is willing" is no one\'s claim', () => {
    expect(analyze('No ferry captain in Tarnby is willing to sail in this fog.').claims).toEqual([]);
  });
});

describe('a passive in -en without its agent', () => {
  it('"were written", "is written" report nothing; "was written by" credits the writer', () => {
    for (const sentence of [
      'The recipes were written on cards and kept in a tin.',
      'The sign is written in three languages.',
    ])
      expect(analyze(sentence).claims, sentence).toEqual([]);
    const result = analyze('The harbour guide was written by Ana Holm.');
    expect(result.sources.map((s) => s.name)).toEqual(['Ana Holm']);
  });
});

describe('an affiliation from a possessive', () => {
  it('"the Harbour Party\'s ferry spokesman" is affiliated with the Harbour Party, not "…\'s"', () => {
    const result = analyze("The Harbour Party's ferry spokesman Tom Reyes said the crossing was late.");
    expect(listed(result)).toEqual([
      { name: 'Tom Reyes', kind: 'person', role: 'ferry spokesman', affiliation: 'Harbour Party' },
    ]);
  });
});

describe('a reflexive pronoun after a family name two people share', () => {
  it('"Ray Lowe himself" does not make "she" someone other than Ana Lowe', () => {
    const result = analyze(
      'Mia Sand, a neighbour, said the queue was long.',
      'Ana Lowe said the ferry was full again.',
      'Her brother Ray Lowe himself steers it on Sundays.',
      'Asked about the timetable, she said, "We sail at nine."',
    );
    const claim = result.claims.find((c) => c.text.includes('nine'));
    const source = result.sources.find((s) => s.id === claim?.sourceIds[0]);
    expect(source?.name).toBe('Ana Lowe');
  });
});

describe('a body named with "of" or "with" inside its name', () => {
  it('"Friends of the Earth", "Sisters of Mercy", "the group Friends of Harlow Libraries": kin named for a cause are a body', () => {
    const result = analyze(
      'Friends of the Earth said the dam would harm the river.',
      'Sisters of Mercy said the school would close in June.',
      'About 3,000 people signed a petition, according to the group Friends of Harlow Libraries.',
    );
    expect(listed(result).map((s) => [s.name, s.kind])).toEqual([
      ['Friends of the Earth', 'organization'],
      ['Sisters of Mercy', 'organization'],
      ['Friends of Harlow Libraries', 'organization'],
    ]);
  });
  it('"Friends of Ana Lowe", "Friends of Mr. Brand\'s", "Friends of the victim": her friends, no body', () => {
    const result = analyze(
      'Friends of Ana Lowe said she was happy in Harlow.',
      'Friends of Mr. Brand’s who saw him last week say he is tired.',
      'Friends of the victim said he was quiet.',
    );
    expect(result.sources.map((s) => s.name)).toEqual(['Friends']);
  });
  it('"the charity Bank of Tarnby", "The Council of Tarnby Farmers with Disabilities": the whole name, without what describes it', () => {
    const result = analyze(
      'The charity Bank of Tarnby said it would help.',
      'The Council of Tarnby Farmers with Disabilities argued the fees were unfair.',
    );
    expect(listed(result).map((s) => [s.name, s.role])).toEqual([
      ['Bank of Tarnby', 'charity'],
      ['Council of Tarnby Farmers with Disabilities', null],
    ]);
    expect(listed(analyze('The group Friends of the Earth said the dam was a mistake.'))).toEqual([
      { name: 'Friends of the Earth', kind: 'organization', role: 'group', affiliation: null },
    ]);
  });
  it('"One of Lowe\'s earlier speeches": "of" after a word in lower case joins no name', () => {
    const result = analyze(
      'Ana Lowe spoke first. One of Lowe’s earlier speeches came in May, when she told the Valley Courier that the judge was biased.',
    );
    expect(result.sources.map((s) => s.name)).toEqual(['Ana Lowe']);
  });
  it('"One of Lowe\'s speeches came in May, when he told …": he is Lowe, named without the possessive', () => {
    const result = analyze(
      'One of Lowe’s earlier speeches came in May, when he told the Valley Courier that the judge was biased.',
      'Lowe said he would appeal.',
    );
    expect(listed(result).map((s) => [s.name, s.kind])).toEqual([['Lowe', 'person']]);
    expect(result.sources[0]?.claimCount).toBe(2);
  });
  it('"Ana Lowe with Ivo Brand", "the Harlow Council with its partners", "The board of Harlow Libraries": no one name', () => {
    const result = analyze(
      'Ana Lowe with Ivo Brand said the plan was fair.',
      'The Harlow Council with its partners said the plan would pass.',
      'The board of Harlow Libraries said it would close two branches.',
    );
    expect(listed(result).map((s) => [s.name, s.affiliation])).toEqual([
      ['Ana Lowe', null],
      ['Harlow Council', null],
      ['The board of Harlow Libraries', 'Harlow Libraries'],
    ]);
  });
});

describe('bodies that hear and decide', () => {
  it('"The panel said … It said …": the panel, a body, speaks again', () => {
    const result = analyze('The panel said the extra cost was no hardship. It said the fees limit travel.');
    expect(result.claims.map((c) => c.sourceIds.length)).toEqual([1, 1]);
    expect(listed(result).map((s) => [s.name, s.kind])).toEqual([['The panel', 'organization']]);
  });
  it('"the jury", "the tribunal" are bodies too', () => {
    const result = analyze('The jury found that the firm had lied.', 'The tribunal said the sale was lawful.');
    expect(listed(result).map((s) => s.kind)).toEqual(['organization', 'organization']);
  });
});

describe("a name's possessive before a role in an apposition", () => {
  it('"Tarn Mobile\'s CEO", "Kestrel Motors\' chief executive": the body one works for, the role as written', () => {
    const result = analyze(
      'Vera Holm, Tarn Mobile’s CEO, said the phone would ship in May.',
      'Ana Lowe, Kestrel Motors’ chief executive, said sales fell.',
    );
    expect(listed(result).map((s) => [s.name, s.role, s.affiliation])).toEqual([
      ['Vera Holm', 'Tarn Mobile’s CEO', 'Tarn Mobile'],
      ['Ana Lowe', 'Kestrel Motors’ chief executive', 'Kestrel Motors'],
    ]);
  });
  it('"Tarn\'s close ally", "Lowe\'s fiercest critic", "Ana\'s husband and Tor\'s editor": no body one is of', () => {
    const result = analyze(
      'Harlow, Tarn’s close ally, said the talks would go on.',
      'Ivo Brand, Lowe’s fiercest critic, said the plan would fail.',
      'Ed Moss, Ana’s husband and Kestrel Books’ editor in chief, said the book sold well.',
      'Dana Reyes, Lowe’s brother, said she was fine.',
    );
    expect(listed(result).map((s) => s.affiliation)).not.toContain('Tarn');
    expect(listed(result).map((s) => s.affiliation)).not.toContain('Lowe');
    expect(listed(result).map((s) => s.affiliation)).not.toContain('Ana');
  });
});
