// What the twenty-seventh round taught the engine: the titles of local and state offices, what an aside after a
// name may name as one's body (not a time, an amount or an occasion), and bodies whose names hold "of the". Every
// sentence is written for the project.
import { describe, expect, it } from 'vitest';
import { findTopic } from '../../utils/analysis/attribution';
import { analyze, claimed, listed } from './text-analysis';

describe('local and state offices', () => {
  it('titles of local and state offices before a name are roles, and the holders government', () => {
    const result = analyze(
      'State Assemblyman Ivo Brand, who wrote the bill, argued that it would end the confusion.',
      'County Supervisor Ana Lowe said the road would reopen.',
      'Alderman Ed Moss said the vote was close.',
      'Coroner Ana Rusk said the inquest would resume.',
      'Chief Magistrate Ed Tarn said the court was full.',
    );
    expect(result.sources.map((s) => [s.name, s.kind, s.role, s.category])).toEqual([
      ['Ivo Brand', 'person', 'State Assemblyman', 'government'],
      ['Ana Lowe', 'person', 'County Supervisor', 'government'],
      ['Ed Moss', 'person', 'Alderman', 'government'],
      ['Ana Rusk', 'person', 'Coroner', 'government'],
      ['Ed Tarn', 'person', 'Chief Magistrate', 'government'],
    ]);
  });

  it('a councilman is government, and "the coroner" a source of its own', () => {
    const result = analyze(
      'City Councilman Ivo Brand said the park would stay.',
      'The coroner said the cause was unclear.',
    );
    expect(result.sources.map((s) => [s.name, s.kind, s.category])).toEqual([
      ['Ivo Brand', 'person', 'government'],
      ['The coroner', 'person', 'government'],
    ]);
  });

  it('a chief psychiatrist is an expert', () => {
    const result = analyze('Harlow chief psychiatrist Ana Lowe said progress was being made.');
    expect(result.sources[0]?.category).toBe('expert');
  });
});

describe('what an aside after a name says one is of', () => {
  it('a time, an amount or an occasion after "at" or "of" is no affiliation', () => {
    const result = analyze(
      'Ana Lowe, at a news conference on Monday, said the bridge was safe.',
      'Ivo Brand, at the time, said the bridge was safe.',
      'Ed Moss, at 9 a.m., said the bridge was shut.',
      '"The fee is high," says Ana Rusk, who is helping 25 growers (at $40 a head) with their forms.',
    );
    expect(result.sources.map((s) => [s.name, s.affiliation])).toEqual([
      ['Ana Lowe', null],
      ['Ivo Brand', null],
      ['Ed Moss', null],
      ['Ana Rusk', null],
    ]);
  });

  it('a name or a body after "of" or "at" still is', () => {
    const result = analyze(
      'Ana Lowe, of Harlow, said the bridge was safe.',
      'Ivo Brand, at the Kestrel Institute, said the bridge was safe.',
      'Ed Moss, of the union, said the bridge was shut.',
    );
    expect(result.sources.map((s) => [s.name, s.affiliation])).toEqual([
      ['Ana Lowe', 'Harlow'],
      ['Ivo Brand', 'Kestrel Institute'],
      ['Ed Moss', 'union'],
    ]);
  });
});

describe('bodies whose names hold "of the"', () => {
  it('"the State Office of the Harbors" is one body, whole', () => {
    const result = analyze(
      'Ana Rusk, the deputy commissioner of the State Office of the Harbors, says the state is trying.',
      'Ivo Brand, a lecturer at the University of the Western Isles, said the survey was small.',
    );
    expect(listed(result)).toEqual([
      {
        name: 'Ana Rusk',
        kind: 'person',
        role: 'deputy commissioner of the State Office of the Harbors',
        affiliation: 'State Office of the Harbors',
      },
      {
        name: 'Ivo Brand',
        kind: 'person',
        role: 'lecturer at the University of the Western Isles',
        affiliation: 'University of the Western Isles',
      },
    ]);
  });
});

