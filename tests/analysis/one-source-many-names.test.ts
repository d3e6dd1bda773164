// What the thirty-sixth round taught the engine about one source written several ways: a plural's possessive
// before a family name, a title written in capitals, a site with and without its domain, a body and its acronym
// after the same words, a sponsor's poll called a survey, a name opened by an initial; and about a work named by
// its title. Every sentence is written for the project.
import { describe, expect, it } from 'vitest';
import { cleanToken } from '../../utils/analysis/noun-phrase';
import { analyze, claimed, listed } from './text-analysis';

describe('one source written several ways', () => {
  it("a plural's possessive before a family name the text gave in full is that person", () => {
    const result = analyze(
      '“Sales held up,” said Ivo Brand, who covers shops for Kestrels Group.',
      'Kestrels’ Brand said prices would rise.',
    );
    expect(claimed(result)).toEqual([
      ['said', ['Ivo Brand']],
      ['said', ['Ivo Brand']],
    ]);
  });

  it("a body's name ending in a plural's possessive stops before the name of the person it is of", () => {
    const result = analyze(
      'After the vote the mayor met Kestrel News’ Ivo Brand at the port.',
      '“It is so,” Brand said.',
    );
    expect(listed(result)).toEqual([{ name: 'Ivo Brand', kind: 'person', role: null, affiliation: null }]);
  });

  it("a plural's possessive keeps its apostrophe, curly or straight; a word in single quotes loses its quotes", () => {
    expect(['Kestrels’', "Kestrels'", '‘Kestrels’', 'Lowe’'].map(cleanToken)).toEqual([
      'Kestrels’',
      "Kestrels'",
      'Kestrels',
      'Lowe',
    ]);
  });

  it("a plural's possessive before a body's word is a part of that body's name", () => {
    const result = analyze(
      'Tarnby Farmers’ Union President Ana Lowe said the harvest was poor.',
      'The Tarnby Farmers’ Union said prices would rise.',
    );
    expect(listed(result)).toEqual([
      { name: 'Ana Lowe', kind: 'person', role: 'Tarnby Farmers’ Union President', affiliation: null },
      { name: 'Tarnby Farmers’ Union', kind: 'organization', role: null, affiliation: null },
    ]);
  });

  it('a possessive is no subject, whatever verb the noun it owns could be', () => {
    const result = analyze('Reyes’ support grew in May, party officials told the Courier.');
    expect(claimed(result)).toEqual([['told the Courier', ['party officials']]]);
  });

  it('a title written in capitals before a full name is the role, whatever qualifies it', () => {
    const result = analyze(
      '“It took a year,” says UX Designer Mara Quill.',
      '“It is fine,” said Visual Designer Ana Lowe.',
      '“We will see,” said Data Scientist Vera Holm.',
    );
    expect(listed(result)).toEqual([
      { name: 'Mara Quill', kind: 'person', role: 'UX Designer', affiliation: null },
      { name: 'Ana Lowe', kind: 'person', role: 'Visual Designer', affiliation: null },
      { name: 'Vera Holm', kind: 'person', role: 'Data Scientist', affiliation: null },
    ]);
  });

  it('a title in capitals after a role in small letters is part of the name, as "Father" is', () => {
    const result = analyze('Harlow spokesman Father Ivo Brand said the bells would ring.');
    expect(listed(result)).toEqual([
      { name: 'Father Ivo Brand', kind: 'person', role: 'Harlow spokesman', affiliation: null },
    ]);
  });

  it("a full name in a plural's possessive gives the family name met alone later", () => {
    const result = analyze('Ana Reyes’ remarks came in May, when the fair opened.', 'Reyes said the fair would close.');
    expect(listed(result)).toEqual([{ name: 'Ana Reyes', kind: 'person', role: null, affiliation: null }]);
  });

  it('a site is one source with or without its domain', () => {
    const result = analyze('The site Watchlog.org said it had logged 40 leaks.', 'Watchlog reported 12 more in May.');
    expect(claimed(result)).toEqual([
      ['said', ['Watchlog.org']],
      ['reported', ['Watchlog.org']],
    ]);
  });

  it('an acronym after the words that open a body’s name, or after its country’s word, is that body', () => {
    const result = analyze(
      'The Danish Center for Water Safety said the wells were clean.',
      'The Danish CWS has said there is no need to worry.',
      'The Harlow Center for Pier Repair and Safety said the decks were sound.',
      'The Harlow CPR has said it will inspect more.',
      'The Danish Center for Flood Control said the river was rising.',
      'The CFC said it would test more.',
    );
    expect(claimed(result)).toEqual([
      ['said', ['Danish Center for Water Safety']],
      ['has said', ['Danish Center for Water Safety']],
      ['said', ['Harlow Center for Pier Repair and Safety']],
      ['has said', ['Harlow Center for Pier Repair and Safety']],
      ['said', ['Danish Center for Flood Control']],
      ['said', ['Danish Center for Flood Control']],
    ]);
  });

  it("a sponsor's survey is the poll of that sponsor cited before", () => {
    const result = analyze(
      'Most shops take cards, according to a poll by Harlow.',
      'The Harlow survey also showed that few take cheques.',
    );
    expect(result.sources.map((s) => s.name)).toEqual(['Harlow poll']);
    expect(result.claims.map((c) => c.sourceIds)).toEqual([['s1'], ['s1']]);
  });

  it('a given name alone is the person whose full name opens with an initial before it', () => {
    const result = analyze('The talk was given by H. Ivo Brand, a potter, in May.', '“It was hard,” Ivo said.');
    expect(claimed(result).at(-1)).toEqual(['said', ['H. Ivo Brand']]);
  });
});

