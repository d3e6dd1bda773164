import { readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hasWord, norm } from '../../tools/eval/score';
import { analyzeText, analyzeTextSteps } from '../../utils/analysis/pipeline';
import { complete } from '../../utils/analysis/steps';
import type { Source, TextAnalysis, TextBlock } from '../../utils/analysis/types';

const FIXTURES = `${path.resolve(import.meta.dirname, '../fixtures/seed-text')}/`;
const SEED_GOLD = path.resolve(import.meta.dirname, '../../seeds/daily8-wire-story.gold.json');
/** A line in capitals is a section heading ("GOING DARK"). */
const HEADING_LINE = /^[\p{Lu}\d\s'\u2019&-]+$/u;

interface GoldSource {
  key: string;
  match: string[];
  named: boolean;
  category?: string;
  required: boolean;
}
interface GoldClaim {
  anchor: string;
  source: string | string[];
  required: boolean;
}
interface Gold {
  sources: GoldSource[];
  claims: GoldClaim[];
}

function readBlocks(name: string): TextBlock[] {
  return readFileSync(`${FIXTURES}${name}`, 'utf8')
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean)
    .map((text) => ({ text, kind: HEADING_LINE.test(text) ? 'heading' : 'paragraph' }));
}

// The eval's own normalisation and whole-word containment (tools/eval/score.ts), so the figures agree.

function score(gold: Gold, result: TextAnalysis) {
  const byId = new Map(result.sources.map((s) => [s.id, s]));
  const goldSource = new Map(gold.sources.map((s) => [s.key, s]));
  const required = gold.claims.filter((c) => c.required);
  const missed: string[] = [];
  const misattributed: string[] = [];
  for (const g of required) {
    const hit = result.claims.find((c) => norm(c.text).includes(norm(g.anchor)));
    if (!hit) {
      missed.push(g.anchor);
      continue;
    }
    const source = hit.sourceId ? byId.get(hit.sourceId) : undefined;
    const keys = Array.isArray(g.source) ? g.source : [g.source];
    const right = keys.some((k) => source && goldSource.get(k)?.match.some((m) => hasWord(source.name, m)));
    if (!right) misattributed.push(`${g.anchor} -> ${source?.name ?? '(none)'}`);
  }
  const falsePositives = result.claims
    .filter((c) => !gold.claims.some((g) => norm(c.text).includes(norm(g.anchor))))
    .map((c) => c.text);
  const sources = (named: boolean) => {
    const goldSet = gold.sources.filter((s) => s.named === named);
    const predicted = result.sources.filter((s) => s.named === named);
    const find = (g: GoldSource): Source | undefined => predicted.find((p) => g.match.some((m) => hasWord(p.name, m)));
    return {
      missed: goldSet.filter((g) => g.required && !find(g)).map((g) => g.key),
      wrongCategory: goldSet
        .filter((g) => g.required && find(g) && g.category && find(g)?.category !== g.category)
        .map((g) => `${g.key}: ${find(g)?.category}`),
      wrong: predicted.filter((p) => !goldSet.some((g) => g.match.some((m) => hasWord(p.name, m)))).map((p) => p.name),
    };
  };
  return { missed, misattributed, falsePositives, named: sources(true), anonymous: sources(false) };
}

