// Whose words a sentence gives when the speaker's name sits inside a longer phrase: an employer's name with "of"
// before a role and a name, a role written after the name with no comma, the body a chain of appositions names, the
// thing "which" stands for, a maker's name before its product, and words that only look like cues (the twenty-first
// round of being right on any news page). Every sentence is written for the project.
import { describe, expect, it } from 'vitest';
import { parseNounPhrase, titleEmployer } from '../../utils/analysis/noun-phrase';
import { analyze, claimed, listed } from './text-analysis';

describe('an employer\'s name with "of" before a role and a name', () => {
  it('"Zentro of Canada boss Carl Benning" is Carl Benning, the boss, of Zentro of Canada', () => {
    const result = analyze('Zentro of Canada boss Carl Benning said the plant would stay open.');
    expect(listed(result)).toEqual([
      { name: 'Carl Benning', kind: 'person', role: 'boss', affiliation: 'Zentro of Canada' },
    ]);
  });

  it('"Bank of Harlow chief executive" names the bank and the post apart', () => {
    expect(titleEmployer('Bank of Harlow chief executive')).toEqual({
      body: 'Bank of Harlow',
      role: 'chief executive',
    });
    expect(titleEmployer('Institute for Tarn Studies senior fellow')).toEqual({
      body: 'Institute for Tarn Studies',
      role: 'senior fellow',
    });
    // A title in capitals holds its own words; a word in lower case at either end is no part of a name.
    expect(titleEmployer('Secretary of State')).toBeNull();
    expect(titleEmployer('of Harlow chief')).toBeNull();
  });

  it("a role in the plural before names is no one person's role", () => {
    const p = parseNounPhrase('Friends of Tarn Lake members Ann Lowe');
    expect(p.title).toBeNull();
  });

  it('an organisation\'s name with "of" alone is still the organisation', () => {
    const result = analyze('Bank of Harlow said rates would rise.');
    expect(listed(result)).toEqual([{ name: 'Bank of Harlow', kind: 'organization', role: null, affiliation: null }]);
  });
});

describe('a role written after the name with no comma', () => {
  it('"said Ana Holm country manager at Kestrel" is Ana Holm, with her role and employer', () => {
    const result = analyze('"Fraud is common," said Ana Holm country manager at Kestrel.');
    expect(listed(result)).toEqual([
      { name: 'Ana Holm', kind: 'person', role: 'country manager at Kestrel', affiliation: 'Kestrel' },
    ]);
  });

  it('a dash after the role is read as a comma', () => {
    const result = analyze('"Fraud is common," said Tomas Verrill regional director - North and West with Kestrel.');
    expect(result.sources.map((s) => [s.name, s.role?.startsWith('regional director')])).toEqual([
      ['Tomas Verrill', true],
    ]);
  });

  it("a possessive's role is someone else's, named after it", () => {
    const result = analyze('"We were proud," tweeted Ana Holm\'s daughter, Bea.');
    expect(listed(result)).toEqual([{ name: 'Bea', kind: 'person', role: 'daughter', affiliation: 'Ana Holm' }]);
  });
});

describe('a chain of appositions', () => {
  it('an -ing word before a role noun is the role\'s ("managing director"), no participle clause', () => {
    const result = analyze(
      '"It will be cheap," said Omar Lund, managing director of Harlow Auto, the region\'s largest carmaker.',
    );
    expect(listed(result)).toEqual([
      { name: 'Omar Lund', kind: 'person', role: 'managing director of Harlow Auto', affiliation: 'Harlow Auto' },
    ]);
  });

  it('"Ivo Brand, the commander of the largest alliance of militias, the Tarn Defence League, told" is Ivo Brand', () => {
    const result = analyze(
      'Ivo Brand, the commander of the largest alliance of militias, the Tarn Defence League, told the BBC that the front had held.',
    );
    expect(claimed(result)).toEqual([['told the BBC', ['Ivo Brand']]]);
  });

  it('the name a person goes by is no employer', () => {
    const result = analyze('Ana Holm, the climber known as Ghost, stated that she had reached the summit.');
    expect(listed(result)).toEqual([
      { name: 'Ana Holm', kind: 'person', role: 'climber known as Ghost', affiliation: null },
    ]);
  });

  it('"its" before a role stands for a body named before, no part of the role; "her" says whose', () => {
    const result = analyze(
      'The Harbor Rowing Union said it would skip the regatta.',
      'Its interim leader, Ana Holm, said the merger could wait.',
      'Her brother, Tom Holm, said the union would survive.',
    );
    expect(result.sources.find((s) => s.name === 'Ana Holm')?.role).toBe('interim leader');
    expect(result.sources.find((s) => s.name === 'Tom Holm')?.role).toBe('Her brother');
  });
});

