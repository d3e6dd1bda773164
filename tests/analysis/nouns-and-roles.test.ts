// Words that read as a cue but are nouns there, and roles that are no role: what a reader of the sidebar saw as
// sources named after an idiom, or with a report set in commas as a role (the nineteenth round of being right on
// any news page). Every sentence is written for the project.
import { describe, expect, it } from 'vitest';
import { titleRole } from '../../utils/analysis/noun-phrase';
import { analyzeText } from '../../utils/analysis/pipeline';
import type { Source, TextAnalysis } from '../../utils/analysis/types';
import { governing, none, speakers, table } from './cue-table';

const analyze = (...paragraphs: string[]): TextAnalysis =>
  analyzeText(paragraphs.map((text) => ({ text, kind: 'paragraph' as const })));

function source(result: TextAnalysis, name: string): Source | undefined {
  return result.sources.find((s) => s.name === name);
}

describe('a cue word that is a noun there', () => {
  none([
    {
      name: 'an -s form after a possessive, a past verb after it ("Okafor\'s doubts soon proved")',
      sentence: "Okafor's doubts soon proved right about the river wall.",
    },
    {
      name: 'an -s form with "are" after it ("the ferry\'s reports are")',
      sentence: "The ferry's reports are filed twice a day.",
    },
    {
      name: 'an -s form after a word in lower case, "are" after it',
      sentence: 'Two harbour repair projects are running late.',
    },
    { name: 'an -s form, "have" after it', sentence: 'The captain\u2019s handwritten notes have gone missing.' },
    {
      name: '"support for" in a list',
      sentence: 'What the plan brings: new buses, later trams, and support for night workers.',
    },
    { name: '"support for" after a name', sentence: 'Quillix support for older printers.' },
    { name: '"praise for" after a verb', sentence: 'The new bakery earns praise for its rye.' },
    { name: '"easier said than done"', sentence: 'Finding a cheap flat in Tarnby is easier said than done.' },
  ]);
});

describe('the verbs the noun readings leave alone', () => {
  table([
    {
      name: 'a company whose name is a possessive, an -s verb and a clause',
      sentence: "Dobson's plans to open 40 stores next year.",
      cue: 'plans',
      subjects: ["Dobson's"],
      kind: 'intention',
    },
    {
      name: 'a name, an -s verb and a clause',
      sentence: 'Harbor Foods says it will open four stores.',
      cue: 'says',
      subjects: ['Harbor Foods'],
      kind: 'speech',
    },
    {
      name: 'a relative clause whose object is its pronoun: "which the company says will close"',
      sentence: 'The plant, which the company says will close, employs 300 people.',
      cue: 'says',
      subjects: ['the company'],
      kind: 'speech',
    },
  ]);
  it('"the wardens that officials credit for the calm": the verb, its object the relative pronoun', () => {
    expect(speakers('Those are the wardens that officials credit for the quiet summer at the lake.')).toEqual([
      ['officials'],
    ]);
  });
});

describe('a time between the subject and its verb', () => {
  it('"The Harbor Tribune yesterday reported": the paper reports', () => {
    expect(speakers('The Harbor Tribune yesterday reported that the ferry would stop in May.')).toEqual([
      ['Harbor Tribune'],
    ]);
  });
  it('"Lee today told reporters": Lee speaks', () => {
    expect(speakers('Ada Lee today told reporters the bridge would reopen.')).toEqual([['Ada Lee']]);
  });
  it('"Lowe yesterday refused ..., saying": the participle\'s subject ends before the time', () => {
    expect(speakers('Ada Lowe yesterday declined to name a date, saying, "The boats come first."')).toEqual([
      ['Ada Lowe'],
    ]);
  });
  it('"USA Today reported": a capitalised "Today" is part of a name', () => {
    expect(speakers('Tarn Today reported that the bridge would reopen.')).toEqual([['Tarn Today']]);
  });
});