describe('a work named by its title', () => {
  it("a work's noun before a title makes the title the work's, no person's", () => {
    const result = analyze(
      'Her first book Winter Lamps says the flowers dry fast.',
      'The documentary Harbor Lights shows how the port grew.',
    );
    expect(listed(result)).toEqual([
      { name: 'Winter Lamps', kind: 'document', role: 'Her first book', affiliation: null },
      { name: 'Harbor Lights', kind: 'document', role: null, affiliation: null },
    ]);
  });

  it("a work's title gives no person's name, whose first word alone would then be that person", () => {
    const result = analyze('Ana Lowe wrote the book Kestrel Rising in 2001.', 'Kestrel said the book sold well.');
    expect(listed(result).at(-1)).toEqual({ name: 'Kestrel', kind: 'organization', role: null, affiliation: null });
  });
});

describe('a charge and a league', () => {
  it('a charge is laid with "that", a colon or a quote, or closes a quote; prices and fees charged report nothing', () => {
    const result = analyze(
      'Some movers add fuel charges when the trip is long, and hotels charge by the night.',
      'The bill lists rent, flour, repairs and other shop charges.',
      'The union charges that the firm broke the law.',
      '“They lied,” Lowe charged.',
      'Brand charged: “They lied.”',
    );
    expect(claimed(result)).toEqual([
      ['charges', ['The union']],
      ['charged', ['Lowe']],
      ['charged', ['Brand']],
    ]);
  });

  it('a league, a college or a lab is a body', () => {
    const result = analyze(
      'The league argued that the old ground was safe.',
      'The college said the hall would reopen.',
      'The lab showed that the cells grew.',
    );
    expect(result.sources.map((s) => s.kind)).toEqual(['organization', 'organization', 'organization']);
  });
});

describe('what opens a sentence before its subject', () => {
  it('a role fronted before the name that opens the clause is that person’s role; the name is the subject', () => {
    const result = analyze(
      'Author of the Tarn Tales books, Ana Lowe answered the critics, writing that the plot was fine.',
      'Her uncle, Ivo Brand put it plainly:',
      '“The harbor is closed. Where else can we fish?”',
    );
    expect(listed(result)).toEqual([
      { name: 'Ana Lowe', kind: 'person', role: 'Author of the Tarn Tales books', affiliation: null },
      { name: 'Ivo Brand', kind: 'person', role: 'Her uncle', affiliation: null },
    ]);
    expect(claimed(result)[0]).toEqual(['writing', ['Ana Lowe']]);
  });

  it('a clause or a name before the name is no role of it', () => {
    const result = analyze(
      'Right after the show, he went to see the band, Ivo Brand said, adding that he left early.',
      'He was the mayor of Tarnby, Vera Holm said, adding that he sang.',
      'On the topic of another rival, Mr. Reyes, Ana Lowe was pressed on the deal, saying it was fair.',
    );
    expect(listed(result).map((s) => [s.name, s.role])).toEqual([
      ['Ivo Brand', null],
      ['Vera Holm', null],
      ['Reyes', null],
    ]);
  });

  it('a phrase "alongside", "amid" or "upon" opens is no subject, nor the role of the name after it', () => {
    const result = analyze(
      'Alongside her brother in 2004, Vera Holm ran the mill, calling it hard work.',
      'Amid Harlow Watch calls for a recount, a party aide said Lowe had won.',
    );
    expect(claimed(result)).toEqual([
      ['calling', ['Vera Holm']],
      ['said', ['a party aide']],
    ]);
    expect(listed(result)[0]).toEqual({ name: 'Vera Holm', kind: 'person', role: null, affiliation: null });
  });
});
