// fast-check generators for what a page may throw at the engine: news-like sentences salted with every kind of
// quote mark, attribution cue, abbreviation, number, right-to-left text, emoji and control character; random
// element trees with random tags and attributes; and whole pages shaped like articles around them.
import fc from 'fast-check';

/** Pieces of news prose, grouped so that every group is drawn often enough to matter. */
const WORDS = ['the', 'officials', 'army', 'ministry', 'spokesman', 'people', 'killed', 'city', 'rebels', 'it', 'was'];
const NAMES = ['Jane Doe', 'John Smith', 'Col. Ahmed Ali', 'Dr. Maria López', 'Reuters', 'the U.N.', 'Michael J. Fox'];
const CUES = [
  'said',
  'says',
  'told Reuters',
  'according to',
  'According to',
  'officials said',
  'the data shows',
  'said on Tuesday',
  'declined to comment',
  'did not respond to a request for comment',
  'said said said',
  'added',
];
const NUMBERS = [
  '2,400',
  '$1.3 billion',
  '82%',
  '1.5',
  'a third',
  'a dozen',
  '2019',
  'January 18, 2025',
  '8th',
  '7,000',
  '0',
  '-3',
  '1.2.3',
  '10-20',
  '½',
  '٣٤٥',
  '１２３',
];
const ABBREVIATIONS = [
  'U.S.',
  'U.N.',
  'Dr.',
  'Col.',
  'Inc.',
  'e.g.',
  'i.e.',
  'St.',
  'No.',
  'a.m.',
  'J.',
  'Gen.',
  'etc.',
  'vs.',
];
const PUNCTUATION = ['.', ',', ';', ':', '!', '?', '…', '—', '–', '-', '(', ')', '[', ']', '/', '...', '?!', '.\u201D'];
const QUOTES = [
  '"',
  "'",
  '\u201C',
  '\u201D',
  '\u2018',
  '\u2019',
  '\u201E',
  '\u00AB',
  '\u00BB',
  '\u2039',
  '\u203A',
  '\u300C',
  '\u300D',
  '`',
  '\u2033',
];
const RTL = [
  'قال',
  'وفقا لـ',
  'المتحدث',
  'שלום',
  'אמר',
  '\u200F',
  '\u200E',
  '\u202E',
  '\u202B',
  '\u2066',
  '\u061F',
  '\u060C',
  '\u06D4',
];
const EMOJI = ['😀', '👩‍👩‍👧', '🇺🇸', '🏳️‍🌈', '\u{1F600}\u{FE0F}', 'e\u0301', '\u0301', '𝔘𝔫𝔦'];
/** NUL-ish and invisible characters; U+0001 is also the engine's own quote mask (utils/analysis/segment.ts). */
const CONTROLS = [
  '\u0000',
  '\u0001',
  '\u0007',
  '\u000B',
  '\u000C',
  '\u001F',
  '\u007F',
  '\u0085',
  '\u00AD',
  '\u200B',
  '\u200D',
  '\u2028',
  '\u2029',
  '\uFEFF',
  '\uFFFD',
  '\uD800',
  '\uDFFF',
  '\u00A0',
];
const SPACES = [' ', ' ', ' ', ' ', '  ', '\n', '\t', '\u00A0', '\u3000', ''];

const token: fc.Arbitrary<string> = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...WORDS) },
  { weight: 2, arbitrary: fc.constantFrom(...NAMES) },
  { weight: 3, arbitrary: fc.constantFrom(...CUES) },
  { weight: 3, arbitrary: fc.constantFrom(...NUMBERS) },
  { weight: 2, arbitrary: fc.constantFrom(...ABBREVIATIONS) },
  { weight: 3, arbitrary: fc.constantFrom(...PUNCTUATION) },
  { weight: 3, arbitrary: fc.constantFrom(...QUOTES) },
  { weight: 1, arbitrary: fc.constantFrom(...RTL) },
  { weight: 1, arbitrary: fc.constantFrom(...EMOJI) },
  { weight: 1, arbitrary: fc.constantFrom(...CONTROLS) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 4 }) },
  { weight: 1, arbitrary: fc.integer({ min: -1e6, max: 1e12 }).map(String) },
);

/** A run of random tokens with random spacing: punctuation glued to words, or not. */
export const noise: fc.Arbitrary<string> = fc
  .array(fc.tuple(token, fc.constantFrom(...SPACES)), { maxLength: 40 })
  .map((parts) => parts.map(([t, s]) => t + s).join(''));

const clause: fc.Arbitrary<string> = fc
  .array(
    fc.oneof(
      { weight: 4, arbitrary: fc.constantFrom(...WORDS) },
      fc.constantFrom(...NUMBERS),
      fc.constantFrom(...ABBREVIATIONS),
    ),
    {
      minLength: 2,
      maxLength: 14,
    },
  )
  .map((w) => w.join(' '));