describe('the role a title before a name gives', () => {
  it.each([
    ['a visit from Governor', 'Governor'],
    ['three years as trade envoy', 'trade envoy'],
    ['vote and Green MP', 'Green MP'],
    ['in Danish Minister', 'Danish Minister'],
    ['Ina Rask and psychiatrist', 'psychiatrist'],
    ['pledge of new Finance Minister', 'new Finance Minister'],
    // whole: a role noun or a name before the preposition, a person's noun before "and", no role after "and"
    ['Director of Public Works', 'Director of Public Works'],
    ['University of Harlow law professor', 'University of Harlow law professor'],
    ['Danish painter and entrepreneur', 'Danish painter and entrepreneur'],
    ['Secretary of Parks and Public Gardens', 'Secretary of Parks and Public Gardens'],
    ['CEO and president', 'CEO and president'],
    ['apparently President', 'President'],
    ['early riser', 'early riser'],
  ])('%j -> %j', (title, role) => {
    expect(titleRole(title)).toBe(role);
  });

  it('"After three years as trade envoy, Bruno Kalm said": his role is trade envoy', () => {
    const result = analyze('After three years as trade envoy, Bruno Kalm said the port deal was done.');
    expect(source(result, 'Bruno Kalm')?.role).toBe('trade envoy');
  });
});

describe('roles and affiliations that are none', () => {
  it('"Harbor Mills, Lee said, plans": a report set in commas is no role or affiliation of the subject', () => {
    const result = analyze('Harbor Mills, Lee said, plans to sell the old dock.');
    const mills = source(result, 'Harbor Mills');
    expect(mills?.role ?? null).toBeNull();
    expect(mills?.affiliation ?? null).toBeNull();
  });
  it('"Mira Olsen, one of the three nurses": the role keeps its "one"', () => {
    const result = analyze('"We are at capacity," said Mira Olsen, one of the three nurses on the night shift.');
    expect(source(result, 'Mira Olsen')?.role).toBe('one of the three nurses on the night shift');
  });
  it('"Research from March 2019": a date is no affiliation', () => {
    const result = analyze('Research from March 2019 has shown that oysters clean the bay.');
    expect(result.sources).toHaveLength(1);
    expect(result.sources[0]?.affiliation ?? null).toBeNull();
  });
  it('"a spokesman for May": a month with no number is a name', () => {
    const result = analyze('Ian Roe, a spokesman for May, said the talks had ended.');
    expect(source(result, 'Ian Roe')?.affiliation).toBe('May');
  });
});

describe('a spokesperson of a body the text names', () => {
  it('"A Lumo spokesperson" speaks for the company Lumo, not a government', () => {
    const result = analyze(
      'Lumo said it would open a depot.',
      'A Lumo spokesperson said the depot would hire 40 people.',
    );
    expect(source(result, 'A Lumo spokesperson')?.category).toBe('organization');
  });
  it('"A Denver spokesman": a capitalised name the text names no body by stays a government\'s', () => {
    const result = analyze('A Denver spokesman said the road was shut.');
    expect(result.sources[0]?.category).toBe('government');
  });
});

describe("a company's legal form after a comma", () => {
  it('"Harbor Soft, Inc., the maker of ..., announced": the company, not "Inc."', () => {
    expect(speakers('Harbor Soft, Inc., the maker of tide charts, announced that it had won a contract.')).toEqual([
      ['Harbor Soft Inc.'],
    ]);
  });
  it('"Harbor Soft, Inc. said": the company', () => {
    expect(speakers('Harbor Soft, Inc. said it had won a contract.')).toEqual([['Harbor Soft Inc.']]);
  });
});