describe('who speaks, and to whom', () => {
  it("a relative clause after a clause with a present verb stands for the verb's object", () => {
    const result = analyze('The inquiry cites several witnesses who said the ledgers were kept twice.');
    expect(claimed(result)).toEqual([['said', ['several witnesses']]]);
  });

  it('a participle after the object of "a complaint with" is not that object\'s', () => {
    const result = analyze(
      'A tenant has filed a complaint with the Harlow Police Department alleging years of threats from a landlord.',
    );
    expect(result.sources.map((s) => s.name)).not.toContain('Harlow Police Department');
  });

  it('"was met with lawsuits arguing" still credits the lawsuits\' plaintiffs', () => {
    const result = analyze(
      'The rule will be met with lawsuits from fishing groups arguing it is unlawful to close the bay.',
    );
    expect(claimed(result)).toEqual([['arguing', ['lawsuits from fishing groups']]]);
  });

  it('assessing a player or a risk is no claim; assessing that something is so is one', () => {
    const result = analyze(
      'Medical staff are assessing striker Ivo Brand after he spent the night in hospital.',
      'Analysts assess that the harbour will reopen in May.',
    );
    expect(claimed(result)).toEqual([['assess', ['Analysts']]]);
  });

  it("the people after a place's name are the hearer, and an outlet ends before the clause's subject", () => {
    const result = analyze(
      'Ana Lowe told Harlow police the man had threatened her.',
      'Ivo Brand told Tarnby radio station the ferry was late.',
      'A Kestrel spokesman told Harlow News Moss was no longer the chief executive.',
    );
    expect(result.claims.map((c) => c.cue)).toEqual([
      'told Harlow police',
      'told Tarnby radio station',
      'told Harlow News',
    ]);
  });

  it("the chairman of a legislature's committee is government", () => {
    const result = analyze('House Transport Committee Chairman Ed Moss said in a statement that the bill would pass.');
    expect(result.sources[0]?.category).toBe('government');
  });
});

describe('words that are no cue', () => {
  it('"express" before a service\'s noun is an adjective', () => {
    const result = analyze('Some Monday morning express train services were cancelled, and ferries stayed in port.');
    expect(result.claims).toEqual([]);
  });

  it('a cue\'s -s form after "that uses" is a noun', () => {
    const result = analyze('The old method that uses attributes like age and income is being dropped by the studio.');
    expect(result.claims).toEqual([]);
  });
});

describe('a field after a role', () => {
  it('"head of marketing" after an inverted name is the role', () => {
    const result = analyze(
      '"They need to win the young," says Ana Lowe, Kestrel\'s head of marketing.',
      '"It is hard," says Ivo Brand, professor of nursing at Harlow University.',
    );
    expect(listed(result)).toEqual([
      { name: 'Ana Lowe', kind: 'person', role: "Kestrel's head of marketing", affiliation: 'Kestrel' },
      {
        name: 'Ivo Brand',
        kind: 'person',
        role: 'professor of nursing at Harlow University',
        affiliation: 'Harlow University',
      },
    ]);
  });
});

describe('a one-word name a possessive shows to be a person', () => {
  it('"Mira (31) saw her sister" makes Mira the "she" of the sentences after', () => {
    const result = analyze(
      '"Why are they leaving?" asks Ana Rusk, director of the Kestrel Aid group.',
      'Mira (31) saw her brother being hurt at the market; she cries when she recalls it.',
      '"I think the camp is safe now," she says.',
    );
    expect(claimed(result)).toEqual([
      ['asks', ['Ana Rusk']],
      ['recalls', ['Mira']],
      ['says', ['Mira']],
    ]);
  });

  it('"her" before a preposition is an object, and shows nothing', () => {
    const result = analyze(
      '"Why are they leaving?" asks Ana Rusk, director of the Kestrel Aid group.',
      'Harlow drove her to the market; she cries when she recalls it.',
    );
    expect(claimed(result)).toEqual([
      ['asks', ['Ana Rusk']],
      ['recalls', ['Ana Rusk']],
    ]);
  });
});

describe('a lawmaker named again by party and state', () => {
  it('"R-Ariz." after a name makes the person "the Arizona Republican"', () => {
    const result = analyze(
      'In an interview Tuesday, Sen. Ivo Brand, R-Ariz., suggested that both parties should reach a deal.',
      '"We did not include them in the talks," the Arizona Republican said.',
      'Rep. Ana Lowe (D-NY) said the bill was dead. "It is over," the New York Democrat added.',
    );
    expect(claimed(result)).toEqual([
      ['suggested', ['Ivo Brand']],
      ['said', ['Ivo Brand']],
      ['said', ['Ana Lowe']],
      ['added', ['Ana Lowe']],
    ]);
  });

  it('a party or a state the tag does not give is someone else', () => {
    const result = analyze(
      'Sen. Ivo Brand, R-Ariz., said the deal was close.',
      '"It is not," the Ohio Republican said.',
    );
    expect(result.sources.map((s) => s.name)).toEqual(['Ivo Brand', 'the Ohio Republican']);
  });
});

