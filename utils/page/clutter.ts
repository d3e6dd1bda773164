// The blocks around (and inside) the article that a reader may want gone: related stories, promos, comments,
// ads, newsletter boxes and share bars. Found by markup hints, by labels ("Advertisement"), by form fields
// (a comment box, an e-mail sign-up) and by structure (repeated story cards, lists of headlines), never by
// English heading text alone. An element that holds the article, any of its blocks or prose that continues it
// (article-text.ts) is never listed: such a candidate is looked into instead, and kept aside as spared.
import type { Steps } from '../analysis/steps';
import type { ClutterKind } from '../analysis/types';
import { type ArticleText, findArticleText, isSentenceLine } from './article-text';
import { isSkipped, parentOf, signature, TEXT_NODE, tagOf, visibleText, walkTree, walkTreeNow } from './dom';
import type { TextUnit } from './extract';
import { datedItems, findHeadline, type OtherStories } from './headline';
import type { PageIndex } from './page-index';
import type { DomClutter, PageArticle } from './types';
import { AD_LABEL, CALL_TO_ACTION, CHROME_HINT, CLUTTER_HINTS, NEWSLETTER_PITCH, SHARE_LINK } from './vocabulary';

/** The text a clutter item carries in the analysis. */
const CLUTTER_TEXT_CHARS = 200;
/** A box grows to its parent while the parent adds at most this much text (a heading, a note). */
const BOX_SLACK_CHARS = 200;
/** A label's box, a promo, a sign-up box is small. */
const MAX_BOX_CHARS = 600;
/** Repeated cards: at least this many siblings that look alike, each with a headline link. */
const MIN_CARDS = 2;
/** A headline has at least this many words (menus have one or two). */
const MIN_HEADLINE_WORDS = 4;
/** A list of headlines is mostly link text. */
const MIN_LIST_LINK_DENSITY = 0.5;
/** A "Read more: <headline>" line in the body links one story (its label may be a link too); a line of the body
 * with more links is a sentence that cites several pages (issue 11: such lines were hidden as related). */
const MAX_POINTER_LINKS = 2;
/** A line of the body that ends like a sentence and has at least this many words is a sentence of the story, links
 * and all ("Here's a full post on <a>funding a home remodel</a>."), not a "Read more: <headline>" pointer: headlines
 * do not end in a full stop (issue 11: such lines of 2026 blog posts were hidden as related). */
const MIN_SENTENCE_LINE_WORDS = 8;
/** An embedded post (a tweet quoted in the story) holds at least this many characters of its own words beside its
 * links; a share bar holds a label or two ("Share this story"). Issue 11: tweets quoted between a story's
 * paragraphs, in a box with a "social" class, were hidden as a share bar. */
const MIN_EMBED_OWN_CHARS = 60;
/** A list whose items carry their links inside a sentence (a reference, "Helped <a>…</a> grow") in at least this
 * share of its items is the story's prose, not a list of headlines (issue 11: a health article's references). */
const MIN_PROSE_ITEM_SHARE = 0.5;
/** A line of the story that introduces what follows ends with a colon ("Other boats I've sailed:", "Also, a few
 * fixes went into the next release:") and has at least this many words: a label ("Related:", "More:") has one or two. */
