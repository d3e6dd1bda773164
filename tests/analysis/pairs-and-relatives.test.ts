// What the forty-fifth round taught the engine: two people joined by "and" before their verb are two speakers
// when the second has a role in lower case ("Ana Lowe and farmer Tomas Reed said") or each has appositions of
// their own ("Vera Holm, 34, and Ivo Brand, 36, said"); a name after a role's "of" phrase names the person in that
// phrase, not the speaker ("Ana Lowe, a cousin of the farmer, Tomas Reed, said"); a relative of an official is no
// official; "one of the firms" is a body; and "a comparison", "an examination", "a projection" are studies. Every
// sentence is written for the project.
import { describe, expect, it } from 'vitest';
import { analyze, claimed, listed } from './text-analysis';

describe('two people joined by "and" before their verb', () => {
  it('are both speakers when the second has a role in lower case', () => {
    expect(claimed(analyze('Ana Lowe and farmer Tomas Reed said the new toll was unfair.'))).toEqual([
      ['said', ['Ana Lowe', 'Tomas Reed']],
    ]);
    const result = analyze('Mayor Ana Lowe and baker Tomas Reed said the market would move.');
    expect(claimed(result)).toEqual([['said', ['Ana Lowe', 'Tomas Reed']]]);
    expect(listed(result)).toEqual([
      { name: 'Ana Lowe', kind: 'person', role: 'Mayor', affiliation: null },
      { name: 'Tomas Reed', kind: 'person', role: 'baker', affiliation: null },
    ]);
  });

  it('are both speakers when each is set off by an age, a party or an apposition', () => {
    expect(claimed(analyze('Vera Holm, 34, and Ivo Brand, 36, said they would rebuild the barn.'))).toEqual([
      ['said', ['Vera Holm', 'Ivo Brand']],
    ]);
    const couple = analyze('Ana Lowe, 41, and her husband, Tomas Reed, 43, said the storm took their roof.');
    expect(claimed(couple)).toEqual([['said', ['Ana Lowe', 'Tomas Reed']]]);
    expect(listed(couple)[1]).toEqual({ name: 'Tomas Reed', kind: 'person', role: 'her husband', affiliation: null });
    const roles = analyze('Mara Quint, a nurse, and Tomas Reed, a ferry pilot, said the crossing was unsafe.');
    expect(listed(roles)).toEqual([
      { name: 'Mara Quint', kind: 'person', role: 'nurse', affiliation: null },
      { name: 'Tomas Reed', kind: 'person', role: 'ferry pilot', affiliation: null },
    ]);
  });

  it('are a person and a body when the person has an apposition ("Vera Holm, the mayor, and the harbour board")', () => {
    expect(claimed(analyze('Vera Holm, the mayor, and the harbour board said the quay would close.'))).toEqual([
      ['said', ['Vera Holm', 'the harbour board']],
    ]);
  });

  it('share a title written in the plural before the first name ("Sens. Ana Lowe, R-Ohio, and …")', () => {
    const result = analyze('Sens. Ana Lowe, R-Ohio, and Ivo Brand, D-Iowa, said the bill cost too much.');
    expect(claimed(result)).toEqual([['said', ['Ana Lowe', 'Ivo Brand']]]);
    expect(result.sources.map((s) => s.role)).toEqual(['Sen.', 'Sen.']);
  });

  it('are one person when their verb is in the singular ("Outspoken Frank and radio host Ivo Brand believes")', () => {
    expect(claimed(analyze('Outspoken Frank and radio host Ivo Brand believes the vote was rigged.'))).toEqual([
      ['believes', ['Ivo Brand']],
    ]);
  });

  it('keep one person with two titles as one, as before', () => {
    expect(claimed(analyze('Zentro president and chief executive Anna Lind said the plant would close.'))).toEqual([
      ['said', ['Anna Lind']],
    ]);
  });
});

describe('a name after a role whose person is in its "of" phrase', () => {
  it('is that person, not the speaker ("Ana Lowe, a cousin of the farmer, Tomas Reed, said")', () => {
    const result = analyze('Ana Lowe, a cousin of the farmer, Tomas Reed, said the land was sold in May.');
    expect(claimed(result)).toEqual([['said', ['Ana Lowe']]]);
    expect(listed(result)).toEqual([
      { name: 'Ana Lowe', kind: 'person', role: 'cousin of the farmer', affiliation: null },
    ]);
  });

  it('leaves a role before a name alone ("Still, Zentro\'s director, Vera Holm, cautioned")', () => {
    expect(claimed(analyze("Still, Zentro's director, Vera Holm, cautioned that sales fell."))).toEqual([
      ['cautioned', ['Vera Holm']],
    ]);
    expect(claimed(analyze('Tomas Reed, an aide to the governor, said the road would open.'))).toEqual([
      ['said', ['Tomas Reed']],
    ]);
  });
});

describe('a relative of an official', () => {
  it('is no official ("the sister of the mayor", "the 40-year-old sister of the town\'s mayor")', () => {
    const sister = analyze('Ana Lowe, the sister of the mayor, said the fair drew big crowds.');
    expect(sister.sources.map((s) => s.category)).toEqual(['other']);
    const older = analyze("Ivo Brand, the 40-year-old son of the town's mayor, said the fair was over.");
    expect(older.sources.map((s) => s.category)).toEqual(['other']);
  });

  it('leaves an aide to an official in government', () => {
    const aide = analyze('Tomas Reed, an aide to the governor, said the road would open.');
    expect(aide.sources.map((s) => s.category)).toEqual(['government']);
  });
});

describe('one of a kind of body', () => {
  it('is a body, as the name it describes is ("Zentro, one of the biggest firms in the region, said")', () => {
    expect(listed(analyze('Zentro, one of the biggest firms in the region, said it would cut jobs.'))).toEqual([
      { name: 'Zentro', kind: 'organization', role: 'one of the biggest firms in the region', affiliation: null },
    ]);
    expect(analyze('One of the banks said it would close branches.').sources.map((s) => s.kind)).toEqual([
      'organization',
    ]);
  });

  it('leaves one of a group of people a person ("One of his aides said")', () => {
    expect(analyze('One of his aides said the trip was off.').sources.map((s) => s.kind)).toEqual(['person']);
  });
});

describe('a study named by what it did', () => {
  it('is a document, whose maker speaks ("A 2031 examination by the Harlow auditor found")', () => {
    expect(claimed(analyze('A 2031 examination by the Harlow auditor found that the port had overspent.'))).toEqual([
      ['A 2031 examination by the Harlow auditor found', ['the Harlow auditor']],
    ]);
    expect(analyze('The comparison found that both methods cut costs.').sources.map((s) => s.kind)).toEqual([
      'document',
    ]);
  });
});