describe('the seed article (a wire story on trawlers, written for the project)', () => {
  const blocks = readBlocks('daily8-wire-story.article.txt');
  const gold = JSON.parse(readFileSync(SEED_GOLD, 'utf8')) as Gold;
  const result = analyzeText(blocks);
  const s = score(gold, result);

  it('finds every required claim, with no claim the gold lacks', () => {
    expect(s.missed).toEqual([]);
    expect(s.falsePositives).toEqual([]);
  });
  it('attributes every found claim to the right source', () => {
    expect(s.misattributed).toEqual([]);
  });
  it('finds every required named and anonymous source, and no other', () => {
    expect(s.named.missed).toEqual([]);
    expect(s.anonymous.missed).toEqual([]);
    expect(s.named.wrong).toEqual([]);
    expect(s.anonymous.wrong).toEqual([]);
  });
  it('puts every source in its gold category', () => {
    expect(s.named.wrongCategory).toEqual([]);
    expect(s.anonymous.wrongCategory).toEqual([]);
  });
  it('gives every claim a span that is its text, and a sentence-sized one', () => {
    for (const c of result.claims) {
      expect(blocks[c.span.block]?.text.slice(c.span.start, c.span.end)).toBe(c.text);
      expect(c.sourceIds[0]).toBe(c.sourceId);
    }
  });
  it('keeps the quoted words of a quote claim', () => {
    const minister = result.claims.find((c) => c.text.includes('Gueye-Tall'));
    expect(minister?.quote).toBe('Of everything that threatens our coast, these fleets come first');
    expect(minister?.cue).toBe('told state broadcaster Coast FM');
  });
  it('joins a quote broken by its cue with one ellipsis, even where a piece ends in one', () => {
    const text = [
      '“We will not stop …” said Ann Lee, the harbour master, “not until the new pier is open.”',
      '“The first part is done,” she said, “and the second starts in May.”',
    ];
    const quotes = analyzeText(text.map((line) => ({ text: line, kind: 'paragraph' as const }))).claims.map(
      (c) => c.quote,
    );
    expect(quotes).toEqual([
      'We will not stop \u2026 not until the new pier is open.',
      'The first part is done \u2026 and the second starts in May.',
    ]);
  });
  it('gives a quote labelled with a name and a colon the colon as its cue, spaced before the colon or not', () => {
    for (const text of ['Ann Lee: “We will win.”', 'Ann Lee : “We will win.”', 'Ann Lee : „']) {
      const [claim] = analyzeText([{ text, kind: 'paragraph' }]).claims;
      expect(claim?.cue, text).toBe(':');
      expect(claim?.sourceCues[0]?.cue, text).toBe(':');
    }
  });
  it('lists the non-responses', () => {
    expect(result.nonResponses.map((n) => n.party)).toEqual([
      "Senegal's government",
      'The European Commission and the governments of Senegal and Ghana',
    ]);
  });
  it('maps numbers to block spans', () => {
    expect(result.numbers.length).toBeGreaterThan(20);
    for (const n of result.numbers) {
      expect(blocks[n.span.block]?.text.slice(n.span.start, n.span.end)).toBe(n.text);
    }
  });
});

