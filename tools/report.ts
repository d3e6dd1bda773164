// The analyze CLI's two halves that the tests use too: a saved page read as a browser reads it and analysed
// (analyzeFile), and the report a reader gets (formatReport). The command itself is scripts/analyze.ts.
import { type Analysis, ATTRIBUTION_KINDS, type Claim, type Source } from '../utils/analysis/types';
import { attributionUnavailableText } from '../utils/language-name';
import { analyzeDocument } from '../utils/page/analyze-page';
import { parsePage, readPage } from './load-page';

export function analyzeFile(file: string, url?: string): Analysis {
  return analyzeDocument(parsePage(readPage(file)), url === undefined ? {} : { url });
}

function pad(text: string, width: number): string {
  return text.length >= width ? `${text.slice(0, width - 1)}…` : text.padEnd(width);
}

function claimLine(claim: Claim): string {
  const kind = claim.cueKind === 'speech' ? '' : ` · ${ATTRIBUTION_KINDS[claim.cueKind]}`;
  return `    - ${claim.text}${claim.cue ? `  [${claim.cue}${kind}]` : ''}`;
}

export function formatReport(file: string, analysis: Analysis): string {
  const lines: string[] = [];
  const article = analysis.article;
  lines.push(`== ${file}`);
  if (!analysis.isArticle || !article) {
    lines.push('Not an article: nothing to analyse on this page.');
    if (article) lines.push(`(best text block: ${article.wordCount} words)`);
    return lines.join('\n');
  }
  lines.push(article.title || '(no title)');
  lines.push(`Publisher: ${article.publisher ?? 'unknown'}`);
  lines.push(`Authors:   ${article.authors.length ? article.authors.join(', ') : 'unknown'}`);
  lines.push(`Published: ${article.published ?? 'unknown'}`);
  lines.push(`Length:    ${article.wordCount} words${article.language ? ` · language ${article.language}` : ''}`);
  lines.push('');

  const unavailable = attributionUnavailableText(analysis.attribution);
  if (unavailable !== null) {
    // An article in a language the claim rules are not written for: say so rather than "Sources (0)"
    lines.push(unavailable);
    lines.push('');
    numberLines(analysis, lines);
    clutterLines(analysis, lines);
    return lines.join('\n');
  }
  const sources = [...analysis.sources].sort((a, b) => b.claimCount - a.claimCount);
  lines.push(
    `Sources (${sources.length}: ${sources.filter((s) => s.named).length} named, ${sources.filter((s) => !s.named).length} anonymous)`,
  );
  if (sources.length > 0) {
    lines.push(`  ${pad('NAME', 34)} ${pad('NAMED', 10)} ${pad('CATEGORY', 18)} ${pad('ROLE', 28)} CLAIMS`);
    for (const s of sources) {
      lines.push(
        `  ${pad(s.name, 34)} ${pad(s.named ? 'named' : 'anonymous', 10)} ${pad(s.category, 18)} ${pad(s.role ?? '', 28)} ${s.claimCount}`,
      );
    }
  }
  lines.push('');
  lines.push(`Claims (${analysis.claims.length})`);
  const byId = new Map<string, Source>(analysis.sources.map((s) => [s.id, s]));
  const groups = new Map<string, Claim[]>();
  for (const claim of analysis.claims) {
    const key = claim.sourceId ?? '';
    groups.set(key, [...(groups.get(key) ?? []), claim]);
  }
  for (const [id, claims] of groups) {
    lines.push(`  ${byId.get(id)?.name ?? '(no source)'}:`);
    for (const claim of claims) lines.push(claimLine(claim));
  }
  lines.push('');
  numberLines(analysis, lines);
  if (analysis.nonResponses.length > 0) {
    lines.push('');
    lines.push(`Did not respond (${analysis.nonResponses.length})`);
    for (const n of analysis.nonResponses) lines.push(`  - ${n.party}: ${n.text}`);
  }
  clutterLines(analysis, lines);
  return lines.join('\n');
}

/** The numbers, with how many of each kind: "Numbers (12: 7 count, 2 age, 1 time, 2 date)". */
function numberLines(analysis: Analysis, lines: string[]): void {
  const byKind = new Map<string, number>();
  for (const n of analysis.numbers) byKind.set(n.kind, (byKind.get(n.kind) ?? 0) + 1);
  const kinds = [...byKind].map(([kind, count]) => `${count} ${kind}`).join(', ');
  lines.push(`Numbers (${analysis.numbers.length}${kinds ? `: ${kinds}` : ''})`);
  if (analysis.numbers.length > 0) lines.push(`  ${analysis.numbers.map((n) => n.text).join(' · ')}`);
}

/** The clutter around the article and the time taken: the report's last lines. */
function clutterLines(analysis: Analysis, lines: string[]): void {
  lines.push('');
  lines.push(`Clutter (${analysis.clutter.length})`);
  for (const c of analysis.clutter) lines.push(`  ${pad(c.kind, 11)} ${c.text.slice(0, 100)}`);
  lines.push('');
  lines.push(`Analysed in ${analysis.timings.totalMs.toFixed(1)} ms`);
}
