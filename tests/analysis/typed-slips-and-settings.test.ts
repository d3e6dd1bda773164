// Reporting sentences as real pages type them, slips and all (the forty-first round of being right on any news
// page): a closing quote mark typed the wrong way round, a full stop where the comma before "X said" belongs, a
// setting fronted without its comma, a tail closed by a dash, "said this person", a quoted title inside a subject.
// Every sentence is written for the project.
import { describe, expect, it } from 'vitest';
import { findQuotes, splitSentences } from '../../utils/analysis/segment';
import { analyze, claimed } from './text-analysis';

const sentences = (text: string): string[] => splitSentences(text).map((r) => text.slice(r.start, r.end));

describe('quotes typed with a slip', () => {
  it('a left mark closing a quote ("“Nobody asked,“ said …") still closes it', () => {
    const result = analyze('“Nobody asked us about the fares,“ said Mara Quint, a nurse who rides from Tarnby.');
    expect(claimed(result)).toEqual([['said', ['Mara Quint']]]);
    expect(result.sources[0]?.role).toBe('nurse');
  });

  it('a left mark that opens a quote after a space is still an opening mark', () => {
    const text = 'The ferry was “late again,“ she said, and “half empty” by noon.';
    expect(findQuotes(text).map((q) => text.slice(q.start, q.end))).toEqual(['“late again,“', '“half empty”']);
  });

  it('two right single marks close a double quote: "“… full,’’ said Ivo Brand"', () => {
    const text = '“The boats were full, and the pier was full,’’ said Ivo Brand, a clerk at the Tarnby Ferry Office.';
    expect(findQuotes(text).map((q) => text.slice(q.start, q.end))).toEqual([
      '“The boats were full, and the pier was full,’’',
    ]);
    expect(claimed(analyze(text))).toEqual([['said', ['Ivo Brand']]]);
  });

  it('"… on time.” Quint said.": the quote and its cue stay one sentence', () => {
    const text = '“Nine boats out of ten ran on time.” Quint said. She smiled.';
    expect(sentences(text)).toEqual(['“Nine boats out of ten ran on time.” Quint said.', 'She smiled.']);
    expect(claimed(analyze(text))).toEqual([['said', ['Quint']]]);
    // A titled name and a time after the verb are the cue's too.
    expect(sentences('“The pier is closed.” Sen. Ana Lowe said on Monday. She smiled.')).toHaveLength(2);
  });

  it('a sentence of its own after the quote ("… on time.” Quint said the fares …") is split as before', () => {
    expect(sentences('“Nine boats ran on time.” Quint said the fares were too high.')).toEqual([
      '“Nine boats ran on time.”',
      'Quint said the fares were too high.',
    ]);
  });
});

describe('a setting fronted without its comma', () => {
  it('"At the meeting Ana Lowe said …": the name is the subject, not the setting', () => {
    expect(claimed(analyze('At the meeting Ana Lowe said the fares were a mistake.'))).toEqual([
      ['said', ['Ana Lowe']],
    ]);
    expect(claimed(analyze('In an interview the mayor said the fares were a mistake.'))).toEqual([
      ['said', ['the mayor']],
    ]);
    expect(claimed(analyze('At the end of the harbour tour Harlow Council said the fares were a mistake.'))).toEqual([
      ['said', ['Harlow Council']],
    ]);
    expect(claimed(analyze('In his speech Ivo Brand told the crews the pier would reopen.'))).toEqual([
      ['told the crews', ['Ivo Brand']],
    ]);
  });

  it("a long phrase after the setting is the sentence's own, and a time with its clause is no setting", () => {
    expect(
      claimed(analyze('Behind the Tarnby council vote to sell the pier lay a worry that the boats would stop.')),
    ).toEqual([]);
    expect(
      claimed(analyze('By the time Lowe announced the sale, Brand had warned the crews that he would fight it.')).map(
        ([, names]) => names,
      ),
    ).not.toContainEqual(expect.arrayContaining(['Lowe']));
  });
});

