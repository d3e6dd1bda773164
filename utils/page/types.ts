// What the page layer hands to the code that marks the live page: the article's blocks with their DOM nodes.
import type { Analysis, ClutterKind, TextBlock } from '../analysis/types';
import type { ArticleText } from './article-text';

/** A block's text (whitespace collapsed, as the engine sees it) and the way back from an offset to the DOM. */
export interface TextModel {
  readonly text: string;
  /** The text node and offset in it where `offset` of `text` falls; null when the block has no text node. */
  locate(offset: number, affinity?: 'start' | 'end'): { node: Text; offset: number } | null;
}

export interface DomBlock extends TextBlock {
  element: Element;
  model: TextModel;
}

export interface PageArticle {
  /** The element that holds the whole article body. */
  root: Element;
  blocks: DomBlock[];
}

export interface DomClutter {
  kind: ClutterKind;
  element: Element;
  text: string;
}

export interface PageAnalysis {
  analysis: Analysis;
  article: PageArticle | null;
  clutter: DomClutter[];
  /** Candidates not listed as clutter because they hold article text (the strip tells the reader why a kind
   * hidden on this site is not hidden here). Absent: none. */
  spared?: DomClutter[];
  /** Where the article's text is (utils/page/article-text.ts): nothing that covers it is ever hidden. */
  articleText?: ArticleText;
}
