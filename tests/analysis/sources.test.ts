import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../utils/analysis/pipeline';
import type { Source, TextAnalysis, TextBlock } from '../../utils/analysis/types';

const analyze = (paragraphs: string[]): TextAnalysis =>
  analyzeText(paragraphs.map((text): TextBlock => ({ text, kind: 'paragraph' })));

/** The source names of each claim, in order ("A + B" when two share one cue). */
function claimSources(result: TextAnalysis): string[] {
  const byId = new Map(result.sources.map((s) => [s.id, s.name]));
  return result.claims.map((c) => c.sourceIds.map((id) => byId.get(id)).join(' + '));
}

describe('coreference', () => {
  const cases: Array<{ name: string; paragraphs: string[]; want: string[] }> = [
    {
      name: 'a quote paragraph after a sentence that introduced a person with a role is theirs',
      paragraphs: [
        'Council member Tom Reed was more cautious about the plan on Tuesday.',
        '"We need time to read all of it before we vote. The people of this town deserve that much from us."',
      ],
      want: ['Tom Reed', 'Tom Reed'],
    },
    {
      name: 'a subject before a negated verb is the one a later "she" in the sentence means',
      paragraphs: ["Mayor Ines Varga isn't worried about the run of late ferries; in fact, she said they help her."],
      want: ['Ines Varga'],
    },
    {
      name: '"the airline" is the airline heard from, not the broadcaster whose call sign ends in TV',
      paragraphs: [
        'Nordair said the crew had trained for years.',
        'The two pilots were bound for Tarnby, KHTV reported.',
        'The captain had logged 9,000 hours, the airline said.',
      ],
      want: ['Nordair', 'KHTV', 'Nordair'],
    },
    {
      name: "a poll named after a determiner is named by its whole pollster, not the pollster's last word",
      paragraphs: [
        'Turnout will be low, a Harwick College poll shows.',
        'Most nurses back the strike, according to a Clinic Weekly survey.',
      ],
      want: ['Harwick College poll', 'Clinic Weekly survey'],
    },
    {
      name: 'a quotation split into two sentences belongs to the speaker after it',
      paragraphs: ['"What happens when the money runs out? Who pays for the buses then?" Kim Ortega said.'],
      want: ['Kim Ortega', 'Kim Ortega'],
    },
    {
      name: 'a pronoun takes the latest person',
      paragraphs: [
        'The dyke held through the night, said Colonel Omar Hadi al-Rashan, of the Vellmark Army.',
        "'The sea has never come this high,' he said.",
      ],
      want: ['Omar Hadi al-Rashan', 'Omar Hadi al-Rashan'],
    },
    {
      name: '"they" takes the latest group, "the officials" the latest officials',
      paragraphs: [
        'The ferry ran aground twice last winter, five Danish coast-guard officials told Reuters. Nobody was hurt, the officials said.',
        'The hull was patched in Harlow, they said.',
      ],
      want: [
        'five Danish coast-guard officials',
        'five Danish coast-guard officials',
        'five Danish coast-guard officials',
      ],
    },
    {
      name: '"the official" is the latest official; "another" one is new',
      paragraphs: [
        'The U.S. trade official said the talks would go on. Tolls would be reviewed in May, the official added.',
        'Tide data will be shared, another U.S. trade official told Reuters.',
        'Yet the second U.S. trade official said Harlow had asked for a delay.',
      ],
      want: [
        'The U.S. trade official',
        'The U.S. trade official',
        'another U.S. trade official',
        'another U.S. trade official',
      ],
    },
    {
      name: 'a surname takes the earlier full name; a definite role names an earlier unnamed spokesperson',
      paragraphs: [
        "A harbour engineer and a spokesperson for Tarnby's mayor said the ferry strike had been averted.",
        'The Tarnby spokesperson, Karim al-Faydi, praised the mediators.',
        'The deal saved the summer season, Faydi said. Bookings are already up, he added.',
      ],
      want: ['A harbour engineer + Karim al-Faydi', 'Karim al-Faydi', 'Karim al-Faydi', 'Karim al-Faydi'],
    },
    {
      name: 'an acronym takes its long form; "the data" takes the cited organisation',
      paragraphs: [
        'Most island crossings are run by the Kestrel Ferry Line (KFL). Two of its boats need new engines, the KFL has said.',
        'Refund requests doubled in May, according to data from Zentro Transit Group. Most came from commuters, the data shows.',
        'Its busiest routes are in the south, the Zentro data shows.',
      ],
      want: ['Kestrel Ferry Line', 'Zentro Transit Group', 'Zentro Transit Group', 'Zentro Transit Group'],
    },
    {
      name: 'a surname met alone takes the full name from elsewhere in the text',
      paragraphs: ['Harlow Mayor Ana Lowe met Quint at the pier in May.', 'Lowe said the visit went well.'],
      want: ['Ana Lowe'],
    },
    {
      name: '"the company" takes the latest named company',
      paragraphs: [
        'Acme Corp. said it would cut 1,200 jobs.',
        'The company said in a memo to staff that the closures would save money.',
      ],
      want: ['Acme Corp.', 'Acme Corp.'],
    },
    {
      name: 'a quote over two sentences belongs to the cue of the second',
      paragraphs: [
        "'The harbour board has run out of money. It cannot buy new boats,' said Dana Voss, who heads the ports programme at the Tarnby Institute.",
      ],
      want: ['Dana Voss', 'Dana Voss'],
    },
    // Coreference on the benchmark pages.
    {
      name: 'a pronoun takes the subject of a sentence that quoted no one',
      paragraphs: [
        "Dana R. Roth, Ivo Tarnell's lawyer, told the Harlow Courier that her client meant no damage.",
        'Tarnell was fined in June for a note left at the harbour office, in which he said he would block the pier.',
        'When Tarnell was stopped, he told wardens he opposed the tolls.',
      ],
      want: ['Dana R. Roth', 'Ivo Tarnell', 'Ivo Tarnell'],
    },
    {
      name: '"it" takes the organisation a sentence was about, not a name that modifies a noun',
      paragraphs: [
        'As of March, Kestrelline had a fleet of 48 ferries. Besides its order for 6 Tarnby hulls, it announced a deal for 12 Harlow engines.',
      ],
      want: ['Kestrelline'],
    },
    {
      name: '"which it said" takes the subject of its sentence',
      paragraphs: [
        'Two deckhands were hurt when a ferry hit the pier, the Harlow Coast Guard said.',
        'The Kestrel Front, however, claimed responsibility, which it said was a warning.',
      ],
      want: ['Harlow Coast Guard', 'Kestrel Front'],
    },
    {
      name: '"the group" names the group named earlier in its sentence',
      paragraphs: [
        'Volunteers logged 2,340 terns on the piers, the most since the Linford Tern Group began its tallies, the group said.',
      ],
      want: ['Linford Tern Group'],
    },
    {
      name: 'a name takes over the description met before it',
      paragraphs: [
        'The reservoir has fallen to 31% of its capacity, the regional water authority said.',
        'The Kessel Valley Water Authority said in a statement that inflows had been low.',
      ],
      want: ['Kessel Valley Water Authority', 'Kessel Valley Water Authority'],
    },
    {
      name: '"the German automaker" is the automaker just written about',
      paragraphs: [
        'Tarnwerk is showing off a van built for ferry decks, Tarnwerk says.',
        'The German automaker, which has bet on hydrogen engines, says the van can run for 400 kilometres.',
      ],
      want: ['Tarnwerk', 'Tarnwerk'],
    },
    {
      name: 'a description that ends with a full name, and the family name alone',
      paragraphs: [
        "China's ambassador to Norway criticised the new harbour tolls.",
        "China's ambassador to Norway Wen Haolin has said that China would help pay for two ferry piers.",
        'Wen said that the toll talks could resume in May.',
      ],
      want: ['Wen Haolin', 'Wen Haolin', 'Wen Haolin'],
    },
    {
      name: 'a name after a reduced relative clause ("a prospect Quint denied")',
      paragraphs: [
        'Mara Quint, a harbour safety inspector, testified before the council on Monday.',
        'Some pilots feared the old pier would give way, a prospect Quint denied at the meeting.',
      ],
      want: ['Mara Quint', 'Mara Quint'],
    },
    {
      name: 'a quote-only sentence continues the previous quote',
      paragraphs: ['"We will not let the night ferry go," Senator Vera Holm said. "The whole coast is watching."'],
      want: ['Vera Holm', 'Vera Holm'],
    },
    {
      name: 'two reporting clauses with different unnamed speakers credit both',
      paragraphs: [
        'Some neighbours say the mill should close at night, while others say the noise never bothered them.',
      ],
      want: ['Some neighbours + others'],
    },
    {
      name: 'a stance in a clause of its own credits its unnamed subject too',
      paragraphs: [
        'Mayor Dana Reyes called the count \u201crigged\u201d on Tuesday, and a few council members have called for a recount.',
      ],
      want: ['Dana Reyes + a few council members'],
    },
    {
      name: '"the airline said" is the airline, not the outlet cited before it',
      paragraphs: [
        'Corvo Airlines cancelled two flights on Sunday.',
        'A storm had closed the runway, according to the BBC.',
        'The pilot had flown the route for six years, the airline said.',
      ],
      want: ['BBC', 'Corvo Airlines'],
    },
    {
      name: '"the statement said" is its issuer, not an earlier document',
      paragraphs: [
        'Tarn Holdings paid the fine in March, court records show.',
        'Tarn Holdings issued a statement on Friday.',
        '"We regret the delay and have changed our rules," the statement said.',
      ],
      want: ['court records', 'Tarn Holdings'],
    },
    {
      name: 'a dateline is not the subject a ", saying" clause reports for',
      paragraphs: [
        'LISBON \u2014 Mayor Rita Costa defended the new tram fares on Monday, saying the old ones no longer paid for repairs.',
      ],
      want: ['Rita Costa'],
    },
    {
      name: 'a fronted participle clause and a place after its town are not the subject',
      paragraphs: [
        'Speaking at a boat show in Dover, Delaware, Governor Ann Pike thanked the ferry crews, calling them "the pride of our coast."',
      ],
      want: ['Ann Pike'],
    },
    {
      name: 'a name, then its age, town and state or a side clause, then the verb: the name speaks',
      paragraphs: [
        'Cory Lane, 22, of Dover, Del., said the bus never came.',
        'Mayor Lena Ruiz, during a meeting in Salem, Ore., said the route would return.',
        'Tom Oduya, who at the time chaired Parents United, a group of local families, said the cuts hurt.',
      ],
      want: ['Cory Lane', 'Lena Ruiz', 'Tom Oduya'],
    },
    {
      name: 'a name after the verb, closed by a comma, speaks; the phrase before the comma does not',
      paragraphs: [
        'The gap between the two plans, said Ines Moreau, would only grow with time.',
        'Fares could be cut by other towns or counties, said Paul Adeyemi.',
      ],
      want: ['Ines Moreau', 'Paul Adeyemi'],
    },
    {
      name: '"a Democrat from Ohio" describes the named person before it',
      paragraphs: ['Sam Toller, a Democrat from the river district, said the bridge should stay open.'],
      want: ['Sam Toller'],
    },
  ];
  for (const c of cases) {
    it(c.name, () => {
      expect(claimSources(analyze(c.paragraphs))).toEqual(c.want);
    });
  }
});