describe('tails and inverted subjects', () => {
  it('a tail closed by a dash: "…,” he added — and not for the last time.", ", he added -- "…""', () => {
    expect(
      claimed(
        analyze('Ivo Brand spoke last.', 'The pier “will outlive us all,” he added — and not for the last time.'),
      ),
    ).toEqual([['added', ['Ivo Brand']]]);
    expect(
      claimed(analyze('Ivo Brand spoke last.', 'The council can still buy the pier, he added -- "if it acts in May."')),
    ).toEqual([['added', ['Ivo Brand']]]);
  });

  it('no tail inside an aside between dashes, nor an -s noun before a dash', () => {
    expect(claimed(analyze('Since May the storms – and the repair crews – have kept the pier shut.'))).toEqual([]);
    const aside = analyze('Lowe praised the crews and said the pier is safe - as Brand has said - and it will reopen.');
    expect(claimed(aside).map(([cue]) => cue)).not.toContain('has said');
  });

  it('"…,” said this person, who …": a demonstrative phrase after the verb speaks', () => {
    const result = analyze(
      'A person close to the board said the sale had been slow.',
      '“Nobody sells a pier in a week,” said this person, who asked not to be named.',
    );
    expect(claimed(result)).toEqual([
      ['said', ['A person close to the board']],
      ['said', ['A person close to the board']],
    ]);
  });

  it('the one asked may close a tail after a quote: "“And the fares?” the reporter Ana Lowe asked him."', () => {
    expect(claimed(analyze('“And the fares?” the reporter Ana Lowe asked him.'))).toEqual([['asked', ['Ana Lowe']]]);
    expect(
      claimed(analyze('“Mr. Brand, is the pier for sale or not?” Lowe asked Brand. “We need an answer.”')),
    ).toEqual([
      ['asked', ['Lowe']],
      ['asked', ['Lowe']],
    ]);
    // Not a verb of asking with its object inside a sentence of its own.
    expect(claimed(analyze('Lowe asked Brand.'))).toEqual([]);
  });

  it('"But, Lowe added, the fares were too high.": a cue between commas after a connective reports what follows', () => {
    expect(claimed(analyze('But, Lowe added, the fares were too high.'))).toEqual([['added', ['Lowe']]]);
    expect(
      claimed(analyze('Ivo Brand said the ferry was late.', 'But, Brand added, he did not blame the crews.')),
    ).toEqual([
      ['said', ['Ivo Brand']],
      ['added', ['Ivo Brand']],
    ]);
  });

  it('"…,” she added, as she tied the boat to the post …": a clause of time of any length may close a tail', () => {
    const result = analyze(
      'Ana Lowe, a ferry pilot, stood at the pier.',
      '"The tide decides, not me," she added as she tied the boat to the post while two boys carried the nets up the ramp.',
    );
    expect(claimed(result)).toEqual([['added', ['Ana Lowe']]]);
  });

  it('"said 40-year-old Ivo": an age before the name after the verb', () => {
    expect(claimed(analyze('"The pier is my second home," said 40-year-old Ivo.'))).toEqual([['said', ['Ivo']]]);
  });

  it('"says a man carrying a red toolbox …": a participle with its object ends the inverted subject', () => {
    const result = analyze(
      '“The rails are rusted through,” says a man carrying a red toolbox along the pier. “Nobody has fixed them,” he says.',
    );
    expect(claimed(result)).toEqual([
      ['says', ['a man']],
      ['says', ['a man']],
    ]);
    expect(claimed(analyze('“It is late,” said the acting director of the port.'))).toEqual([
      ['said', ['the acting director of the port']],
    ]);
  });

  it('"said chief of staff Ivo Brand": a role with its own "of" before the name after the verb', () => {
    const result = analyze('"The pier stays open," said chief of staff Ivo Brand.');
    expect(claimed(result)).toEqual([['said', ['Ivo Brand']]]);
    expect(result.sources[0]?.role).toBe('chief of staff');
  });
});