describe('a capitalised title and its body as an apposition', () => {
  it('"Ann Lowe, Vice President of Retail for Harbor, Inc., says": Ann Lowe, of Harbor, Inc.', () => {
    const result = analyze('Ann Lowe, Vice President of Retail for Harbor, Inc., says: "The shops are full."');
    expect(result.sources.map((s) => s.name)).toEqual(['Ann Lowe']);
    expect(result.sources[0]?.role).toBe('Vice President of Retail for Harbor, Inc.');
    expect(result.sources[0]?.affiliation).toBe('Harbor, Inc.');
  });
  it('"Head of Lakeside Centre for Arts and Crafts": the centre is the body, whole', () => {
    const result = analyze('Nils Odum, Head of Lakeside Centre for Arts and Crafts, said the kiln was fixed.');
    expect(result.sources[0]?.affiliation).toBe('Lakeside Centre for Arts and Crafts');
  });
  it('"Bank of Harlow, the lender, said": a body\'s name with "of" is no title', () => {
    expect(speakers('Bank of Harlow, the lender, said profits rose.')).toEqual([['Bank of Harlow']]);
  });
});

describe('a question that opens with "Will"', () => {
  it('"Will Harlan ever sell the mill?" makes no person "Will Harlan" of the later "Harlan said"', () => {
    const result = analyze('Will Harlan ever sell the mill? Nobody knows.', '"We will see," Harlan said.');
    expect(result.sources.map((s) => s.name)).toEqual(['Harlan']);
  });
  it('"Will Tarn said" is still a person named Will Tarn', () => {
    expect(speakers('Will Tarn said the ferry was late.')).toEqual([['Will Tarn']]);
  });
});

describe('a thing before "and" and the people after it', () => {
  it('"near the pier and boathouses and harbour officials said": the officials speak', () => {
    expect(
      speakers('Swimmers were kept away from the pier and boathouses and harbour officials said the water was cold.'),
    ).toEqual([['harbour officials']]);
  });
  it('"Farmers and ranchers said": both are people, one group', () => {
    expect(speakers('Farmers and ranchers said the dam was a threat.')).toEqual([['Farmers and ranchers']]);
  });
});

describe('a family name the text gives a title', () => {
  it('"President Harlan" earlier makes the later "Harlan told" a person of the government', () => {
    const result = analyze(
      'President Harlan opened the new bridge on Monday.',
      '"It took ten years," Harlan told guests.',
    );
    const harlan = source(result, 'Harlan');
    expect(harlan?.kind).toBe('person');
    expect(harlan?.category).toBe('government');
  });
});

describe("a pronoun's own verb before a cue word", () => {
  none([
    {
      name: '"they often handle stress": the noun after the verb',
      sentence: 'After the course, the nurses often handle stress better.',
    },
  ]);
  table([
    {
      name: '"He also firmly believes": adverbs alone between the pronoun and the cue',
      sentence: 'He also firmly believes that it works.',
      cue: 'also firmly believes',
      subjects: ['He'],
      kind: 'belief',
    },
  ]);
});

describe('a place after a body', () => {
  it('"at the Harbor Marine Lab in Tarnby": the body, not the place, is the affiliation', () => {
    const result = analyze('Pia Holm, a diver at the Harbor Marine Lab in Tarnby, said the reef was growing.');
    expect(result.sources[0]?.affiliation).toBe('Harbor Marine Lab');
  });
  it('"at the Lakeside Institute for Soils in Lyon, France": the body, not the country', () => {
    const result = analyze('Tom Vale, a chemist at the Lakeside Institute for Soils in Lyon, France, said clay helps.');
    expect(result.sources[0]?.affiliation).toBe('Lakeside Institute for Soils');
  });
  it('"at the College of Harlow, Tarnby, who visited": the town is no speaker', () => {
    const result = analyze(
      'The hives are healthy, said Eva Strand, a keeper at the College of Harlow, Tarnby, who visited in May.',
    );
    expect(result.sources.map((s) => s.name)).toEqual(['Eva Strand']);
  });
});

describe("a place's second part after a comma", () => {
  it('"Ida Vogel, 41, of Tarnby, Vt., who runs a bakery, said": she speaks, not the state', () => {
    expect(speakers('"Prices keep rising," Ida Vogel, 41, of Tarnby, Vt., who runs a bakery, said on Friday.')).toEqual(
      [['Ida Vogel']],
    );
  });
  it('"Ola Berg, a welder from Dunmore, Pa., who works nights, said": he speaks', () => {
    expect(speakers('Ola Berg, a welder from Dunmore, Pa., who works nights, said the plant was hiring.')).toEqual([
      ['Ola Berg'],
    ]);
  });
});

