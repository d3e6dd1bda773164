// What the sidebar shows, computed from the engine's plain data: the breakdown at a glance, sources grouped by
// category, and the exports (Markdown, JSON). Pure: no DOM, no page, so it is tested on hand-built analyses.
import {
  type Analysis,
  ATTRIBUTION_KINDS,
  type AttributionKind,
  CLUTTER_KINDS,
  type Claim,
  type ClaimCue,
  type ClutterKind,
  type Source,
  type SourceCategory,
} from '@/utils/analysis/types';

/** The order categories are listed in: the ones readers most often want to weigh first. */
export const CATEGORY_ORDER: readonly SourceCategory[] = [
  'government',
  'military-security',
  'expert',
  'organization',
  'media',
  'other',
];

/** The categories' names in the exports (Markdown, JSON), which are in English whatever the UI's language; the
 * sidebar names them in the reader's language (labels.ts). */
export const CATEGORY_LABELS: Readonly<Record<SourceCategory, string>> = {
  government: 'Government',
  'military-security': 'Military & security',
  expert: 'Experts',
  organization: 'Organizations & data',
  media: 'Media',
  other: 'Other',
};

/** The order the strip lists clutter kinds in: the settings' own list, so the two never drift apart. */
export const CLUTTER_ORDER: readonly ClutterKind[] = CLUTTER_KINDS;

export interface CategoryCount {
  category: SourceCategory;
  label: string;
  sources: number;
  claims: number;
}

export interface SourceGroup {
  category: SourceCategory;
  label: string;
  sources: Source[];
}

export interface KindCount {
  kind: AttributionKind;
  claims: number;
}

export interface Breakdown {
  sources: number;
  named: number;
  anonymous: number;
  /** Named sources as a whole percentage of all sources (0 when there are none). */
  namedPercent: number;
  claims: number;
  /** The claims by what their cue reports (said, believes, wants, criticized): only kinds with a claim, in
   * ATTRIBUTION_KINDS's order. */
  byKind: KindCount[];
  numbers: number;
  /** Only categories with at least one source, in CATEGORY_ORDER. */
  byCategory: CategoryCount[];
  groups: SourceGroup[];
}

export function breakdown(analysis: Analysis): Breakdown {
  const named = analysis.sources.filter((s) => s.named).length;
  const total = analysis.sources.length;
  const groups: SourceGroup[] = [];
  const byCategory: CategoryCount[] = [];
  for (const category of CATEGORY_ORDER) {
    const sources = analysis.sources
      .filter((s) => s.category === category)
      .sort((a, b) => b.claimCount - a.claimCount || a.name.localeCompare(b.name));
    if (sources.length === 0) continue;
    const label = CATEGORY_LABELS[category];
    groups.push({ category, label, sources });
    byCategory.push({
      category,
      label,
      sources: sources.length,
      claims: sources.reduce((n, s) => n + s.claimCount, 0),
    });
  }
  return {
    sources: total,
    named,
    anonymous: total - named,
    namedPercent: total === 0 ? 0 : Math.round((named / total) * 100),
    claims: analysis.claims.length,
    byKind: (Object.keys(ATTRIBUTION_KINDS) as AttributionKind[])
      .map((kind) => ({
        kind,
        claims: analysis.claims.filter((c) => c.cueKind === kind).length,
      }))
      .filter((k) => k.claims > 0),
    numbers: analysis.numbers.length,
    byCategory,
    groups,
  };
}

/** The claims attributed to a source (as main source or one of several), in reading order. */
export function claimsOf(analysis: Analysis, sourceId: string): Claim[] {
  return analysis.claims.filter((c) => c.sourceId === sourceId || c.sourceIds.includes(sourceId));
}

/** What attributes a claim to one of its sources: "argued" for Y in "X said ..., but Y argued ...". */
export function cueOf(claim: Claim, sourceId: string | null): ClaimCue {
  const at = sourceId === null ? -1 : claim.sourceIds.indexOf(sourceId);
  return claim.sourceCues[at] ?? { cue: claim.cue, cueKind: claim.cueKind };
}

export function sourceById(analysis: Analysis, id: string | null): Source | null {
  if (id === null) return null;
  return analysis.sources.find((s) => s.id === id) ?? null;
}

/** Page text going into Markdown: one line, and no character that would start markup. */
function mdText(text: string): string {
  return text
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/([\\`*_[\]<>#|])/g, '\\$1');
}

export function breakdownMarkdown(analysis: Analysis): string {
  const b = breakdown(analysis);
  const lines: string[] = [];
  const title = analysis.article?.title;
  lines.push(`# Sources${title ? ` in "${mdText(title)}"` : ''}`);
  if (analysis.url) lines.push('', `<${analysis.url.replace(/[<>\s]/g, encodeURIComponent)}>`);
  lines.push(
    '',
    `${b.sources} sources: ${b.named} named, ${b.anonymous} anonymous (${b.namedPercent}% named). ` +
      `${b.claims} attributed claims, ${b.numbers} numbers.`,
  );
  if (b.byKind.some((k) => k.kind !== 'speech')) {
    lines.push('', `Claims by kind: ${b.byKind.map((k) => `${ATTRIBUTION_KINDS[k.kind]} ${k.claims}`).join(', ')}.`);
  }
  lines.push('', '| Category | Sources | Claims |', '| --- | ---: | ---: |');
  for (const row of b.byCategory) lines.push(`| ${row.label} | ${row.sources} | ${row.claims} |`);
  for (const group of b.groups) {
    lines.push('', `## ${group.label}`, '');
    for (const source of group.sources) {
      const role = source.role ? `, ${mdText(source.role)}` : '';
      const kind = source.named ? 'named' : 'anonymous';
      lines.push(`- ${mdText(source.name)}${role} (${kind}; ${source.claimCount} claims)`);
    }
  }
  if (analysis.nonResponses.length > 0) {
    lines.push('', '## Declined to comment', '');
    for (const nr of analysis.nonResponses) lines.push(`- ${mdText(nr.party)}: ${mdText(nr.text)}`);
  }
  return `${lines.join('\n')}\n`;
}

export function breakdownJson(analysis: Analysis): string {
  const b = breakdown(analysis);
  return `${JSON.stringify(
    {
      url: analysis.url,
      title: analysis.article?.title ?? null,
      sources: { total: b.sources, named: b.named, anonymous: b.anonymous, namedPercent: b.namedPercent },
      claimsByKind: Object.fromEntries(b.byKind.map((k) => [k.kind, k.claims])),
      byCategory: Object.fromEntries(b.byCategory.map((c) => [c.category, { sources: c.sources, claims: c.claims }])),
      list: analysis.sources.map(({ name, named, kind, category, role, affiliation, claimCount }) => ({
        name,
        named,
        kind,
        category,
        role,
        affiliation,
        claimCount,
      })),
      nonResponses: analysis.nonResponses.map(({ party, text }) => ({ party, text })),
      numbers: analysis.numbers.map(({ text, value, kind }) => ({ text, value, kind })),
    },
    null,
    2,
  )}\n`;
}