describe('what "which" stands for', () => {
  it('the body named before ", which reported", not the clause before it', () => {
    const result = analyze('The surprise came from the Harbor Reserve Board, which reported that savings rose in May.');
    expect(claimed(result)).toEqual([['reported', ['Harbor Reserve Board']]]);
  });

  it('the phrase after the last preposition ("a look at this map, which shows")', () => {
    const result = analyze('Readers will enjoy a look at this map, which shows where the ferries run.');
    expect(result.sources.map((s) => s.name)).not.toContain('a look at this map');
  });

  it('a name that ends a longer name is not what "which" stands for', () => {
    const result = analyze(
      'Dana Ruiz spoke at the rally on Monday.',
      '"The hall is too small," said Tim Selby, who runs a club called Friends for Ruiz, which meets every Monday.',
    );
    expect(claimed(result).flatMap(([, names]) => names)).not.toContain('Dana Ruiz');
  });

  it('"who" still takes the longest phrase: the person named in full', () => {
    const result = analyze('One such visitor was Governor Ana Holm, who claimed that the bridge was safe.');
    expect(claimed(result)).toEqual([['claimed', ['Ana Holm']]]);
  });
});

describe("a maker's name before its product", () => {
  it('"the Zentro Pulse" makes "Zentro" no given name: "Zentro" is the company', () => {
    const result = analyze(
      'Zentro Games promised a bigger fair stand this year.',
      'It seems Zentro are planning to show three new titles in May.',
      'The new console, the Zentro Pulse, sold well.',
    );
    expect(listed(result)).toEqual([{ name: 'Zentro Games', kind: 'organization', role: null, affiliation: null }]);
    expect(result.claims).toHaveLength(2);
  });

  it("a person's name that qualifies a noun after an article still names the person", () => {
    const result = analyze('Reporters asked about the Ann Lowe inquiry.', 'Lowe said it was over.');
    expect(listed(result)).toEqual([{ name: 'Ann Lowe', kind: 'person', role: null, affiliation: null }]);
  });

  it("a trade word ends an organisation's name", () => {
    for (const name of ['Kestrel Games', 'Harlow Therapeutics', 'Tarn Communications']) {
      const result = analyze(`${name} said the results were strong.`);
      expect(listed(result)).toEqual([{ name, kind: 'organization', role: null, affiliation: null }]);
    }
  });
});

