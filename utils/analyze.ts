// The one entry to the engine: reads a Document (live page, linkedom or jsdom) and never changes it.
// Stages: text units and article body (page/extract) → metadata (page/metadata) → clutter (page/clutter) →
// the pure text engine on the body's blocks (analysis/pipeline).
import { analyzeText } from './analysis/pipeline';
import type { Analysis, ArticleInfo, TextAnalysis, TextBlock } from './analysis/types';
import { findClutter } from './page/clutter';
import { extractArticle } from './page/extract';
import { readMetadata } from './page/metadata';
import { indexPage } from './page/page-index';
import type { DomClutter, PageAnalysis } from './page/types';

export interface AnalyzeOptions {
  url?: string;
}

/** Lines around the body longer than this are prose, not a byline or a copyright line. */
const MAX_BODY_LINE_CHARS = 200;
const EMPTY_TEXT: TextAnalysis = { claims: [], sources: [], numbers: [], nonResponses: [] };

export function analyzePage(document: Document, options: AnalyzeOptions = {}): PageAnalysis {
  const started = performance.now();
  const index = indexPage(document);
  const extraction = extractArticle(document, index);
  const article = extraction.article;
  let info: ArticleInfo | null = null;
  let clutter: DomClutter[] = [];
  let text = EMPTY_TEXT;
  if (article) {
    const scope = article.root.parentElement ?? article.root;
    const bodyLines = extraction.units
      .filter((unit) => scope.contains(unit.container))
      .map((unit) => unit.model.text.slice(0, MAX_BODY_LINE_CHARS));
    const metadata = readMetadata(document, index, {
      root: article.root,
      firstBlock: article.blocks[0]?.element ?? null,
      bodyLines,
    });
    const blocks: TextBlock[] = article.blocks.map((block) => ({ text: block.text, kind: block.kind }));
    const body = blocks.map((block) => block.text).join('\n\n');
    info = {
      title: metadata.title,
      authors: metadata.authors,
      publisher: metadata.publisher,
      published: metadata.published,
      text: body,
      wordCount: body === '' ? 0 : body.split(/\s+/).length,
      language: metadata.language,
    };
    if (extraction.isArticle) {
      clutter = findClutter(document, { index, article, units: extraction.units });
      text = analyzeText(blocks);
    }
  }
  const analysis: Analysis = {
    url: options.url ?? document.location?.href ?? null,
    isArticle: extraction.isArticle,
    article: info,
    ...text,
    clutter: clutter.map((item) => ({ kind: item.kind, text: item.text })),
    timings: { totalMs: 0 },
  };
  analysis.timings.totalMs = performance.now() - started;
  return { analysis, article: extraction.isArticle ? article : null, clutter };
}

export function analyzeDocument(document: Document, options: AnalyzeOptions = {}): Analysis {
  return analyzePage(document, options).analysis;
}
