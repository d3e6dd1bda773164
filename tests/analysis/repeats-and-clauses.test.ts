// What the twenty-fifth round taught the engine: a description written again word for word is the speaker met
// before, a title may be a family name, and a verb inside a relative clause, a bracket or an object is not the
// sentence's. Every sentence is written for the project.
import { describe, expect, it } from 'vitest';
import { analyze, claimed } from './text-analysis';

describe('one speaker written twice', () => {
  it('an unnamed description written again word for word is one source', () => {
    const result = analyze(
      'A Tarn ministry official said the ferry talks would resume next week.',
      'The night ferry should run again by Friday, a Tarn ministry official said.',
    );
    expect(result.sources.map((s) => [s.name, s.claimCount])).toEqual([['A Tarn ministry official', 2]]);
  });

  it('"the mayor-elect" written again is the mayor-elect met before', () => {
    const result = analyze(
      'The mayor-elect says he is not ready to name a new harbor chief.',
      'The council wants a name by January, the city clerk said.',
      'At a lunch on Tuesday, the mayor-elect laughed and repeated that his wife was his closest adviser.',
    );
    expect(result.sources.map((s) => [s.name, s.claimCount])).toEqual([
      ['The mayor-elect', 2],
      ['the city clerk', 1],
    ]);
  });

  it('"one" unnamed speaker written again word for word is that speaker, not a second of the same name', () => {
    const result = analyze(
      'One harbor worker said the cranes had stood idle since March.',
      'The night shift was cut in May, one harbor worker said.',
    );
    expect(result.sources.map((s) => [s.name, s.claimCount])).toEqual([['One harbor worker', 2]]);
  });

  it('one description twice in a sentence is one source of its claim', () => {
    const result = analyze('A harbor board spokesman would not confirm the sale, saying the deal was not final.');
    expect(result.sources).toHaveLength(1);
    expect(result.claims[0]?.sourceIds).toHaveLength(1);
  });

  it('a relative written again the same way is one speaker, even where a side clause and a place follow it', () => {
    const result = analyze(
      'Ana Brand said her son had changed.',
      'His mother, reached by phone in Tarnby, Harlow, told a reporter that he had been unwell for months.',
      'His mother said she had visited him twice.',
      'The first time, his mother said, he was calm.',
    );
    expect(result.sources.map((s) => [s.name, s.claimCount])).toEqual([
      ['Ana Brand', 1],
      ['His mother', 3],
    ]);
  });

  it('"one of" a group is one person, whom "she" may mean', () => {
    const result = analyze(
      'The family lawyer says the port has not answered their letters.',
      "One of the skipper's daughters told reporters he had gone out to check the ropes.",
      '"He never came back to the house," she told the Harlow Star.',
    );
    expect(claimed(result).map(([, names]) => names)).toEqual([
      ['The family lawyer'],
      ["One of the skipper's daughters"],
      ["One of the skipper's daughters"],
    ]);
  });

  it('"another" still introduces a second speaker', () => {
    const result = analyze(
      'A Tarn ministry official said the ferry talks would resume.',
      'Another Tarn ministry official said they would not.',
    );
    expect(result.sources).toHaveLength(2);
  });

  it('a title the text writes alone as a name is the family name of the person named with it', () => {
    const result = analyze(
      '"Nobody has made money on this in ten years," says veteran media analyst Ivo Doctor.',
      'The board met on Monday. Still, Doctor argues the two ferry firms are talking again.',
      '"The ships will not come back," says Doctor.',
    );
    expect(result.sources.map((s) => [s.name, s.claimCount])).toEqual([['Ivo Doctor', 3]]);
  });

  it('a title after the article stays a title', () => {
    const result = analyze(
      'Ivo Doctor, a Harlow magistrate, said the case was closed.',
      'The court heard from the Doctor who treated him; the Doctor said he had recovered.',
    );
    expect(result.sources.map((s) => s.name)).not.toEqual(['Ivo Doctor']);
  });
});

