// Who speaks when a sentence names them obliquely: a name of one word whose quotes say "I", a given name alone, a
// person "of <town>, <state>", "the source" for the unnamed speaker before it, a role whose words read like verbs,
// the people close to someone, and verbs that only look like cues (the twenty-third round of being right on any
// news page). Every sentence is written for the project.
import { describe, expect, it } from 'vitest';
import { isNounPhrase } from '../../utils/analysis/noun-phrase';
import { analyze, claimed, listed } from './text-analysis';

describe('who speaks', () => {
  it('a name of one word whose quoted words say "I" is a person', () => {
    const result = analyze('"I was at the ground every night," said Brandt.', '"My view has not changed."');
    expect(listed(result)).toEqual([{ name: 'Brandt', kind: 'person', role: null, affiliation: null }]);
    expect(result.sources[0]?.category).toBe('other');
  });

  it('a business named with its trade is a body, not a person', () => {
    const result = analyze('Kestrel Healthcare said it would open two clinics in the spring.');
    expect(result.sources.map((s) => s.kind)).toEqual(['organization']);
  });

  it('a body of one word that says "we" stays a body', () => {
    const result = analyze('"We will appeal the ruling," Zentro said in a statement.');
    expect(listed(result)).toEqual([{ name: 'Zentro', kind: 'organization', role: null, affiliation: null }]);
  });

  it('a given name alone is the person the text named with it, not another of the family', () => {
    const result = analyze(
      'Ray Moss, who ran the ferry for 30 years, retired in March.',
      '"The river taught me patience," Ray Moss once told the Harbor Post.',
      'His sister Ina Moss and his cousin Ana Lowe still live in Tarnby.',
      '"Summers at the lake were the best," Ina wrote in an email.',
    );
    expect(claimed(result)).toEqual([
      ['once told the Harbor Post', ['Ray Moss']],
      ['wrote', ['Ina Moss']],
    ]);
  });

  it('a subject that says nothing names no one new: "Mr Lund" is still the Lund who spoke', () => {
    const result = analyze(
      'The flood that killed mill owner Otto Lund will not stop the harvest.',
      'Nils Lund said the family was still in shock.',
      'Otto, 61, had run the mill for decades.',
      '"We are grateful for the help," Mr Lund said.',
    );
    expect(claimed(result)).toEqual([
      ['said', ['Nils Lund']],
      ['said', ['Nils Lund']],
    ]);
  });

  it('a name written with and without its accents is one person', () => {
    const result = analyze(
      '"We are ready," said Zoe Ferre, the head of Kestrel.',
      'Later, Kestrel president Zoë Ferré said the fault was fixed.',
    );
    expect(result.sources.map((s) => [s.name, s.claimCount])).toEqual([['Zoe Ferre', 2]]);
  });

  it('a definite or possessive description is the person the same title names later', () => {
    const result = analyze(
      "Harlow's finance minister said the budget would be cut, the Harbor Post reported.",
      '"There is no other way," Finance Minister Ana Lowe told the Tarnby Times.',
    );
    expect(result.sources.map((s) => s.name)).toEqual(['Harbor Post', 'Ana Lowe']);
  });

  it("a company's arm in a country is the company's, not the country's government", () => {
    const result = analyze('Kestrel of America president Ana Lowe said the fault was fixed.');
    expect(result.sources.map((s) => [s.name, s.affiliation, s.category])).toEqual([
      ['Ana Lowe', 'Kestrel of America', 'organization'],
    ]);
  });

  it('"he" or "she" in the next sentence is the speaker, not a name inside what the speaker reported', () => {
    const result = analyze(
      'Ana Lowe told the committee on Thursday that she resigned after Ed Moss warned her an audit was coming.',
      'She also said the audit was fair.',
    );
    expect(claimed(result)[1]).toEqual(['also said', ['Ana Lowe']]);
    // A clause of its own after the report ("…, but Moss disputed it") names the next "he".
    const own = analyze(
      'At the hearing, Ana Lowe argued that the loan was repaid, but Ed Moss disputed it.',
      '"The money never came," he said.',
    );
    expect(claimed(own)[1]).toEqual(['said', ['Ed Moss']]);
  });

  it("a body's title in capitals, then the name after a comma, is that person's", () => {
    const result = analyze('"Prices will hold," says Kestrel Freight\'s Vice President, Ivan Brand.');
    expect(listed(result)).toEqual([
      { name: 'Ivan Brand', kind: 'person', role: 'Vice President', affiliation: 'Kestrel Freight' },
    ]);
    expect(result.sources[0]?.category).toBe('organization');
  });

  it("a head of state's or a deputy's title alone before a name is the government's", () => {
    const result = analyze('Vice President Ana Lowe announced that the council would meet.');
    expect(result.sources.map((s) => [s.name, s.category])).toEqual([['Ana Lowe', 'government']]);
  });

  it('"Ed Moss of Harlow, Ohio, said" is Ed Moss, not the state', () => {
    for (const text of [
      '"Bring back the old tram," Ed Moss of Harlow, Ohio, said in a letter.',
      'Ed Moss of Harlow, Ohio, said the plan was good.',
    ]) {
      expect(listed(analyze(text)).map((s) => s.name)).toEqual(['Ed Moss']);
    }
  });

  it('a name right before its verb, after a place, speaks ("north of Harlow, Brandt said")', () => {
    const result = analyze('Floodwater reached the old quarter, about ten miles north of Harlow, Brandt said.');
    expect(claimed(result)).toEqual([['said', ['Brandt']]]);
  });

  it('"the source" is the unnamed speaker met before it', () => {
    const result = analyze(
      'A neighbour of the family confirmed to the Harbor Post that the couple will move abroad.',
      'The source added that the decision had been made in June.',
    );
    expect(result.sources.map((s) => s.name)).toEqual(['A neighbour of the family']);
    expect(result.sources[0]?.claimCount).toBe(2);
  });

  it('a pronoun in a clause is the name that opens the sentence after an opening phrase of time', () => {
    const result = analyze(
      'Right after the vote, Mayor Ana Lowe hinted that she would run again.',
      'Shortly before noon, Ed Moss said the deal was done.',
    );
    expect(result.claims.map((c) => c.sourceIds.length)).toEqual([1, 1]);
    expect(result.sources.map((s) => s.name)).toEqual(['Ana Lowe', 'Ed Moss']);
  });

  it('a clause opened by "because", "lest" or "although" has its own subject', () => {
    const result = analyze(
      'The report stayed private, lest buyers think the firm was in trouble.',
      'The road stayed shut, because engineers believe the bridge is unsafe.',
    );
    expect(result.sources.map((s) => s.name)).toEqual(['buyers', 'engineers']);
  });
});

