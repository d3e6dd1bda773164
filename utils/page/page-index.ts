// One walk over the whole document that collects what metadata, the article decision and the clutter finder
// look up (meta tags, JSON-LD, h1s, microdata, times, form fields): linkedom's querySelector walks the whole
// tree on every call, and a page needs dozens of such look-ups.
import { complete, type Steps } from '../analysis/steps';
import { tagOf, walkElements } from './dom';
import { type JsonObject, parseJsonLd } from './json-ld';

export interface PageIndex {
  /** meta content by lower-cased property or name (the first one wins), and http-equiv. */
  metas: Map<string, string>;
  /** The text of <title>. */
  title: string;
  jsonLd: JsonObject[];
  h1s: Element[];
  /** Elements with an itemprop, by each lower-cased property they carry. */
  itemprops: Map<string, Element[]>;
  /** <time datetime> elements. */
  times: Element[];
  textareas: Element[];
  emailInputs: Element[];
  /**
   * The titles that the page's share links carry ("…/submit?url=…&title=Headline"), each with how many links
   * carry it: the article's title on pages whose <title> is only the site's name.
   */
  shareTitles: Map<string, number>;
  /**
   * The texts of the links to the site's home page ("/", the bare address of a site), in lower case: the site's
   * name as its banner prints it ("The Harbour Courier" over every page), never the article's headline.
   */
  homeNames: Set<string>;
}

/** A link whose address carries a title: the parameters share and bookmarking links name it by. */
const TITLE_PARAMETER = /[?&](?:title|t|headline)=[^&]/i;
/** A title is a few words: a shorter value is an id or a code ("t=1"), a longer one a page's text. */
const MIN_SHARE_TITLE_WORDS = 2;
const MAX_SHARE_TITLE_CHARS = 300;

/** A parameter's value that is a page's address: what a share link shares. */
const AN_ADDRESS = /^(?:https?:\/\/|www\.)/i;
/** A link to a site's home page: "/", "./", "index.html", or an address with no path. */
const HOME_LINK = /^(?:\.?\/|\/?index\.html?|https?:\/\/[^/?#]+\/?)$/i;
/** A site's name is a short line: a longer link text is something else (a headline that links home). */
const MAX_HOME_NAME_CHARS = 60;

/**
 * The title a share link's address carries, or null: the link also carries a page's address ("submit?url=…&
 * title=…"), which a link to a topic or a search ("?t=Harlow+Council") does not.
 */
export function shareTitle(href: string): string | null {
  if (!TITLE_PARAMETER.test(href)) return null;
  const query = href.slice(href.indexOf('?') + 1).replace(/#.*/s, '');
  const parameters = new URLSearchParams(query);
  const value = parameters.get('title') ?? parameters.get('headline') ?? parameters.get('t');
  if (value === null || ![...parameters.values()].some((v) => AN_ADDRESS.test(v))) return null;
  // Some pages put markup in it ("<i>Title</i> of the film").
  const text = value
    .replace(/<[^>]*>/g, '')
    .replace(/\s+/g, ' ')
    .trim();
  if (text.length > MAX_SHARE_TITLE_CHARS || text.split(' ').length < MIN_SHARE_TITLE_WORDS) return null;
  return text;
}

/** A name as homeNames holds it: its words, in lower case. */
export function siteNameKey(text: string): string {
  return text.replace(/\s+/g, ' ').trim().toLowerCase();
}

export function indexPage(document: Document): PageIndex {
  return complete(indexPageSteps(document));
}

export function* indexPageSteps(document: Document): Steps<PageIndex> {
  const index: PageIndex = {
    metas: new Map(),
    title: '',
    jsonLd: [],
    h1s: [],
    itemprops: new Map(),
    times: [],
    textareas: [],
    emailInputs: [],
    shareTitles: new Map(),
    homeNames: new Set(),
  };
  const root = document.documentElement;
  if (!root) return index;
  // Returns false for the elements whose descendants are not looked at.
  const visit = (element: Element): boolean => {
    const tag = tagOf(element);
    switch (tag) {
      case 'META': {
        const content = element.getAttribute('content')?.trim();
        const key =
          element.getAttribute('property') ?? element.getAttribute('name') ?? element.getAttribute('http-equiv');
        if (content && key && !index.metas.has(key.toLowerCase())) index.metas.set(key.toLowerCase(), content);
        break;
      }
      case 'TITLE':
        if (index.title === '') index.title = element.textContent ?? '';
        break;
      case 'SCRIPT':
        if (element.getAttribute('type')?.toLowerCase() === 'application/ld+json') {
          index.jsonLd.push(...parseJsonLd(element.textContent ?? ''));
        }
        return false;
      case 'H1':
        index.h1s.push(element);
        break;
      case 'A': {
        const href = element.getAttribute('href') ?? '';
        const title = shareTitle(href);
        if (title !== null) index.shareTitles.set(title, (index.shareTitles.get(title) ?? 0) + 1);
        if (HOME_LINK.test(href.trim())) {
          const name = siteNameKey(element.textContent ?? '');
          if (name !== '' && name.length <= MAX_HOME_NAME_CHARS) index.homeNames.add(name);
        }
        break;
      }
      case 'TIME':
        if (element.hasAttribute('datetime')) index.times.push(element);
        break;
      case 'TEXTAREA':
        index.textareas.push(element);
        break;
      case 'INPUT':
        if (element.getAttribute('type')?.toLowerCase() === 'email') index.emailInputs.push(element);
        break;
      case 'STYLE':
      case 'SVG':
        return false;
    }
    const itemprop = element.getAttribute('itemprop');
    if (itemprop) {
      for (const prop of itemprop.toLowerCase().split(/\s+/)) {
        const list = index.itemprops.get(prop);
        if (list) list.push(element);
        else index.itemprops.set(prop, [element]);
      }
    }
    return true;
  };
  yield* walkElements(root, visit);
  return index;
}
