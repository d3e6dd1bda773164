import { describe, expect, it } from 'vitest';
import { breakdown, breakdownJson, breakdownMarkdown, claimsOf } from '../../components/sidebar/model';
import { sampleAnalysis, sampleWithKinds } from './sidebar-fixture';

describe('breakdown', () => {
  it('counts sources, the named share and categories in a fixed order, most-cited first', () => {
    const b = breakdown(sampleAnalysis());
    expect(b).toMatchObject({ sources: 4, named: 3, anonymous: 1, namedPercent: 75, claims: 5, numbers: 2 });
    expect(b.byCategory.map((c) => [c.category, c.sources, c.claims])).toEqual([
      ['government', 1, 2],
      ['military-security', 1, 1],
      ['expert', 2, 3],
    ]);
    expect(b.groups[2]?.sources.map((s) => s.id)).toEqual(['quint', 'brand']);
  });

  it('has no division by zero on an article without sources', () => {
    const analysis = { ...sampleAnalysis(), sources: [], claims: [] };
    expect(breakdown(analysis)).toMatchObject({ sources: 0, namedPercent: 0, byCategory: [], groups: [] });
  });

  it('counts the claims by what their cue reports, speech first, only the kinds there are', () => {
    expect(breakdown(sampleAnalysis()).byKind).toEqual([{ kind: 'speech', claims: 5 }]);
    expect(breakdown(sampleWithKinds()).byKind).toEqual([
      { kind: 'speech', claims: 3 },
      { kind: 'belief', claims: 1 },
      { kind: 'intention', claims: 1 },
    ]);
  });

  it('finds a shared claim under each of its sources', () => {
    const analysis = sampleAnalysis();
    expect(claimsOf(analysis, 'quint').map((c) => c.id)).toEqual(['c3', 'c4']);
    expect(claimsOf(analysis, 'brand').map((c) => c.id)).toEqual(['c3']);
  });
});

describe('exports', () => {
  it('Markdown: the glance line, a category table, sources with role, and escaped page text', () => {
    const md = breakdownMarkdown(sampleAnalysis());
    expect(md).toContain('# Sources in "Harlow ferry line \\*eyes\\* comeback"');
    expect(md).toContain('4 sources: 3 named, 1 anonymous (75% named).');
    expect(md).toContain('| Experts | 2 | 3 |');
    expect(md).toContain("- Karim al-Faydi, spokesperson for Vellmark's ports minister (named; 2 claims)");
    expect(md).toContain('- Ivo \\<b\\>Brand\\</b\\>, Tarnby Institute (named; 1 claims)');
    expect(md).toContain('## Declined to comment');
    expect(md).not.toContain('Claims by kind');
  });

  it('Markdown and JSON: the claims by kind, when some cue is not speech', () => {
    expect(breakdownMarkdown(sampleWithKinds())).toContain(
      'Claims by kind: speech 3, belief or estimate 1, intention 1.',
    );
    expect(JSON.parse(breakdownJson(sampleWithKinds())).claimsByKind).toEqual({ speech: 3, belief: 1, intention: 1 });
  });

  it('JSON: parses back, with the counts and every source', () => {
    const data = JSON.parse(breakdownJson(sampleAnalysis()));
    expect(data.sources).toEqual({ total: 4, named: 3, anonymous: 1, namedPercent: 75 });
    expect(data.byCategory.expert).toEqual({ sources: 2, claims: 3 });
    expect(data.list).toHaveLength(4);
    expect(data.nonResponses[0].party).toBe('The Harbour Board');
  });
});