describe('other house styles', () => {
  const run = (paragraphs: string[]) => {
    const result = analyzeText(paragraphs.map((text): TextBlock => ({ text, kind: 'paragraph' })));
    const byId = new Map(result.sources.map((s) => [s.id, s]));
    return {
      result,
      claims: result.claims.map((c) => `${c.sourceIds.map((id) => byId.get(id)?.name).join(' + ')} <${c.cue}>`),
    };
  };

  it('an AP political story', () => {
    const { result, claims } = run([
      'WASHINGTON (AP) \u2014 The Senate voted Tuesday to advance a $4 billion ferry and harbor bill, but Republican leaders warned that the measure faces a rough crossing in the House.',
      '"We will not leave the island towns behind," Senate Majority Leader Vera Holm said on the floor. "Every harbor counts."',
      'Sen. Ed Tarn, R-S.D., said the vote showed wide backing. He added that the House should move before winter.',
      'House Speaker Tomas Reed has said he will not bring the measure to a vote without toll limits, according to two people familiar with his thinking who spoke on condition of anonymity.',
      'The measure passed 71-28. Dr. Anne Lee, a professor of maritime law at Harlow University, said the margin was rare.',
      'The White House did not immediately respond to a request for comment.',
    ]);
    expect(claims).toEqual([
      'Republican leaders <warned>',
      'Vera Holm <said>',
      'Vera Holm <said>',
      'Ed Tarn <said>',
      'Ed Tarn <added>',
      // The sentence also reports what Tomas Reed "has said": both are its sources, the governing cue's first.
      'two people familiar with his thinking + Tomas Reed <according to>',
      'Anne Lee <said>',
    ]);
    expect(result.sources.find((s) => s.name === 'Anne Lee')?.category).toBe('expert');
    expect(result.sources.find((s) => s.name === 'Vera Holm')?.category).toBe('government');
    expect(result.nonResponses.map((n) => n.party)).toEqual(['The White House']);
  });

  it('a BBC local story', () => {
    const { result, claims } = run([
      'Police in Manchester say three men have been arrested after a fire at a warehouse on Monday night.',
      'Greater Manchester Police said officers were called to the scene at about 22:00 GMT.',
      'Det Insp Sarah Jones said: "This was a deliberate act that put lives at risk."',
      'Local resident Tom Hughes told the BBC he heard "a loud bang" before the flames appeared.',
      'Mr. Hughes added that neighbours had been evacuated.',
    ]);
    expect(claims).toEqual([
      'Police in Manchester <say>',
      'Greater Manchester Police <said>',
      'Sarah Jones <said>',
      'Tom Hughes <told the BBC>',
      'Tom Hughes <added>',
    ]);
    expect(result.sources.map((s) => s.category)).toEqual(['government', 'government', 'government', 'other']);
  });

  it('a business story', () => {
    const { claims } = run([
      'Acme Corp. said on Thursday it would cut 1,200 jobs as demand for its printers slumps.',
      'The company said in a memo to staff that the cuts would save about $150 million a year.',
      'Revenue fell 8% to $2.1 billion in the quarter, according to a filing with the Securities and Exchange Commission.',
      'Analysts at Zentro Bank expect further cuts later this year.',
      '"We are making difficult but necessary choices," Chief Executive Jane Doe told investors on a call. "Our customers will not notice."',
      'Shares fell 4% in early trading. A spokesperson for the union declined to comment.',
      'Data from the Commerce Department showed factory orders fell for a third month.',
      'The company added 300 engineers in Texas last year.',
    ]);
    expect(claims).toEqual([
      'Acme Corp. <said>',
      'Acme Corp. <said>',
      'a filing with the Securities and Exchange Commission <according to>',
      'Analysts at Zentro Bank <expect>',
      'Jane Doe <told investors>',
      'Jane Doe <told investors>',
      'Commerce Department <Data from the Commerce Department showed>',
    ]);
  });

  it('a feature with inverted cues, ages, appositions and reports', () => {
    const { result, claims } = run([
      'Ferry traffic is slowing faster than expected, says Jane Smith, chief economist at Zentro Bank.',
      'According to police, the suspect fled on foot. Maria Lopez, 34, said she saw him running.',
      '"It was terrifying," said Carlos Ruiz, 52, a shop owner. "Nobody knew what to do."',
      'The official, speaking on condition of anonymity, said the talks had stalled.',
      'The New York Times reported on Monday that the deal was close.',
      'The Ministry of Health said 40 people had been hospitalized.',
      'Smith, the bank\'s CEO, said profits would rise. She added: "We are confident."',
      'The report, released by the World Bank on Tuesday, found that poverty had increased.',
      'Critics argue the plan is too expensive. Supporters, however, say it will pay for itself.',
      "The vote was 5-4. The court's decision, which was widely expected, drew criticism.",
    ]);
    expect(claims).toEqual([
      'Jane Smith <says>',
      'police <According to>',
      'Maria Lopez <said>',
      'Carlos Ruiz <said>',
      'Carlos Ruiz <said>',
      'The official <said>',
      'New York Times <reported>',
      'Ministry of Health <said>',
      'Jane Smith <said>',
      'Jane Smith <added>',
      'World Bank <The report found>',
      'Critics <argue>',
      'Supporters <say>',
    ]);
    const category = (name: string) => result.sources.find((s) => s.name === name)?.category;
    expect(category('Jane Smith')).toBe('expert');
    expect(category('New York Times')).toBe('media');
    expect(category('Ministry of Health')).toBe('government');
    expect(result.sources.find((s) => s.name === 'Carlos Ruiz')?.role).toBe('shop owner');
  });

  it('a British political story', () => {
    const { result, claims } = run([
      "Britain's prime minister, Vera Holm, has said the government will not raise ferry tolls.",
      'Speaking at a press conference in Downing Street, Holm said: "We gave the islands our word and we will keep it."',
      'The chancellor, Ana Lowe, is expected to set out her budget next month.',
      'Economists at the Institute for Harbour Studies (IHS) have warned that the toll sums do not add up.',
      "Ivo Brand, the IHS director, told the BBC's Today programme that fares would have to rise.",
      '"Somebody has to pay for the piers," he said.',
      'Mara Quint, the party leader, called the plans "a shambles".',
      'Figures published by the Office for National Statistics on Wednesday show ferry fares rose 6.1% in July.',
      'Fares have risen for three months in a row. Labour MPs are said to be uneasy.',
    ]);
    expect(claims).toEqual([
      'Vera Holm <has said>',
      'Vera Holm <said>',
      'Economists at the Institute for Harbour Studies <have warned>',
      "Ivo Brand <told the BBC's Today>",
      'Ivo Brand <said>',
      'Mara Quint <called>',
      'Office for National Statistics <Figures published by the Office for National Statistics on Wednesday show>',
    ]);
    expect(result.sources[0]).toMatchObject({ role: 'prime minister', affiliation: 'Britain', category: 'government' });
    expect(result.sources.find((s) => s.name === 'Ivo Brand')?.category).toBe('expert');
  });

  it('a wire story with state bodies, outlets as hearers and a "said, adding"', () => {
    const { result, claims } = run([
      "Norway's military said on Sunday it had finished a night drill off the coast.",
      'Tarnfront, the Vellmark-backed group, said it blocked the ferry pier at dawn. A Harlow Militia official, who declined to be named, told AFP the talks had stalled.',
      'Witnesses said the ship horns rattled windows. Two senior Norwegian officials told Axios that a deal was close.',
      'Reuters could not independently verify the reports.',
      'Kremlin spokesman Ivo Tarnov told reporters that Moscow was open to ferry talks. "We are staying at the table," Tarnov said, adding that talks would continue.',
    ]);
    expect(claims).toEqual([
      "Norway's military <said>",
      'Tarnfront <said>',
      'A Harlow Militia official <told AFP>',
      'Witnesses <said>',
      'Two senior Norwegian officials <told Axios>',
      'Ivo Tarnov <told reporters>',
      'Ivo Tarnov <said>',
    ]);
    const byName = (name: string) => result.sources.find((s) => s.name === name);
    expect(byName("Norway's military")).toMatchObject({
      named: true,
      kind: 'organization',
      category: 'military-security',
    });
    expect(byName('Ivo Tarnov')).toMatchObject({ role: 'Kremlin spokesman', category: 'government' });
    expect(byName('Tarnfront')).toMatchObject({ named: true, role: 'Vellmark-backed group', affiliation: null });
  });

  it('headings and captions hold no claims', () => {
    const result = analyzeText([
      { text: 'OFFICIALS SAID NO', kind: 'heading' },
      { text: 'The minister said it was over, officials said.', kind: 'caption' },
    ]);
    expect(result.claims).toEqual([]);
  });
});

