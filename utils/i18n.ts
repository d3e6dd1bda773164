// Every string the reader sees goes through here: browser.i18n with the keys of the English messages file as
// a type, so a missing or misspelt key fails the type check instead of showing a blank.
import { browser } from 'wxt/browser';

type Messages = typeof import('../public/_locales/en/messages.json');
export type MessageKey = keyof Messages;

/** The message for `key`, with $1…$9 filled from `substitutions`; the key itself if the browser has none. */
export function t(key: MessageKey, ...substitutions: string[]): string {
  let text = '';
  try {
    // WXT also types getMessage from the messages file, but only as of its last `wxt prepare`; the key type
    // above reads the file itself, so it is never behind.
    const getMessage = browser.i18n.getMessage.bind(browser.i18n) as (name: string, subs?: string[]) => string;
    text = getMessage(key, substitutions);
  } catch {
    // Outside an extension (unit tests without a stub): fall through to the key.
  }
  return text || key;
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

/**
 * Sets the page's lang and dir to those of the messages actually shown. The browser picks our messages for its
 * UI language when we have them (en, ar) and falls back to English otherwise; @@bidi_dir follows the UI
 * language, so it counts only when the messages shown are in that language. Otherwise an English fallback
 * would be laid out right to left on a Hebrew or Persian browser, with its punctuation at the wrong end.
 */
export function applyUiLanguage(root: HTMLElement = document.documentElement): void {
  const shown = t('localeCode');
  if (shown === 'localeCode') return; // no messages at all: keep what the HTML file declares
  let uiLanguage = '';
  try {
    uiLanguage = browser.i18n.getUILanguage();
  } catch {
    // Outside an extension.
  }
  const sameLanguage = baseLanguage(uiLanguage) === baseLanguage(shown);
  const rtl = RTL_LANGUAGES.has(baseLanguage(shown)) || (sameLanguage && uiDirection() === 'rtl');
  root.lang = shown;
  root.dir = rtl ? 'rtl' : 'ltr';
}