describe('roles and the people close to someone', () => {
  it('a role whose words read like verbs after a preposition is still a role', () => {
    const result = analyze(
      '"It has room for a lot of cargo," said Ana Lowe, head of advanced programs at Kestrel Labs.',
      '"It will fly next year," said Ed Moss, director of marketing at Kestrel Labs.',
    );
    expect(listed(result)).toEqual([
      {
        name: 'Ana Lowe',
        kind: 'person',
        role: 'head of advanced programs at Kestrel Labs',
        affiliation: 'Kestrel Labs',
      },
      { name: 'Ed Moss', kind: 'person', role: 'director of marketing at Kestrel Labs', affiliation: 'Kestrel Labs' },
    ]);
  });

  it('a participle after a preposition describes; a gerund there governs its own object', () => {
    expect(isNounPhrase('two-thirds of retired nurses')).toBe(true);
    expect(isNounPhrase('Lowe for bringing in an adviser')).toBe(false);
    expect(isNounPhrase('the sound of passing trains')).toBe(false);
  });

  it('whom a friend or a relative is close to is no affiliation and says nothing of the source', () => {
    const result = analyze('A close friend of the mayor said she would not run again.');
    expect(listed(result)).toEqual([
      { name: 'A close friend of the mayor', kind: 'person', role: null, affiliation: null },
    ]);
    expect(result.sources[0]?.category).toBe('other');
    // A spokesman for the mayor is the mayor's.
    expect(analyze('A spokesman for the mayor said she would not run again.').sources[0]?.category).toBe('government');
  });

  it('a body named by its kind is the named body of that kind met before', () => {
    const result = analyze(
      'Two bridges were closed, according to the Harlow Flood Agency.',
      '"The river is still rising," said Ed Moss, a spokesman for the agency.',
    );
    expect(listed(result)[1]).toEqual({
      name: 'Ed Moss',
      kind: 'person',
      role: 'spokesman for the agency',
      affiliation: 'Harlow Flood Agency',
    });
  });

  it('whose relative someone is names no employer and says nothing of what they are', () => {
    const result = analyze(
      "The former general's half-brother, Budiarto, told reporters the clinic would reopen soon.",
      "The mayor's brother, Ivo Brand, said the plan was sound.",
      "The mayor's spokesman, Ed Moss, said the plan was sound.",
    );
    expect(result.sources.map((s) => [s.name, s.kind, s.affiliation, s.category])).toEqual([
      ['Budiarto', 'person', null, 'other'],
      ['Ivo Brand', 'person', null, 'other'],
      ['Ed Moss', 'person', 'mayor', 'government'],
    ]);
    // A relative named is shown, and makes no official of the source.
    const named = analyze('"We were proud," said President Ana Lowe\'s daughter, Bea.');
    expect(named.sources.map((s) => [s.name, s.role, s.affiliation, s.category])).toEqual([
      ['Bea', 'daughter', 'President Ana Lowe', 'other'],
    ]);
  });

  it("an unnamed spokesperson for a name that ends like a business's speaks for a business", () => {
    const result = analyze('A spokeswoman for Kestrel Ventures said the firm had no comment.');
    expect(result.sources.map((s) => [s.affiliation, s.category])).toEqual([['Kestrel Ventures', 'organization']]);
    // A centre or an office may be a public body's as well as a firm's: the ending alone does not say.
    const centre = analyze('The director of the Harlow Weather Center said the storm would turn north.');
    expect(centre.sources[0]?.category).not.toBe('organization');
  });

  it("a document a news outlet published is the outlet's, without the time after it", () => {
    const result = analyze('Kestrel will shut two depots, according to a Harbor Post report earlier this month.');
    expect(result.sources.map((s) => [s.name, s.category])).toEqual([['Harbor Post', 'media']]);
  });
});