describe('any text', () => {
  /** Words and marks that exercise cues, quotes, appositions and abbreviations in random order. */
  const PIECES = [
    'said',
    'told Reuters',
    'according to',
    'he',
    'they',
    'the official',
    'Col.',
    'U.S.',
    'John Smith',
    'officials',
    'a source familiar with the matter',
    'who heads',
    'the data shows',
    '"',
    "'",
    '\u201C',
    '\u201D',
    ',',
    '.',
    '?',
    '(SDF)',
    'and',
    'did not respond',
    '1.5',
    "Iraq's",
  ];
  const text = fc.array(fc.constantFrom(...PIECES), { maxLength: 40 }).map((words) => words.join(' '));

  it('never throws and keeps every span inside its block', () => {
    fc.assert(
      fc.property(fc.array(text, { minLength: 1, maxLength: 4 }), (paragraphs) => {
        const blocks = paragraphs.map((t): TextBlock => ({ text: t, kind: 'paragraph' }));
        const result = analyzeText(blocks);
        const ids = new Set(result.sources.map((x) => x.id));
        for (const c of result.claims) {
          expect(blocks[c.span.block]?.text.slice(c.span.start, c.span.end)).toBe(c.text);
          for (const id of c.sourceIds) expect(ids.has(id)).toBe(true);
        }
        for (const n of result.nonResponses)
          expect(blocks[n.span.block]?.text.slice(n.span.start, n.span.end)).toBe(n.text);
        for (const x of result.sources) expect(x.claimCount).toBeGreaterThan(0);
      }),
      { numRuns: 300 },
    );
  });
});

