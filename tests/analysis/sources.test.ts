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
      name: 'a pronoun takes the latest person',
      paragraphs: [
        'The attack confirmed their fears, said Colonel Abdul Ameer al-Bayati, of the Iraqi Army.',
        "'Islamic State elements have begun to reactivate,' he said.",
      ],
      want: ['Abdul Ameer al-Bayati', 'Abdul Ameer al-Bayati'],
    },
    {
      name: '"they" takes the latest group, "the officials" the latest officials',
      paragraphs: [
        'IS sent two envoys to Iraq, five Iraqi counter-terrorism officials told Reuters. They were captured, the officials said.',
        'The forces shot the man dead, they said.',
      ],
      want: [
        'five Iraqi counter-terrorism officials',
        'five Iraqi counter-terrorism officials',
        'five Iraqi counter-terrorism officials',
      ],
    },
    {
      name: '"the official" is the latest official; "another" one is new',
      paragraphs: [
        'The U.S. defense official said Washington remains committed. The U.S. will monitor it, the official added.',
        'The U.S. has exchanged intelligence, another U.S. defense official told Reuters.',
        'But the second U.S. official said Baghdad expressed interest.',
      ],
      want: [
        'The U.S. defense official',
        'The U.S. defense official',
        'another U.S. defense official',
        'another U.S. defense official',
      ],
    },
    {
      name: 'a surname takes the earlier full name; a definite role names an earlier unnamed spokesperson',
      paragraphs: [
        "A U.S. defense official and a spokesperson for Iraq's prime minister said IS remnants have been weakened.",
        'The Iraqi spokesperson, Sabah al-Numan, credited pre-emptive operations.',
        'Such operations killed militants, Numan said. Intelligence has become more precise, he added.',
      ],
      want: ['A U.S. defense official + Sabah al-Numan', 'Sabah al-Numan', 'Sabah al-Numan', 'Sabah al-Numan'],
    },
    {
      name: 'an acronym takes its long form; "the data" takes the cited organisation',
      paragraphs: [
        'Some 9,000 fighters are held by the Kurdish-led Syrian Democratic Forces (SDF). There were two jailbreaks, the SDF has said.',
        'IS claimed 38 attacks, according to data from SITE Intelligence Group. That is a third of last year, the data shows.',
        'Its branches are in Africa, the SITE data shows.',
      ],
      want: [
        'Syrian Democratic Forces',
        'SITE Intelligence Group',
        'SITE Intelligence Group',
        'SITE Intelligence Group',
      ],
    },
    {
      name: 'a surname met alone takes the full name from elsewhere in the text',
      paragraphs: ['U.S. President Donald Trump met Sharaa in May.', 'Trump said the meeting went well.'],
      want: ['Donald Trump'],
    },
    {
      name: '"the company" takes the latest named company',
      paragraphs: [
        'Acme Corp. said it would cut 1,200 jobs.',
        'The company said in a statement that cuts would save money.',
      ],
      want: ['Acme Corp.', 'Acme Corp.'],
    },
    {
      name: 'a quote over two sentences belongs to the cue of the second',
      paragraphs: [
        "'The interim government is stretched thin. They just do not have the manpower,' said Charles Lister, who heads the Syria program at the Middle East Institute.",
      ],
      want: ['Charles Lister', 'Charles Lister'],
    },
    {
      name: 'a quote-only sentence continues the previous quote',
      paragraphs: [
        '"We are not going to abandon our allies," Senator Chuck Schumer said. "This is a moment of truth."',
      ],
      want: ['Chuck Schumer', 'Chuck Schumer'],
    },
  ];
  for (const c of cases) {
    it(c.name, () => {
      expect(claimSources(analyze(c.paragraphs))).toEqual(c.want);
    });
  }
});

describe('source kind, naming and category', () => {
  type Want = Pick<Source, 'name' | 'named' | 'kind' | 'category'> & {
    role?: string | null;
    affiliation?: string | null;
  };
  const cases: Array<{ sentence: string; want: Want }> = [
    {
      sentence: 'Defense Minister Murhaf Abu Qasra told Reuters the country was developing its intelligence.',
      want: { name: 'Murhaf Abu Qasra', named: true, kind: 'person', category: 'government', role: 'Defense Minister' },
    },
    {
      sentence: 'The attack confirmed it, said Colonel Abdul Ameer al-Bayati, of the Iraqi Army\u2019s 8th Division.',
      want: {
        name: 'Abdul Ameer al-Bayati',
        named: true,
        kind: 'person',
        category: 'military-security',
        role: 'Colonel',
        affiliation: 'Iraqi Army\u2019s 8th Division',
      },
    },
    {
      sentence:
        "'They lack men,' said Charles Lister, who heads the Syria program at the Middle East Institute, a U.S. think tank.",
      want: {
        name: 'Charles Lister',
        named: true,
        kind: 'person',
        category: 'expert',
        role: 'heads the Syria program at the Middle East Institute',
        affiliation: 'Middle East Institute',
      },
    },
    {
      sentence: 'Activity has grown, Ali al-Saidi, an advisor to Iraqi security forces, told Reuters.',
      want: {
        name: 'Ali al-Saidi',
        named: true,
        kind: 'person',
        category: 'military-security',
        role: 'advisor to Iraqi security forces',
      },
    },
    {
      sentence: 'A source familiar with the matter confirmed the request.',
      want: { name: 'A source familiar with the matter', named: false, kind: 'person', category: 'other' },
    },
    {
      sentence: 'Fighters are arriving from Europe, two European officials told Reuters.',
      want: { name: 'two European officials', named: false, kind: 'group', category: 'government' },
    },
    {
      sentence: 'A State Department spokesperson said it is critical for countries to repatriate nationals.',
      want: { name: 'A State Department spokesperson', named: false, kind: 'person', category: 'government' },
    },
    {
      sentence: 'Cells are active, three security sources told Reuters.',
      want: { name: 'three security sources', named: false, kind: 'group', category: 'military-security' },
    },
    {
      sentence: 'But some regional analysts question whether Damascus has the manpower needed.',
      want: { name: 'some regional analysts', named: false, kind: 'group', category: 'expert' },
    },
    {
      sentence: 'The United Nations estimates IS has 1,500 to 3,000 fighters.',
      want: { name: 'United Nations', named: true, kind: 'organization', category: 'organization' },
    },
    {
      sentence: "Three days later, Syria announced it had raided IS hideouts in the country's second city.",
      want: { name: 'Syria', named: true, kind: 'organization', category: 'government' },
    },
    {
      sentence: 'Local resident Tom Hughes told the BBC he heard a loud bang.',
      want: { name: 'Tom Hughes', named: true, kind: 'person', category: 'other', role: 'Local resident' },
    },
    {
      sentence: 'Analysts at Goldman Sachs expect further cuts later this year.',
      want: {
        name: 'Analysts at Goldman Sachs',
        named: false,
        kind: 'group',
        category: 'expert',
        affiliation: 'Goldman Sachs',
      },
    },
    {
      sentence: 'Revenue fell 8%, according to a filing.',
      want: { name: 'a filing', named: false, kind: 'document', category: 'other' },
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
      'IS claimed 38 attacks, according to data from SITE Intelligence Group, which monitors militants online.',
      "Still, SITE's director, Rita Katz, cautioned against seeing the drop as weakness.",
    ]);
    const katz = result.sources.find((s) => s.name === 'Rita Katz');
    expect(katz).toMatchObject({ named: true, category: 'expert', role: 'director', affiliation: 'SITE' });
    expect(result.sources.find((s) => s.name === 'SITE Intelligence Group')?.category).toBe('organization');
  });

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