describe('words that only look like cues or parts of a subject', () => {
  it('a participle that is never a past tense, with no auxiliary, modifies a noun', () => {
    const result = analyze(
      'Each kit comes with written instructions.',
      'The figures shown below come from the council.',
    );
    expect(result.claims).toEqual([]);
  });

  it('with "have" or an agent, the same participle still reports', () => {
    const result = analyze('Lowe has written that the plan failed.', 'A letter written by Lowe says the plan failed.');
    expect(claimed(result)).toEqual([
      ['has written', ['Lowe']],
      ['A letter written by Lowe says', ['Lowe']],
    ]);
  });

  it('after the noun it describes, such a participle and its agent name who made the thing, not a claim', () => {
    const result = analyze(
      'The Harbor Light, a novel written by Ann Lowe, won the prize.',
      'Tide Lines: a serial written by our readers.',
    );
    expect(result.claims).toEqual([]);
  });

  it('an adverb that opens a clause is no part of its subject', () => {
    const result = analyze('So often the councillors want a quick fix.', 'Lately the officials say they are busy.');
    expect(result.sources.map((s) => s.name)).toEqual(['the councillors', 'the officials']);
  });

  it('a paper named by how often it comes out reports; "daily" before the verb is no adverb', () => {
    const result = analyze('The minister said the ferry strike was over, a pro-government daily reported.');
    expect(claimed(result)).toEqual([['reported', ['a pro-government daily', 'The minister']]]);
    expect(result.sources.find((s) => s.name === 'a pro-government daily')?.category).toBe('media');
  });

  it('a nationality after "told" is no hearer: the cue is "told"', () => {
    const result = analyze('"I am sure of it," Lund told Dutch radio.', '"We will see," Lund told Reuters.');
    expect(result.claims.map((c) => c.cue)).toEqual(['told', 'told Reuters']);
  });

  it('a fronted participle clause is no role', () => {
    const result = analyze('Speaking to The Harbor Reporter about the tour, Lund said: "I like it."');
    // (a name of one word whose quote says "I" is a person's)
    expect(result.sources.map((s) => [s.name, s.kind, s.role, s.category])).toEqual([
      ['Lund', 'person', null, 'other'],
    ]);
  });

  it('a rank written without a full stop is no part of the name ("Gen" is also a given name)', () => {
    const result = analyze('Sgt Ivo Brand said the patrol was safe.', 'Gen Sato said the budget was fixed.');
    expect(result.sources.map((s) => s.name)).toEqual(['Ivo Brand', 'Gen Sato']);
  });
});

describe('"per", as newsrooms write "according to"', () => {
  it('opening a sentence, after a comma and after a quotation', () => {
    const result = analyze(
      "Per the coroner's report, the swimmer had been alone.",
      'The ferry left late, per Reuters.',
      '"The tide was wrong," per Lowe.',
    );
    expect(claimed(result)).toEqual([
      // (a coroner is a person, and a person's report speaks as its author, as "the mayor's report" does)
      ['Per', ['the coroner']],
      ['per', ['Reuters']],
      ['per', ['Lowe']],
    ]);
  });

  it('a rate or a share is no attribution', () => {
    const result = analyze(
      'Prices rose 5 per cent, and the shares cost $5 per share.',
      'The fee is charged per the hour.',
    );
    expect(result.claims).toEqual([]);
  });
});

describe('the body a person is "of"', () => {
  it('"said Ed Moss of the Harbor Institute" gives the institute as his affiliation, wherever the verb is', () => {
    for (const sentence of [
      '"The bridge is safe," said Ed Moss of the Harbor Institute.',
      'Ed Moss of the Harbor Institute said the bridge was safe.',
    ]) {
      expect(listed(analyze(sentence))).toEqual([
        { name: 'Ed Moss', kind: 'person', role: null, affiliation: 'Harbor Institute' },
      ]);
    }
  });

  it('where a person is from is no affiliation', () => {
    const result = analyze('"The bridge is safe," said Ray Lund of Tarnby.');
    expect(listed(result)).toEqual([{ name: 'Ray Lund', kind: 'person', role: null, affiliation: null }]);
  });

  it('"which" right before its verb stands for the name the phrase before it describes', () => {
    const result = analyze('Ana Holm founded Kestrel, a small firm which aims to sell ferry tickets online.');
    expect(claimed(result)).toEqual([['aims', ['Kestrel']]]);
  });
});

describe('more words that open a clause', () => {
  it('"Even", "Whenever": no part of the subject', () => {
    const result = analyze(
      'Even the mayor grumbled, insisting the bridge should have opened in May.',
      'Whenever the agency suspects a leak, it warns the town.',
    );
    expect(result.sources.map((s) => s.name)).toEqual(['the mayor', 'the agency']);
  });
});

