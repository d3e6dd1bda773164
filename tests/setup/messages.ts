// browser.i18n as the browsers give it, from one of our locale files: every unit test starts with the English
// messages (what the components show in an English browser); a test may switch to another locale (useMessages).
import { beforeEach, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import en from '../../public/_locales/en/messages.json';

export interface MessageEntry {
  message: string;
  placeholders?: Record<string, { content: string }>;
}
export type MessagesFile = Record<string, MessageEntry | undefined>;

/** getMessage for `messages` as the browsers do it: named placeholders → $1…$9 → substitutions, $$ → $. */
export function messageOf(messages: MessagesFile, key: string, substitutions: string | string[] = []): string {
  const entry = messages[key];
  if (!entry) return '';
  const subs = typeof substitutions === 'string' ? [substitutions] : substitutions;
  return entry.message
    .replace(/\$([a-z0-9_@]+)\$/gi, (_, name: string) => {
      const content = entry.placeholders?.[name.toLowerCase()]?.content ?? '';
      return content.replace(/\$(\d)/g, (__, n: string) => subs[Number(n) - 1] ?? '');
    })
    .replace(/\$\$/g, '$');
}

/** From now on browser.i18n answers from `messages`, for a browser whose UI language is `uiLanguage`. */
export function useMessages(
  messages: MessagesFile,
  uiLanguage: string,
  bidiDir: 'ltr' | 'rtl' = 'ltr',
  lookup: (key: string, subs: string[]) => string = (key, subs) => messageOf(messages, key, subs),
): void {
  vi.spyOn(fakeBrowser.i18n, 'getMessage').mockImplementation(((key: string, subs?: string | string[]) =>
    key === '@@bidi_dir'
      ? bidiDir
      : lookup(key, typeof subs === 'string' ? [subs] : (subs ?? []))) as typeof fakeBrowser.i18n.getMessage);
  vi.spyOn(fakeBrowser.i18n, 'getUILanguage').mockReturnValue(uiLanguage);
}

beforeEach(() => {
  useMessages(en as MessagesFile, 'en');
});