const [open, close] = [
  fc.constantFrom('"', '\u201C', "'", '\u00AB', '\u201E', '\u2018'),
  fc.constantFrom('"', '\u201D', "'", '\u00BB', '\u2019', ''),
];

/** A sentence in one of the shapes attribution takes, sometimes with a quote left open. */
const sentence: fc.Arbitrary<string> = fc.oneof(
  fc.tuple(fc.constantFrom(...NAMES), fc.constantFrom(...CUES), clause).map(([n, c, x]) => `${n} ${c} ${x}.`),
  fc
    .tuple(open, clause, close, fc.constantFrom(...NAMES), fc.constantFrom(...CUES))
    .map(([o, x, c, n, cue]) => `${o}${x},${c} ${n} ${cue}.`),
  fc.tuple(fc.constantFrom(...CUES), fc.constantFrom(...NAMES), clause).map(([c, n, x]) => `${c} ${n}, ${x}.`),
  fc.tuple(clause, fc.constantFrom('.', '!', '?', '…', '')).map(([x, p]) => `${x}${p}`),
  noise,
);

/** One paragraph of text: sentences with noise between them. */
export const paragraph: fc.Arbitrary<string> = fc
  .array(fc.oneof({ weight: 3, arbitrary: sentence }, noise), { minLength: 1, maxLength: 6 })
  .map((s) => s.join(' '));

/** A paragraph long enough (with the others) for the page to count as an article. */
export const longParagraph: fc.Arbitrary<string> = fc
  .array(sentence, { minLength: 4, maxLength: 8 })
  .map((s) => s.join(' '));

/** Markup as data, so the same tree can be built twice (determinism) and printed when a property fails. */
export type TreeNode =
  | { text: string }
  | { tag: string; attrs: readonly (readonly [string, string])[]; children: readonly TreeNode[] };

const TAGS = [
  'p',
  'div',
  'span',
  'a',
  'b',
  'i',
  'em',
  'strong',
  'article',
  'section',
  'main',
  'header',
  'footer',
  'nav',
  'aside',
  'h1',
  'h2',
  'h3',
  'h6',
  'ul',
  'ol',
  'li',
  'blockquote',
  'q',
  'figure',
  'figcaption',
  'table',
  'tr',
  'td',
  'br',
  'img',
  'pre',
  'code',
  'time',
  'script',
  'style',
  'noscript',
  'template',
  'iframe',
  'svg',
  'math',
  'select',
  'option',
  'textarea',
  'button',
  'details',
  'summary',
  'slot',
  'font',
  'x-custom',
  'sourcelight-ui',
  'hr',
  'wbr',
  'sup',
  'sub',
  'small',
  'cite',
  'address',
  'dl',
  'dt',
  'dd',
  'form',
  'input',
  'label',
  'video',
  'object',
];
const CLASS_WORDS = [
  'article',
  'content',
  'story-body',
  'sidebar',
  'ad',
  'ads',
  'comments',
  'related',
  'promo',
  'byline',
  'share',
  'caption',
  'newsletter',
  'main',
  'footer',
  'hidden',
  'sl-mark',
  '',
];
const ATTRIBUTES: fc.Arbitrary<readonly [string, string]> = fc.oneof(
  fc.tuple(
    fc.constant('class'),
    fc.array(fc.constantFrom(...CLASS_WORDS), { maxLength: 3 }).map((w) => w.join(' ')),
  ),
  fc.tuple(fc.constant('id'), fc.constantFrom(...CLASS_WORDS)),
  fc.tuple(
    fc.constantFrom('hidden', 'aria-hidden', 'contenteditable', 'inert', 'dir', 'lang', 'role', 'itemprop'),
    fc.constantFrom('', 'true', 'rtl', 'ar', 'articleBody', 'main', 'article'),
  ),
  fc.tuple(
    fc.constant('style'),
    fc.constantFrom('display:none', 'visibility:hidden', 'color:red', 'display: none !important', 'font-size:0'),
  ),
  fc.tuple(
    fc.constantFrom('onerror', 'onclick', 'href', 'src', 'data-x', 'title'),
    fc.constantFrom('javascript:window.__pwned=1', '"><img src=x onerror=window.__pwned=1>', 'x', ''),
  ),
);

export const tree: fc.Arbitrary<TreeNode> = fc.letrec<{ node: TreeNode }>((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    { weight: 3, arbitrary: fc.oneof(paragraph, noise).map((text) => ({ text })) },
    {
      weight: 2,
      arbitrary: fc.record({
        tag: fc.constantFrom(...TAGS),
        attrs: fc.array(ATTRIBUTES, { maxLength: 3 }),
        children: fc.array(tie('node'), { maxLength: 4 }),
      }),
    },
  ),
})).node;

