// What the reader is told on an article in a language the claim and source rules are not written for
// (utils/analysis/language.ts): the language by its name, never "0 sources". Pure: the sidebar, the popup and
// the CLI share it.
import type { AttributionSupport } from './analysis/types';

/** Said when the article's language could not be told at all. */
const UNKNOWN_LANGUAGE = 'this language';

/** "Arabic" for "ar", "Korean" for "ko", named in `uiLocale`; null when the browser has no name for the code. */
export function languageName(code: string | null, uiLocale = 'en'): string | null {
  if (!code) return null;
  try {
    const name = new Intl.DisplayNames([uiLocale], { type: 'language' }).of(code);
    return name && name.toLowerCase() !== code.toLowerCase() ? name : null;
  } catch {
    // An invalid code or a runtime without DisplayNames
    return null;
  }
}

/** The English line for the sidebar, the launcher and the CLI, or null when claims and sources are looked for. */
export function attributionUnavailableText(support: AttributionSupport): string | null {
  if (support.available) return null;
  return `Claims and sources are not available for ${languageName(support.language) ?? UNKNOWN_LANGUAGE} yet`;
}