describe('a noun in -sis or -ss after a capitalised word', () => {
  it('"New analysis by the Harlow Fares & Routes Council" has no subject "New"', () => {
    const text =
      'New analysis by the Harlow Fares & Routes Council (HFRC), which tracks ferry prices, found the fares had doubled.';
    expect(findTopic({ text, masked: text, start: 0, end: text.length })).toBeNull();
  });
});

describe('bodies named with "and" and by their state', () => {
  it('a field before "and" and a field and a head after it are one body', () => {
    const result = analyze(
      'The Food and Drug Administration said the recall was voluntary.',
      'The Harlow Parks and Recreation Department said the pool would reopen.',
      'Ivo Brand and the Kestrel Agency said the talks had failed.',
    );
    expect(result.sources.map((s) => s.name)).toEqual([
      'Food and Drug Administration',
      'Harlow Parks and Recreation Department',
      'Ivo Brand',
      'Kestrel Agency',
    ]);
  });

  it('a chamber of commerce keeps its "of"', () => {
    const result = analyze('The Kestrel Chamber of Commerce said the fair would go ahead.');
    expect(result.sources.map((s) => [s.name, s.kind])).toEqual([['Kestrel Chamber of Commerce', 'organization']]);
  });

  it("a country's or a state's service, office or board is government", () => {
    const result = analyze(
      'The U.S. Forest Service said the fires were out.',
      'The Harlow State Parks Service said the trails were shut.',
      'Kestrel Services said its vans were late.',
    );
    expect(result.sources.map((s) => [s.name, s.category])).toEqual([
      ['U.S. Forest Service', 'government'],
      ['Harlow State Parks Service', 'government'],
      ['Kestrel Services', 'organization'],
    ]);
  });
});

describe('a survey inside a clause', () => {
  it('with no figure, a survey after a noun reports nothing; one that opens a clause does', () => {
    const result = analyze(
      "It is possible that some of the trees in this year's survey died long ago, Lowe said.",
      'In a Harlow poll released Monday, voters said they were tired.',
    );
    expect(claimed(result)).toEqual([
      ['said', ['Lowe']],
      ['In', ['Harlow poll', 'voters']],
    ]);
  });
});

describe('an apposition that names a place inside it', () => {
  it('"a Harlow, Calif., research firm" is one phrase, and the name before it speaks', () => {
    const result = analyze(
      'Ivo Brand, an analyst with Kestrel64, a Harlow, Calif., research firm, says the chips are late.',
    );
    expect(listed(result)).toEqual([
      { name: 'Ivo Brand', kind: 'person', role: 'analyst with Kestrel64', affiliation: 'Kestrel64' },
    ]);
  });
});

describe('nouns a verb of belief is written as', () => {
  it('"suspects" or "estimates" before a preposition or a verb are plural nouns', () => {
    const result = analyze(
      'The program jails key Kestrel suspects without filing charges.',
      'Final Monday estimates remained close to the weekend figures.',
    );
    expect(result.claims).toEqual([]);
  });

  it('the verbs stay verbs before "in", "at least" and a clause', () => {
    const result = analyze(
      'Ana Lowe still believes in the young actor.',
      'The mayor estimates at least 40 people were hurt.',
      'Ivo Brand suspects that the pump failed.',
    );
    expect(claimed(result)).toEqual([
      ['still believes', ['Ana Lowe']],
      ['estimates', ['The mayor']],
      ['suspects', ['Ivo Brand']],
    ]);
  });
});

describe('courts and their officers', () => {
  it('"Atty. Gen." is the attorney general, no general', () => {
    const result = analyze('Atty. Gen. Ivo Brand said the detention had paid off.');
    expect(result.sources[0]?.category).toBe('government');
  });

  it("a court's opinion is a document that speaks, and believes nothing", () => {
    const result = analyze(
      'The fine was lawful, the opinion said.',
      'Many voters interviewed after the verdict believed the sentence was too harsh.',
    );
    expect(result.sources.map((s) => [s.name, s.kind])).toEqual([['the opinion', 'document']]);
  });
});

describe('names of firms', () => {
  it('"&" joins a firm\'s name after a role\'s "of"', () => {
    const result = analyze(
      'Ivo Brand, president of Kestrel & Lowe, a Harlow agency, said he thought the campaign was bold.',
    );
    expect(result.sources[0]?.affiliation).toBe('Kestrel & Lowe');
  });

  it("a name that opens with an ordinal is a body's", () => {
    const result = analyze('Twentieth Century Harbor and Kestrel say they will share the films.');
    expect(result.sources.map((s) => [s.name, s.kind])).toEqual([
      ['Twentieth Century Harbor', 'organization'],
      ['Kestrel', 'organization'],
    ]);
  });
});