/** What goes in <head>: a title, sometimes og:type=article and JSON-LD (valid, broken or hostile). */
export interface Head {
  title: string | null;
  ogArticle: boolean;
  jsonLd: string | null;
}

export const head: fc.Arbitrary<Head> = fc.record({
  title: fc.option(paragraph, { nil: null }),
  ogArticle: fc.boolean(),
  jsonLd: fc.option(
    fc.oneof(
      fc.tuple(paragraph, paragraph).map(([headline, author]) =>
        JSON.stringify({
          '@context': 'https://schema.org',
          '@type': 'NewsArticle',
          headline,
          author: { '@type': 'Person', name: author },
        }),
      ),
      fc.constantFrom(
        '{',
        'null',
        '[]',
        '{"@type":[null,1,{}]}',
        '{"@graph":{"@graph":{}}}',
        '"</script><script>window.__pwned=1</script>"',
      ),
      fc.json(),
    ),
    { nil: null },
  ),
});

export interface PageSpec {
  head: Head;
  /** Page furniture before and after the article (random trees). */
  before: readonly TreeNode[];
  after: readonly TreeNode[];
  /** The article's paragraphs (null: a page with no article container, just the random trees). */
  paragraphs: readonly TreeNode[] | null;
}

/** A paragraph element whose content is text with random inline markup around parts of it. */
const articleParagraph: fc.Arbitrary<TreeNode> = fc
  .tuple(
    longParagraph,
    fc.array(tree, { maxLength: 2 }),
    fc.constantFrom('p', 'p', 'p', 'blockquote', 'h2', 'li', 'div'),
  )
  .map(([text, extra, tag]) => ({ tag, attrs: [], children: [{ text }, ...extra] }));

export const page: fc.Arbitrary<PageSpec> = fc.record({
  head,
  before: fc.array(tree, { maxLength: 2 }),
  after: fc.array(tree, { maxLength: 2 }),
  paragraphs: fc.option(fc.array(articleParagraph, { minLength: 1, maxLength: 8 }), { nil: null, freq: 5 }),
});

/** Builds the page in `document` through the DOM API (no parser: so a <p> may hold a <p>, a NUL stays a NUL). */
export function buildPage(document: Document, spec: PageSpec): void {
  const html = document.documentElement;
  while (html.firstChild) html.firstChild.remove();
  const headEl = html.appendChild(document.createElement('head'));
  const body = html.appendChild(document.createElement('body'));
  if (spec.head.title !== null) headEl.appendChild(document.createElement('title')).textContent = spec.head.title;
  if (spec.head.ogArticle) {
    const meta = headEl.appendChild(document.createElement('meta'));
    meta.setAttribute('property', 'og:type');
    meta.setAttribute('content', 'article');
  }
  if (spec.head.jsonLd !== null) {
    const script = headEl.appendChild(document.createElement('script'));
    script.setAttribute('type', 'application/ld+json');
    script.textContent = spec.head.jsonLd;
  }
  for (const node of spec.before) body.appendChild(buildNode(document, node));
  if (spec.paragraphs !== null) {
    const article = body.appendChild(document.createElement('article'));
    for (const node of spec.paragraphs) article.appendChild(buildNode(document, node));
  }
  for (const node of spec.after) body.appendChild(buildNode(document, node));
}

export function buildNode(document: Document, node: TreeNode): Node {
  if ('text' in node) return document.createTextNode(node.text);
  const element = document.createElement(node.tag);
  for (const [name, value] of node.attrs) element.setAttribute(name, value);
  for (const child of node.children) element.appendChild(buildNode(document, child));
  return element;
}

/** Serialises a tree as HTML, for parsers (linkedom) and for printing a counterexample. */
export function pageHtml(spec: PageSpec): string {
  const esc = (s: string) =>
    s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
  const node = (n: TreeNode): string =>
    'text' in n
      ? esc(n.text)
      : `<${n.tag}${n.attrs.map(([k, v]) => ` ${k}="${esc(v)}"`).join('')}>${n.children.map(node).join('')}</${n.tag}>`;
  const h = spec.head;
  const headHtml = [
    h.title === null ? '' : `<title>${esc(h.title)}</title>`,
    h.ogArticle ? '<meta property="og:type" content="article">' : '',
    h.jsonLd === null ? '' : `<script type="application/ld+json">${h.jsonLd.replace(/<\//g, '<\\/')}</script>`,
  ].join('');
  const article = spec.paragraphs === null ? '' : `<article>${spec.paragraphs.map(node).join('')}</article>`;
  return `<!DOCTYPE html><html><head>${headHtml}</head><body>${spec.before.map(node).join('')}${article}${spec.after.map(node).join('')}</body></html>`;
}
