// Every string the reader sees goes through here: browser.i18n with the keys of the English messages file as
// a type, so a missing or misspelt key fails the type check instead of showing a blank.
import { browser } from 'wxt/browser';

type Messages = typeof import('../public/_locales/en/messages.json');
export type MessageKey = keyof Messages;

/**
 * A message counted with plural rules is one key per plural category of the locale: `launcherSources_one`,
 * `launcherSources_other` in English; Arabic also has `_zero`, `_two`, `_few` and `_many`
 * (Intl.PluralRules('ar')). The English file decides which bases exist; tests/i18n.test.ts checks that every
 * locale has every category its language uses.
 */
export type PluralKey = MessageKey extends infer K ? (K extends `${infer Base}_other` ? Base : never) : never;

/** The message for `name` as the browser has it, '' when it has none (or outside an extension). */
function message(name: string, substitutions: readonly string[]): string {
  try {
    // WXT also types getMessage from the messages file, but only as of its last `wxt prepare`; the key type
    // above reads the file itself, so it is never behind.
    const getMessage = browser.i18n.getMessage.bind(browser.i18n) as (name: string, subs?: string[]) => string;
    return getMessage(name, [...substitutions]) ?? '';
  } catch {
    // Outside an extension (unit tests without a stub).
    return '';
  }
}

/** The message for `key`, with $1…$9 filled from `substitutions`; the key itself if the browser has none. */
export function t(key: MessageKey, ...substitutions: string[]): string {
  return message(key, substitutions) || key;
}

/** One Intl.PluralRules per locale shown: building one costs more than a lookup. */
const pluralRules = new Map<string, Intl.PluralRules>();

/**
 * The message counting `count` things, in the plural form the shown messages' language uses for it ("1 source",
 * "4 sources"; Arabic has six forms). $1 is the count; `substitutions` fill $2…$9. Falls back to the `_other`
 * form when a locale lacks the form (then to the key).
 */
export function tp(base: PluralKey, count: number, ...substitutions: string[]): string {
  const locale = messagesLocale();
  let rules = pluralRules.get(locale);
  if (!rules) {
    rules = new Intl.PluralRules(locale);
    pluralRules.set(locale, rules);
  }
  const subs = [String(count), ...substitutions];
  return message(`${base}_${rules.select(count)}`, subs) || t(`${base}_other` as MessageKey, ...subs);
}

/** The language code of the messages shown ("en", "ar"): the browser falls back to English when it has none for
 * its UI language. */
export function messagesLocale(): string {
  return message('localeCode', []) || 'en';
}

/** The direction of the browser's UI language ("rtl" for Arabic, Hebrew, Persian…). */
export function uiDirection(): 'ltr' | 'rtl' {
  try {
    return browser.i18n.getMessage('@@bidi_dir') === 'rtl' ? 'rtl' : 'ltr';
  } catch {
    return 'ltr';
  }
}

/** The base language of a locale code: "ar" for "ar-EG" or "ar_EG". */
function baseLanguage(locale: string): string {
  return locale.split(/[-_]/)[0]?.toLowerCase() ?? '';
}

/** Languages written right to left, for when @@bidi_dir does not say (Chromium's headless mode reports "ltr"
 * for an Arabic UI). */
const RTL_LANGUAGES = new Set(['ar', 'he', 'fa', 'ur', 'ps', 'yi', 'dv', 'ckb', 'sd', 'ug']);

/** The direction a language is written in ("rtl" for "ar", "ar-EG", "he"…), or null when the code is empty. */
export function languageDirection(code: string | null | undefined): 'ltr' | 'rtl' | null {
  if (!code) return null;
  return RTL_LANGUAGES.has(baseLanguage(code)) ? 'rtl' : 'ltr';
}

/**
 * The direction of the messages shown. @@bidi_dir follows the browser's UI language, so it counts only when the
 * messages shown are in that language: an English fallback on a Hebrew or Persian browser is laid out left to
 * right, with its punctuation at the right end.
 */
export function messagesDirection(): 'ltr' | 'rtl' {
  const shown = messagesLocale();
  let uiLanguage = '';
  try {
    uiLanguage = browser.i18n.getUILanguage();
  } catch {
    // Outside an extension.
  }
  const sameLanguage = baseLanguage(uiLanguage) === baseLanguage(shown);
  return RTL_LANGUAGES.has(baseLanguage(shown)) || (sameLanguage && uiDirection() === 'rtl') ? 'rtl' : 'ltr';
}

/**
 * Sets the page's lang and dir to those of the messages actually shown. The browser picks our messages for its
 * UI language when we have them (en, ar) and falls back to English otherwise; @@bidi_dir follows the UI
 * language, so it counts only when the messages shown are in that language. Otherwise an English fallback
 * would be laid out right to left on a Hebrew or Persian browser, with its punctuation at the wrong end.
 */
export function applyUiLanguage(root: HTMLElement = document.documentElement): void {
  const shown = t('localeCode');
  if (shown === 'localeCode') return; // no messages at all: keep what the HTML file declares
  root.lang = shown;
  root.dir = messagesDirection();
}
