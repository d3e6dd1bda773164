import { describe, expect, it } from 'vitest';
import { findQuotes, maskQuotes, QUOTE_MASK, splitSentences } from '../../utils/analysis/segment';

const sentencesOf = (text: string): string[] => splitSentences(text).map((r) => text.slice(r.start, r.end));

describe('splitSentences', () => {
  const cases: Array<{ name: string; text: string; want: string[] }> = [
    {
      name: 'dotted acronyms inside a sentence',
      text: 'A U.S. trade envoy and U.N. inspectors met. They left.',
      want: ['A U.S. trade envoy and U.N. inspectors met.', 'They left.'],
    },
    {
      name: 'a dotted acronym that opens the next sentence',
      text: 'The crews towed them out. U.S. President Ana Lowe said so.',
      want: ['The crews towed them out.', 'U.S. President Ana Lowe said so.'],
    },
    {
      name: 'a dotted acronym that ends a sentence',
      text: 'He flew to the U.S. The next day he left.',
      want: ['He flew to the U.S.', 'The next day he left.'],
    },
    {
      name: 'a dotted acronym right after a low or angle opening quote',
      text: '„U.S. troops stay,“ she said. «U.N. staff left,» he said.',
      want: ['„U.S. troops stay,“ she said.', '«U.N. staff left,» he said.'],
    },
    {
      name: 'a military title',
      text: 'said Col. Jane Doe of the army. Gen. Smith agreed.',
      want: ['said Col. Jane Doe of the army.', 'Gen. Smith agreed.'],
    },
    {
      name: 'doctor and mister',
      text: 'Dr. Anne Lee met Mr. Hughes. Both spoke.',
      want: ['Dr. Anne Lee met Mr. Hughes.', 'Both spoke.'],
    },
    { name: 'initials', text: 'Tomas J. Reed said it. He left.', want: ['Tomas J. Reed said it.', 'He left.'] },
    {
      name: 'a plural title',
      text: 'He thanked Govs. Ann Lee and Tom Park. Sens. Ray and Cho left.',
      want: ['He thanked Govs. Ann Lee and Tom Park.', 'Sens. Ray and Cho left.'],
    },
    {
      name: 'decimals',
      text: 'Prices rose 1.5 percent. Wages fell.',
      want: ['Prices rose 1.5 percent.', 'Wages fell.'],
    },
    {
      name: 'a quote closing after the period',
      text: '"It is over." She left. \'We lost.\' He stayed.',
      want: ['"It is over."', 'She left.', "'We lost.'", 'He stayed.'],
    },
    {
      name: 'a question inside a quote followed by its cue',
      text: '"Why now?" he asked. Nobody knew.',
      want: ['"Why now?" he asked.', 'Nobody knew.'],
    },
    {
      name: 'typographic quotes',
      text: '\u201CWe hope so.\u201D The minister smiled.',
      want: ['\u201CWe hope so.\u201D', 'The minister smiled.'],
    },
    { name: 'a heading with no period', text: 'CLEARING THE CHANNEL', want: ['CLEARING THE CHANNEL'] },
    {
      name: 'a company abbreviation before a verb',
      text: 'Acme Corp. said it would cut jobs. Shares fell.',
      want: ['Acme Corp. said it would cut jobs.', 'Shares fell.'],
    },
    {
      name: 'a closing mark set off by spaces stays with its sentence (The Hill)',
      text: '"Where are the ferries? " she wrote in her note. It ended.',
      want: ['"Where are the ferries? " she wrote in her note.', 'It ended.'],
    },
  ];
  for (const c of cases) {
    it(c.name, () => {
      expect(sentencesOf(c.text)).toEqual(c.want);
    });
  }
});

describe('findQuotes', () => {
  const quoted = (text: string): string[] => findQuotes(text).map((q) => text.slice(q.innerStart, q.innerEnd));
  const cases: Array<{ name: string; text: string; want: string[] }> = [
    { name: 'straight double quotes', text: '"We will win," he said.', want: ['We will win,'] },
    {
      name: 'apostrophes are not quotes',
      text: "Harlow's harbour and the skippers' huts at al-Mina'a, he said.",
      want: [],
    },
    {
      name: 'single quotes with possessives inside',
      text: "The board will 'closely follow' Quint's ferry plan, which she calls 'cheap and ready to sail'.",
      want: ['closely follow', 'cheap and ready to sail'],
    },
    {
      name: 'a single quote closed by a double one (mismatched)',
      text: '"We agree," he said, \'mostly about the KFL tolls."',
      want: ['We agree,', 'mostly about the KFL tolls.'],
    },
    {
      name: 'a quote that spans two sentences',
      text: "'The harbour is silting up. They lack dredgers,' said Dana Voss.",
      want: ['The harbour is silting up. They lack dredgers,'],
    },
    { name: 'typographic quotes', text: '\u201CIt\u2019s over,\u201D she said.', want: ['It\u2019s over,'] },
    { name: 'a quote left open at the end of the block', text: '"We will fight on.', want: ['We will fight on.'] },
    {
      name: 'a closing mark set off by spaces (The Hill)',
      text: '"So I have to wonder: where did the ferries go? " she wrote. "The answer is money."',
      want: ['So I have to wonder: where did the ferries go? ', 'The answer is money.'],
    },
    {
      name: 'right double marks on both sides (Swedish print, or typed so)',
      text: '\u201DWe are proud,\u201D said Piotr Nowak, who called the plan \u201Dthe best in years.\u201D',
      want: ['We are proud,', 'the best in years.'],
    },
    {
      name: 'a right double mark after a word still closes, and alone opens nothing',
      text: 'The \u201Cnew\u201D bridge, 12\u201D wide, was opened.',
      want: ['new'],
    },
  ];
  for (const c of cases) {
    it(c.name, () => {
      expect(quoted(c.text)).toEqual(c.want);
    });
  }

  it('masks quoted words but keeps offsets', () => {
    const text = '"We said no," he said.';
    const masked = maskQuotes(text, findQuotes(text));
    expect(masked).toHaveLength(text.length);
    expect(masked.startsWith(QUOTE_MASK)).toBe(true);
    expect(masked).not.toContain('We said');
    expect(masked.endsWith(' he said.')).toBe(true);
  });
});