const MIN_INTRO_WORDS = 4;
const INTRO_END = /[:\uFF1A]$/;
/** A link's text that is a web address ("https://…", "www.…") rather than words. */
const WEB_ADDRESS = /^(?:https?:\/\/|www\.)\S+$/i;
/** Text in brackets after a link is a note on it ("(video)", "(review)"), not the rest of a sentence. */
const BRACKETED = /\([^)]*\)|\[[^\]]*\]/g;
/** A sentence that runs on right after a link, in a lower-case word or a comma ("…</a> growth", "…</a>, which"). */
const RUNS_ON = /^\s*[\p{Ll},;]/u;
/** A sentence's end right after a link: "…of <a>increased debt</a>." */
const SENTENCE_AFTER_LINK = /^\s*[.!?\u061F\u06D4\u3002\uFF01\uFF1F…]/;
/** An id of at least this many words may be an anchor made of the element's own words (ownWordsId). */
const MIN_ID_WORDS = 2;
/** A sentence's end inside a text (Latin, Arabic and CJK punctuation, a closing quote). */
const POST_SENTENCE_END = /[.!?\u061F\u06D4\u3002\uFF01\uFF1F…]["'\u201D\u2019»)]*(?:\s|$)/;
/** A dated item this long is a post, whatever its punctuation (a teaser's title and labels are shorter). */
const MIN_POST_WORDS = 25;
/** The label over a run of other stories or comments is a short line. */
const MAX_RUN_LABEL_CHARS = 60;
/** A comment section's children that repeat one shape this often are its comments, listed one by one. */
const MIN_COMMENTS_TO_SPLIT = 2;
/** ...each a box of its own, */
const COMMENT_BOX_TAGS = new Set(['DIV', 'LI', 'ARTICLE', 'SECTION', 'TR', 'DD']);
/** ...of at least this many characters. */
const MIN_COMMENT_CHARS = 20;
/** How many elements of a comment section are looked at for its list (breadth-first from the section). */
const MAX_COMMENT_LIST_LOOKS = 64;
/** The words of a comment form, in the languages of the dev pages: "Leave a Reply", "Comment *", "Deixe uma
 * resposta", "Tinggalkan Balasan", "Добавить комментарий". */
const COMMENT_FORM_WORDS =
  /comment|repl(?:y|ies)|respond|discussion|komentar|comentario|comentário|resposta|balasan|commentaire|kommentar|коммент|ответ|تعليق/iu;
/** What a form that writes to the site says: a tip, a message, an enquiry. */
const CONTACT_FORM_WORDS =
  /news\s*tip|hot\s*tip|a\s+tip\b|send\s+us|contact\s+us|get\s+in\s+touch|enquir|inquir|your\s+message|message\s+us|your\s+story/iu;
/** A pitch to the reader is a line or two... */
const MAX_PITCH_CHARS = 300;
/** ...in a box that adds a heading, a button or a field's label to it. */
const MAX_PITCH_LABEL_CHARS = 80;
/** A promo box offers at least this many buttons. */
const MIN_PROMO_BUTTONS = 2;
/** Three links to share endpoints (SHARE_LINK) make a share bar. */
const MIN_SHARE_LINKS = 3;
/** Beside its buttons a share bar prints a label ("Share this story") of at most this many characters. */
const MAX_SHARE_LABEL_CHARS = 40;
/** Site chrome, not clutter a reader hides: menus are lists of links too (and CHROME_HINT). */
const CHROME_TAGS = new Set(['NAV', 'HEADER', 'FOOTER']);
/** Paragraph elements: a body block of this kind holds only its sentence (a <div> block may hold more). */
const PARAGRAPH_TAGS = new Set(['P', 'LI', 'H2', 'H3', 'H4', 'H5', 'H6', 'BLOCKQUOTE', 'PRE', 'DD', 'DT']);
/** The blocks that can be a "Read more: <headline>" line inside the body. */
const LINE_TAGS = new Set(['P', 'DIV', 'LI', 'H2', 'H3', 'H4', 'H5', 'H6']);
const HEADING = /^H[1-6]$/;
/** Standfirst: a line of at least this many characters under the headline, with at most this share of links... */
const MIN_STANDFIRST_CHARS = 60;
const MAX_STANDFIRST_LINK_SHARE = 0.25;
/** ...within this many lines of it (a byline, a date, share labels may stand between: extract.ts's gap)... */
const MAX_STANDFIRST_GAP_UNITS = 12;
/** ...ending like a sentence (Latin, Arabic and CJK punctuation, a closing quote). */
const STANDFIRST_END = /[.!?\u061F\u06D4\u3002\uFF01\uFF1F…]["'\u201D\u2019»)]*$/;
/** Letters or digits in any script. */
const WORDY = /[\p{L}\p{N}]/u;

/** What the structure rules need to know about an element, gathered for all elements in one pass. */
interface Facts {
  /** Visible characters, whitespace collapsed per text node. */
  chars: number;
  words: number;
  linkChars: number;
  links: number;
  shareLinks: number;
  buttons: number;
  headings: number;
  fields: number;
  /** Holds a headline: a link in a heading, or a link of several words. */
  headline: boolean;
}

const NO_FACTS: Facts = {
  chars: 0,
  words: 0,
  linkChars: 0,
  links: 0,
  shareLinks: 0,
  buttons: 0,
  headings: 0,
  fields: 0,
  headline: false,
};

function* gatherFacts(root: Element): Steps<Map<Element, Facts>> {
  const facts = new Map<Element, Facts>();
  /** One element being summed: its own facts so far and what it is inside. */
  interface Level {
    element: Element;
    own: Facts;
    isLink: boolean;
    isHeading: boolean;
    /** Inside a link or a heading, the element itself included (what its children are inside). */
    link: boolean;
    heading: boolean;
    /** Inside a link or a heading, the element itself excluded. */
    inLink: boolean;
    inHeading: boolean;
  }
  const addTo = (own: Facts, sub: Facts): void => {
    own.chars += sub.chars;
    own.words += sub.words;
    own.linkChars += sub.linkChars;
    own.links += sub.links;
    own.shareLinks += sub.shareLinks;
    own.buttons += sub.buttons;
    own.headings += sub.headings;
    own.fields += sub.fields;
    own.headline ||= sub.headline;
  };
  // Children are summed before their parent (post-order).
  yield* walkTree<Level>(root, {
    enter(element, parent) {
      const inLink = parent?.link ?? false;
      const inHeading = parent?.heading ?? false;
      const tag = tagOf(element);
      const own: Facts = { ...NO_FACTS };
      if (tag === 'BUTTON' || element.getAttribute('role') === 'button') own.buttons++;
      if (tag === 'INPUT' || tag === 'TEXTAREA' || tag === 'SELECT') own.fields++;
      // A skipped element's facts are final at once.
      if (isSkipped(element)) {
        facts.set(element, own);
        if (parent) addTo(parent.own, own);
        return null;
      }
      const isLink = isPageLink(element);
      const isHeading = /^H[2-6]$/.test(tag);
      if (isLink) {
        own.links++;
        if (SHARE_LINK.test(element.getAttribute('href') ?? '')) own.shareLinks++;
      }
      if (isHeading) own.headings++;
      return {
        element,
        own,
        isLink,
        isHeading,
        link: inLink || isLink,
        heading: inHeading || isHeading,
        inLink,
        inHeading,
      };
    },
    node(child, level) {
      if (child.nodeType !== TEXT_NODE) return;
      const text = (child as Text).data.replace(/\s+/g, ' ');
      const trimmed = text.trim();
      if (trimmed === '') return;
      level.own.chars += text.length;
      level.own.words += trimmed.split(' ').length;
      if (level.link) level.own.linkChars += text.length;
    },
    exit(level, parent) {
      const { own, isLink, isHeading, inLink, inHeading } = level;
      if ((isLink && (inHeading || own.words >= MIN_HEADLINE_WORDS)) || (isHeading && (inLink || own.links > 0))) {
        own.headline = true;
      }
      facts.set(level.element, own);
      if (parent) addTo(parent.own, own);
    },
  });
  return facts;
}

export interface ClutterInput {
  index: PageIndex;
  article: PageArticle;
  units: readonly TextUnit[];
  /** What the page's shape set apart from the story (headline.ts): listed as they are, their prose and all. */
  others?: OtherStories;
}

/** What the clutter finder found: the items, and the candidates it did not list because they hold article text. */
export interface ClutterFound {
  items: DomClutter[];
  /** Candidates that looked like clutter of their kind but hold article text: never offered, never hidden. */
  spared: DomClutter[];
  /** Where the article's text is: the strip asks it again before hiding anything (saved kinds and blocks). */
  articleText: ArticleText;
}

export function* findClutterSteps(document: Document, input: ClutterInput): Steps<ClutterFound> {
  const { article } = input;
  const articleText = findArticleText(article, input.units);
  const body = document.body;
  if (!body) return { items: [], spared: [], articleText };
  // Elements that hold the article or one of its blocks: never clutter.
  const holders = new Set<Element>();
  for (let e: Element | null = article.root; e; e = parentOf(e)) holders.add(e);
  // ...nor one that holds the headline: hiding it would hide the title. The headline is the h1s and the element
  // that shows the page's title, which may be an h2 in a box with a promo class (Big-9 pages: headline,
  // standfirst and byline in one "promo" zone above the body).
  const headline = findHeadline(input.index, input.units);
  // The h1 of another story printed in full after this one (an endless page) is that story's title.
  const related = input.others?.related;
  const h1s = related?.size ? input.index.h1s.filter((h1) => !insideAny(related, h1)) : input.index.h1s;
  const titled = headline ? [...h1s, headline, ...standfirst(input, headline)] : h1s;
  for (const element of [...article.blocks.map((b) => b.element), ...titled]) {
    for (let e: Element | null = element; e && !holders.has(e); e = parentOf(e)) holders.add(e);
  }
  const blockElements = new Set(article.blocks.map((b) => b.element));
  const free = (element: Element): boolean => !holders.has(element) && !blockElements.has(element);

  // The article's blocks and what holds them, up to its root: the story's flow.
  const flow = new Set<Element>();
  for (const block of article.blocks) {
    for (let e: Element | null = block.element; e && !flow.has(e); e = parentOf(e)) {
      flow.add(e);
      if (e === article.root) break;
    }
  }
  /** Holds some of the story's blocks, or sits inside the root between two of them among its siblings (at the
   * nearest level that holds blocks). */
  const inFlow = (element: Element): boolean => {
    if (flow.has(element)) return true;
    if (!article.root.contains(element)) return false;
    let step: Element = element;
    for (let parent = parentOf(step); parent && !flow.has(parent); parent = parentOf(step)) step = parent;
    const holdsBlock = (from: Element | null, next: (e: Element) => Element | null): boolean => {
      for (let e = from; e; e = next(e)) if (flow.has(e)) return true;
      return false;
    };
    return (
      holdsBlock(step.previousElementSibling, (e) => e.previousElementSibling) &&
      holdsBlock(step.nextElementSibling, (e) => e.nextElementSibling)
    );
  };

  const facts = yield* gatherFacts(body);
  const factsOf = (element: Element): Facts => facts.get(element) ?? NO_FACTS;

  /**
   * A list of the story's own: in its flow, and right after a paragraph of it ("Here are a few examples:"). A
   * list of other stories in the body follows a heading or a label ("More:", "Related news") or opens its own box.
   */
  const storyList = (list: Element): boolean => {
    if (introduces(lineBefore(list))) return true;
    let at: Element = list;
    while (!at.previousElementSibling && at.parentElement && !flow.has(at.parentElement)) at = at.parentElement;
    const before = at.previousElementSibling;
    // The first thing in a box of the story, its paragraphs after it: a post that opens with its list of links.
    if (!before) {
      if (!at.parentElement || !flow.has(at.parentElement)) return false;
      for (let e = at.nextElementSibling; e; e = e.nextElementSibling) if (flow.has(e)) return true;
      return false;
    }
    if (!inFlow(list) || !flow.has(before)) return false;
    const last = article.blocks.findLast((block) => before === block.element || before.contains(block.element));
    return last?.kind === 'paragraph' && !HEADING.test(tagOf(last.element));
  };
  /**
   * A line of the story that introduces the list after it: in the story's box, not a heading, mostly its own
   * words, several of them, ending with a colon ("Other works I've reviewed:"). A label ("Related:", "More:") is
   * one or two words, and a list under it may still be other stories. Anywhere in the flow, the story's end too.
   */
  const introduces = (line: Element | null): boolean => {
    if (!line || !article.root.contains(line) || HEADING.test(tagOf(line))) return false;
    const facts = factsOf(line);
    if (facts.words < MIN_INTRO_WORDS || facts.linkChars * 2 > facts.chars) return false;
    return INTRO_END.test(visibleText(line));
  };
  /** The element just before `element` in the story's box, out of the wrappers that `element` opens. */
  const lineBefore = (element: Element): Element | null => {
    let at = element;
    for (let parent = at.parentElement; !at.previousElementSibling && parent && parent !== article.root; ) {
      if (!article.root.contains(parent)) return null;
      at = parent;
      parent = at.parentElement;
    }
    return at.previousElementSibling;
  };
  /** Lines of links one after another (each its own paragraph) that the story introduces, as a list would be. */
  const storyLines = (line: Element): boolean => {
    let first = line;
    for (
      let e = line.previousElementSibling;
      e && tagOf(e) === tagOf(line) && linkLine(e);
      e = e.previousElementSibling
    ) {
      first = e;
    }
    return introduces(lineBefore(first));
  };
  const linkLine = (line: Element): boolean => {
    const facts = factsOf(line);
    return facts.chars > 0 && facts.linkChars / facts.chars > MIN_LIST_LINK_DENSITY;
  };
  /** A heading of the story's sections, linked or not: the story's own paragraph comes right after it. */
  const sectionHeading = (line: Element): boolean => {
    const next = line.nextElementSibling;
    return HEADING.test(tagOf(line)) && next !== null && (blockElements.has(next) || flow.has(next));
  };

  const embeddedPost = (element: Element): boolean => {
    const facts = factsOf(element);
    return (
      inFlow(element) && facts.shareLinks < MIN_SHARE_LINKS && facts.chars - facts.linkChars >= MIN_EMBED_OWN_CHARS
    );
  };
  const pitches = new Set<Element>();
  const seeded = seedItems(
    input,
    free,
    factsOf,
    (line) => storyLines(line) || sectionHeading(line),
    storyList,
    pitches,
  );
  // Without related stories printed in full, the shape looked for no comments: they are looked for here.
  const others = input.others?.related.size ? input.others : datedItems(input.units, body);
  const shaped = shapedItems(others, free, factsOf);
  const holdsShaped = new Set<Element>();
  for (const element of shaped.keys()) {
    for (let e = element.parentElement; e && !holdsShaped.has(e); e = e.parentElement) holdsShaped.add(e);
  }
  const items: DomClutter[] = [];
  const spared: DomClutter[] = [];
  const listed = new Set<Element>();
  // A comment form or a sign-up form found by its fields: one item, and no prose of the story.
  const seededForm = (element: Element): boolean => {
    const kind = seeded.get(element);
    return (kind === 'comments' || kind === 'newsletter') && factsOf(element).fields > 0;
  };
  // A promo's one short paragraph is its pitch, as a card's is its teaser (and a sign-up box's, where it pitches).
  const covers = (kind: ClutterKind, element: Element): boolean =>
    !seededForm(element) &&
    articleText.covers(element, {
      card: factsOf(element).headline || kind === 'promo' || pitches.has(element),
      comments: kind === 'comments',
    });
  const spare = (kind: ClutterKind, element: Element): void => {
    // Kept once: a spared box's inner candidates are the same text.
    if (spared.some((s) => s.element.contains(element))) return;
    spared.push({ kind, element, text: visibleText(element).slice(0, CLUTTER_TEXT_CHARS) });
  };
  /** An item the page's shape set apart, listed as the shape says (its kind, its parts, whether a label). */
  const addShaped = (element: Element, other: ShapedItem): void => {
    const parts = others.parts.get(element)?.filter(free);
    const text = [element, ...(parts ?? [])].map(visibleText).join(' ').trim();
    listed.add(element);
    for (const part of parts ?? []) listed.add(part);
    if (text === '') return;
    const item: DomClutter = { kind: other.kind, element, text: text.slice(0, CLUTTER_TEXT_CHARS) };
    if (parts?.length) item.parts = parts;
    if (other.label) item.label = true;
    items.push(item);
  };
  const add = (kind: ClutterKind, element: Element): void => {
    const other = shaped.get(element);
    if (other) {
      addShaped(element, other);
      return;
    }
    if (covers(kind, element)) {
      spare(kind, element);
      return;
    }
    const text = visibleText(element);
    if (text === '') return;
    items.push({ kind, element, text: text.slice(0, CLUTTER_TEXT_CHARS) });
    listed.add(element);
  };

  /** A part of a comment section: a comment, whatever the page's shape made of it (a dated item, a teaser). */
  const addComment = (element: Element): void => {
    const other = shaped.get(element);
    if (other) addShaped(element, { ...other, kind: 'comments' });
    else add('comments', element);
  };

  // Each open element: whether it is inside site chrome. A child that is looked into is read in full before its
  // next sibling; the body itself is where the walk starts.
  yield* walkTree<boolean>(body, {
    enter(child, chrome) {
      if (chrome === undefined) return false;
      // Nothing inside a paragraph of the article is clutter (and hover cards there are hidden by CSS).
      if (isSkipped(child) || (blockElements.has(child) && PARAGRAPH_TAGS.has(tagOf(child)))) return null;
      // Listed already: a card of a group, the part of an item listed with its title.
      if (listed.has(child)) return null;
      const inChrome =
        chrome || CHROME_TAGS.has(tagOf(child)) || child.getAttribute('role') === 'navigation' || isChromeHint(child);
      if (free(child)) {
        // Set apart by the page's shape: other stories printed in full and readers' comments, which the body
        // ends before. Their prose is theirs, not the story's that the extractor missed.
        const other = shaped.get(child);
        if (other) {
          addShaped(child, other);
          return null;
        }
        const hinted = seeded.get(child) ?? hintKind(child);
        const found = hinted ?? (inChrome ? null : structureKind(child, factsOf));
        // A plain list of links in the story's own flow, between its paragraphs, is the story's (a changelog, a
        // reading list, a list of courses): related lists sit after or beside the body, or say what they are.
        if (found === 'list' && hinted === null && storyList(child)) {
          spare('related', child);
          return inChrome;
        }
        // A post embedded between the story's paragraphs (a quoted tweet in a "social" box) says something of its
        // own; a share bar is its buttons and a label.
        if (found === 'share' && hinted !== null && embeddedPost(child)) {
          spare('share', child);
          return inChrome;
        }
        const kind = found;
        if (kind === 'cards') {
          // The group's heading ("Related Articles") goes with its cards: hidden alone, they left it behind.
          const cards = cardsOf(child, factsOf);
          const heading = cardsHeading(child, cards);
          if (heading && free(heading) && !listed.has(heading)) add('related', heading);
          for (const card of cards) add('related', card);
          // Items the shape set apart beside the cards (the rest of a story printed with no wrapper) are looked for.
          return holdsShaped.has(child) ? inChrome : null;
        }
        if (kind === 'list') {
          // The list's heading ("Most read") and each headline on its own, so that every item carries its title.
          const heading = headingBefore(child);
          if (heading && free(heading) && !listed.has(heading)) add('related', heading);
          for (const item of child.children) if (tagOf(item) === 'LI') add('related', item);
          return null;
        }
        // (a comment form is one item, however many lines it prints)
        if (kind === 'comments' && !seededForm(child) && splitComments(child, addComment)) return null;
        if (kind && !covers(kind, child)) {
          add(kind, child);
          return null;
        }
        // A box that holds article text is not clutter as a whole: what is inside it may still be.
        if (kind) spare(kind, child);
      }
      return inChrome;
    },
  });
  return { items, spared, articleText };
}

type Found = ClutterKind | 'cards' | 'list';

/** An item the page's shape set apart: its kind, and whether it is the label over a run. */
interface ShapedItem {
  kind: ClutterKind;
  label: boolean;
}

/**
 * The items the page's shape set apart, each with its kind: a related story, or a dated item (a comment when it
 * reads as a post; a teaser when it carries a headline link or is a title and a time); and the label over each run ("Related Articles", "Comments": a short line
 * with no link just before the run's first item, or before the box that holds only the run).
 */
function shapedItems(
  others: OtherStories,
  free: (element: Element) => boolean,
  factsOf: (element: Element) => Facts,
): Map<Element, ShapedItem> {
  const kinds = new Map<Element, ShapedItem>();
  // The rest of an item printed with no wrapper is listed with its first element.
  const rest = new Set([...others.parts.values()].flat());
  const listed = (element: Element): boolean => free(element) && !rest.has(element);
  for (const element of others.related) if (listed(element)) kinds.set(element, { kind: 'related', label: false });
  for (const element of others.dated) {
    if (listed(element) && !kinds.has(element) && !others.labels.has(element)) {
      const parts = others.parts.get(element) ?? [];
      const headline = factsOf(element).headline || parts.some((part) => factsOf(part).headline);
      const comment = !headline && readsAsPost([element, ...parts].map(visibleText).join(' '));
      kinds.set(element, { kind: comment ? 'comments' : 'related', label: false });
    }
  }
  for (const [element, { kind }] of [...kinds]) {
    const previous = element.previousElementSibling;
    if (previous && (kinds.has(previous) || rest.has(previous))) continue;
    const parent = element.parentElement;
    const label =
      previous ?? (parent && [...parent.children].every((c) => kinds.has(c)) ? parent.previousElementSibling : null);
    if (label && !kinds.has(label) && free(label) && isRunLabel(label, factsOf))
      kinds.set(label, { kind, label: true });
  }
  // A run printed with no wrapper opens with its label, which headline.ts set apart with the run: it is of the
  // kind of the run's first item.
  for (const label of others.labels) {
    const first = label.nextElementSibling ? kinds.get(label.nextElementSibling) : undefined;
    const kind = kinds.get(label)?.kind ?? first?.kind;
    if (kind && listed(label)) kinds.set(label, { kind, label: true });
  }
  return kinds;
}

function insideAny(elements: ReadonlySet<Element>, element: Element): boolean {
  for (let e: Element | null = element; e; e = e.parentElement) if (elements.has(e)) return true;
  return false;
}

/**
 * A dated item says something of its own, as a reader's comment does: a sentence ends in it, or it runs long. A
 * list of teasers with their times (a video's title and length) is neither: other stories.
 */
function readsAsPost(text: string): boolean {
  return POST_SENTENCE_END.test(text) || text.split(/\s+/).length >= MIN_POST_WORDS;
}

/** A run's label: a short line with no link ("Read more", "التعليقات"). */
function isRunLabel(element: Element, factsOf: (element: Element) => Facts): boolean {
  const facts = factsOf(element);
  return facts.chars > 0 && facts.chars <= MAX_RUN_LABEL_CHARS && facts.links === 0;
}

/** Items found from inside: ad labels, comment and e-mail fields, pitches to the reader (kept in `pitches`),
 * link-only lines in the body. */
function seedItems(
  input: ClutterInput,
  free: (element: Element) => boolean,
  factsOf: (element: Element) => Facts,
  storyLine: (line: Element) => boolean,
  storyList: (list: Element) => boolean,
  pitches: Set<Element>,
): Map<Element, Found> {
  const growBox = (start: Element): Element => grow(start, free, factsOf);
  const seeded = new Map<Element, Found>();
  for (const unit of input.units) {
    if (AD_LABEL.test(unit.model.text)) {
      const label = unit.container;
      const start = label.parentElement && free(label.parentElement) ? label.parentElement : label;
      if (free(start)) seeded.set(growBox(start), 'ad');
    }
  }
  for (const field of input.index.textareas) {
    const start = field.closest('form') ?? field;
    if (!free(start)) continue;
    // ("Got a news tip? Send it to us", "Contact us": a form that writes to the newsroom is no reader's comment)
    const box = growBox(start);
    const text = box.textContent ?? '';
    seeded.set(box, CONTACT_FORM_WORDS.test(text) && !COMMENT_FORM_WORDS.test(text) ? 'other' : 'comments');
  }
  for (const field of input.index.emailInputs) {
    const start = field.closest('form') ?? field;
    // (a comment form asks for an e-mail address too, and says it is for comments or replies)
    const commentForm = start.querySelector('textarea') !== null && COMMENT_FORM_WORDS.test(start.textContent ?? '');
    if (free(start) && !commentForm) seeded.set(growBox(start), 'newsletter');
  }
  // A short pitch to the reader ("Try our app", "Get the briefing in your inbox"), mostly prose, in a box of its own
  // that holds no headline (a card's teaser may open with "Want to …?").
  for (const unit of input.units) {
    const text = unit.model.text;
    if (text.length > MAX_PITCH_CHARS || unit.linkChars * 2 > text.length || !CALL_TO_ACTION.test(text)) continue;
    if (!free(unit.container)) continue;
    // The box around the pitch, with its heading or button ("Newsletter", "Sign up"); not the prose beside it.
    const grown = growBox(unit.container);
    const box = factsOf(grown).chars - text.length > MAX_PITCH_LABEL_CHARS ? unit.container : grown;
    // (a box the page names by its class or role is of the kind it says, and its pitch is no story's prose)
    const hinted = hintKind(box);
    if (hinted === 'promo' || hinted === 'newsletter') pitches.add(box);
    if (seeded.has(box) || factsOf(box).headline || hinted !== null) continue;
    const newsletter = NEWSLETTER_PITCH.test(text) || factsOf(box).fields > 0;
    seeded.set(box, newsletter ? 'newsletter' : 'promo');
    pitches.add(box);
  }
  // A line in the body that is all link ("Read more: <headline>") points at another story.
  const root = input.article.root;
  for (const unit of input.units) {
    const length = unit.model.text.length;
    if (length === 0 || unit.linkChars / length <= MIN_LIST_LINK_DENSITY) continue;
    if (!unit.whole || !LINE_TAGS.has(tagOf(unit.container))) continue;
    if (!root.contains(unit.container) || !free(unit.container)) continue;
    // A sentence of the story with links in it is not a "Read more" line, nor is a line of several links.
    if (isSentenceLine(unit.model.text, unit.linkChars) || linkInSentence(unit.container)) continue;
    // A contents entry (a link to a place on this page), a cited address, a section's heading or a line of a run
    // the story introduces is the story's, not a pointer to another story.
    if (onlyInPageLinks(unit.container) || citesAddress(unit.container) || storyLine(unit.container)) continue;
    if (STANDFIRST_END.test(unit.model.text) && unit.model.text.split(' ').length >= MIN_SENTENCE_LINE_WORDS) continue;
    // An item of a list in the story's flow is a line of the story's list, not a pointer to another story.
    const container = unit.container;
    const item = tagOf(container) === 'LI' ? container : container.parentElement;
    const list = item && tagOf(item) === 'LI' ? item.parentElement : null;
    if (list && storyList(list)) continue;
    if (factsOf(unit.container).links > MAX_POINTER_LINKS) continue;
    if (unit.model.text.split(' ').length >= MIN_HEADLINE_WORDS) seeded.set(unit.container, 'related');
  }
  return seeded;
}

/**
 * The lines between the headline and the body that read as sentences: the standfirst (and a dateline), which a
 * page may mark up as a "teaser" or put in a promo box with the headline (Big-9 pages). Link-poor, ending like
 * a sentence, within a few lines of the headline.
 */
function standfirst(input: ClutterInput, headline: Element): Element[] {
  const { units, article } = input;
  const first = article.blocks[0]?.element;
  const start = units.findIndex((unit) => unit.container === headline || headline.contains(unit.container));
  if (start < 0 || !first) return [];
  const lines: Element[] = [];
  for (let i = start + 1; i < units.length && i <= start + MAX_STANDFIRST_GAP_UNITS; i++) {
    const unit = units[i] as TextUnit;
    if (unit.container === first) break;
    const text = unit.model.text;
    if (text.length < MIN_STANDFIRST_CHARS || unit.linkChars > text.length * MAX_STANDFIRST_LINK_SHARE) continue;
    if (STANDFIRST_END.test(text)) lines.push(unit.container);
  }
  return lines;
}

/** A link to another page: an anchor to a place on this page ("#section-2", a table of contents) is not one. */
function isPageLink(element: Element): boolean {
  if (tagOf(element) !== 'A') return false;
  const href = element.getAttribute('href');
  return href !== null && !href.trim().startsWith('#');
}

/** Every link in the element points to a place on this page: a table of contents, never another story. */
function onlyInPageLinks(element: Element): boolean {
  const links = [...element.querySelectorAll('a[href]')];
  return links.length > 0 && links.every((link) => !isPageLink(link));
}

/** Every link of the element shows a web address as its text: a source cited, not a headline of another story. */
function citesAddress(element: Element): boolean {
  const links = [...element.querySelectorAll('a[href]')];
  return links.length > 0 && links.every((link) => WEB_ADDRESS.test((link.textContent ?? '').trim()));
}

/**
 * A line whose links sit inside its sentence, as a story's lines and references do and headlines do not: its own
 * words come before the first link and after the last one ("Kim <a>has threatened to strike</a> the island",
 * "Lee J. <a>A trial of …</a>. Lancet. 2019"), or the sentence runs on right after the last link, in the same
 * text ("<a>Boosted sign-ups by 40%</a> for a bakery", "…of <a>increased debt</a>."). A "Read more: <headline>"
 * line ends in its link; a card's source or time after it is an element of its own or a note in brackets.
 */
function linkInSentence(container: Element): boolean {
  let before = '';
  let lastLink: Element | null = null;
  walkTreeNow<boolean>(container, {
    enter(child, inLink) {
      if (inLink === undefined) return false;
      if (isSkipped(child)) return null;
      if (inLink) return true;
      if (isPageLink(child)) {
        lastLink = child;
        return true;
      }
      return false;
    },
    node(child, inLink) {
      if (child.nodeType === TEXT_NODE && !inLink && lastLink === null) before += (child as Text).data;
    },
  });
  if (lastLink === null) return false;
  const tail = textRightAfter(lastLink, container);
  if (RUNS_ON.test(tail)) return true;
  return WORDY.test(before) && (WORDY.test(tail.replace(BRACKETED, '')) || SENTENCE_AFTER_LINK.test(tail));
}

/**
 * The text that follows `link` in its own line of text: the text nodes after it (or after the elements that end
 * with it), up to the first element. "" when an element comes first ("<a>…</a> <span>2 hours ago</span>").
 */
function textRightAfter(link: Element, container: Element): string {
  let text = '';
  for (let at: Node = link; at !== container; ) {
    const next: ChildNode | null = at.nextSibling;
    if (next === null) {
      const parent = at.parentNode;
      if (!parent || parent === container || text.trim() !== '') break;
      at = parent;
      continue;
    }
    if (next.nodeType !== TEXT_NODE) break;
    text += (next as Text).data;
    at = next;
  }
  return text.trim() === '' ? '' : text;
}

/**
 * The smallest box around `start` that still reads as one thing: grow while the parent adds little text and
 * no links (a rail that holds an ad slot and a list of headlines is two things).
 */
function grow(start: Element, free: (element: Element) => boolean, factsOf: (element: Element) => Facts): Element {
  let box = start;
  for (let parent = box.parentElement; parent && free(parent); parent = parent.parentElement) {
    const tag = tagOf(parent);
    if (tag === 'BODY' || tag === 'MAIN' || tag === 'HTML') break;
    const inner = factsOf(box);
    const outer = factsOf(parent);
    if (outer.chars > inner.chars + BOX_SLACK_CHARS || outer.chars > MAX_BOX_CHARS) break;
    if (outer.links > inner.links) break;
    box = parent;
  }
  return box;
}

function isChromeHint(element: Element): boolean {
  const cls = element.getAttribute('class');
  return cls !== null && CHROME_HINT.test(cls.toLowerCase());
}

function hintKind(element: Element): ClutterKind | null {
  const anchor = ownWordsId(element);
  const sig = anchor ? signature(element).replace(anchor, '') : signature(element);
  if (sig.trim() === '') return null;
  for (const [kind, pattern] of CLUTTER_HINTS) if (pattern.test(sig)) return kind;
  return null;
}

/**
 * The element's id when it is made of the element's own words: an anchor such as a heading's
 * "how-to-start-a-social-club-for-ferry-fans" names its text, not what the box is ("social" is no share bar).
 */
function ownWordsId(element: Element): string | null {
  const id = element.getAttribute('id')?.toLowerCase();
  if (!id) return null;
  const words = id.split(/[^\p{L}\p{N}]+/u).filter((w) => w !== '');
  if (words.length < MIN_ID_WORDS) return null;
  const text = ` ${(element.textContent ?? '')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .join(' ')} `;
  return words.every((w) => text.includes(` ${w} `)) ? id : null;
}

function structureKind(element: Element, factsOf: (element: Element) => Facts): Found | null {
  const tag = tagOf(element);
  if (tag === 'UL' || tag === 'OL') return isHeadlineList(element, factsOf) ? 'list' : null;
  const facts = factsOf(element);
  if (facts.headline && cardsOf(element, factsOf).length >= MIN_CARDS) return 'cards';
  // A share bar is small: a box that also holds stories and widgets is looked into instead, and so is a box with
  // more than a label beside its share bar (a byline and a date: hidden with the buttons, they went as "share").
  if (facts.shareLinks >= MIN_SHARE_LINKS && !facts.headline) {
    const bar = [...element.children].find((child) => factsOf(child).shareLinks >= MIN_SHARE_LINKS);
    return bar && facts.chars - factsOf(bar).chars > MAX_SHARE_LABEL_CHARS ? null : 'share';
  }
  // A heading and at least two buttons, little text, no form fields: "Try our app", "Ask the AI".
  if (facts.headings > 0 && facts.fields === 0 && facts.buttons >= MIN_PROMO_BUTTONS && facts.chars <= MAX_BOX_CHARS) {
    return 'promo';
  }
  return null;
}

/** A list whose items are headlines: mostly link text, several words each. */
function isHeadlineList(list: Element, factsOf: (element: Element) => Facts): boolean {
  const items = [...list.children].filter((c) => tagOf(c) === 'LI');
  if (items.length < MIN_CARDS) return false;
  // A menu nests lists in its items; a list of headlines does not.
  if (items.some((item) => item.querySelector('ul, ol') !== null)) return false;
  // References and lines of prose carry their links inside a sentence; headlines are the link.
  if (items.filter(linkInSentence).length >= items.length * MIN_PROSE_ITEM_SHARE) return false;
  let words = 0;
  let text = 0;
  let linkText = 0;
  for (const item of items) {
    const facts = factsOf(item);
    text += facts.chars;
    words += facts.words;
    linkText += facts.linkChars;
  }
  return text > 0 && linkText / text >= MIN_LIST_LINK_DENSITY && words / items.length >= MIN_HEADLINE_WORDS;
}

/** Children that look alike (same tag and class) and each carry a headline link: story cards. */
function cardsOf(element: Element, factsOf: (element: Element) => Facts): Element[] {
  const groups = new Map<string, Element[]>();
  for (let child = element.firstElementChild; child; child = child.nextElementSibling) {
    if (!factsOf(child).headline) continue;
    // Tag and first class: cards of one list differ in modifiers ("views-row views-row-1 views-row-odd").
    const key = `${tagOf(child)}.${(child.getAttribute('class') ?? '').trim().split(/\s+/)[0] ?? ''}`;
    const group = groups.get(key);
    if (group) group.push(child);
    else groups.set(key, [child]);
  }
  let best: Element[] = [];
  for (const group of groups.values()) if (group.length > best.length) best = group;
  return best.length >= MIN_CARDS ? best : [];
}

function headingBefore(element: Element): Element | null {
  const previous = element.previousElementSibling;
  return previous && HEADING.test(tagOf(previous)) ? previous : null;
}

/**
 * The heading of a group of cards: a heading element just before the first card (inside the group's box), or
 * just before the box. Only a heading element: never a paragraph, so never article text.
 */
function cardsHeading(box: Element, cards: readonly Element[]): Element | null {
  const first = cards[0];
  return (first ? headingBefore(first) : null) ?? headingBefore(box);
}

/**
 * A comment section with a list of comments is listed comment by comment (and its heading and reply form
 * apart), so that each reader comment is its own item. The list is an <ol> or a <ul>, or else the first element
 * from the section down whose children repeat one shape (the same tag and class) twice or more, as a thread of
 * <div class="comment">s does. False when there is no list to split.
 */
function splitComments(section: Element, add: (part: Element) => void): boolean {
  const list = commentList(section);
  if (!list) return false;
  if (list === section) {
    for (const child of section.children) if (!isSkipped(child)) add(child);
    return true;
  }
  const parts: Element[] = [];
  // Down the path to the list: at each level, what is beside the path is a part, and the list's items are parts.
  walkTreeNow<true>(section, {
    enter(child, parent) {
      if (parent === undefined) return true;
      if (isSkipped(child)) return null;
      if (child === list) {
        for (const item of list.children) parts.push(item);
        return null;
      }
      if (child.contains(list)) return true;
      parts.push(child);
      return null;
    },
  });
  for (const part of parts) add(part);
  return true;
}

/** The comment section's list of comments (see splitComments), or null. */
function commentList(section: Element): Element | null {
  const list = section.querySelector('ol, ul');
  if (list && list.children.length > 0) return list;
  // Breadth-first: the nearest element to the section whose children repeat a shape.
  const queue: Element[] = [section];
  for (let i = 0; i < queue.length && i < MAX_COMMENT_LIST_LOOKS; i++) {
    const element = queue[i] as Element;
    const shapes = new Map<string, number>();
    for (const child of element.children) {
      // (a comment is a box that holds a name, a time and some words: not a menu's options, not an icon, not one
      // comment's paragraphs)
      if (!COMMENT_BOX_TAGS.has(tagOf(child)) || (child.textContent?.trim().length ?? 0) < MIN_COMMENT_CHARS) {
        continue;
      }
      const shape = `${tagOf(child)}.${child.getAttribute('class') ?? ''}`;
      const count = (shapes.get(shape) ?? 0) + 1;
      if (count >= MIN_COMMENTS_TO_SPLIT && !HEADING.test(tagOf(child))) return element;
      shapes.set(shape, count);
      queue.push(child);
    }
  }
  return null;
}