describe('a role word capitalised at the start of a sentence', () => {
  it('is no part of the name when the text also writes it in lower case', () => {
    const result = analyze([
      'Goalkeeper Lena Brandt said the team was ready for the final.',
      'Brandt, a veteran goalkeeper, added that the coach had asked for patience.',
    ]);
    expect(claimSources(result)).toEqual(['Lena Brandt', 'Lena Brandt']);
  });
  it('stays part of the name when the text never writes it in lower case', () => {
    const result = analyze([
      'Christopher Lee Hanley said the company would appeal.',
      'Hanley added that it had no choice.',
    ]);
    expect(claimSources(result)).toEqual(['Christopher Lee Hanley', 'Christopher Lee Hanley']);
  });
});

describe('"both" before a pair', () => {
  it('names two sources, neither with "Both" in its name', () => {
    const result = analyze(['Both Harlow and Brisk Media refused to name the buyer.']);
    expect(claimSources(result)).toEqual(['Harlow + Brisk Media']);
  });
});

describe('a sentence that opens with its verb', () => {
  it('"Said" is no part of the speaker\'s name', () => {
    const result = analyze(['Said Penn, "He never missed a tide."']);
    expect(claimSources(result)).toEqual(['Penn']);
  });
});

describe('source kind, naming and category', () => {
  type Want = Pick<Source, 'name' | 'named' | 'kind' | 'category'> & {
    role?: string | null;
    affiliation?: string | null;
  };
  const cases: Array<{ sentence: string; want: Want }> = [
    {
      sentence: 'Defense Minister Idris Abu Tamra told Reuters that two patrol boats would be added.',
      want: { name: 'Idris Abu Tamra', named: true, kind: 'person', category: 'government', role: 'Defense Minister' },
    },
    {
      sentence: 'The dyke held, said Colonel Omar Hadi al-Rashan, of the Vellmark Army\u2019s 4th Brigade.',
      want: {
        name: 'Omar Hadi al-Rashan',
        named: true,
        kind: 'person',
        category: 'military-security',
        role: 'Colonel',
        affiliation: 'Vellmark Army\u2019s 4th Brigade',
      },
    },
    {
      sentence:
        "'Dredging is overdue,' said Dana Voss, who heads the ports programme at the Tarnby Institute, a Harlow think tank.",
      want: {
        name: 'Dana Voss',
        named: true,
        kind: 'person',
        category: 'expert',
        role: 'head of the ports programme',
        affiliation: 'Tarnby Institute',
      },
    },
    {
      sentence: 'Smuggling at the docks is down, Sami al-Hadri, an advisor to Vellmark security forces, said.',
      want: {
        name: 'Sami al-Hadri',
        named: true,
        kind: 'person',
        category: 'military-security',
        role: 'advisor to Vellmark security forces',
      },
    },
    {
      sentence: 'Ann Ortiz, Harbor Mills CEO, said the company would hire more staff next year.',
      want: {
        name: 'Ann Ortiz',
        named: true,
        kind: 'person',
        category: 'organization',
        role: 'CEO',
        affiliation: 'Harbor Mills',
      },
    },
    {
      sentence: 'Sens. Carla Voss and Ben Ruiz said on Tuesday that the bill would pass.',
      want: { name: 'Carla Voss', named: true, kind: 'person', category: 'government', role: 'Sen.' },
    },
    {
      sentence: 'Harlow Foods N.V. said it would close two plants.',
      want: { name: 'Harlow Foods N.V.', named: true, kind: 'organization', category: 'organization' },
    },
    {
      sentence: 'Tarn public television reported that the river had burst its banks.',
      // (the name before a common noun does not make the source a named one yet)
      want: { name: 'Tarn public television', named: false, kind: 'organization', category: 'media' },
    },
    {
      sentence: 'Millbrook Radio said the mayor would resign.',
      want: { name: 'Millbrook Radio', named: true, kind: 'organization', category: 'media' },
    },
    {
      sentence: 'A third said the plan was unfair.',
      want: { name: 'A third', named: false, kind: 'group', category: 'other' },
    },
    {
      // a relative before a one-word name makes it a person's
      sentence: 'Her husband Tomas said the farm would be sold.',
      want: { name: 'Tomas', named: true, kind: 'person', category: 'other', role: 'Her husband' },
    },
    {
      // members of a party in the plural are a group, not a person named "Senior Democrats"
      sentence: 'Senior Democrats said the budget would not pass.',
      want: { name: 'Senior Democrats', named: false, kind: 'group', category: 'other' },
    },
    {
      // a stretch of time is no share that speaks
      sentence: 'The third quarter brought a slower month for sales, analysts said.',
      want: { name: 'analysts', named: false, kind: 'group', category: 'expert' },
    },
    {
      // the body after "for" ends where a relative clause starts; a phrase with no capital names no body
      sentence: 'Nora Tay, a baker with two shops who bakes for weddings, said the bread was better.',
      want: { name: 'Nora Tay', named: true, kind: 'person', category: 'other', affiliation: null },
    },
    {
      sentence: 'Ivo Ren, director of research at the think tank Harbor Policy who wrote the paper, said costs rose.',
      want: {
        name: 'Ivo Ren',
        named: true,
        kind: 'person',
        category: 'expert',
        role: 'director of research at the think tank Harbor Policy',
        affiliation: 'think tank Harbor Policy',
      },
    },
    {
      sentence: "Lia Moss, a spokeswoman for the sheriff's office, said the road was closed.",
      want: { name: 'Lia Moss', named: true, kind: 'person', category: 'government', affiliation: "sheriff's office" },
    },
    {
      sentence: 'Mark Lowe, Brightline vice president, said the new plant would open in May.',
      want: {
        name: 'Mark Lowe',
        named: true,
        kind: 'person',
        category: 'organization',
        role: 'vice president',
        affiliation: 'Brightline',
      },
    },
    {
      sentence: 'Most shop owners expect slower sales, according to a poll by research firm Brightline.',
      want: {
        name: 'Brightline poll',
        named: true,
        kind: 'document',
        category: 'expert',
        affiliation: 'Brightline',
      },
    },
    {
      sentence: 'Two thirds of the papers have closed, according to a survey by Ann Lee of Harbor University.',
      want: { name: 'Ann Lee survey', named: true, kind: 'document', category: 'expert', affiliation: 'Ann Lee' },
    },
    {
      sentence: 'A source familiar with the plans said the ferry would be sold in June.',
      want: { name: 'A source familiar with the plans', named: false, kind: 'person', category: 'other' },
    },
    {
      sentence: 'Trawlers are arriving from the north, two Danish officials told Reuters.',
      want: { name: 'two Danish officials', named: false, kind: 'group', category: 'government' },
    },
    {
      sentence: 'A State Department spokesperson said the ferry talks would resume.',
      want: { name: 'A State Department spokesperson', named: false, kind: 'person', category: 'government' },
    },
    {
      sentence: 'Smugglers are busy again, two security sources told the Courier.',
      want: { name: 'two security sources', named: false, kind: 'group', category: 'military-security' },
    },
    {
      sentence: 'But transport analysts question whether Harlow can afford the dredging.',
      want: { name: 'transport analysts', named: false, kind: 'group', category: 'expert' },
    },
    {
      sentence: 'The United Nations estimates 150 to 300 trawlers fish off Tarnby.',
      want: { name: 'United Nations', named: true, kind: 'organization', category: 'organization' },
    },
    {
      sentence: 'Norway announced on Friday that it would rebuild two ferry docks.',
      want: { name: "Norway's government", named: true, kind: 'organization', category: 'government' },
    },
    {
      sentence: 'Local resident Tom Hughes told the BBC he heard a loud bang.',
      want: { name: 'Tom Hughes', named: true, kind: 'person', category: 'other', role: 'Local resident' },
    },
    {
      sentence: 'Analysts at Zentro Bank expect further fare cuts later this year.',
      want: {
        name: 'Analysts at Zentro Bank',
        named: false,
        kind: 'group',
        category: 'expert',
        affiliation: 'Zentro Bank',
      },
    },
    {
      sentence: 'Revenue fell 8%, according to a filing.',
      want: { name: 'a filing', named: false, kind: 'document', category: 'organization' },
    },
    {
      sentence: 'An editorial in the Tarnby Youth Daily argues that the town spent too much on the regatta.',
      want: { name: 'An editorial in the Tarnby Youth Daily', named: false, kind: 'document', category: 'media' },
    },
    {
      sentence: 'Commuters buy about 14 ferry tickets a month, according to a study of fare use.',
      want: { name: 'a study of fare use', named: false, kind: 'document', category: 'organization' },
    },
    {
      sentence: 'Rents rose 9 percent last year, according to a report of the United Nations.',
      want: { name: 'United Nations', named: true, kind: 'organization', category: 'organization' },
    },
    {
      sentence: 'Sales doubled last year, according to a leaked screenshot.',
      want: { name: 'a leaked screenshot', named: false, kind: 'document', category: 'organization' },
    },
    {
      sentence: 'The console will cost 499 crowns, the publication reported.',
      want: { name: 'the publication', named: false, kind: 'organization', category: 'media' },
    },
    {
      sentence: 'The security whitepaper explains why the app asks first.',
      want: { name: 'The security whitepaper', named: false, kind: 'document', category: 'organization' },
    },
    {
      sentence: 'Most Norwegians say the ferry fares are too high.',
      want: { name: 'Most Norwegians', named: false, kind: 'group', category: 'other' },
    },
    {
      sentence: 'Norwegians say the ferry fares are too high.',
      want: { name: 'Norwegians', named: false, kind: 'group', category: 'other' },
    },
    {
      sentence: 'Seven storms have formed so far this season, the weather center said.',
      want: { name: 'the weather center', named: false, kind: 'organization', category: 'other' },
    },
    {
      sentence: 'The shipping industry says the new port fees will drive cargo to rival harbours.',
      want: { name: 'The shipping industry', named: false, kind: 'organization', category: 'organization' },
    },
    {
      sentence: 'The Tarnby Youth Daily said the regatta had cost the town too much.',
      want: { name: 'Tarnby Youth Daily', named: true, kind: 'organization', category: 'media' },
    },
  ];
  for (const c of cases) {
    it(c.sentence, () => {
      const result = analyze([c.sentence]);
      expect(result.claims).toHaveLength(1);
      const source = result.sources.find((s) => s.id === result.claims[0]?.sourceId);
      expect(source).toMatchObject(c.want);
    });
  }

  it('an expert by affiliation: a director of an organisation that monitors', () => {
    const result = analyze([
      'Refund requests doubled in May, according to data from Zentro Transit Group, which monitors ferry operators online.',
      "Zentro's director, Vera Holm, cautioned that the dip in sailings may not last.",
    ]);
    const holm = result.sources.find((s) => s.name === 'Vera Holm');
    expect(holm).toMatchObject({ named: true, category: 'expert', role: 'director', affiliation: 'Zentro' });
    expect(result.sources.find((s) => s.name === 'Zentro Transit Group')?.category).toBe('organization');
  });

  // Categories of language on the benchmark pages: a person speaks for the body they work for unless their
  // office is political, military or analytical.
  it('an institution speaking as itself is named', () => {
    const result = analyze([
      'This follows a week in which police said the pier protesters would be moved on.',
      'The town council, which owns the old ferry shed, said it had no plans to pull it down.',
    ]);
    expect(result.sources.map((s) => [s.name, s.named, s.category])).toEqual([
      ['police', true, 'government'],
      ['town council', true, 'government'],
    ]);
  });

  const categories: Array<{ name: string; paragraphs: string[]; source: string; category: Source['category'] }> = [
    {
      name: 'a company president is organization, not government',
      paragraphs: [
        'Kestrel Ferries President Dana Roth, for her part, told reporters that the line would add two routes.',
      ],
      source: 'Dana Roth',
      category: 'organization',
    },
    {
      name: 'a vice president at a named company',
      paragraphs: [
        '"The hulls are ready," said Tomas Reed, vice president of Hull Design Programs at Harbor Robotics.',
      ],
      source: 'Tomas Reed',
      category: 'organization',
    },
    {
      name: "a union's secretary is organization",
      paragraphs: ['"Our crews heard it on the radio first," said Ed Tarn, the union\'s regional secretary.'],
      source: 'Ed Tarn',
      category: 'organization',
    },
    {
      name: "an armed group's spokesman is other",
      paragraphs: ['"Every ferry was turned back," Kestrel Rebels spokesman Ivo Brand said in a post.'],
      source: 'Ivo Brand',
      category: 'other',
    },
    {
      name: 'a state agency by name is government, and so is its administrator',
      paragraphs: [
        'NOAA said six ferry operators had signed up for its tide survey.',
        "In June, NOAA's Administrator Vera Holm said mapping the harbours was overdue.",
      ],
      source: 'Vera Holm',
      category: 'government',
    },
    {
      name: 'a director at a securities firm is an expert',
      paragraphs: ['"Port shares should rally by spring," said Mara Quint, Director, Zentro Securities.'],
      source: 'Mara Quint',
      category: 'expert',
    },
    {
      name: 'a named investor is an expert',
      paragraphs: ['Norwegian-American investor Dana Roth had said, "Ferry fares never rise without a reason."'],
      source: 'Dana Roth',
      category: 'expert',
    },
    {
      name: "a US Attorney's Office is government",
      paragraphs: [
        "The U.S. Attorney's Office for the Northern District of Harlow announced that the ferry firm paid the fine.",
      ],
      source: 'U.S. Attorney',
      category: 'government',
    },
    {
      name: 'a title met elsewhere in the text decides: "Rep."',
      paragraphs: [
        'A passenger shouted at Rep. Vera Holm (D-Minn.) on the ferry pier.',
        'Holm wrote to the harbour board, saying she did not want the passenger banned from the boats.',
      ],
      source: 'Vera Holm',
      category: 'government',
    },
    {
      name: 'an apposition met elsewhere in the text decides: "the former special envoy"',
      paragraphs: [
        'Tomas Reed, the former special envoy to Vellmark, spoke to the ferry committee on Monday.',
        'Reed said he had never seen the harbour contracts.',
      ],
      source: 'Tomas Reed',
      category: 'government',
    },
    {
      name: '"General" in a union name is no military rank',
      paragraphs: ["The General Workers' Union said it had been given no warning."],
      source: "General Workers' Union",
      category: 'organization',
    },
    {
      name: 'a CEO and president is organization',
      paragraphs: ['"Ticket sales fell short of our plan," said Ivo Brand, chairman, CEO and president.'],
      source: 'Ivo Brand',
      category: 'organization',
    },
    {
      name: 'a general manager is no general',
      paragraphs: ['"The crews are thrilled," said Ana Lowe, General Manager of Night Crossings at Kestrel Marine.'],
      source: 'Ana Lowe',
      category: 'organization',
    },
    {
      name: 'a company spokesperson is organization',
      paragraphs: ['A company spokesperson said the office would stay open.'],
      source: 'company spokesperson',
      category: 'organization',
    },
    {
      name: '"Gov." before the name met elsewhere',
      paragraphs: [
        'North Dakota Gov. Mara Quint opened a review of ferry tolls.',
        'Quint said the review would end in May.',
      ],
      source: 'Mara Quint',
      category: 'government',
    },
    {
      name: 'a named office of state is government',
      paragraphs: ['Rainfall was low, according to figures from the National Meteorological Office.'],
      source: 'National Meteorological Office',
      category: 'government',
    },
  ];
  for (const c of categories) {
    it(c.name, () => {
      const result = analyze(c.paragraphs);
      const source = result.sources.find((s) => s.name.includes(c.source));
      expect(source?.category).toBe(c.category);
    });
  }

  it('counts claims per source', () => {
    const result = analyze([
      'The plan failed, the officials said. It was costly, they said.',
      'Numbers rose, analysts said.',
    ]);
    expect(result.sources.map((s) => [s.name, s.claimCount])).toEqual([
      ['the officials', 2],
      ['analysts', 1],
    ]);
  });
});

