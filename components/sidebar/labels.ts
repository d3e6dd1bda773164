// The on-page UI's words, from the locale files (utils/i18n.ts): category, clutter and number kind names, the
// joiners between parts of a line (", " is "، " in Arabic), the line shown instead of "0 sources", and the
// direction the UI is laid out in. Every string a reader sees on the page comes through here or through t()/tp();
// tests/components/onpage-literals.test.tsx fails on a component that renders one of its own.
import type {
  AttributionKind,
  AttributionSupport,
  ClutterKind,
  NumberKind,
  SourceCategory,
} from '@/utils/analysis/types';
import { languageDirection, type MessageKey, messagesDirection, messagesLocale, t } from '@/utils/i18n';
import { languageName } from '@/utils/language-name';

const CATEGORY_KEYS: Readonly<Record<SourceCategory, MessageKey>> = {
  government: 'categoryGovernment',
  'military-security': 'categoryMilitarySecurity',
  expert: 'categoryExpert',
  organization: 'categoryOrganization',
  media: 'categoryMedia',
  other: 'categoryOther',
};

const CLUTTER_KEYS: Readonly<Record<ClutterKind, MessageKey>> = {
  related: 'stripKindRelated',
  promo: 'stripKindPromo',
  comments: 'stripKindComments',
  ad: 'stripKindAd',
  newsletter: 'stripKindNewsletter',
  share: 'stripKindShare',
  other: 'stripKindOther',
};

const NUMBER_KIND_KEYS: Readonly<Record<NumberKind, MessageKey>> = {
  count: 'numberKindShortCount',
  money: 'numberKindShortMoney',
  percent: 'numberKindShortPercent',
  fraction: 'numberKindShortFraction',
  range: 'numberKindShortRange',
  duration: 'numberKindShortDuration',
  date: 'numberKindShortDate',
  time: 'numberKindShortTime',
  age: 'numberKindShortAge',
  ordinal: 'numberKindShortOrdinal',
  other: 'numberKindShortOther',
};

const CUE_KIND_KEYS: Readonly<Record<AttributionKind, MessageKey>> = {
  speech: 'cueKindSpeech',
  belief: 'cueKindBelief',
  intention: 'cueKindIntention',
  stance: 'cueKindStance',
};

export const categoryLabel = (category: SourceCategory): string => t(CATEGORY_KEYS[category]);
export const clutterLabel = (kind: ClutterKind): string => t(CLUTTER_KEYS[kind]);
export const numberKindLabel = (kind: NumberKind): string => t(NUMBER_KIND_KEYS[kind]);
/** What a claim's cue reports: "speech", "belief or estimate", "intention", "position taken". */
export const cueKindLabel = (kind: AttributionKind): string => t(CUE_KIND_KEYS[kind]);

/** "spokesman · named · Government": the parts that are there, joined the way the language joins them. */
export function joinMeta(parts: readonly (string | null | undefined)[]): string {
  return parts.filter((p): p is string => Boolean(p)).reduce((line, part) => t('onPageMetaJoin', line, part));
}

/** "‘A’, ‘B’, ‘C’" with the language's comma. */
export function joinList(items: readonly string[]): string {
  return items.length === 0 ? '' : items.reduce((list, item) => t('onPageListJoin', list, item));
}

/**
 * A message with one part set apart (bold, a link): `around(key => t(key, …, MARK, …))` gives the text before
 * and after the part, wherever the language puts it ("4 sources, …" in English, after a comma in another).
 * A character from Unicode's private use area, never in a message.
 */
export const PART_MARK = '\uE000';
export function splitAtPart(text: string): [before: string, after: string] {
  const at = text.indexOf(PART_MARK);
  return at < 0 ? [text, ''] : [text.slice(0, at), text.slice(at + PART_MARK.length)];
}

/** The line shown instead of "0 sources" in the reader's language, or null when claims and sources are looked
 * for. The language is named in the language of the messages ("Arabic", "العربية"). */
export function attributionUnavailable(support: AttributionSupport): string | null {
  if (support.available) return null;
  const name = languageName(support.language, messagesLocale());
  return name === null ? t('onPageAttributionUnavailableUnknown') : t('onPageAttributionUnavailable', name);
}

/**
 * The UI's two directions. Its words are laid out in the direction of the messages shown (`text`); the panels
 * sit at the end of the page's lines (`page`), so that the launcher and the sidebar never cover where a line
 * starts: on the right of a left-to-right page, on the left of a right-to-left one (the sidebar's push,
 * utils/marks/page-push.ts, is a margin at the end of <html>'s lines, the same side). The page's direction is
 * <html>'s as the browser lays it out (its dir, or a page rule); where that cannot be read (no layout), its
 * dir attribute, else the article's language (as the engine told it from its declaration and letters, else as
 * declared); without any, the reader's own.
 */
export function uiDirections(
  support: AttributionSupport,
  declared: string | null | undefined,
  doc: Document | null = typeof document === 'undefined' ? null : document,
) {
  const text = messagesDirection();
  const page = laidOutDirection(doc) ?? languageDirection(support.language) ?? languageDirection(declared) ?? text;
  return { text, page, lang: messagesLocale() };
}

function laidOutDirection(doc: Document | null): 'ltr' | 'rtl' | null {
  const root = doc?.documentElement;
  if (!root) return null;
  const computed = doc.defaultView?.getComputedStyle(root).direction;
  if (computed === 'rtl' || computed === 'ltr') return computed;
  const declared = root.getAttribute('dir')?.toLowerCase();
  return declared === 'rtl' || declared === 'ltr' ? declared : null;
}