describe('the verb that reports', () => {
  it("a relative clause's verb inside the subject gives way to the sentence's own", () => {
    const result = analyze('The harbor lawyer who argued the ferry case said she would not appeal.');
    expect(claimed(result)).toEqual([['said', ['The harbor lawyer']]]);
  });

  it('a relative clause cut short at the end of a paragraph reports nothing', () => {
    const result = analyze('"The yard is hers," said the dock worker, who asked');
    expect(claimed(result)).toEqual([['said', ['the dock worker']]]);
  });

  it('a verb joined inside brackets reports for the subject in the brackets', () => {
    const result = analyze(
      'Zentro let go of more than 40 drivers (the firm would not disclose a figure but called the cut "modest") and moved its office.',
    );
    expect(result.sources.map((s) => s.name)).toEqual(['the firm']);
  });

  it("a verb's object with its article is no speaker's name", () => {
    const result = analyze(
      'The Tarn judges upheld a panel ruling that rejected the port toll.',
      'The Harlow panel cited a report that found the levy unfair.',
    );
    expect(result.sources.map((s) => s.name)).not.toContain('Tarn');
    expect(claimed(result).map(([cue]) => cue)).not.toContain('The Tarn judges upheld a panel ruling that rejected');
  });

  it('a time before the subject still leaves the subject its article', () => {
    const result = analyze(
      'The storm passed at dawn, and on Monday night the Tarn government announced that the port had reopened.',
      'Last year the Harlow government pledged to buy new ferries for the islands.',
    );
    expect(claimed(result)).toEqual([
      ['announced', ['the Tarn government']],
      ['pledged', ['the Harlow government']],
    ]);
  });

  it('a claim whose clause holds another report is still claimed', () => {
    const result = analyze('Lowe claims the harbor board says her boat permit has lapsed.');
    expect(claimed(result)).toEqual([['claims', ['Lowe']]]);
  });

  it('"who" after a work and its maker stands for the maker, not for the subject of the sentence', () => {
    const result = analyze(
      'The Harlow court let stand a 2019 decision by a magistrate who found that the levy breaks the charter.',
    );
    expect(claimed(result)).toEqual([['found', ['a magistrate']]]);
  });

  it('a party after a titled name is the affiliation; the title stays the role', () => {
    const result = analyze(
      'Senate Majority Leader Ed Moss, a Democrat, said lawmakers were unlikely to act this session.',
    );
    expect(result.sources.map((s) => [s.name, s.role, s.affiliation])).toEqual([
      ['Ed Moss', 'Senate Majority Leader', 'Democrat'],
    ]);
  });

  it('a title "for" places joined by "and" runs on to the full name after them', () => {
    const result = analyze(
      '"The office did good work," said former Special Envoy for Norway and Sweden Ivo Brand.',
      'Brand, who later ran the trade mission, noted that the team had scattered.',
    );
    expect(result.sources.map((s) => [s.name, s.role, s.claimCount])).toEqual([
      ['Ivo Brand', 'former Special Envoy for Norway and Sweden', 2],
    ]);
  });

  it("a question the writer asks reports no one's words; a question quoted is still its asker's", () => {
    const result = analyze(
      'Most guests like the boat tours.',
      'Do they say which stop they liked best? Do they think the fares are fair?',
      '"Do they want the ferry back?" the mayor asked.',
    );
    expect(claimed(result)).toEqual([['asked', ['the mayor']]]);
  });

  it('an instruction to the reader after an opening phrase is no inverted report', () => {
    const result = analyze('After each trip, ask your riders to rate the crossing on the ferry site.');
    expect(result.claims).toEqual([]);
  });

  it('a pronoun with its verb contracted ends a phrase', () => {
    const result = analyze('Let’s say we’re a ferry operator based in Tarnby and we want to compare our fares.');
    expect(result.sources).toEqual([]);
  });

  it('a place, a second place and an agency glued to the sentence are its dateline; a title "to" a body runs on', () => {
    const result = analyze(
      'Harlow, Tarn (CNN)US Ambassador to the European Union Ana Lowe said Monday that the fleet would stay home.',
    );
    expect(result.sources.map((s) => [s.name, s.role])).toEqual([['Ana Lowe', 'US Ambassador to the European Union']]);
  });

  it('a hyphened title after a name is its role, whatever the relative clause after it', () => {
    const result = analyze(
      'Ivo Lowe, Director-General of the Harlow Centre, which runs the ferry archive, said the talks went well.',
    );
    expect(result.sources.map((s) => [s.name, s.role, s.affiliation])).toEqual([
      ['Ivo Lowe', 'Director-General of the Harlow Centre', 'Harlow Centre'],
    ]);
  });

  it('"the then president-elect" is the person the text titled president', () => {
    const result = analyze(
      'President Ivo Brand took office in May.',
      'Brand has long mocked the harbor pact, which he once called "a relic".',
      "In March the then president-elect said he would stop paying the pact's port fees.",
    );
    expect(result.sources.map((s) => [s.name, s.claimCount])).toEqual([['Ivo Brand', 2]]);
  });

  it("a title given to another person of the same family name is not this one's", () => {
    const result = analyze(
      '"The ferries stay docked," Harbor Secretary Ivo Brand, a cousin of President Mia Brand, told reporters.',
      'The president said the talks would go on.',
    );
    expect(result.sources.map((s) => s.name)).toEqual(['Ivo Brand', 'The president']);
  });

  it("a name's possessive apostrophe after its final s is no part of the name", () => {
    const result = analyze(
      'Ed Voss\' "The Making of a Mayor" outlines the years before office. In the book, he explained his method.',
    );
    expect(result.sources.map((s) => s.name)).toEqual(['Ed Voss']);
  });

  it('a pronoun after an opening clause is the person that clause names, unless the sex differs', () => {
    const result = analyze(
      'The press secretary, Ana Moss, said the talks went well.',
      'When Tarn President Ivo Brand took office in May, he said the ferries would run again.',
      'When Ms. Moss took the job, he said he would back her.',
    );
    expect(claimed(result).map(([, names]) => names)).toEqual([['Ana Moss'], ['Ivo Brand'], ['Ivo Brand']]);
  });

  it('a person named in what a group reports is the one a later "he" means', () => {
    const result = analyze(
      'Premier Ana Lowe received the report on Monday.',
      'Sources say harbor auditor Ivo Brand urged the council to hire more pilots.',
      'He proposed a second dock at the north end.',
    );
    expect(claimed(result)).toEqual([
      ['say', ['Sources']],
      ['proposed', ['Ivo Brand']],
    ]);
  });

  it('where a speaker lives, between commas, is a link of the chain after the name', () => {
    const result = analyze(
      'Ivo Brand, a member of the Tarnby Rowing Club, outside Harlow, pointed out that the boat was too heavy.',
    );
    expect(result.sources.map((s) => s.name)).toEqual(['Ivo Brand']);
  });

  it('a role or a body\'s noun before "the" and a name still opens one phrase', () => {
    const result = analyze(
      'Harbor spokesman the Rev. Ivo Brand told reporters the ferry would sail.',
      'The rights group the Harlow League said the plan was unfair.',
    );
    expect(claimed(result).map(([cue]) => cue)).toEqual(['told reporters', 'said']);
    expect(result.sources[0]?.name).toBe('Ivo Brand');
    expect(result.sources[1]?.name).toMatch(/Harlow League$/);
  });

  it('an -s form after a possessive is a noun unless a clause or a quote follows it', () => {
    const result = analyze(
      "Lowe's tweets come days after it emerged that Zentro will open a so-called 'mega' depot in Tarnby.",
      "Harlow Burger's says it will close the store.",
    );
    expect(claimed(result)).toEqual([['says', ['Harlow Burger']]]);
  });
});