describe('claims across sentences and paragraphs (issue 12)', () => {
  const claimsOf = (paragraphs: string[]) => {
    const result = analyzeText(paragraphs.map((text): TextBlock => ({ text, kind: 'paragraph' })));
    const byId = new Map(result.sources.map((s) => [s.id, s.name]));
    return result.claims.map((c) => ({
      text: c.text,
      sources: c.sourceIds.map((id) => byId.get(id)),
      kind: c.cueKind,
    }));
  };
  const cases: Array<{
    name: string;
    paragraphs: string[];
    want: Array<{ text: string; sources: string[]; kind: string }>;
  }> = [
    {
      name: 'a quote paragraph after a sentence that introduced a named person',
      paragraphs: [
        'Dana Whitfield, a nurse at the clinic, has worked nights for a decade.',
        '"We are worn out. Nobody listens."',
      ],
      want: [
        { text: '"We are worn out.', sources: ['Dana Whitfield'], kind: 'speech' },
        { text: 'Nobody listens."', sources: ['Dana Whitfield'], kind: 'speech' },
      ],
    },
    {
      name: 'a quote paragraph after a claim with no quote',
      paragraphs: ['Mayor Ann Ortiz said the bridge would reopen.', '"It is safe now, and we checked twice."'],
      want: [
        { text: 'Mayor Ann Ortiz said the bridge would reopen.', sources: ['Ann Ortiz'], kind: 'speech' },
        { text: '"It is safe now, and we checked twice."', sources: ['Ann Ortiz'], kind: 'speech' },
      ],
    },
    {
      name: 'a quoted subhead is not carried over to the previous speaker',
      paragraphs: ['"We will rebuild," Mayor Ann Ortiz said.', "'Fully committed.'"],
      want: [{ text: '"We will rebuild," Mayor Ann Ortiz said.', sources: ['Ann Ortiz'], kind: 'speech' }],
    },
    {
      name: 'a claim in a relative clause leaves "he" to the subject of its sentence',
      paragraphs: [
        'Mayor Ann Ortiz said the bridge would reopen.',
        'Later, Councilman Raul Vega thanked his rivals, Tom Park and Eli Cho, who say the budget is short.',
        'He dismissed the critics, saying the audit was clean.',
      ],
      want: [
        { text: 'Mayor Ann Ortiz said the bridge would reopen.', sources: ['Ann Ortiz'], kind: 'speech' },
        {
          text: 'Later, Councilman Raul Vega thanked his rivals, Tom Park and Eli Cho, who say the budget is short.',
          sources: ['Tom Park', 'Eli Cho'],
          kind: 'speech',
        },
        {
          text: 'He dismissed the critics, saying the audit was clean.',
          sources: ['Raul Vega'],
          kind: 'stance',
        },
      ],
    },
    {
      name: 'promo and label lines are no claims',
      paragraphs: ['WATCH: Mayor says the bridge will reopen', 'READ MORE: Council says budget is short'],
      want: [],
    },
    {
      name: 'quotes printed with doubled apostrophes',
      paragraphs: ["''We never planned this,'' Ms. Varga said. ''The budget was fixed.''"],
      want: [
        { text: "''We never planned this,'' Ms. Varga said.", sources: ['Varga'], kind: 'speech' },
        { text: "''The budget was fixed.''", sources: ['Varga'], kind: 'speech' },
      ],
    },
    {
      name: 'a question quote keeps its cue in its sentence',
      paragraphs: ['"Who pays for this?" Kim Lasker asked. The hall went quiet.'],
      want: [{ text: '"Who pays for this?" Kim Lasker asked.', sources: ['Kim Lasker'], kind: 'speech' }],
    },
    {
      name: 'beliefs, intentions and stances are kept apart',
      paragraphs: [
        'Analysts at the bank expect rates to rise.',
        'The union wants a new contract.',
        'The party plans to appeal the ruling.',
        'Local Republicans oppose the zoning plan.',
      ],
      want: [
        { text: 'Analysts at the bank expect rates to rise.', sources: ['Analysts at the bank'], kind: 'belief' },
        { text: 'The union wants a new contract.', sources: ['The union'], kind: 'intention' },
        { text: 'The party plans to appeal the ruling.', sources: ['The party'], kind: 'intention' },
        { text: 'Local Republicans oppose the zoning plan.', sources: ['Local Republicans'], kind: 'stance' },
      ],
    },
  ];
  for (const c of cases) {
    it(c.name, () => {
      expect(claimsOf(c.paragraphs)).toEqual(c.want);
    });
  }
});

