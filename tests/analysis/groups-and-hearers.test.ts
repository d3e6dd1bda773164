// What the forty-third round taught the engine while its first seed page was written again in the project's own
// words: a loosely named group is one source, a participle after a closing reporting clause is that clause's
// subject's, "None of the X ..." is whom a later "they" means, a body's people as a group speak for the body, an
// unnamed post speaks for the business it serves, a broadcaster described before its name is the hearer, things made
// or planned take no stance, a curly apostrophe reads as a straight one, and "according to him" cites whom "he"
// would. Every sentence is written for the project.
import { describe, expect, it } from 'vitest';
import { analyze, claimed } from './text-analysis';

const categories = (...paragraphs: string[]): Array<[string, string]> =>
  analyze(...paragraphs).sources.map((s) => [s.name, s.category]);

describe('a group named by a quantifier alone', () => {
  it('is one source for its verb and the participle after it ("several warned ..., saying ...")', () => {
    const result = analyze(
      'The ferry board met on Monday.',
      'But several warned against calling the crossing safe, saying the pier had cracked again.',
      'Many objected to the new fares, arguing that islanders would pay twice.',
    );
    expect(claimed(result)).toEqual([
      ['warned', ['several']],
      ['arguing', ['Many']],
    ]);
    expect(result.sources.map((s) => s.name)).toEqual(['several', 'Many']);
  });
});

describe('a participle after a reporting clause that closes the sentence', () => {
  it('reports for that clause’s subject, not for the words the sentence opened with', () => {
    const result = analyze(
      'A few ferry crews have left the island in recent weeks, two Harlow officials told the Courier, adding that they did not know why.',
      'The two skippers grew close, Ana Lowe said, recalling long nights on the Tarnby crossing.',
    );
    expect(claimed(result)).toEqual([
      ['told the Courier', ['two Harlow officials']],
      ['said', ['Ana Lowe']],
    ]);
    expect(result.sources.map((s) => s.name)).toEqual(['two Harlow officials', 'Ana Lowe']);
  });
});

describe('"None of the X ..." before a "they"', () => {
  it('is the group a later "they" means, with how the story met them', () => {
    expect(
      claimed(
        analyze(
          'The harbour master said the pier would reopen in May.',
          'None of the ferry captains interviewed for this story expected that. But they said the timetable could hold.',
        ),
      ),
    ).toEqual([
      ['said', ['The harbour master']],
      ['said', ['the ferry captains interviewed for this story']],
    ]);
    expect(
      categories(
        'None of the analysts polled by Kestrel expected a cut in tolls. But they warned that fares could rise.',
      ),
    ).toEqual([['the analysts polled by Kestrel', 'expert']]);
  });

  it('not "None of them", which names no one new', () => {
    expect(claimed(analyze('None of them expected a cut. But they said the tolls would stay.'))).toEqual([
      ['said', []],
    ]);
  });
});

describe('the people of a body, as a group', () => {
  it('speak for the body, as one of them does', () => {
    expect(
      categories(
        'Some union leaders criticized the ferry deal, saying it gave away the night routes.',
        'Hospital officials said two crew members were treated for burns.',
        'Airline executives told investors the Harlow route would close.',
      ),
    ).toEqual([
      ['Some union leaders', 'organization'],
      ['Hospital officials', 'organization'],
      ['Airline executives', 'organization'],
    ]);
  });

  it('a state’s officials stay the state’s, and navies are armed forces', () => {
    expect(
      categories(
        'Vellmark officials said the strait would stay open.',
        "The region's navies said they had boarded 30 trawlers this year.",
      ),
    ).toEqual([
      ['Vellmark officials', 'government'],
      ["The region's navies", 'military-security'],
    ]);
  });
});

describe('things made or planned', () => {
  it('take no stance and aim at nothing, many as they are', () => {
    expect(
      claimed(
        analyze(
          'These tools support shared builds for the ferry app.',
          'The company’s plans call for two new ferries next year.',
          'Today’s booking systems strive to fill every seat.',
        ),
      ),
    ).toEqual([]);
  });

  it('not people who plan, nor results that show', () => {
    expect(claimed(analyze('The unions plan to strike in May.', 'Results showed the crossing was safe.'))).toEqual([
      ['plan', ['The unions']],
      ['Results showed', ['Results']],
    ]);
  });
});

describe('a possessive with a curly apostrophe', () => {
  it('reads as the straight one before a plural noun of no list', () => {
    expect(
      categories(
        'The region’s navies said they had boarded 30 trawlers this year.',
        'Tarnby’s armies said the border was quiet.',
      ),
    ).toEqual([
      ['The region’s navies', 'military-security'],
      ['Tarnby’s armies', 'military-security'],
    ]);
  });
});

describe('an unnamed post and whom it serves', () => {
  it('speaks for a business its "for", "from" or "at" names, not for the state', () => {
    expect(
      categories(
        'A representative from Kestrel Motors said the recall would start in May.',
        'A spokesperson for Zentro said ferry bookings fell by a third.',
        'Executives at Zentro told investors the route would close.',
      ),
    ).toEqual([
      ['A representative from Kestrel Motors', 'organization'],
      ['A spokesperson for Zentro', 'organization'],
      ['Executives at Zentro', 'organization'],
    ]);
  });

  it('a public body, a state and an armed force keep theirs', () => {
    expect(
      categories(
        'A spokesperson from the Harlow Department of Transport said the road would reopen.',
        'Officials at the Tarnby National Wildlife Refuge said two seals had died.',
        'An official from Norway said the talks would resume.',
        'A spokesman for the US military said two sailors were hurt.',
      ),
    ).toEqual([
      ['A spokesperson from the Harlow Department of Transport', 'government'],
      ['Officials at the Tarnby National Wildlife Refuge', 'government'],
      ['An official from Norway', 'government'],
      ['A spokesman for the US military', 'military-security'],
    ]);
  });
});

describe('"according to" an object pronoun', () => {
  it('cites whom the pronoun means, as "he" or "she" would', () => {
    expect(
      claimed(
        analyze(
          'Ivo Brand has run the Tarnby ferry for a decade. According to him, fares will rise in May.',
          'Ana Lowe said the pier was safe. The crossing takes an hour, according to her.',
        ),
      ),
    ).toEqual([
      ['According to', ['Ivo Brand']],
      ['said', ['Ana Lowe']],
      ['according to', ['Ana Lowe']],
    ]);
  });

  it('not a possessive before a quoted word ("according to her \u201charbour\u201d plan" is not Ana Lowe\u2019s words)', () => {
    expect(
      claimed(
        analyze('Ana Lowe runs the board. According to her \u201charbour\u201d plan, firms must repay the toll.'),
      ),
    ).toEqual([]);
  });
});

describe('the hearer after "told"', () => {
  it('takes a broadcaster or a paper described before its name', () => {
    expect(
      claimed(
        analyze(
          '"The ferries come first," Ana Lowe told state broadcaster Harlow FM last week.',
          'Ivo Brand told public radio Tarnby One on Monday that the pier would close.',
          'Mara Quint told regional newspaper The Kestrel Courier that tolls would rise.',
        ),
      ),
    ).toEqual([
      ['told state broadcaster Harlow FM', ['Ana Lowe']],
      ['told public radio Tarnby One', ['Ivo Brand']],
      ['told regional newspaper The Kestrel Courier', ['Mara Quint']],
    ]);
  });

  it('not a described hearer with no name after it', () => {
    expect(claimed(analyze('Ana Lowe told national television the plan was dead.'))).toEqual([['told', ['Ana Lowe']]]);
  });
});
