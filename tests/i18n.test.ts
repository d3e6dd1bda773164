// The locale files: every locale has every English key, in every plural form its language uses
// (Intl.PluralRules), with the same placeholders; an Arabic message is written in Arabic. And t()/tp() pick the
// plural form the shown language uses for a count.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { t, tp } from '../utils/i18n';
import { type MessagesFile, useMessages } from './setup/messages';

const LOCALES_DIR = path.resolve(import.meta.dirname, '../public/_locales');
const DEFAULT_LOCALE = 'en';
const PLURAL_SUFFIX = /^(.+)_(zero|one|two|few|many|other)$/;
/** $NAME$ in a message; $$ is a literal dollar. */
const PLACEHOLDER = /\$([a-z0-9_@]+)\$/gi;
/** Words the same in every language: the name, formats, a key's name, and the launcher's mark. */
const UNTRANSLATED_WORDS = /\b(?:Sourcelight|Markdown|JSON|Esc|S)\b/g;
/** A message with no words of its own to translate (only placeholders, names and punctuation), or the code. */
const LANGUAGE_FREE_KEYS = new Set(['localeCode']);

const read = (locale: string): MessagesFile =>
  JSON.parse(readFileSync(path.join(LOCALES_DIR, locale, 'messages.json'), 'utf8')) as MessagesFile;
const locales = readdirSync(LOCALES_DIR).filter((l) => l !== DEFAULT_LOCALE);
const en = read(DEFAULT_LOCALE);
const enKeys = Object.keys(en);
const pluralBases = new Set(enKeys.flatMap((k) => (k.endsWith('_other') ? [k.slice(0, -'_other'.length)] : [])));

/** The English entry a key of any locale translates: the key itself, or for a plural form the base's `_other`. */
function englishOf(key: string): string | null {
  const plural = PLURAL_SUFFIX.exec(key);
  if (plural?.[1] && pluralBases.has(plural[1])) return `${plural[1]}_other`;
  return key in en ? key : null;
}

const used = (message: string) => new Set(Array.from(message.matchAll(PLACEHOLDER), (m) => (m[1] ?? '').toLowerCase()));

describe.each([DEFAULT_LOCALE, ...locales])('locale %s', (locale) => {
  const messages = read(locale);
  const categories = new Intl.PluralRules(locale).resolvedOptions().pluralCategories;

  it('has every English key, and only those (plural forms apart)', () => {
    const missing = enKeys.filter((k) => !PLURAL_SUFFIX.test(k) || !pluralBases.has(k.replace(PLURAL_SUFFIX, '$1')));
    expect(missing.filter((k) => !(k in messages))).toEqual([]);
    expect(Object.keys(messages).filter((k) => englishOf(k) === null)).toEqual([]);
  });

  it('has every plural form its language uses for each counted message, and no other', () => {
    expect(categories.length).toBeGreaterThan(0);
    for (const base of pluralBases) {
      const forms = Object.keys(messages)
        .filter((k) => k.startsWith(`${base}_`) && PLURAL_SUFFIX.test(k))
        .map((k) => k.slice(base.length + 1));
      expect([base, forms.sort()]).toEqual([base, [...categories].sort()]);
    }
  });

  it('keeps the English placeholders: the same names for the same values, none undefined, none dropped', () => {
    for (const [key, entry] of Object.entries(messages)) {
      const english = en[englishOf(key) ?? ''];
      if (!entry || !english) throw new Error(`no English for ${key}`);
      expect([key, entry.placeholders ?? {}]).toEqual([
        key,
        Object.fromEntries(
          Object.entries(english.placeholders ?? {}).map(([n, p]) => [
            n,
            expect.objectContaining({ content: p.content }),
          ]),
        ),
      ]);
      const defined = new Set(Object.keys(entry.placeholders ?? {}));
      for (const name of used(entry.message)) expect([key, defined.has(name)]).toEqual([key, true]);
      // A plural form may spell its count out ("مصدران", two sources); any other message says every value.
      if (!PLURAL_SUFFIX.test(key) || !pluralBases.has(key.replace(PLURAL_SUFFIX, '$1'))) {
        expect([key, [...used(entry.message)].sort()]).toEqual([key, [...used(english.message)].sort()]);
      }
      expect([key, entry.message.trim().length > 0]).toEqual([key, true]);
    }
  });
});

it('Arabic is written in Arabic wherever English has words of its own', () => {
  const ar = read('ar');
  const untranslated = Object.entries(ar).filter(([key, entry]) => {
    const english = en[englishOf(key) ?? '']?.message ?? '';
    const words = english.replace(PLACEHOLDER, '').replace(UNTRANSLATED_WORDS, '');
    return !LANGUAGE_FREE_KEYS.has(key) && /\p{L}/u.test(words) && !/\p{Script=Arabic}/u.test(entry?.message ?? '');
  });
  expect(untranslated.map(([key]) => key)).toEqual([]);
});

describe('t and tp', () => {
  const cases: { locale: string; count: number; expected: string }[] = [
    { locale: 'en', count: 0, expected: '0 sources' },
    { locale: 'en', count: 1, expected: '1 source' },
    { locale: 'en', count: 2, expected: '2 sources' },
    { locale: 'en', count: 21, expected: '21 sources' },
    { locale: 'ar', count: 0, expected: 'لا مصادر' },
    { locale: 'ar', count: 1, expected: 'مصدر واحد' },
    { locale: 'ar', count: 2, expected: 'مصدران' },
    { locale: 'ar', count: 3, expected: '3 مصادر' },
    { locale: 'ar', count: 11, expected: '11 مصدرًا' },
    { locale: 'ar', count: 100, expected: '100 مصدر' },
  ];
  it.each(cases)('$locale: $count → $expected', ({ locale, count, expected }) => {
    useMessages(read(locale), locale, locale === 'ar' ? 'rtl' : 'ltr');
    expect(tp('onPageLauncherSources', count)).toBe(expected);
  });

  it('fills $2… after the count, and t() fills placeholders', () => {
    expect(tp('sidebarReading', 12, '3')).toBe('Reading the article… 3 of 12 paragraphs');
    expect(t('focusCounter', '2', '5')).toBe('Claim 2 of 5');
    useMessages(read('ar'), 'ar', 'rtl');
    expect(tp('sidebarReading', 12, '3')).toBe('قراءة المقال… 3 من 12 فقرة');
  });

  it("a locale without a form falls back to its 'other' form", () => {
    const ar = read('ar');
    const { onPageLauncherSources_two: _dropped, ...withoutTwo } = ar;
    useMessages(withoutTwo, 'ar', 'rtl');
    expect(tp('onPageLauncherSources', 2)).toBe('2 مصدر');
  });
});