describe('a sentence that cites several sources gives each its own cue (issue 12)', () => {
  const cited = (paragraph: string) => {
    const result = analyzeText([{ text: paragraph, kind: 'paragraph' }]);
    const byId = new Map(result.sources.map((s) => [s.id, s.name]));
    return result.claims.map((c) =>
      c.sourceIds.map((id, k) => [byId.get(id), c.sourceCues[k]?.cue, c.sourceCues[k]?.cueKind]),
    );
  };
  const cases: Array<{ name: string; paragraph: string; want: Array<Array<[string, string, string]>> }> = [
    {
      name: 'two reporting clauses joined by "but"',
      paragraph:
        'Mayor Dana Whitlock said the bridge would reopen in May, but engineers with the county argued that the repairs would take a year.',
      want: [
        [
          ['Dana Whitlock', 'said', 'speech'],
          ['engineers with the county', 'argued', 'speech'],
        ],
      ],
    },
    {
      name: 'a relative clause whose pronoun is what the source reported: the source is the phrase after the pronoun',
      paragraph: 'The council voted for the plan, which the treasurer said would cost $4 million.',
      want: [[['the treasurer', 'said', 'speech']]],
    },
    {
      name: 'the same, between a subject and its verb: the subject described does not say it',
      paragraph: 'The new fees, which officials said will start in May, will not apply to students.',
      want: [[['officials', 'said', 'speech']]],
    },
    {
      name: 'the same inside a sentence that has its own claim: both sources, each with its cue',
      paragraph: 'Senator Ruth Harlan criticized the bill, which an internal review said was badly drafted.',
      want: [
        [
          ['Ruth Harlan', 'criticized', 'stance'],
          ['an internal review', 'an internal review said', 'speech'],
        ],
      ],
    },
    {
      name: 'a day between the verb and its "that" ("reported Saturday that")',
      paragraph: 'The Harbor Gazette reported Saturday that the head of the port authority had resigned.',
      want: [[['Harbor Gazette', 'reported', 'speech']]],
    },
    {
      name: 'a sentence adverb before the subject of a coordinated verb ("Essentially, the auditors ... and found")',
      paragraph: 'Essentially, the auditors looked through the files and found that two ledgers were missing.',
      want: [[['the auditors', 'found', 'speech']]],
    },
    {
      name: 'a sentence adverb in "-icly" is no source',
      paragraph: 'Publicly, the nominee toured the plant and said the levy was unfair.',
      want: [[['the nominee', 'said', 'speech']]],
    },
    {
      name: 'an object relative ("which the mayor conceded"): the phrase after the pronoun is the source',
      paragraph: "Okafor's win, which Mayor Lise Brandt conceded shortly after midnight, ended a bitter race.",
      want: [[['Lise Brandt', 'conceded', 'speech']]],
    },
    {
      name: 'the same with a verb that reports a clause ("which the campaign says includes")',
      paragraph: 'The mailing list, which the campaign says holds 40,000 ferry riders, is its best tool.',
      want: [[['the campaign', 'says', 'speech']]],
    },
    {
      name: 'a subject relative ("who conceded") stands for the phrase before it',
      paragraph: 'Lise Brandt, who conceded shortly after midnight, said she would not run again.',
      want: [[['Lise Brandt', 'said', 'speech']]],
    },
    {
      name: 'a "while" clause of contrast states what its own subject wants: a source of its own',
      paragraph:
        'Across the island, about half of the riders say they favor a later last ferry, while about 4 in 10 want an earlier one.',
      want: [
        [
          ['about half of the riders', 'say', 'speech'],
          ['about 4 in 10', 'want', 'intention'],
        ],
      ],
    },
    {
      name: 'the same with a stance after a reporting clause',
      paragraph: 'Dr. Imre Balogh argued the trial was flawed, while the journal’s editor defended the review process.',
      want: [
        [
          ['Imre Balogh', 'argued', 'speech'],
          ['the journal’s editor', 'defended', 'stance'],
        ],
      ],
    },
    {
      name: 'an unnamed phrase that believes inside an "as" clause is too loose to list',
      paragraph: 'The levy will pass easily, as many residents expect, the clerk said.',
      want: [[['the clerk', 'said', 'speech']]],
    },
    {
      name: 'a quantifier with "more than" is a subject of its own clause',
      paragraph: 'Many pilots said they were worn out, and more than 3 in 10 said the winter timetable was to blame.',
      want: [
        [
          ['Many pilots', 'said', 'speech'],
          ['more than 3 in 10', 'said', 'speech'],
        ],
      ],
    },
  ];
  it.each(cases)('$name', ({ paragraph, want }) => {
    expect(cited(paragraph)).toEqual(want);
  });
  it.each([
    [
      'OSLO, May 3 (Reuters) - The port authority closed the harbor on Tuesday, saying the ice was too thin.',
      'The port authority',
    ],
    ['BRISTOL — A council report published Tuesday said the bridge needs new cables.', 'A council report'],
  ])('a dateline is never the subject: %s', (paragraph, source) => {
    expect(cited(paragraph)).toEqual([[[source, expect.any(String), 'speech']]]);
  });
  it('capitals before a dash that are no dateline stay the subject', () => {
    expect(cited('US Senate Leader Joe Smith — who spoke on Monday — said the bill would pass.')).toEqual([
      [['Joe Smith', 'said', 'speech']],
    ]);
  });
  it('"the city\'s police" is the police the story already heard from', () => {
    const result = analyzeText(
      [
        'Earlier, police said the road would stay closed.',
        'Harbor Point police have sealed off the pier and threatened to arrest anyone who crosses the line.',
        'The city’s police said on Sunday that the pier is unsafe.',
      ].map((text) => ({ text, kind: 'paragraph' as const })),
    );
    expect(result.sources.map((s) => s.name)).toEqual(['Harbor Point police']);
  });
  it('a named person opening the sentence with a role says it, not the name the reported words end with', () => {
    expect(
      cited("Mr. Lee's former campaign manager, Ann Ray, said the aide who replaced her, Tom Hale, should be fired."),
    ).toEqual([[['Ann Ray', 'said', 'speech']]]);
  });
});

