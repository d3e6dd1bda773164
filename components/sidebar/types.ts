// The on-page UI's props: everything it shows (plain data) and everything it can ask for (callbacks). The
// content script owns the state and the page; these components only render and report.
import type { Analysis, Claim, ClutterKind, NumberMention, Source } from '@/utils/analysis/types';

export interface StripItem {
  kind: ClutterKind;
  count: number;
  hidden: boolean;
  /** The first words of each block of this kind, in page order: what the chip will hide, told before it does. */
  samples: string[];
}

/** What a strip button previews (outlines on the page) while it is hovered or focused. */
export type StripPreview = ClutterKind | 'all';

/** Where a claim that has the keyboard focus is on screen (viewport coordinates): its ring is drawn there. */
export interface ClaimRing {
  left: number;
  top: number;
  width: number;
  height: number;
}

export interface HoverCardState {
  claim: Claim;
  source: Source | null;
  /** Viewport coordinates of the pointer (or, for a claim reached by keyboard, of the bottom of its text). */
  x: number;
  y: number;
  /** The claim was reached by keyboard: it has the focus, drawn as a ring around it (absent for the pointer). */
  ring?: ClaimRing;
}

export interface OnPageState {
  analysis: Analysis;
  sidebarOpen: boolean;
  stripVisible: boolean;
  /** The source whose claims alone are highlighted, and which of its claims is current. */
  focus: { sourceId: string; index: number } | null;
  strip: StripItem[];
  /** Blocks the reader hid by hand on this site (saved paths) that were found on this page. */
  pickedCount: number;
  /** Why a choice saved for this site is not applied here ("Promos not hidden here: they hold article text"). */
  stripNotices: string[];
  picking: boolean;
  /** The reader is pointing at the article ("Not the article? Pick it"). */
  pickingArticle: boolean;
  card: HoverCardState | null;
  /** A short message read out to screen readers ("Copied as Markdown"). */
  status: string;
  /** While the article is being read (a long one takes a moment): how many of its blocks are done. */
  reading: { done: number; total: number } | null;
  /** The reading stopped on an error part-way: what is listed is what was read before. */
  unfinished: boolean;
}

export interface OnPageActions {
  setSidebar(open: boolean): void;
  setStrip(visible: boolean): void;
  focusSource(sourceId: string | null): void;
  stepFocus(delta: 1 | -1): void;
  showClaim(claim: Claim): void;
  showNumber(number: NumberMention): void;
  toggleKind(kind: ClutterKind): void;
  /** Outlines on the page what a strip button would hide (null: the preview ends). */
  previewStrip(target: StripPreview | null): void;
  setAllHidden(hidden: boolean): void;
  startPicker(): void;
  /** "Not the article? Pick it": the reader points at the article; it is analysed instead and kept for the site. */
  pickArticle(): void;
  /** Forgets the site's picked article and shows Sourcelight's own choice again. */
  useAutomaticArticle(): void;
  showPicked(): void;
  copy(format: 'markdown' | 'json'): void;
  openCardSource(): void;
  /** The arrow keys on a claim that has the focus: the previous or next claim (of the source shown, or of all). */
  stepClaim(delta: 1 | -1): void;
  /** Closes the card; a claim reached by keyboard gives the focus back to where it came from, unless the reader
   * moved it elsewhere (`giveFocusBack` false). */
  closeCard(giveFocusBack?: boolean): void;
  keepCard(): void;
}
