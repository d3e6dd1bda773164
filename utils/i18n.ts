// Every string the reader sees goes through here: browser.i18n with the keys of the English messages file as
// a type, so a missing or misspelt key fails the type check instead of showing a blank.
import { browser } from 'wxt/browser';

type Messages = typeof import('../public/_locales/en/messages.json');
export type MessageKey = keyof Messages;

/** The message for `key`, with $1…$9 filled from `substitutions`; the key itself if the browser has none. */
export function t(key: MessageKey, ...substitutions: string[]): string {
  let text = '';
  try {
    text = browser.i18n.getMessage(key, substitutions);
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

/** Sets the page's lang and dir from the browser's UI language, so that layouts mirror for right-to-left. */
export function applyUiLanguage(root: HTMLElement = document.documentElement): void {
  root.dir = uiDirection();
  try {
    const locale = browser.i18n.getUILanguage();
    if (locale) root.lang = locale;
  } catch {
    // Keep the lang the HTML file declares.
  }
}