/** Every source a reader would see listed: name, named flag, role. */
const listed = (
  result: TextAnalysis,
): Array<Pick<Source, 'name' | 'named' | 'role' | 'affiliation' | 'kind' | 'claimCount'>> =>
  result.sources.map((s) => ({
    name: s.name,
    named: s.named,
    role: s.role,
    affiliation: s.affiliation,
    kind: s.kind,
    claimCount: s.claimCount,
  }));

describe('the source list has one entry per real source, and no junk', () => {
  const cases: Array<{ name: string; paragraphs: string[]; want: Array<Partial<Source>> }> = [
    {
      name: 'a role and a fronted time phrase before a name go to the role, not the name',
      paragraphs: [
        'Last week Treasury Department official Maria Olsen said the payments were frozen.',
        'Maria Olsen said she had raised the matter twice.',
      ],
      want: [{ name: 'Maria Olsen', named: true, role: 'official', affiliation: 'Treasury Department' }],
    },
    {
      name: 'a former official of a named council is a person, named once',
      paragraphs: [
        'Former National Energy Council official Peter Lind told lawmakers he was worried.',
        'Peter Lind said the deal was not illegal.',
      ],
      want: [{ name: 'Peter Lind', named: true, role: 'Former National Energy Council official' }],
    },
    {
      name: 'a family name alone is the person whose name ends with a suffix',
      paragraphs: ['U.S. Attorney Robert T. Lang Jr. said the case was strong.', 'Lang said the defendant had fled.'],
      want: [{ name: 'Robert T. Lang Jr.', named: true, role: 'U.S. Attorney' }],
    },
    {
      name: 'a title "of" something before a name is the role, and the name is the person',
      paragraphs: [
        'Former Secretary of State Ann Miles said the talks had failed.',
        'Miles said she was not surprised.',
      ],
      want: [{ name: 'Ann Miles', named: true, role: 'Former Secretary of State' }],
    },
    {
      name: '"the airline" is the airline, not the newspaper that reported on it',
      paragraphs: [
        'Northwind Airlines said it would cut 40 flights, the Kessel Times reported.',
        'The airline said fares would rise.',
      ],
      want: [
        { name: 'Northwind Airlines', named: true },
        { name: 'Kessel Times', named: true },
      ],
    },
    {
      name: 'one group written in several ways is one source',
      paragraphs: [
        'Prosecutors said the man lied to investigators.',
        'Federal prosecutors said he fled the country in March.',
        'The prosecutors said more charges could come. prosecutors said so in a filing, too.',
      ],
      want: [{ name: 'Federal prosecutors', named: false }],
    },
    {
      name: "prosecutors speak for the one attorney's office the story names",
      paragraphs: [
        "The U.S. Attorney's Office in Denver said the charges were filed on Monday.",
        'Prosecutors said the man had fled.',
      ],
      want: [{ name: "U.S. Attorney's Office", named: true }],
    },
    {
      name: 'a sentence-opening plural is no name; forecasters speak for the weather office',
      paragraphs: ['The National Weather Office said rain was unlikely.', 'Forecasters expect the drought to last.'],
      want: [{ name: 'National Weather Office', named: true }],
    },
    {
      name: 'a post before a name is the role; an honorific is no role',
      paragraphs: [
        'Director of Public Prosecution Ingrid Dahl said the case was closed.',
        'Ms. Dahl said no charges would be filed.',
      ],
      want: [{ name: 'Ingrid Dahl', named: true, role: 'Director of Public Prosecution' }],
    },
    {
      name: 'a sentence adverb or a fronted clause is not the speaker; the role after it is',
      paragraphs: [
        'Ultimately, the minister said the plan would work.',
        'Knowing Dalton, the coach said he would return.',
      ],
      want: [
        { name: 'the minister', named: false },
        { name: 'coach', named: false },
      ],
    },
    {
      name: 'an age and a description joined by "and" describe the name: the description is the role',
      paragraphs: [
        'Ana Lowe, 34 and a mother of two, said the ferry was late again.',
        '“We lost,” Ivo Brand, now 71 and retired in Tarnby, a former ferry captain, said.',
      ],
      want: [
        { name: 'Ana Lowe', named: true, role: 'mother of two' },
        { name: 'Ivo Brand', named: true },
      ],
    },
    {
      name: 'a board, a nonprofit, a watchdog and a consortium speak as bodies',
      paragraphs: [
        'The harbour board said the pier would close in May.',
        'A nonprofit that runs the ferry said it would add a crossing.',
        'The watchdog said the fares were too high.',
        'The consortium is calling on the council to help.',
      ],
      want: [
        { name: 'The harbour board', kind: 'organization' },
        { name: 'A nonprofit', kind: 'organization' },
        { name: 'The watchdog', kind: 'organization' },
        { name: 'The consortium', kind: 'organization' },
      ],
    },
    {
      name: 'a one-word opener before a comma is not the speaker, whatever the word; the phrase after it is',
      paragraphs: [
        'Elsewhere, the ferry company said it would add a crossing.',
        'Upstream, the water board said levels were falling.',
        'Online, commuters said the timetable was wrong.',
      ],
      want: [
        { name: 'the ferry company', named: false },
        { name: 'the water board', named: false, kind: 'organization' },
        { name: 'commuters', named: false },
      ],
    },
    {
      name: 'a country speaking is its government, and later mentions of that government are the same source',
      paragraphs: [
        'Norway said the new toll was illegal.',
        'The U.S. said it would study the toll.',
        "Norway's government said it would appeal.",
      ],
      want: [
        { name: "Norway's government", named: true },
        { name: 'U.S. government', named: true },
      ],
    },
    {
      name: "a company's initials are the company",
      paragraphs: ['Tarnwerk said van sales rose in May.', 'TW said it would hire 120 welders.'],
      want: [{ name: 'Tarnwerk', named: true }],
    },
    {
      name: 'a bare group is the one described group of its kind',
      paragraphs: ['Industry analysts said the plan was risky.', 'Analysts said it could fail.'],
      want: [{ name: 'Industry analysts', named: false }],
    },
    {
      name: 'groups that point back at the first one speak together; groups counted apart stay apart',
      paragraphs: [
        'Harbour towns and their Nordic allies have warned that the tolls could return.',
        'Two officials said the talks failed. Three officials said the talks would resume.',
      ],
      want: [
        { name: 'Harbour towns and their Nordic allies', named: false },
        { name: 'Two officials', named: false },
        { name: 'Three officials', named: false },
      ],
    },
    {
      name: 'a capitalised function word or a possessive is no part of a name',
      paragraphs: ['Senator Ruth Kalder said the bill would pass.', "Even Kalder's allies doubted it, Kalder said."],
      want: [{ name: 'Ruth Kalder', named: true, role: 'Senator' }],
    },
    {
      name: 'a lower-case role before a full name is the role, whatever the noun',
      paragraphs: ['Radio Nord host Sven Arvid said the race was over.', 'Sven Arvid said it again on Friday.'],
      want: [{ name: 'Sven Arvid', named: true, role: 'Radio Nord host' }],
    },
    {
      name: "a person named after an outlet's possessive is the person",
      paragraphs: ["The Daily Ledger's Omar Reyes said the talks had stalled.", 'Omar Reyes said so again.'],
      want: [{ name: 'Omar Reyes', named: true }],
    },
    {
      name: "shorter forms of an organisation's name are the organisation",
      paragraphs: [
        'The Halden Center for Justice said the law was unfair. The Halden Center said it would sue.',
        'The Congressional Budget Office said the deficit would fall. The budget office said it would rise later.',
      ],
      want: [
        { name: 'Halden Center for Justice', named: true },
        { name: 'Congressional Budget Office', named: true },
      ],
    },
    {
      name: 'a bare body ("Police", "The army") is the one body of its kind the story named, never another kind',
      paragraphs: [
        'Harbourside Police said two men had been arrested after the fire. Police said both were held overnight.',
        'The Valdean army said the convoy had crossed the border. The army said no shots were fired.',
        'The White House said the visit would go ahead. The House said it would vote on Friday.',
      ],
      want: [
        { name: 'Harbourside Police', claimCount: 2 },
        { name: 'The Valdean army', claimCount: 2 },
        { name: 'White House', claimCount: 1 },
        { name: 'House', claimCount: 1 },
      ],
    },
    {
      name: 'a body written without its country and then once with it is one body',
      paragraphs: [
        'The CDC said the risk to residents was extremely low.',
        'The Norwegian CDC said it had traced every contact of the first patient.',
      ],
      want: [{ name: 'Norwegian CDC', claimCount: 2 }],
    },
    {
      name: 'two posts joined by "and" before a name are one person; two titled people stay two',
      paragraphs: [
        '"People want better maps," said Kestrel President and CEO Anna Lind.',
        'Former prosecutor and city mayor Ravi Rao said the case was weak.',
        'President Ana Cruz and Prime Minister Ken Ito said the talks went well.',
      ],
      want: [
        { name: 'Anna Lind', named: true, role: 'Kestrel President and CEO' },
        { name: 'Ravi Rao', named: true },
        { name: 'Ana Cruz', named: true },
        { name: 'Ken Ito', named: true },
      ],
    },
    {
      name: 'a title in capitals with no name ("The President") is the person who holds it, not a body',
      paragraphs: [
        'President Ana Cruz said the talks went well. The President said a deal was close.',
        'The Prime Minister said the border would reopen on Monday.',
      ],
      want: [
        { name: 'Ana Cruz', named: true, kind: 'person', claimCount: 2 },
        { name: 'The Prime Minister', named: false, kind: 'person' },
      ],
    },
    {
      name: 'a bare body stays apart when the story named two bodies of its kind',
      paragraphs: [
        'Harbourside Police said a man had been arrested. Eastbay Police said a second man was sought.',
        'Police said the two cases were linked.',
      ],
      want: [{ name: 'Harbourside Police' }, { name: 'Eastbay Police' }, { name: 'Police' }],
    },
    {
      name: 'a name that ends a sentence is not joined to the capitalised word opening the next',
      paragraphs: [
        'The prize went to the novelist Anna K. Berg. Tomas Lind said the jury had been unanimous.',
        'The novel was praised by the critic Piotr D. Nowak. Critics said it was her best.',
        'Berg said she was surprised. Nowak said the book would last.',
      ],
      want: [
        { name: 'Tomas Lind', named: true, kind: 'person' },
        { name: 'Critics', named: false },
        { name: 'Anna K. Berg', named: true, kind: 'person', claimCount: 1 },
        { name: 'Piotr D. Nowak', named: true, kind: 'person', claimCount: 1 },
      ],
    },
    {
      name: 'a bare group written without a count is not folded into a counted one',
      paragraphs: [
        'At least a dozen members of the council said the vote was rushed.',
        'Members said the plan would fail.',
      ],
      want: [{ name: 'At least a dozen members of the council' }, { name: 'Members' }],
    },
    {
      name: '"the minister" is the minister named before; "the Ohio Republican" the Republican from Ohio',
      paragraphs: [
        'Interior Minister Anna Holm said the border would stay open. The minister said the talks would resume.',
        'Republican Rep. Dale Fenner of Ohio said the bill was flawed.',
        'The Ohio Republican said he would vote against it.',
      ],
      want: [
        { name: 'Anna Holm', named: true, role: 'Interior Minister' },
        { name: 'Dale Fenner', named: true },
      ],
    },
    {
      name: 'a preposition opening a sentence is never part of the name a surname stands for',
      paragraphs: ['For Collier, the winter had been hard.', 'Asked about the mill, Mr. Collier said it would reopen.'],
      want: [{ name: 'Collier', named: true }],
    },
    {
      name: 'a relative pronoun at the edge of a group is the clause, not the group',
      paragraphs: ['Even growers who said they liked the canal said the fees were too high.'],
      want: [{ name: 'growers', named: false }],
    },
    {
      name: 'a person whose title names a body with "of" is the person, the body where they work',
      paragraphs: [
        'The cliffs are older than anyone thought, University of Oslo geologist Maria Lund said on Tuesday.',
        'Ministry of Health spokesman Ali Hassan said the clinic would reopen.',
        '"We were surprised," Lund said.',
      ],
      want: [
        { name: 'Maria Lund', named: true, kind: 'person', role: 'University of Oslo geologist', claimCount: 2 },
        // (A ministry's name with a portfolio after its "of" is the body; the post after it the role.)
        { name: 'Ali Hassan', named: true, kind: 'person', role: 'spokesman', affiliation: 'Ministry of Health' },
      ],
    },
    {
      name: 'words that describe a body before its name are its role, not its name: the next mention is the same body',
      paragraphs: [
        'Sales of drills fell 4 percent last year, research firm Kestrel Analytics said.',
        'Kestrel Analytics said the fall would slow next year.',
        'The state broadcaster Channel Nine said the road was closed.',
      ],
      want: [
        { name: 'Kestrel Analytics', named: true, kind: 'organization', role: 'research firm', claimCount: 2 },
        { name: 'Channel Nine', named: true, kind: 'organization', role: 'state broadcaster' },
      ],
    },
    {
      name: 'a description opening the sentence before a body is no part of its name, nor a possessor in small letters',
      paragraphs: [
        'Global research firm Kestrel Analytics said sales had slowed.',
        "The city council's Harbour Planning Board said the pier was safe.",
        'The Harbour Planning Board said repairs would start in May.',
      ],
      want: [
        { name: 'Kestrel Analytics', kind: 'organization', role: 'Global research firm' },
        { name: 'Harbour Planning Board', kind: 'organization', claimCount: 2 },
      ],
    },
    {
      name: 'a word for what a person does before one name makes a person; an acronym or "-based" may describe a body',
      paragraphs: [
        'Roman physician Galen said the heart was a furnace.',
        'US tech giant Brightcore said sales had doubled.',
        'Oslo-based news agency Nordnytt said the ferry had sunk.',
      ],
      want: [
        { name: 'Galen', kind: 'person', role: 'Roman physician' },
        { name: 'Brightcore', kind: 'organization', role: 'US tech giant' },
        { name: 'Nordnytt', kind: 'organization', role: 'Oslo-based news agency' },
      ],
    },
    {
      name: 'a body named with its country before it is the body named again without it',
      paragraphs: [
        'The United States Coastal Survey Agency said the sea wall would hold.',
        'The Coastal Survey Agency said it had checked the wall twice.',
      ],
      want: [{ name: 'United States Coastal Survey Agency', kind: 'organization', claimCount: 2 }],
    },
    {
      name: 'a family name alone is the person whose name ends with letters after it, or whose family name has two words',
      paragraphs: [
        'The site had been damaged, Sam Reed QC told the inquiry.',
        'Reed said the damage would take years to repair.',
        'Julie Van Dam, who runs the museum, said visits had doubled.',
        'Van Dam said a new wing would open in May.',
      ],
      want: [
        { name: 'Sam Reed QC', named: true, kind: 'person', claimCount: 2 },
        { name: 'Julie Van Dam', named: true, kind: 'person', claimCount: 2 },
      ],
    },
    {
      name: 'a hyphenated role, a party or a title before a name with a particle leaves the name alone',
      paragraphs: [
        'Union re-enactor Will Harlow said the field was muddy.',
        'Democrat Jane Doyle said the vote was close.',
        'Mayor Bill de Vries said the park would stay open.',
        'Harlow said the crowd was the largest in years.',
      ],
      want: [
        { name: 'Will Harlow', named: true, kind: 'person', role: 'Union re-enactor', claimCount: 2 },
        { name: 'Jane Doyle', named: true, kind: 'person' },
        { name: 'Bill de Vries', named: true, kind: 'person', role: 'Mayor' },
      ],
    },
    {
      name: 'a clause before a name is no part of the source: the name after it speaks',
      paragraphs: [
        "It's a pattern Quint described in the audit.",
        "It's clear Tarrant wants the pier, the paper reported.",
      ],
      want: [
        { name: 'Quint', named: true },
        { name: 'Tarrant', named: true },
        { name: 'the paper', named: false },
      ],
    },
    {
      name: 'a family name with a capital inside it ends the name before "of": the person is named in full',
      paragraphs: ['"Who rows in hail?" asked Harlow Gulls stroke oar Ivo McTarn of the regatta.'],
      want: [{ name: 'Ivo McTarn', named: true, kind: 'person', role: 'Harlow Gulls stroke oar' }],
    },
    {
      name: 'a dateline or a kicker in capitals run into a name is no part of it',
      paragraphs: [
        'KESTREL BAY Vera Ostrow hurt her wrist in a slip on the pier.',
        'Ostrow told a radio host she had cracked a thumb.',
        'TEARFUL Mara Brandt rowed her last race on Tuesday.',
        '"It is time," Brandt said.',
      ],
      want: [
        { name: 'Vera Ostrow', named: true, kind: 'person' },
        { name: 'Mara Brandt', named: true, kind: 'person' },
      ],
    },
    {
      name: 'a name with a word in capitals inside is a body, not a person; a regnal number and letters after a name are not',
      paragraphs: [
        'The match was moved to Sunday, Harbor City FC said.',
        'King Osric XIV Varn said the harbour towns mourned.',
        'Ruth Kane MP said the bill would pass.',
      ],
      want: [
        { name: 'Harbor City FC', kind: 'organization' },
        { name: 'Osric XIV Varn', kind: 'person' },
        { name: 'Ruth Kane MP', kind: 'person' },
      ],
    },
    {
      name: 'people who share a family name but not a given name stay apart',
      paragraphs: ['Anna Berg said the law was unfair.', 'Tomas Berg said it was fine.'],
      want: [
        { name: 'Anna Berg', named: true },
        { name: 'Tomas Berg', named: true },
      ],
    },
  ];
  for (const c of cases) {
    it(c.name, () => {
      // An array matches only with as many entries, each holding the wanted fields.
      expect(listed(analyze(c.paragraphs))).toMatchObject(c.want);
    });
  }

  it('credits a subject after a time fronted without a comma, and a person whose family name is a month', () => {
    const result = analyze([
      'On Tuesday the harbour board said the pier was safe.',
      'In 2019 the mayor said the budget was balanced.',
      'On Friday night the rail operator said the line would reopen.',
      'Vera Hollis May said the ferry vote would go ahead.',
      'Ann March told reporters the bridge was safe.',
    ]);
    expect(claimSources(result)).toEqual([
      'the harbour board',
      'the mayor',
      'the rail operator',
      'Vera Hollis May',
      'Ann March',
    ]);
  });

  it('takes a name after the opening words of a clause for the pronoun later in the sentence', () => {
    const result = analyze(['Every day when Tom Hale wakes up he worries about his shop.']);
    expect(claimSources(result)).toEqual(['Tom Hale']);
  });

  it('never lists a determiner, a pronoun or a sentence adverb as a source', () => {
    const result = analyze([
      'An estimated 300 officers said they were tired of the shifts.',
      'Significantly, the judge said the ruling would stand.',
      'I said the plan was bad, and we said so again.',
    ]);
    const names = result.sources.map((s) => s.name.toLowerCase());
    for (const junk of ['an', 'significantly', 'i', 'we']) expect(names).not.toContain(junk);
    // A subordinator opening a fronted clause is no name ("When", of "When asked ..., voters named ...").
    const subordinate = analyze(['When asked what they thought, the fans cheered.']);
    expect(subordinate.sources.map((s) => s.name)).not.toContain('When');
    const fronted = analyze(['Likewise, Anna Roth said the vote was fair.', 'Here the mayor said the plan was dead.']);
    expect(fronted.sources.map((s) => s.name)).toEqual(['Anna Roth', 'the mayor']);
    // a word of time or frequency opening the sentence is no part of the name after it
    const timed = analyze([
      'Sometimes Ada Brook said the trains ran late.',
      'Later Ann Cole told reporters it was fair.',
      'Usually the council says little.',
    ]);
    expect(timed.sources.map((s) => s.name)).toEqual(['Ada Brook', 'Ann Cole', 'council']);
    expect(analyze(["According to the doctor's, the patient was stable."]).sources.map((s) => s.name)).toEqual([
      'the doctor',
    ]);
    expect(result.sources.find((s) => s.name === 'the judge')).toBeDefined();
  });

  it('gives a surname alone to the person the text named first with it, not the latest one', () => {
    const result = analyze([
      'Coach Ray Lund said the season was over.',
      'His sister, Mia Lund, said she would run the club.',
      '"I will not quit," Lund said.',
    ]);
    const byId = new Map(result.sources.map((s) => [s.id, s.name]));
    const last = result.claims.find((c) => c.text.includes('quit'));
    expect(last?.sourceIds.map((id) => byId.get(id))).toEqual(['Ray Lund']);
  });

  it('gives a title in the plural to each name of the pair after it, in the singular', () => {
    const result = analyze(['Reps. Ann Lowe and Tim Baker said the bill would fail.']);
    expect(result.sources.map((s) => [s.name, s.role, s.category])).toEqual([
      ['Ann Lowe', 'Rep.', 'government'],
      ['Tim Baker', 'Rep.', 'government'],
    ]);
  });

  it('never lists a common word that opens a sentence, or a pronoun with its verb written on', () => {
    const result = analyze([
      'Patience suggests the harvest will be late.',
      'Gardeners need patience.',
      'Experience says the rain will come; experience is a teacher.',
      'On Mondays I’m told we’re due a rest.',
      'Lena Varga said the firm would grow, and Brightline expects to hire.',
    ]);
    expect(result.sources.map((s) => s.name)).toEqual(['Lena Varga', 'Brightline']);
    // a plural common noun that opens a sentence is a group speaking
    const plural = analyze(['Friends say the road floods every spring.', 'Some friends moved away.']);
    expect(plural.sources.map((s) => [s.name, s.kind])).toEqual([['friends', 'group']]);
    // a name the text writes only with a capital stays a source at a sentence's start
    const named = analyze(['Brightline expects sales to rise.', 'Analysts at Brightline agreed.']);
    expect(named.sources.map((s) => s.name)).toContain('Brightline');
  });

  it('gives "she" to the latest person the text refers to as she', () => {
    const result = analyze([
      'Ms. Ingrid Dahl said the case was closed. Spokesman Peter Lund said the deal was fair.',
      'She said no charges would follow.',
    ]);
    expect(claimSources(result)).toEqual(['Ingrid Dahl', 'Peter Lund', 'Ingrid Dahl']);
    expect(result.sources.find((s) => s.name === 'Ingrid Dahl')?.role).toBeNull();
  });

  it('files a single name described as a person under people, and keeps a name ending in s as written', () => {
    const result = analyze([
      'Brack, a plumber, said the pipes froze overnight.',
      'Tarnos, the ferry cooperative, said it had cancelled the crossings.',
    ]);
    expect(result.sources.map((s) => [s.name, s.kind])).toEqual([
      ['Brack', 'person'],
      ['Tarnos', 'organization'],
    ]);
  });

  it('never takes a dateline in capitals for a speaker', () => {
    const result = analyze(['MADRID — The minister said the budget would pass.']);
    // The same source as without the dateline.
    expect(result.sources.map((s) => s.name)).toEqual(['The minister']);
    // A town no country list holds, with its region, date or agency before the dash.
    const town = analyze([
      'BRENNFELD, May 3 (Reuters) - The regional council leader, Ines Varga, backed the levy, saying it would help.',
      'HOLLOWAY, Norway - Mayor Tom Reed criticized the levy on Wednesday, saying it would hurt schools.',
    ]);
    for (const place of ['BRENNFELD', 'HOLLOWAY']) expect(town.sources.map((s) => s.name)).not.toContain(place);
  });

  it('names the party that declined to comment, not "she"', () => {
    const result = analyze([
      'Marta Quist, a lawyer for the family, said the deal was fair.',
      'She declined to comment.',
    ]);
    expect(result.nonResponses.map((n) => n.party)).toEqual(['Marta Quist']);
  });

  it('names the person after a long title with "of" or "for", not the title', () => {
    const result = analyze([
      'Former Secretary of Labor and longtime party strategist Mary Jones is calling for a new vote on the budget.',
      'Acme Radio Vice President for sports and weather Tom Barker called the show "the best in town."',
    ]);
    expect(claimSources(result)).toEqual(['Mary Jones', 'Tom Barker']);
  });

  it('credits the name before a relative clause of several commas, not the last noun inside the clause', () => {
    const result = analyze([
      'Laura Finch, whose new company, Brightline, makes solar panels, said the market was growing.',
      'Derek Hale, who retired last year after serving in Spain, France and Italy, praised the treaty.',
    ]);
    expect(claimSources(result)).toEqual(['Laura Finch', 'Derek Hale']);
  });

  it('never lists the end of an object before "and said" as a source: the second verb shares the subject', () => {
    const result = analyze([
      'Roth further called Holm "timid," mocked her years as harbour master of Tarnby and said she should step aside.',
    ]);
    expect(result.sources.map((s) => s.name)).toEqual(['Roth']);
  });

  it('reads an acronym with a full stop as the end of a sentence, not as the initials of the next name', () => {
    const result = analyze([
      'Holm, a retired ferry pilot, had lived on the island. She had moved there, according to the AP. Holm was on the boat.',
    ]);
    expect(claimSources(result)).toEqual(['AP']);
  });
});

