// The messages between the popup, the background and the content script, declared once: one map per
// destination, each entry naming its request and its reply. Senders and receivers are typed from these maps,
// so a message that is not declared here cannot be sent or handled.
import type { PageFigures, PageState } from './page-controller';

/** A page's state as the popup receives it: the PageController's, plus the page's address, which the popup
 * cannot always read from the tab (Chromium hides it from extensions without the `tabs` permission unless
 * the reader clicked the toolbar button). */
export type TabPageState = PageState & { url: string };

/** Requests to the content script of one tab (from the popup; replies come from the page's PageController).
 * Settings are not among them: the popup writes storage, and the page follows it (utils/settings.ts
 * `watchSiteSettings`), so that an open tab and the popup never disagree about which route won. */
export type ContentProtocol = {
  getState: { request: null; reply: TabPageState };
  setSidebar: { request: { open: boolean }; reply: TabPageState };
  setStrip: { request: { visible: boolean }; reply: TabPageState };
  setEnabled: { request: { enabled: boolean }; reply: TabPageState };
  runAnyway: { request: null; reply: TabPageState };
  /** The figures benchmarks and tests read (timings, counts; entrypoints/content/on-page/figures.ts): answered
   * to the extension's own pages only (the e2e harness, scripts/bench-browser.ts), never written where page
   * scripts could read them. */
  figures: { request: null; reply: { url: string; figures: PageFigures } };
};

/** What a content script tells the background about its tab, after analysis and after each change. */
export interface PageReport {
  isArticle: boolean;
  enabled: boolean;
  claims: number;
}

/** Requests to the background (from content scripts; the sender's tab is known from the message). */
export type BackgroundProtocol = {
  reportPage: { request: PageReport; reply: null };
};

export type Destination = 'content' | 'background';

export type ProtocolOf = {
  content: ContentProtocol;
  background: BackgroundProtocol;
};

type AnyProtocol = Record<string, { request: unknown; reply: unknown }>;

export type RequestOf<P extends AnyProtocol, K extends keyof P> = P[K]['request'];
export type ReplyOf<P extends AnyProtocol, K extends keyof P> = P[K]['reply'];

/** A message on the wire: the destination tags it as ours, so other listeners and other extensions' frames
 * leave it alone. */
export interface Envelope<D extends Destination, K extends keyof ProtocolOf[D] = keyof ProtocolOf[D]> {
  sourcelight: D;
  name: K;
  data: ProtocolOf[D][K] extends { request: infer R } ? R : never;
}

/** What a receiver sends back: the reply, or the error its handler threw (as text, which survives cloning). */
export type Wire<T> = { ok: true; value: T } | { ok: false; error: string };

/** What a sender gets: the reply, or why there was none. `unreachable` means no receiver answered (the content
 * script is not there: tab closed, page where extensions cannot run, extension updated since the page loaded). */
export type Result<T> = { ok: true; value: T } | { ok: false; reason: 'unreachable' | 'failed'; message: string };

export type Handlers<P extends AnyProtocol, Sender> = {
  [K in keyof P]: (data: RequestOf<P, K>, sender: Sender) => ReplyOf<P, K> | Promise<ReplyOf<P, K>>;
};
