// What a study, a report or a survey says is the organisation-or-data kind of source; a nationality before a
// document is where it comes from, no owner; a name that ends in a document's noun names a document (the fortieth
// round of being right on any news page). Every sentence is written for the project.
import { describe, expect, it } from 'vitest';
import { analyze, claimed, listed } from './text-analysis';

const first = (text: string) => {
  const result = analyze(text);
  const source = result.sources[0];
  return source && { name: source.name, kind: source.kind, category: source.category, claims: result.claims.length };
};

describe('a nationality before a document is no owner', () => {
  it('"according to a Norwegian study that tracked ..." is the study\'s claim', () => {
    expect(
      first('Ferry crews sleep less than bus drivers, according to a Norwegian study that tracked 300 workers.'),
    ).toEqual({ name: 'a Norwegian study', kind: 'document', category: 'organization', claims: 1 });
  });

  it('"according to the Danish ferry safety board 2029 annual report" is the report\'s', () => {
    expect(
      first('Two ferries ran aground last winter, according to the Danish ferry safety board 2029 annual report.'),
    ).toEqual({
      name: 'the Danish ferry safety board 2029 annual report',
      kind: 'document',
      category: 'organization',
      claims: 1,
    });
  });

  it('a sponsor by name still owns its poll: "a Kestrel poll" is Kestrel\'s', () => {
    expect(claimed(analyze('A Norwegian poll shows most riders back the new fares.'))).toEqual([
      ['A Norwegian poll shows', ['A Norwegian poll']],
    ]);
    expect(listed(analyze('Fares fell, according to a Kestrel Research survey of riders.'))).toEqual([
      { name: 'Kestrel Research survey', kind: 'document', role: null, affiliation: 'Kestrel Research' },
    ]);
  });
});

describe('a document by its name', () => {
  it('"Kestrel\'s 2031 Ferry Rider Report found" is a named document of Kestrel\'s, and the year no role', () => {
    expect(listed(analyze("Kestrel's 2031 Ferry Rider Report found that most riders pay by phone."))).toEqual([
      { name: 'Ferry Rider Report', kind: 'document', role: null, affiliation: 'Kestrel' },
    ]);
  });

  it('"The Harbor Health Report found" is a document, "The Tarn Geological Survey said" a body', () => {
    expect(first('The Harbor Health Report found that clinic costs rose.')).toMatchObject({
      name: 'Harbor Health Report',
      kind: 'document',
      category: 'organization',
    });
    expect(first('The Tarn Geological Survey said the quake struck at noon.')).toMatchObject({
      name: 'Tarn Geological Survey',
      kind: 'organization',
    });
  });

  it('a book or a film is someone\'s work, no data: "Her new book says" stays other', () => {
    expect(first('Her new book says the harbour was built by convicts.')).toMatchObject({
      kind: 'document',
      category: 'other',
    });
  });
});

describe('a piece or a story a paper printed', () => {
  it('"A story in the Harbor Post says" is the paper\'s story, a media source, no person', () => {
    expect(first('A story in the Harbor Post says the mayor hid the loan.')).toEqual({
      name: 'A story in the Harbor Post',
      kind: 'document',
      category: 'media',
      claims: 1,
    });
  });

  it('"A piece from the Kestrel Review argues" is no person: the paper that printed it speaks', () => {
    const result = analyze('A piece from the Kestrel Review argues that the chips run hot.');
    expect(result.sources.map((s) => s.kind)).not.toContain('person');
    expect(result.claims).toHaveLength(1);
  });
});

describe('a body or a document described is whom a later "it" means', () => {
  it('"The study looked at ... Ferries are to blame ..., it concluded" is the study\'s claim', () => {
    const result = analyze(
      'The study looked at ferry timetables in forty harbour towns. Ferries are to blame for most of the delays, it concluded.',
    );
    expect(claimed(result)).toEqual([['concluded', ['The study']]]);
  });

  it('"A harbour alliance counted ... It warned ..." is the alliance\'s', () => {
    const result = analyze(
      'A harbour alliance counted the ferry riders of all five towns in May.',
      'It warned that the rowing clubs would be hit hardest.',
    );
    expect(claimed(result)).toEqual([['warned', ['A harbour alliance']]]);
  });

  it('"A new report finds ... It also says ..." is one report; a time after the body is no part of its name', () => {
    expect(claimed(analyze('A new report finds that fares rose.', 'It also says buses are late.'))).toEqual([
      ['A new report finds', ['A new report']],
      ['also says', ['A new report']],
    ]);
    const result = analyze('A harbour commission in January turned down the appeal.', 'It said the rules were clear.');
    expect(result.sources.map((s) => s.name)).toEqual(['A harbour commission']);
  });
});
