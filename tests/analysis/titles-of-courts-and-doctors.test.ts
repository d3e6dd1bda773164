// What the forty-second round taught the engine about a source's kind from a title alone before a name. Every
// sentence is written for the project.
import { describe, expect, it } from 'vitest';
import { analyze } from './text-analysis';

const categories = (...paragraphs: string[]): Array<[string, string | null, string]> =>
  analyze(...paragraphs).sources.map((s) => [s.name, s.role, s.category]);

describe('a title alone before a name', () => {
  it('"Justice" puts the judge with the state, as "Judge" does', () => {
    expect(
      categories(
        'Justice Ana Lowe said the ferry company had broken its contract with the island.',
        'Chief Justice Ivo Brand said the appeal would be heard in the spring.',
      ),
    ).toEqual([
      ['Ana Lowe', 'Justice', 'government'],
      ['Ivo Brand', 'Chief Justice', 'government'],
    ]);
  });

  it('"Dr." and "Prof." make an expert of someone nothing else is said of', () => {
    expect(
      categories(
        'Dr. Ana Lowe said the harbour water was safe to swim in again.',
        'Dr Ivo Brand said the samples had been taken at low tide.',
        'Prof. Mara Quint said the results matched last year’s.',
      ),
    ).toEqual([
      ['Ana Lowe', 'Dr.', 'expert'],
      ['Ivo Brand', 'Dr', 'expert'],
      ['Mara Quint', 'Prof.', 'expert'],
    ]);
  });

  it('what else the text says of a doctor still decides first (a minister, a company’s chief)', () => {
    expect(
      categories(
        'Health Minister Ana Lowe said the ward would reopen. Dr. Lowe said the staff were ready.',
        'Dr. Ivo Brand, chief executive of Harlow Ferries, said the boats were full.',
      ).map(([name, , category]) => [name, category]),
    ).toEqual([
      ['Ana Lowe', 'government'],
      ['Ivo Brand', 'organization'],
    ]);
  });
});

describe('a party before a name', () => {
  it('is no part of the name: "Brand" later is the Ivo Brand met as "ranking Republican Ivo Brand"', () => {
    const result = analyze(
      'The letters were signed by the committee chairman and by ranking Republican Ivo Brand.',
      '"We ask that you meet our staff before the hearing," Brand wrote to the ferry company.',
    );
    expect(result.sources.map((s) => [s.name, s.kind])).toEqual([['Ivo Brand', 'person']]);
  });

  it('nor does it make "supporters of Democrat Ana Lowe" the candidate herself', () => {
    const result = analyze(
      'Ana Lowe won the primary in March.',
      'By a wide margin, supporters of Democrat Ana Lowe say the ferry should run all night.',
    );
    expect(result.sources.map((s) => [s.name, s.kind])).toEqual([['supporters of Democrat Ana Lowe', 'group']]);
  });
});

describe('a post with its "of" before a name', () => {
  it('"Secretary of State Ana Lowe": the post is no part of the name, and "Lowe" later is she, of the state', () => {
    const result = analyze(
      'The talks on the ferry were led by Secretary of State Ana Lowe.',
      '"We will keep the crossing open," Lowe said.',
    );
    expect(result.sources.map((s) => [s.name, s.kind, s.category])).toEqual([['Ana Lowe', 'person', 'government']]);
  });

  it('the same for a post of two words and a name of three ("Secretary of Homeland Security Ana Maria Lowe")', () => {
    const result = analyze(
      'The visit was arranged by Secretary of Homeland Security Ana Maria Lowe.',
      '"The port is safe," Lowe said.',
    );
    expect(result.sources.map((s) => [s.name, s.category])).toEqual([['Ana Maria Lowe', 'government']]);
  });
});

describe('a business by its post or its name', () => {
  it('a "VP" of a named firm speaks for the firm; a "VP" with no body named is no business', () => {
    expect(
      categories(
        '"Sales are up," said Ivo Brand, VP of sales at Kestrel Tools.',
        'VP Ana Lowe said the talks had gone well.',
      ).map(([name, , category]) => [name, category]),
    ).toEqual([
      ['Ivo Brand', 'organization'],
      ['Ana Lowe', 'other'],
    ]);
  });

  it('a federation, an association, a foundation is a body of its members, whatever bureau its name holds', () => {
    expect(
      categories(
        'The Harbor Bureau Federation said the fares were too high.',
        'The Tarnby Office Workers Association said the ferry was late.',
      ).map(([name, , category]) => [name, category]),
    ).toEqual([
      ['Harbor Bureau Federation', 'organization'],
      ['Tarnby Office Workers Association', 'organization'],
    ]);
  });
});
