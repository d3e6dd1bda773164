// Sources a sentence names beside the cue that governs it: the poll its respondents answer in (issue 12).
import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../utils/analysis/pipeline';

/** The speakers of each claim, by name, in order. */
function speakers(...paragraphs: string[]): string[][] {
  const result = analyzeText(paragraphs.map((text) => ({ text, kind: 'paragraph' as const })));
  const names = new Map(result.sources.map((s) => [s.id, s.name]));
  return result.claims.map((c) => c.sourceIds.map((id) => names.get(id) ?? id));
}

describe('a poll the respondents answer in', () => {
  it('"In a Harwick College poll, 40 percent said": the poll reports, beside those who answered', () => {
    const [claim] = speakers(
      'In a Harwick College poll released Monday, 40 percent of riders said the fares were too high.',
    );
    expect(claim).toContain('40 percent of riders');
    expect(claim?.some((name) => name.includes('Harwick College'))).toBe(true);
  });
  it('"said ... in a poll": a poll after the answer reports it too', () => {
    const [claim] = speakers('Most tenants said they felt safe at night in a Lindell Institute survey this spring.');
    expect(claim?.some((name) => name.includes('Lindell Institute'))).toBe(true);
  });
  it('a speaker who only mentions the polls keeps the sentence to himself', () => {
    expect(speakers('Ortiz said he was not worried about the polls.')).toEqual([['Ortiz']]);
  });
});