describe('opening words that name no one', () => {
  it('"At home the team ... but defended": a preposition is no topic', () => {
    expect(speakers('At home the team looked tired but defended the lead to the end.')).toEqual([]);
  });
  it('"Earlier this month, it announced": a time word is no antecedent of "it"', () => {
    expect(governing('Earlier this month, it announced two new ferry routes.')?.subjects).toEqual(['it']);
  });
});

describe('cue words that are more often nouns', () => {
  none([
    {
      name: '"felt great stress, and"',
      sentence: 'That winter the crew felt great stress, and the boats stayed in port.',
    },
    { name: '"stress levels"', sentence: 'The watch counts sleep, heart rate and stress levels.' },
    { name: '"promises of"', sentence: 'The brochure is full of promises of sunny weather.' },
    { name: '"the day\'s highlights"', sentence: 'The show ends with music and the day\u2019s highlights.' },
    { name: '"fear for"', sentence: 'Fishermen fear for their boats as the gale nears.' },
  ]);
  table([
    {
      name: '"Officials stress that": the verb with its clause',
      sentence: 'Officials stress that the bridge is safe.',
      cue: 'stress',
      subjects: ['Officials'],
      kind: 'speech',
    },
    {
      name: '"Many fear Lowe will": the verb with a clause and no "that"',
      sentence: 'Many fear Lowe will close the ferry.',
      cue: 'fear',
      subjects: ['Many'],
      kind: 'belief',
    },
    {
      name: '"The firm highlights how": the verb with its clause',
      sentence: 'The firm highlights how costs rose.',
      cue: 'highlights',
      subjects: ['The firm'],
      kind: 'stance',
    },
  ]);
});

describe('a document dated or filed before its verb', () => {
  it('"A court document filed Tuesday states": the document reports', () => {
    expect(speakers('A court document filed Tuesday states that the ferry lease is void.')).toEqual([
      ['A court document'],
    ]);
  });
  it('"In such cases, it said,": "it" reports, no preposition', () => {
    const result = analyze('The notice was brief.', 'In such cases of flooding, it said, the council pays.');
    expect(result.claims.map((c) => c.cue)).toEqual(['said']);
  });
});

describe('verbs of report with their words in other places', () => {
  table([
    {
      name: '"He added, though, that": an adverb set in commas before the clause',
      sentence: 'Lowe added, though, that the tolls would stay.',
      cue: 'added',
      subjects: ['Lowe'],
      kind: 'speech',
    },
    {
      name: '"But sailing experts say": a gerund before the people it names',
      sentence: 'But sailing experts say the channel is too shallow.',
      cue: 'say',
      subjects: ['sailing experts'],
      kind: 'speech',
    },
  ]);
});

describe('names of events, works and laws; titles without a full stop', () => {
  it.each([
    ['The Harbor Film Awards said the vote was fair.', 'Harbor Film Awards'],
    ['The Tarnby Growers Forum announced that it would move.', 'Tarnby Growers Forum'],
    ['Kestrel Productions said the film was late.', 'Kestrel Productions'],
  ])('%j: an organisation', (sentence, name) => {
    const found = analyze(sentence).sources.find((s) => s.name.endsWith(name));
    expect(found?.kind).toBe('organization');
  });
  it('"Rev Omar Bell said": a title before the name, no part of it', () => {
    expect(speakers('Rev Omar Bell said the church would stay open.')).toEqual([['Omar Bell']]);
  });
});

describe('a sentence adverb with a capital', () => {
  it.each(['Often, just walking the dog with a friend helps.', 'Next, it aims to fix the harbour lights.'])(
    '%j: no source named for the adverb',
    (sentence) => {
      expect(analyze(sentence).sources).toEqual([]);
    },
  );
});