describe('the subject a cue reports for', () => {
  const cases: Array<{ name: string; paragraphs: string[]; want: string[] }> = [
    {
      name: 'a share "more than six in 10" is a subject of its own, not the share after it',
      paragraphs: [
        'More than six in 10 said the night fares were unfair, while 38 percent said they would cycle instead.',
      ],
      want: ['More than six in 10 + 38 percent'],
    },
    {
      name: 'a participle after a clause of its own reports for that clause\'s subject ("when")',
      paragraphs: [
        'The first fight came at a pier meeting in Tarnby, when ferry pilots interrupted her speech, shouting "no more tolls!"',
      ],
      want: ['ferry pilots'],
    },
    {
      name: 'a participle after a second clause joined by "and" reports for its subject',
      paragraphs: [
        'Within days, inspectors closed the dry dock and Governor Ola Brant fired the harbour master, acknowledging that the port had let its crews down.',
      ],
      want: ['Ola Brant'],
    },
    {
      name: 'subjects joined by "and" before one verb are no second clause for a participle',
      paragraphs: [
        'A coalition of unions, two rowing clubs and the harbour board has won the toll dispute, saying the vote was fair.',
      ],
      want: ['A coalition of unions'],
    },
    {
      name: 'the subject ends before its verb: "went with the pilots" is no part of the name',
      paragraphs: ['Mayor Ana Ruiz went with the pilots, noting that the harbour might freeze by Friday.'],
      want: ['Ana Ruiz'],
    },
    {
      name: '"a few days later" opening the sentence is a time, not its subject',
      paragraphs: [
        'But a few days later, Mayor Lena Fosse changed course once more, telling a ferry captain that the toll "is gone."',
      ],
      want: ['Lena Fosse'],
    },
    {
      name: '", then says" is a second verb of the subject, not of the title before the comma',
      paragraphs: [
        'Governor Tom Pell teasingly offered the deckhand a post as Keeper of the Pier, then says he will take on anyone who rows.',
      ],
      want: ['Tom Pell'],
    },
    {
      name: 'a relative clause owns the "or" inside it: the group before "who" speaks, not the last name',
      paragraphs: [
        'Many of the ferry captains who sailed for Mayor Hale or Ann Pike said they had lined up behind the toll.',
      ],
      want: ['Many of the ferry captains'],
    },
    {
      name: 'a relative clause opened by "who\u2019d" is the group\u2019s',
      paragraphs: [
        'Many of the ferry captains who\u2019d rather be sailing for Ann Pike said they had lined up behind the toll.',
      ],
      want: ['Many of the ferry captains'],
    },
    {
      name: 'the name of a body after its noun ("newspaper, The Harbor Star,") is an apposition, not the speaker',
      paragraphs: [
        "Tess Vian, the editor of the city's only newspaper, The Harbor Star, said every mayor was political.",
      ],
      want: ['Tess Vian'],
    },
    {
      name: 'the name after a description opening the sentence is whom a participle reports for',
      paragraphs: [
        'But the second candidate at the pier, former Senator Ines Varga, drew a distinction, saying that worries over ferry tolls were exaggerated.',
      ],
      want: ['Ines Varga'],
    },
    {
      name: 'a dateline with a date and an agency ("OSLO, May 3 (Reuters) - ") is no subject',
      paragraphs: [
        "OSLO, May 3 (Reuters) - Norway's coastal party leader, Anne Morel, backed the ferry levy on Wednesday, saying her rival's toll would empty the islands.",
      ],
      want: ['Anne Morel'],
    },
    {
      name: 'a capitalised participle that describes a noun ("Leading Democrats") is part of the subject',
      paragraphs: ['Leading Democrats say that the toll plan will not survive the winter.'],
      want: ['Leading Democrats'],
    },
  ];
  for (const c of cases) {
    it(c.name, () => {
      expect(claimSources(analyze(c.paragraphs))).toEqual(c.want);
    });
  }
});