describe('the first numbers come before the whole-text passes (issue 15)', () => {
  const paragraphs = [
    'The council voted 7 to 2 on Tuesday to close the old library.',
    'Mayor Ann Ray said the building would cost $4 million to repair.',
    '"We cannot keep it open," Ray said.',
    'About 300 people signed a petition against the plan, organisers said.',
  ].map((text) => ({ text, kind: 'paragraph' as const }));

  it("reports each block's numbers before any claim, then the same analysis as at once", () => {
    const events: string[] = [];
    const numbersByBlock = new Map<number, string[]>();
    const result = complete(
      analyzeTextSteps(paragraphs, {
        onNumbers: (block, numbers) => {
          events.push(`numbers ${block}`);
          numbersByBlock.set(
            block,
            numbers.map((n) => n.text),
          );
        },
        onBlock: (found) => {
          events.push(`block ${found.block}`);
          // The block's own numbers, the same as were reported ahead.
          expect(found.numbers.map((n) => n.text)).toEqual(numbersByBlock.get(found.block));
        },
      }),
    );
    // Short articles: every block's numbers ahead of the first claim.
    expect(events).toEqual([
      'numbers 0',
      'numbers 1',
      'numbers 2',
      'numbers 3',
      'block 0',
      'block 1',
      'block 2',
      'block 3',
    ]);
    expect(numbersByBlock.get(1)).toEqual(['$4 million']);
    expect(result).toEqual(analyzeText(paragraphs));
    expect(result.claims.length).toBeGreaterThan(0);
  });

  it("finds a long article's later numbers block by block, each before its block's claims", () => {
    const long = Array.from({ length: 40 }, (_, i) => paragraphs[i % paragraphs.length] as TextBlock);
    const events: string[] = [];
    const result = complete(
      analyzeTextSteps(long, {
        onNumbers: (block) => events.push(`numbers ${block}`),
        onBlock: (found) => events.push(`block ${found.block}`),
      }),
    );
    expect(events.indexOf('block 0')).toBeLessThan(events.indexOf('numbers 39'));
    for (let b = 0; b < long.length; b++)
      expect(events.indexOf(`numbers ${b}`)).toBeLessThan(events.indexOf(`block ${b}`));
    expect(result).toEqual(analyzeText(long));
  });
});
