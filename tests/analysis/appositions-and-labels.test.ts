// What the twenty-fourth round taught the engine about the words around a speaker: an instruction to the reader
// before a name, a body's own description after the speaker's affiliation, a title's qualifiers after "acting", an
// editor's note that speaks for no one. Every sentence is written for the project.
import { describe, expect, it } from 'vitest';
import { analyze, claimed, listed } from './text-analysis';

describe('the words around a speaker', () => {
  it('an instruction to the reader before a name is no part of the name', () => {
    const result = analyze(
      'Ana Lowe writes about the harbor and its ferries (the route Ana refers to).',
      'Read Ana’s column on page six. Follow Ed Moss on the radio.',
      'Moss said the ferry would run again in May.',
    );
    expect(result.sources.map((s) => s.name)).toEqual(['Ana Lowe', 'Ed Moss']);
  });

  it('an instruction that opens a sentence is no speaker', () => {
    const result = analyze('Write notes that list what the guests need.');
    expect(result.claims).toEqual([]);
  });

  it('what follows the body a speaker is of describes the body, not the speaker', () => {
    const result = analyze(
      '"We can do what we could not," said Ana Lowe, of the Harlow Science Council, the state body that funds the lab.',
      '"It is a start," said Ivo Brand, of Kestrel Labs, the firm that built the machine.',
    );
    expect(listed(result)).toEqual([
      { name: 'Ana Lowe', kind: 'person', role: null, affiliation: 'Harlow Science Council' },
      { name: 'Ivo Brand', kind: 'person', role: null, affiliation: 'Kestrel Labs' },
    ]);
  });

  it('"acting" and the qualifiers of a title after a name make the role', () => {
    const result = analyze(
      '"The rules are clear," said Ana B. Lowe, acting assistant attorney general for the Harlow Justice Department.',
    );
    expect(result.sources[0]?.role).toBe('acting assistant attorney general for the Harlow Justice Department');
  });

  it("an editor's note on views and opinions speaks for no one; a court's opinion still does", () => {
    const note = analyze(
      'Note: The views expressed in this column are the writer’s own.',
      'The opinions expressed here belong to the writer alone.',
    );
    expect(claimed(note)).toEqual([]);
    const court = analyze('The judges ruled on Friday.', '"The law is plain," the opinion said.');
    // (a court's opinion is a document, whose cue holds it, as "the report said" does)
    expect(claimed(court)).toEqual([['the opinion said', ['the opinion']]]);
  });

  it('two names before one plural noun are two bodies or groups, each with the noun', () => {
    const result = analyze(
      'The Tarn and Harlow governments on Friday announced a fishing limit.',
      'Tarn and Harlow police said the road was closed.',
    );
    expect(claimed(result)).toEqual([
      ['on Friday announced', ['Tarn government', 'Harlow government']],
      ['said', ['Tarn police', 'Harlow police']],
    ]);
    expect(result.sources.map((s) => s.category)).toEqual(['government', 'government', 'government', 'government']);
  });

  it("a nationality's ministries are the government's", () => {
    const result = analyze('The French and German ministries said no.');
    expect(result.sources.map((s) => [s.name, s.category])).toEqual([
      ['The French and German ministries', 'government'],
    ]);
  });

  it('a participle joined to another after "been" is passive, no one speaking', () => {
    const result = analyze('A great deal was written and said about the race.');
    expect(result.claims).toEqual([]);
  });

  it('a name of several words that opens the sentence owns the data after it, its first word too', () => {
    const result = analyze(
      'Tarn Air Force figures show fewer flights this spring.',
      'Kestrel Bay County data shows a drop in thefts.',
    );
    expect(claimed(result)).toEqual([
      ['Tarn Air Force figures show', ['Tarn Air Force']],
      ['Kestrel Bay County data shows', ['Kestrel Bay County']],
    ]);
  });

  it('a thing found somewhere, then the clause\'s verb, is no finding told; "claimed at the time that" still is', () => {
    const found = analyze('Some of the oldest tools found in the valley have marks that look like writing.');
    expect(found.claims).toEqual([]);
    const claimedThen = analyze('The two sailors claimed at the time that the food was fine.');
    expect(claimed(claimedThen)).toEqual([['claimed', ['The two sailors']]]);
  });

  it('"official" before a body\'s name says whose it is, not a post', () => {
    const result = analyze("The talks ended late, Tarn's official Kestrel News Agency said.");
    expect(listed(result)).toEqual([
      { name: 'Kestrel News Agency', kind: 'organization', role: null, affiliation: 'Tarn' },
    ]);
  });

  it("a word the text wrote alone as a subject before the name it opens is a body's, not a given name", () => {
    const product = analyze(
      'Zentro said little for a year about its chat tool, then put it out again on Monday as Zentro Voice.',
    );
    expect(listed(product)).toEqual([{ name: 'Zentro', kind: 'organization', role: null, affiliation: null }]);
    const person = analyze(
      'Her husband, Ray, was at sea. Ina and Ray Moss met in 2001.',
      '"We were lucky," Ray Moss said.',
      '"It was hard," Ray wrote later.',
    );
    expect(claimed(person)).toEqual([
      ['said', ['Ray Moss']],
      ['wrote', ['Ray Moss']],
    ]);
  });

  it("a patient's doctors speak as experts, whoever the patient is", () => {
    const result = analyze(
      '"She needs rest," said Dr. Ivo Brand, head of the clinic’s team of doctors.',
      'Surgeons at the hospital said the operation went well.',
    );
    expect(result.sources.map((s) => s.category)).toEqual(['expert', 'expert']);
  });

  it('an acronym the text never defined stands for the capitalised words whose initials it is', () => {
    const result = analyze(
      'Kestrel Highway Patrol troopers stopped 40 cars on the bridge, officials said.',
      'Fewer cars were stopped than last spring, according to the KHP.',
      'Federal Tarn Commissioner Ana Lowe said the FTC would look at the figures.',
    );
    expect(result.sources.map((s) => [s.name, s.category])).toEqual([
      ['officials', 'government'],
      ['Kestrel Highway Patrol', 'government'],
      ['Ana Lowe', 'government'],
    ]);
  });

  it('"Let\'s" opens a suggestion, no speaker', () => {
    expect(analyze('Let’s just say the plan needs work.').sources).toEqual([]);
  });

  it('the apposition after the name that opens the sentence is the role of a speaker the next verb reports for', () => {
    const result = analyze(
      'Ivo Brand, spokesman of the Tarn Harbour Guard, claimed a “clean sweep” and said the smugglers had fled, Kestrel TV reported.',
      'Ana Lowe, accompanied by her deputy, arrived and said the port would reopen.',
    );
    expect(listed(result)).toEqual([
      {
        name: 'Ivo Brand',
        kind: 'person',
        role: 'spokesman of the Tarn Harbour Guard',
        affiliation: 'Tarn Harbour Guard',
      },
      { name: 'Kestrel TV', kind: 'organization', role: null, affiliation: null },
      { name: 'Ana Lowe', kind: 'person', role: null, affiliation: null },
    ]);
  });

  it('a verb joined by "and" with nothing after it reports no clause before it: a plural noun in a list', () => {
    const nouns = analyze(
      'The depot sorts parcels and objects, boxes and crates.',
      'Staff can print the maps and reports.',
    );
    expect(nouns.claims).toEqual([]);
    const joined = analyze('Ana Lowe said she had never seen the memo and added, "Nobody showed it to me."');
    expect(joined.claims.map((c) => c.sourceIds.length)).toEqual([1]);
    expect(joined.sources.map((s) => s.name)).toEqual(['Ana Lowe']);
  });

  it('"He’s" opening a sentence is "he", no person named so; "It\'s easy to" names no one', () => {
    const result = analyze(
      '“We will open in May,” Ana Lowe said.',
      'She’s at the harbour, checks the nets and says the catch is small. It’s tempting to relax and assume the job is done.',
      'He will show and tell.',
    );
    expect(result.sources.map((s) => s.name)).toEqual(['Ana Lowe']);
    expect(claimed(result)).toEqual([
      ['said', ['Ana Lowe']],
      ['says', ['Ana Lowe']],
    ]);
  });

  it('a role noun after a title\'s qualifier is the title, and two titles joined by "and" are one person\'s', () => {
    const result = analyze(
      '“The menu matters most,” says Kestrel Catering Co-Owner and Lead Planner Ana Lowe.',
      '“We love paper,” says Senior Designer Ivo Brand.',
      '“Colour is back,” Brand says.',
    );
    expect(listed(result)).toEqual([
      { name: 'Ana Lowe', kind: 'person', role: 'Kestrel Catering Co-Owner and Lead Planner', affiliation: null },
      { name: 'Ivo Brand', kind: 'person', role: 'Senior Designer', affiliation: null },
    ]);
  });

  it("a document's noun before a name is no role of that person", () => {
    const result = analyze('According to a memo Lowe drafted in May, the lease had lapsed.', 'Ana Lowe said so.');
    expect(listed(result)).toEqual([{ name: 'Ana Lowe', kind: 'person', role: null, affiliation: null }]);
  });

  it('"the late" before a name is no role', () => {
    const result = analyze('The late Ivo Brand said in 2001 that the fair would outlive him.');
    expect(result.sources.map((s) => s.role)).toEqual([null]);
  });

  it('a past participle opening the sentence before a preposition names no one; "Alfred in the kitchen" does', () => {
    const result = analyze(
      'Arranged across three halls with no labels, the display leans on bold contrasts, highlighting the maker’s range.',
      'Alfred in the kitchen said the soup was cold.',
    );
    expect(claimed(result)).toEqual([['said', ['Alfred']]]);
  });

  it('a body named with "of" keeps it as the owner of its data; a study\'s author is an expert', () => {
    const result = analyze(
      'The University of Harlow study showed that walkers sleep longer.',
      'Study author Ana Lowe, of the school of sport, said the effect was small.',
    );
    expect(result.sources.map((s) => [s.name, s.category])).toEqual([
      ['University of Harlow', 'expert'],
      ['Ana Lowe', 'expert'],
    ]);
  });

  it('a hyphened adjective before a name is no part of it; an Open champion takes up no cause', () => {
    const result = analyze(
      'TARNBY – Top-seeded Ana Lowe won her ninth match in a row on Sunday.',
      'Lowe, the Harlow Open champion, will play Ed Moss next.',
      '“I kept my serve simple,” Lowe said.',
      'Tarnby-based Kestrel Motors said it would build the cars.',
    );
    expect(claimed(result)).toEqual([
      ['said', ['Ana Lowe']],
      ['said', ['Kestrel Motors']],
    ]);
  });

  it('a name a body\'s description opens is a body, whom "the company" names later; a site posted on holds no view', () => {
    const result = analyze(
      'The group that holds her early records, Harbor Music, says she may sing them on Sunday.',
      'The company says it never stood in her way.',
      'On Monday, Ana Lowe posted on a forum accusing Harbor Music of blocking the show.',
    );
    expect(claimed(result)).toEqual([
      ['says', ['Harbor Music']],
      ['says', ['Harbor Music']],
      ['posted', ['Ana Lowe']],
    ]);
    expect(result.sources.map((s) => s.kind)).toEqual(['organization', 'person']);
  });

  it('a body\'s name keeps its fields after "for" and "and"; "Let your friends know" is an instruction', () => {
    const result = analyze(
      'According to the Tarn Centers for Disease Control and Prevention (TCDC), the flu came early.',
      'The Tarn Department of Health and Social Care said it had bought more vaccine.',
      'Let your neighbours know that you will be away.',
    );
    expect(result.sources.map((s) => s.name)).toEqual([
      'Tarn Centers for Disease Control and Prevention',
      'Tarn Department of Health and Social Care',
    ]);
  });

  it("a firm's name before an analyst's is no person; rebels' leaders are no government", () => {
    const result = analyze(
      'Harlow Securities analyst Ana Lowe believes the ferry will pay for itself. “Demand is there,” she writes in a note.',
      'Rebel leaders said the army had attacked. Ivo Brand, a farmer who has quarrelled with Ed Moss, denied it.',
    );
    expect(listed(result)).toEqual([
      { name: 'Ana Lowe', kind: 'person', role: 'analyst', affiliation: 'Harlow Securities' },
      { name: 'Rebel leaders', kind: 'group', role: null, affiliation: null },
      { name: 'Ivo Brand', kind: 'person', role: 'farmer', affiliation: null },
    ]);
    expect(result.sources[1]?.category).toBe('other');
  });

  it('"the governor" is the Gov. named before; a dateline\'s agency glued to a title is no part of it', () => {
    const result = analyze(
      '(KTV)Harlow Gov. Ana Lowe misused state funds for years, according to an audit.',
      'Gov. Ana Lowe said the state would help. The governor said she was shocked.',
    );
    expect(claimed(result)).toEqual([
      ['according to', ['an audit']],
      ['said', ['Ana Lowe']],
      ['said', ['Ana Lowe']],
    ]);
    expect(result.sources.find((s) => s.name === 'Ana Lowe')?.role).toBe('Harlow Gov.');
  });

  it("a newsroom's post speaks for the media, whatever the paper is called", () => {
    const result = analyze(
      '“The press box was freezing,” said Ed Moss, former sports editor of the Harlow Evening Speaker.',
    );
    expect(result.sources.map((s) => s.category)).toEqual(['media']);
  });

  it('a name and a group of people with no determiner are two sources', () => {
    const result = analyze('At the gate, Ivo Brand and fishermen said the quota was unfair.');
    expect(claimed(result)).toEqual([['said', ['Ivo Brand', 'fishermen']]]);
    const adjective = analyze('The gap is wide, according to Republican and independent pollsters.');
    expect(adjective.sources.map((s) => s.name)).toEqual(['Republican and independent pollsters']);
  });
});