describe('more openings and heads', () => {
  it('"There, the union leader Ivo Brand kept … but said …": "There," is a place, not the subject', () => {
    expect(
      claimed(analyze('There, the union leader Ivo Brand kept the list to himself but said two crews had left.')),
    ).toEqual([['said', ['Ivo Brand']]]);
    // "There are" still opens a clause of its own.
    expect(claimed(analyze('There are, Lowe said, no ferries left.'))).toEqual([['said', ['Lowe']]]);
  });

  it('"First," counting an argument\'s steps is no name ("First Lady Ana Lowe" keeps her title)', () => {
    expect(
      claimed(
        analyze('First, the report counts the boats in a way that misleads: “Counting hulls is not counting trips.”'),
      ),
    ).toEqual([]);
    expect(claimed(analyze('First, Ana Lowe said the ferry was late.'))).toEqual([['said', ['Ana Lowe']]]);
    const titled = analyze('First Lady Ana Lowe said the ferry was late.');
    expect(titled.sources.map((s) => [s.name, s.role])).toEqual([['Ana Lowe', 'First Lady']]);
  });

  it('a party\'s wing speaks as a body: "The party\'s armed wing said", "a youth wing of the Harlow Party said"', () => {
    const result = analyze('The party’s armed wing said it would fight on.');
    expect(claimed(result)).toEqual([['said', ['The party’s armed wing']]]);
    expect(result.sources[0]?.kind).toBe('organization');
    expect(
      claimed(analyze('"The pier belongs to the town," a youth wing of the Harlow Party said in a statement.')),
    ).toEqual([['said', ['a youth wing of the Harlow Party']]]);
  });

  it('"The Tarnby Pier Trust sold …, its chair said": "its" is the body the sentence opens with', () => {
    const result = analyze(
      'The Tarnby Pier Trust sold the old pier to a hotel group for $4 million, its chair said Monday.',
    );
    expect(claimed(result)).toEqual([['said', ['its chair']]]);
    expect(result.sources[0]?.affiliation).toBe('Tarnby Pier Trust');
  });

  it('a question set off by dashes before a verb is no subject: "a credit union or Barclays? — indicate …"', () => {
    expect(
      claimed(analyze('Choose a bank — a credit union or Barclays? — indicate where you want it, and pay by card.')),
    ).toEqual([]);
    expect(claimed(analyze('Ana Lowe — who else? — said the ferry was late.'))).toEqual([['said', ['Ana Lowe']]]);
  });
});

describe('quoted titles inside a subject, and "accused of"', () => {
  it('"Ana Lowe, host of “Harbor Hour,” said …": the title is part of the apposition', () => {
    const result = analyze('Ana Lowe, host of “Harbor Hour,” said the ferry was late.');
    expect(claimed(result)).toEqual([['said', ['Ana Lowe']]]);
    expect(result.sources[0]?.role).toBe('host of “Harbor Hour”');
    expect(claimed(analyze('Ivo Brand, author of “Open Water,” told the Harlow Post the ferry was late.'))).toEqual([
      ['told the Harlow Post', ['Ivo Brand']],
    ]);
    expect(claimed(analyze('The “Harbor” host said the ferry was late.')).map(([cue]) => cue)).toEqual(['said']);
  });

  it('a quote of speech is still no subject: "She called the plan “Harbor First,” said Ivo Brand."', () => {
    expect(claimed(analyze('She called the plan “Harbor First,” said Ivo Brand.'))).toEqual([['said', ['Ivo Brand']]]);
  });

  it('"Ivo Brand, accused of fraud, resigned": the accused accuses no one; "whom she had accused of" does', () => {
    expect(claimed(analyze('Ivo Brand, accused of fraud, resigned from the pier board.'))).toEqual([]);
    expect(claimed(analyze('Lowe accused Brand of fraud.'))).toEqual([['accused', ['Lowe']]]);
    // (the pronoun with no one named before it is the claim's unnamed speaker)
    expect(claimed(analyze('She met the clerk whom she had accused of losing the pier deeds.'))).toEqual([
      ['had accused', []],
    ]);
  });
});