describe('words that only look like cues', () => {
  it('"agreed to" a thing accepts it and reports nothing; "agreed that", "agreed to pay" do', () => {
    expect(analyze('Former Harlow defender Ivo Brand has agreed to a three-year deal with Tarnby.').claims).toEqual([]);
    expect(analyze('The union agreed to the terms on Friday.').claims).toEqual([]);
    expect(claimed(analyze('Lowe agreed that the plan was flawed.'))).toEqual([['agreed', ['Lowe']]]);
    expect(claimed(analyze('The union agreed to pay the fine.'))).toEqual([['agreed', ['The union']]]);
    expect(claimed(analyze('I agree to an extent, Lowe wrote.')).length).toBe(1);
  });

  it('a thing that points to another thing reports nothing; a person who points to evidence does', () => {
    expect(analyze('Each cable points to the north tower.').claims).toEqual([]);
    expect(claimed(analyze('Ana Lowe points to the falling rents as proof that the plan works.'))).toEqual([
      ['points to', ['Ana Lowe']],
    ]);
  });

  it('an -s form is a noun before a relative clause in the plural or after a graded adjective', () => {
    expect(analyze('A list of road projects that were late last year is online.').claims).toEqual([]);
    expect(
      claimed(analyze('Ana Lowe, the lawyer who brought the most serious claims, said she would appeal.')),
    ).toEqual([['said', ['Ana Lowe']]]);
    expect(claimed(analyze('Lowe says that was a mistake.'))).toEqual([['says', ['Lowe']]]);
    expect(claimed(analyze('The most senior judge claims that the vote was rigged.'))).toEqual([
      ['claims', ['The most senior judge']],
    ]);
  });

  it('an -ing form between a determiner and its noun describes the noun', () => {
    expect(analyze('She won the prize for best supporting actress.').claims).toEqual([]);
    expect(analyze('She sent the supporting documents on Friday.').claims).toEqual([]);
  });

  it('"Back in 2019", "Back at the fair" open the sentence and name no one', () => {
    expect(claimed(analyze('Back in 2019 the firm announced that it would open a depot.'))).toEqual([
      ['announced', ['the firm']],
    ]);
    expect(analyze('Back at the spring fair the firm announced that it would open a depot.').sources).toEqual([]);
  });

  it('a word more often a noun, after a preposition and an adjective, is no cue', () => {
    expect(analyze('Crews who work under constant stress in the tunnels get extra leave.').claims).toEqual([]);
    expect(claimed(analyze('Leaders of both parties stress that the bridge is safe.'))).toEqual([
      ['stress', ['Leaders of both parties']],
    ]);
  });

  it('an -s form after a form of "be" and an adjective is a noun', () => {
    expect(analyze('Both mayors are vocal advocates of the tram.').claims).toEqual([]);
  });

  it('a plain form after an opening dash tells the reader to think of something; no one speaks', () => {
    expect(analyze('Winter dishes—think stews, soups and roasts—are back on the menu.').claims).toEqual([]);
    expect(claimed(analyze('Analysts say the plan works.'))).toEqual([['say', ['Analysts']]]);
  });

  it('a cue word after "one" inside a clause, or after a count and an acronym, is a noun', () => {
    expect(analyze('The merger leaves shoppers one brand to choose from.').claims).toEqual([]);
    expect(analyze('Pilots need 12 FAA credits a year to keep the licence.').claims).toEqual([]);
    // "One" and "another" opening a clause are people.
    expect(claimed(analyze('Two guards stayed behind. Another wondered why the gate was shut.'))).toEqual([
      ['wondered', ['Another']],
    ]);
  });

  it('"He\'s accused of" is what others say of him, not his claim', () => {
    const result = analyze('Ed Moss runs the port.', "He's accused of hiding the losses from the board.");
    expect(result.claims).toEqual([]);
  });
});