describe('where one is based', () => {
  it('"a Harlow, Fla.-based lawyer" is a lawyer, of no body', () => {
    const result = analyze(
      '"We will fight," said Ivo Brand, a Harlow, Fla.-based lawyer.',
      'Ana Lowe, a Tarnby-based engineer, said the bridge was sound.',
    );
    expect(listed(result)).toEqual([
      { name: 'Ivo Brand', kind: 'person', role: 'lawyer', affiliation: null },
      { name: 'Ana Lowe', kind: 'person', role: 'engineer', affiliation: null },
    ]);
  });
});

describe('a verb of belief after its pronoun', () => {
  it('"what he believes are" keeps the verb', () => {
    const result = analyze("The film lays out what Ivo Brand believes are the mayor's core beliefs.");
    expect(claimed(result)).toEqual([['believes', ['Ivo Brand']]]);
  });
});

describe('resolutions and courts', () => {
  it('"the resolution says" is a document speaking, and courts are government', () => {
    const result = analyze(
      'The resolution says the harbour is closed.',
      'Tarnish courts, however, have declared most of the camps legal.',
    );
    expect(result.sources.map((s) => [s.name, s.kind, s.category])).toEqual([
      ['The resolution', 'document', 'other'],
      ['Tarnish courts', 'organization', 'government'],
    ]);
  });
});

describe('"her" after a one-word name', () => {
  it("before a relative it makes the name a person's, though the text writes it elsewhere", () => {
    const result = analyze(
      '"Why are they leaving?" asks Ana Rusk, director of the Kestrel Aid group.',
      'Mira (31) saw her brother being hurt at the market; she cries when she recalls it.',
      '"I think the camp is safe now," says Mira.',
    );
    expect(claimed(result)).toEqual([
      ['asks', ['Ana Rusk']],
      ['recalls', ['Mira']],
      ['says', ['Mira']],
    ]);
  });

  it('before anything else, a name the text writes elsewhere may be a body\'s ("her account" is an object\'s)', () => {
    const result = analyze(
      'Ana Lowe put up a profile on Kestrel.',
      'Kestrel suspended her account on Thursday, but she suspects that rivals reported her post as spam.',
    );
    expect(claimed(result)).toEqual([['suspects', ['Ana Lowe', 'rivals']]]);
  });

  it('"assess its impact as modest" is a belief', () => {
    const result = analyze('For all the criticism, most economists assess its impact on workers as modest.');
    expect(claimed(result)).toEqual([['assess', ['most economists']]]);
  });
});

describe("a free relative's subject", () => {
  it('"in what Ana Lowe, the treasurer, called" is Ana Lowe\'s', () => {
    const result = analyze(
      'He fought for every delegate in 1996, in what Ana Lowe, treasurer of the Harlow campaign, called "trench warfare."',
    );
    expect(listed(result)).toEqual([
      { name: 'Ana Lowe', kind: 'person', role: 'treasurer of the Harlow campaign', affiliation: 'Harlow' },
    ]);
  });
});

describe('a subject after its verb, and a heading glued to a subject', () => {
  it('"..., says the Harlow Health Board" credits the board, not the phrase before the comma', () => {
    const result = analyze('Most patients recover after a period of seven days, says the Harlow Health Board.');
    expect(claimed(result)).toEqual([['says', ['Harlow Health Board']]]);
  });

  it('"Summary Studies show" is studies speaking', () => {
    const result = analyze('The studies were small.', 'Summary Studies show that fasting may be linked to cravings.');
    expect(result.sources.map((s) => [s.name, s.kind])).toEqual([['studies', 'document']]);
  });
});

describe('a body named with its owner', () => {
  it('"Harlow University\'s Program on Fisheries" is the affiliation whole, after "of" or "in"', () => {
    const result = analyze(
      'Ana Lowe, deputy director of Harlow University’s Program on Fisheries, said the risk was low.',
      'Ivo Brand, a scientist in Kestrel’s Science Mission Directorate, said the probe was sound.',
      'Ed Moss, a chef in Harlow, said the fish was fresh.',
    );
    expect(result.sources.map((s) => [s.name, s.affiliation])).toEqual([
      ['Ana Lowe', 'Harlow University’s Program on Fisheries'],
      ['Ivo Brand', 'Kestrel’s Science Mission Directorate'],
      ['Ed Moss', null],
    ]);
  });

  it('a health bulletin is a document', () => {
    const result = analyze('The patient had a chest infection, according to a health bulletin issued by the hospital.');
    expect(result.sources.map((s) => s.kind)).toEqual(['document']);
  });
});