describe('a name that reports about itself as "its"', () => {
  it('"Harbor Telecom said Friday its network was down": a company, which "the company" later is', () => {
    const result = analyze(
      'Harbor Telecom said Friday its masts were down in two towns.',
      'The company said it would add staff.',
    );
    expect(result.sources.map((s) => [s.name, s.kind, s.claimCount])).toEqual([['Harbor Telecom', 'organization', 2]]);
  });
  it('"Mayor Ann Lowe said its engine was fine": a title keeps her a person', () => {
    const result = analyze('Mayor Ann Lowe said its engine was fine.');
    expect(result.sources[0]?.kind).toBe('person');
  });
});

describe('a surname that is also a common noun', () => {
  it('"Letters said" after "Ada Letters": the person named earlier', () => {
    expect(
      speakers('Ada Letters, the harbour master, walked the pier.', 'The east wall is sound, Letters said.'),
    ).toEqual([['Ada Letters']]);
  });
  it('"The old letters said" with no such person: the documents', () => {
    expect(speakers('The old letters said the farm was sold.')).toEqual([['The old letters']]);
  });
});

describe('a dateline glued to its sentence, a participle after "as", a general who is no soldier', () => {
  it('"Harlow (CNN)The mayor of Tarnby ... has said": the mayor, without the dateline', () => {
    expect(speakers('Harlow (CNN)The mayor of Tarnby, who opened the fair, has said the rides are safe.')).toEqual([
      ['The mayor of Tarnby'],
    ]);
  });
  none([{ name: '"turned out as predicted"', sentence: 'The harvest turned out as predicted: small but sweet.' }]);
  it('"As predicted by analysts": the agent reports', () => {
    expect(speakers('As predicted by analysts, Lowe won.')).toEqual([['analysts']]);
  });
  it('"Attorney General Ida Berg" is the government, "General Ann Lowe" the military', () => {
    const result = analyze(
      'Attorney General Ida Berg said the law works.',
      'General Ann Lowe said the troops would stay.',
    );
    expect(result.sources.map((s) => [s.name, s.category])).toEqual([
      ['Ida Berg', 'government'],
      ['Ann Lowe', 'military-security'],
    ]);
  });
});

describe('followers of a faith in the plural', () => {
  it.each(['Sikhs say the new helmet rule is unfair.', 'Muslims say the prayer room is too small.'])(
    '%j: an unnamed group, no organisation',
    (sentence) => {
      const source = analyze(sentence).sources[0];
      expect([source?.kind, source?.named]).toEqual(['group', false]);
    },
  );
});

describe('more words that are nouns or phrasal verbs there', () => {
  none([
    { name: '"road projects and"', sentence: 'The council has three road projects and two bridges on its list.' },
    { name: '"projects like"', sentence: 'The grant pays for projects like new benches.' },
    { name: '"the following reasons:"', sentence: 'Prices rose for the following reasons: rent and fuel.' },
    { name: '"questions about"', sentence: 'Questions about the new toll remain.' },
    { name: '"views expressed are"', sentence: 'The views expressed are the writers\u2019 own.' },
    { name: '"sought after"', sentence: 'Tickets for the final are sought after.' },
    { name: '"show up"', sentence: 'The gains from the new nets show up in spring.' },
  ]);
  table([
    {
      name: '"projects 5% growth": the verb with an amount',
      sentence: 'Harbor Research projects 5% growth next year.',
      cue: 'projects',
      subjects: ['Harbor Research'],
      kind: 'belief',
    },
    {
      name: '"The forecast projects Tarnby to win": the verb with a name',
      sentence: 'The forecast projects Tarnby to win the league.',
      cue: 'The forecast projects',
      subjects: ['The forecast'],
      kind: 'belief',
    },
    {
      name: '"What the company said is true": the relative pronoun is the object',
      sentence: 'What the company said is true.',
      cue: 'said',
      subjects: ['the company'],
      kind: 'speech',
    },
  ]);
});
