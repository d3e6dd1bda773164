// The saved pages of a folder that the engine calls articles, each read as a browser reads it (load-page.ts) and
// analysed (analyzeDocument), for the evaluation scripts that need no gold file. A page that cannot be read is
// reported on stderr and skipped, so one broken file does not stop a corpus.
import type { Analysis } from '../utils/analysis/types';
import { analyzeDocument } from '../utils/page/analyze-page';
import { pageFilesIn, parsePage, readPage } from './load-page';

export interface AnalysedPage {
  file: string;
  analysis: Analysis;
}

/** Every page of `dir` (*.html, *.htm, *.html.gz) the engine calls an article, in name order. */
export function* analysedArticles(dir: string): Generator<AnalysedPage> {
  for (const file of pageFilesIn(dir)) {
    let analysis: Analysis;
    try {
      analysis = analyzeDocument(parsePage(readPage(file)), {});
    } catch (error) {
      console.error(`${file}: ${error instanceof Error ? error.message : String(error)}`);
      continue;
    }
    if (analysis.isArticle) yield { file, analysis };
  }
}