describe('passives and headings that only look like speakers', () => {
  it('a participle after a negated "be" or after adverbs joined by "and" is passive: no one speaks', () => {
    const result = analyze(
      'The gain from the new timetable isn’t just assumed — it’s measured.',
      'Besides, the letters were promptly and politely answered.',
    );
    expect(result.claims).toEqual([]);
  });

  it("a heading's verb or an acronym is no given or family name", () => {
    const result = analyze(
      'Scheduling HRT',
      'By scheduling the doses, clinics cut waiting lists. HRT refers to hormone therapy.',
      'Organizing CRM',
      'CRM supports the sales team.',
    );
    expect(result.sources.map((s) => [s.name, s.kind])).toEqual([
      ['HRT', 'organization'],
      ['CRM', 'organization'],
    ]);
  });
});

describe('a role noun capitalised to open the sentence', () => {
  it("an honorific between the role and the name is the name's, no part of the role", () => {
    const result = analyze('"It heals fast," said surgeon Dr. Ines Berg.', 'Lead author Dr Ken Holm said it was late.');
    expect(result.sources.map((s) => [s.name, s.role])).toEqual([
      ['Ines Berg', 'surgeon'],
      ['Ken Holm', 'Lead author'],
    ]);
  });

  it('"Expert Vera Holm said": the role is no part of the name', () => {
    for (const role of ['Expert', 'Billionaire', 'Plaintiff']) {
      const result = analyze(`${role} Vera Holm said the plan would fail.`);
      expect(listed(result)).toEqual([{ name: 'Vera Holm', kind: 'person', role, affiliation: null }]);
    }
  });

  it('a given name that is no role noun stays the name', () => {
    const result = analyze('Hunter Holm said the plan would fail.');
    expect(result.sources.map((s) => s.name)).toEqual(['Hunter Holm']);
  });
});

describe('acronyms and lists around names', () => {
  it("a maker's acronym before a product's name is no given name: the acronym speaks as a body", () => {
    const result = analyze('The new boat, KVT Pilot, is fast.', 'In March, KVT announced a second yard.');
    expect(listed(result)).toEqual([{ name: 'KVT', kind: 'organization', role: null, affiliation: null }]);
  });

  it("a post's acronym before a full name is no part of it", () => {
    const result = analyze(
      'MPA Nadia Holm praised the reform.',
      'Holm said the party had always put minorities first. She said the plan would pass.',
    );
    expect(claimed(result)).toEqual([
      ['praised', ['Nadia Holm']],
      ['said', ['Nadia Holm']],
      ['said', ['Nadia Holm']],
    ]);
    expect(result.sources.map((s) => [s.name, s.role])).toEqual([['Nadia Holm', 'MPA']]);
  });

  it('a participle in a list of adjectives is no cue', () => {
    const result = analyze('After the storm the crew felt cold, frightened, or simply tired.');
    expect(result.claims).toEqual([]);
  });

  it('an instruction opening the sentence is no speaker, and its object no cue', () => {
    const result = analyze(
      'Take notes in every class.',
      'Ferry staff – Prepare reports and timetables for the harbour board.',
      'Avoid shortcuts like the plague.',
    );
    expect(result.sources).toEqual([]);
    expect(result.claims).toEqual([]);
  });

  it('an imperative opening the sentence is no speaker', () => {
    const result = analyze('Imagine, saying "yes" to every invitation would leave no evenings free.');
    expect(result.sources).toEqual([]);
  });
});

describe('quotations the text gives on its own', () => {
  it('"it", with its verb written on or not, introduces no one\'s words before a colon', () => {
    const result = analyze(
      'It’s also often funny: “Tarnby. A port that sailors avoid.”',
      'It was a simple rule: “Leave the boats alone.”',
    );
    expect(result.claims).toEqual([]);
  });

  it('a named person before a colon still introduces a quotation', () => {
    const result = analyze('Lowe has since apologised: “It was a mistake.”');
    expect(claimed(result)).toEqual([['has since apologised', ['Lowe']]]);
  });

  it("a name opening with an elided article is a body's", () => {
    const result = analyze(
      "An article in the city's biggest paper, L'Aurore Nouvelle, has accused the mayor of neglect.",
    );
    expect(result.sources.map((s) => [s.name, s.kind])).toEqual([["L'Aurore Nouvelle", 'organization']]);
  });
});
