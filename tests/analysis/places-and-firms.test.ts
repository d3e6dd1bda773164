// A name that ends in a place's word ("Kestrel Island", "Harlow Bay") or a trade a firm is named by ("Harbor Air",
// "Tarn Wireless") is no person's (the fortieth round of being right on any news page). Every sentence is written
// for the project.
import { describe, expect, it } from 'vitest';
import { analyze, claimed } from './text-analysis';

const kinds = (...paragraphs: string[]) => analyze(...paragraphs).sources.map((s) => [s.name, s.kind]);

describe('places and firms by their last word', () => {
  it('a resort on an island and a bay\'s team speak as bodies, and "it" is theirs', () => {
    expect(kinds('Kestrel Island said the storm had flooded its main hall.')).toEqual([
      ['Kestrel Island', 'organization'],
    ]);
    expect(kinds('Harlow Bay said the match would go ahead.')).toEqual([['Harlow Bay', 'organization']]);
    const result = analyze(
      'Kestrel Island closed its pier on Monday.',
      'The ferries would run again by Friday, it said.',
    );
    expect(claimed(result)).toEqual([['said', ['Kestrel Island']]]);
  });

  it('"Harbor Air says", "Tarn Wireless said", "Zentro Digital said": firms named by their trade', () => {
    expect(kinds('Harbor Air says the delay was caused by fog.')).toEqual([['Harbor Air', 'organization']]);
    expect(kinds('Tarn Wireless said the outage was over.')).toEqual([['Tarn Wireless', 'organization']]);
    expect(kinds('Zentro Digital said its sales doubled.')).toEqual([['Zentro Digital', 'organization']]);
  });

  it('a family name that is also a word stays a person\'s: "Ann Park", "Mia Rivers", "Ed Hill"', () => {
    for (const name of ['Ann Park', 'Mia Rivers', 'Ed Hill']) {
      expect(kinds(`${name} said the ferry was late.`), name).toEqual([[name, 'person']]);
    }
  });
});

describe('bodies and documents by their common noun', () => {
  it('"The museum said", "Tarn state media said" and "the zoo announced" are bodies, no persons', () => {
    expect(analyze('The museum said the painting was a copy.').sources[0]).toMatchObject({
      kind: 'organization',
      category: 'organization',
    });
    expect(analyze('Tarnish state media said the town had fallen.').sources[0]).toMatchObject({
      kind: 'organization',
      category: 'media',
    });
    expect(claimed(analyze('On Tuesday the zoo announced it would name the new penguin after a ferry.'))).toEqual([
      ['announced', ['the zoo']],
    ]);
  });

  it('"This graph shows that ..." is a document\'s finding', () => {
    expect(analyze('This graph shows that fares fell in May.').sources[0]).toMatchObject({
      name: 'This graph',
      kind: 'document',
    });
  });
});