describe('the source list a reader sees', () => {
  it('names the party of "she also declined to comment": the adverb is no part of the subject', () => {
    const result = analyze([
      'Ann Lyle, the mayor, said the plan was good. She also declined to comment on the lawsuit.',
    ]);
    expect(result.nonResponses.map((n) => n.party)).toEqual(['Ann Lyle']);
  });

  it('never takes a state for "the group": "Peru said" is a government', () => {
    const result = analyze(['Peru said it would respond.', '"We are angry," the group said in a statement.']);
    expect(claimSources(result)).toEqual(["Peru's government", 'the group']);
  });

  it('lists "The U.S." once, with its abbreviation\'s dot kept', () => {
    const result = analyze(['The U.S. said it would respond.', '"We are angry," the group said in a statement.']);
    expect(result.sources.map((s) => s.name)).toEqual(['U.S. government', 'the group']);
  });
});

describe('a possessor before a name is whom the source is of', () => {
  const sources = (...paragraphs: string[]) =>
    analyze(paragraphs).sources.map((s) => ({ name: s.name, affiliation: s.affiliation }));
  it('"The interior ministry\'s Bashary", "The city council\'s Ann Reyes": the name alone, the possessor its affiliation', () => {
    expect(sources("The interior ministry's Bashary said the border was calm.")).toEqual([
      { name: 'Bashary', affiliation: 'interior ministry' },
    ]);
    expect(sources("The city council's Ann Reyes said the budget was late.")).toEqual([
      { name: 'Ann Reyes', affiliation: 'city council' },
    ]);
    expect(sources("Norway's Tomas Reed said the ferry strike was over.")).toEqual([
      { name: 'Tomas Reed', affiliation: 'Norway' },
    ]);
  });
  it('a pronoun or the place the story is about is no affiliation', () => {
    expect(sources('Her sister Ann Lee said she was fine.')).toEqual([{ name: 'Ann Lee', affiliation: null }]);
    expect(sources("The city's Ann Reyes said the budget was late.")).toEqual([
      { name: 'Ann Reyes', affiliation: null },
    ]);
  });
});

describe('what kind of source a body named by its noun is', () => {
  it('a nonprofit, a consortium or a cooperative is an organisation', () => {
    const result = analyze([
      'A nonprofit that runs the ferry said it would add a crossing.',
      'The consortium is calling on the council to help.',
      'The cooperative said its members would vote in May.',
    ]);
    expect(result.sources.map((s) => [s.name, s.category])).toEqual([
      ['A nonprofit', 'organization'],
      ['The consortium', 'organization'],
      ['The cooperative', 'organization'],
    ]);
  });
});
