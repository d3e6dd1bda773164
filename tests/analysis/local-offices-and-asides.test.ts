// What the twenty-seventh round taught the engine: the titles of local and state offices, what an aside after a
// name may name as one's body (not a time, an amount or an occasion), and bodies whose names hold "of the". Every
// sentence is written for the project.
import { describe, expect, it } from 'vitest';
import { findTopic } from '../../utils/analysis/attribution';
import { analyze, claimed, listed } from './text-analysis';

describe('local and state offices', () => {
  it('titles of local and state offices before a name are roles, and the holders government', () => {
    const result = analyze(
      'State Assemblyman Ivo Brand argued that the road should stay open.',
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
    const result = analyze('Harlow chief psychiatrist Ana Lowe said the new ward had helped.');
    expect(result.sources[0]?.category).toBe('expert');
  });
});

describe('public posts quoted by their job alone', () => {
  it.each([
    ['The city clerk', 'government'],
    ['A court clerk', 'government'],
    ['A fire chief', 'government'],
    ['A firefighter', 'government'],
    ['A park ranger', 'government'],
    ['The prison warden', 'government'],
    ['An immigration officer', 'government'],
    ['A customs officer', 'government'],
    ['A border guard', 'military-security'],
    ['A union leader', 'organization'],
  ])('%s: %s', (speaker, category) => {
    const result = analyze(`${speaker} said the harbor road would reopen in May.`);
    expect(result.sources.map((s) => [s.name, s.category])).toEqual([[speaker, category]]);
  });

  it("a team's leader at a space agency is no company's", () => {
    const result = analyze('The agency team leader said the probe would launch in May.');
    expect(result.sources[0]?.category).not.toBe('organization');
  });
});

describe('what an aside after a name says one is of', () => {
  it('a time, an amount or an occasion after "at" or "of" is no affiliation', () => {
    const result = analyze(
      'Ana Lowe, at a news conference on Monday, said the bridge was safe.',
      'Ivo Brand, at the time, said the bridge was safe.',
      'Ed Moss, at 9 a.m., said the bridge was shut.',
      '"The fee is high," says Ana Rusk, who advises a dozen growers (at $40 an hour) on their claims.',
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
      'Ana Rusk, the head of licensing at the State Office of the Harbors, said the queue was long.',
      'Ivo Brand, a lecturer at the University of the Western Isles, said the survey was small.',
    );
    expect(listed(result)).toEqual([
      {
        name: 'Ana Rusk',
        kind: 'person',
        role: 'head of licensing at the State Office of the Harbors',
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
    const result = analyze('The inquiry quotes several witnesses who said the ledgers were kept twice.');
    expect(claimed(result)).toEqual([['said', ['several witnesses']]]);
  });

  it('a participle after the object of "a complaint with" is not that object\'s', () => {
    const result = analyze(
      'A neighbour lodged a grievance with the Tarnby Housing Board alleging months of noise from the mill.',
    );
    expect(result.sources.map((s) => s.name)).not.toContain('Tarnby Housing Board');
  });

  it('"was met with lawsuits arguing" still credits the lawsuits\' plaintiffs', () => {
    const result = analyze(
      'The rule will be met with lawsuits from fishing groups arguing it is unlawful to close the bay.',
    );
    expect(claimed(result)).toEqual([['arguing', ['lawsuits from fishing groups']]]);
  });

  it('assessing a player or a risk is no claim; assessing that something is so is one', () => {
    const result = analyze(
      'Club doctors are assessing midfielder Ivo Brand before the cup match.',
      'Analysts assess that the harbour will reopen in May.',
    );
    expect(claimed(result)).toEqual([['assess', ['Analysts']]]);
  });

  it("the people after a place's name are the hearer, and an outlet ends before the clause's subject", () => {
    const result = analyze(
      'Ana Lowe told Harlow police a van had blocked the lane.',
      'Ivo Brand told Tarnby radio station the ferry was late.',
      'A Kestrel spokeswoman told Harlow News Moss had left the board in May.',
    );
    expect(result.claims.map((c) => c.cue)).toEqual([
      'told Harlow police',
      'told Tarnby radio station',
      'told Harlow News',
    ]);
  });

  it("the chairman of a legislature's committee is government", () => {
    const result = analyze('House Fisheries Committee Chairman Ed Moss warned that the quotas would fall.');
    expect(result.sources[0]?.category).toBe('government');
  });
});

describe('words that are no cue', () => {
  it('"express" before a service\'s noun is an adjective', () => {
    const result = analyze('Some early express ferry services were cancelled because of the gale.');
    expect(result.claims).toEqual([]);
  });

  it('a cue\'s -s form after "that runs" is a noun', () => {
    const result = analyze('The lab that runs estimates like these was shut down by the council.');
    expect(result.claims).toEqual([]);
  });
});

describe('a field after a role', () => {
  it('"head of marketing" after an inverted name is the role', () => {
    const result = analyze(
      '"Prices will settle," says Ana Lowe, Kestrel\'s head of marketing.',
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
  it('"Mira (31) lost her brother" makes Mira the "she" of the sentences after', () => {
    const result = analyze(
      '"Why are they leaving?" asks Ana Rusk, director of the Kestrel Aid group.',
      'Mira (31) lost her brother in the flood; she still weeps when she recalls it.',
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
      'Sen. Ivo Brand, R-Ariz., argued on Tuesday that the dam should be rebuilt.',
      '"The river will not wait," the Arizona Republican said.',
      'Rep. Ana Lowe (D-NY) said the bill was dead. "It is over," the New York Democrat added.',
    );
    expect(claimed(result)).toEqual([
      ['argued', ['Ivo Brand']],
      ['said', ['Ivo Brand']],
      ['said', ['Ana Lowe']],
      ['added', ['Ana Lowe']],
    ]);
  });

  it('a party or a state the tag does not give is someone else', () => {
    const result = analyze('Sen. Ivo Brand, R-Ariz., said the dam was safe.', '"It is not," the Ohio Republican said.');
    expect(result.sources.map((s) => s.name)).toEqual(['Ivo Brand', 'the Ohio Republican']);
  });
});

describe('a noun in -sis or -ss after a capitalised word', () => {
  it('"New analysis by the Tarn Rail & Bus Board" has no subject "New"', () => {
    const text =
      'New analysis by the Tarn Rail & Bus Board (TRBB), which weighs ticket prices, found that fares had doubled.';
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
      'The U.S. Harbor Service said the buoys were out.',
      'The Harlow State Parks Service said the trails were shut.',
      'Kestrel Services said its vans were late.',
    );
    expect(result.sources.map((s) => [s.name, s.category])).toEqual([
      ['U.S. Harbor Service', 'government'],
      ['Harlow State Parks Service', 'government'],
      ['Kestrel Services', 'organization'],
    ]);
  });
});

describe('a survey inside a clause', () => {
  it('with no figure, a survey after a noun reports nothing; one that opens a clause does', () => {
    const result = analyze(
      "Several of the wells in this year's survey had run dry long before, Lowe said.",
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
    const result = analyze('Ivo Brand, a buyer for Tarn88, a Harlow, Calif., seed company, says the crop is late.');
    expect(listed(result)).toEqual([
      { name: 'Ivo Brand', kind: 'person', role: 'buyer for Tarn88', affiliation: 'Tarn88' },
    ]);
  });
});

describe('nouns a verb of belief is written as', () => {
  it('"suspects" or "estimates" before a preposition or a verb are plural nouns', () => {
    const result = analyze(
      'Police held two Harlow suspects without charge for a week.',
      'Early estimates remained close to the weekend figures.',
    );
    expect(result.claims).toEqual([]);
  });

  it('the verbs stay verbs before "in", "at least" and a clause', () => {
    const result = analyze(
      'Ana Lowe still believes in the old ferry.',
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
    const result = analyze('Atty. Gen. Ivo Brand said the audit was complete.');
    expect(result.sources[0]?.category).toBe('government');
  });

  it("a court's opinion is a document that speaks, and believes nothing", () => {
    const result = analyze(
      'The fine was lawful, the opinion said.',
      'Several jurors questioned after the verdict believed the fine was too low.',
    );
    // (the jurors believe, not the verdict)
    expect(result.sources.map((s) => [s.name, s.kind])).toEqual([
      ['the opinion', 'document'],
      ['Several jurors', 'group'],
    ]);
  });
});

describe('names of firms', () => {
  it('"&" joins a firm\'s name after a role\'s "of"', () => {
    const result = analyze('Ivo Brand, a partner at Kestrel & Lowe, said the merger was sound.');
    expect(result.sources[0]?.affiliation).toBe('Kestrel & Lowe');
  });

  it("a name that opens with an ordinal is a body's", () => {
    const result = analyze('Twentieth Century Harbor and Kestrel said the ferries would merge.');
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
    const result = analyze("The book sets out what Ivo Brand believes are the harbour's real costs.");
    expect(claimed(result)).toEqual([['believes', ['Ivo Brand']]]);
  });
});

describe('resolutions and courts', () => {
  it('"the resolution says" is a document speaking, and courts are government', () => {
    const result = analyze(
      'The resolution says the harbour is closed.',
      'Harlow courts have declared the tolls lawful.',
    );
    expect(result.sources.map((s) => [s.name, s.kind, s.category])).toEqual([
      ['The resolution', 'document', 'organization'],
      ['Harlow courts', 'organization', 'government'],
    ]);
  });
});

describe('"her" after a one-word name', () => {
  it("before a relative it makes the name a person's, though the text writes it elsewhere", () => {
    const result = analyze(
      '"Why are they leaving?" asks Ana Rusk, director of the Kestrel Aid group.',
      'Mira (31) lost her brother in the flood; she still weeps when she recalls it.',
      '"The water came at night," says Mira.',
    );
    expect(claimed(result)).toEqual([
      ['asks', ['Ana Rusk']],
      ['recalls', ['Mira']],
      ['says', ['Mira']],
    ]);
  });

  it('before anything else, a name the text writes elsewhere may be a body\'s ("her stall" is an object\'s)', () => {
    const result = analyze(
      'Ana Lowe sold bread at the Kestrel market.',
      'Kestrel closed her stall on Monday, but she suspects that rivals complained about the smoke.',
    );
    expect(claimed(result)).toEqual([['suspects', ['Ana Lowe', 'rivals']]]);
  });

  it('"assess the flaws as minor" is a belief', () => {
    const result = analyze("Most engineers assess the bridge's flaws as minor.");
    expect(claimed(result)).toEqual([['assess', ['Most engineers']]]);
  });
});

describe("a free relative's subject", () => {
  it('"in what Ana Lowe, the treasurer, called" is Ana Lowe\'s', () => {
    const result = analyze(
      'The vote went to a third count, in what Ana Lowe, treasurer of the Harlow campaign, called "a slow siege."',
    );
    expect(listed(result)).toEqual([
      { name: 'Ana Lowe', kind: 'person', role: 'treasurer of the Harlow campaign', affiliation: 'Harlow' },
    ]);
  });
});

describe('a subject after its verb, and a heading glued to a subject', () => {
  it('"..., says the Harlow Lifeguard Service" credits the board, not the phrase before the comma', () => {
    const result = analyze('Most swimmers tire after an hour in the bay, says the Harlow Lifeguard Service.');
    expect(claimed(result)).toEqual([['says', ['Harlow Lifeguard Service']]]);
  });

  it('"Summary Studies show" is studies speaking', () => {
    const result = analyze('The studies were small.', 'Summary Studies show that fasting may be linked to cravings.');
    expect(result.sources.map((s) => [s.name, s.kind])).toEqual([['studies', 'document']]);
  });
});

describe('a body named with its owner', () => {
  it('"Harlow University\'s Program on Fisheries" is the affiliation whole, after "of" or "in"', () => {
    const result = analyze(
      'Ana Lowe, a fellow at Harlow University’s Program on Fisheries, said the risk was low.',
      'Ivo Brand, a scientist in Kestrel’s Deep Sea Directorate, said the probe was sound.',
      'Ed Moss, a chef in Harlow, said the fish was fresh.',
    );
    expect(result.sources.map((s) => [s.name, s.affiliation])).toEqual([
      ['Ana Lowe', 'Harlow University’s Program on Fisheries'],
      ['Ivo Brand', 'Kestrel’s Deep Sea Directorate'],
      ['Ed Moss', null],
    ]);
  });

  it('a health bulletin is a document', () => {
    const result = analyze('The runner was treated for heat stroke, according to a hospital bulletin.');
    expect(result.sources.map((s) => s.kind)).toEqual(['document']);
  });
});

describe('a paper named with "Leader"', () => {
  it('a body whose name ends in "Leader" is a paper; a titled leader is still government', () => {
    const result = analyze(
      'The Harlow Union Leader reported that the mill would close.',
      'Senate Majority Leader Ivo Brand said the bill was dead.',
    );
    expect(result.sources.map((s) => [s.name, s.category])).toEqual([
      ['Harlow Union Leader', 'media'],
      ['Ivo Brand', 'government'],
    ]);
  });
});
