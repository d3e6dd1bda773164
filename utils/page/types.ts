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
  /** Siblings hidden with `element`: the rest of an item printed with no wrapper of its own (its paragraphs
   * after its title, a comment's text after its name and time). */
  parts?: readonly Element[];
  /** The label over a run of items ("Related Articles", "Comments"): hidden with them, not one of them. */
  label?: true;
}

/** A heading listed with a group of clutter (clutter.ts lists the related cards' heading with them). */
const GROUP_HEADING = /^H[1-6]$/i;

/**
 * The items a kind's count names: "Related 3" for three stories under a heading, so neither the group's heading
 * nor a run's label counts (a title printed as a heading, with the rest of its item as parts, does). A kind
 * listed only by its heading still counts that.
 */
export function countedClutter(items: readonly DomClutter[]): readonly DomClutter[] {
  const counted = items.filter((c) => !c.label && (c.parts || !GROUP_HEADING.test(c.element.tagName)));
  return counted.length > 0 ? counted : items;
}

/** The elements that hiding the item hides: the element and its parts. */
export function clutterElements(item: DomClutter): readonly Element[] {
  return item.parts ? [item.element, ...item.parts] : [item.element];
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
