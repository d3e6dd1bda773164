// The article's language and whether the claim rules exist for it: the page's declaration checked against the
// letters of its text, on sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { articleLanguage, attributionSupport } from '../../utils/analysis/language';
import type { TextBlock } from '../../utils/analysis/types';

const blocks = (...texts: string[]): TextBlock[] => texts.map((text) => ({ text, kind: 'paragraph' }));

const ENGLISH = blocks(
  'The city council voted on Tuesday to approve a new budget for the public library, officials said.',
  'The mayor said the plan would add 40 staff and keep the main branch open until 9 p.m. on weekdays.',
  'Critics of the plan said that it was too expensive and that the money should have gone to schools.',
);
const ARABIC = blocks(
  'أعلنت البلدية اليوم عن افتتاح مكتبة عامة جديدة في وسط المدينة تضم أكثر من 120 ألف كتاب.',
  'وقال رئيس البلدية إن المكتبة ستفتح أبوابها يوميا من التاسعة صباحا حتى العاشرة مساء.',
);
const KOREAN = blocks(
  '시는 14일 새 공공도서관을 열고 본격적인 운영에 들어갔다고 밝혔다.',
  '도서관은 장서 12만 권과 열람석 800석을 갖췄으며 주말에도 문을 연다.',
);
const JAPANESE = blocks(
  '市は十四日、新しい図書館を開館したと発表した。蔵書は十二万冊で、週末も開館する。利用者は一日に三千人を見込んでいる。',
);
const CHINESE = blocks(
  '市政府十四日宣布新的公共图书馆正式开放。图书馆藏书十二万册，周末也将开放。预计每天有三千名市民使用。',
);
const RUSSIAN = blocks(
  'Городской совет во вторник одобрил новый бюджет публичной библиотеки, сообщили чиновники.',
  'По словам мэра, библиотека будет открыта до девяти часов вечера.',
);
const GERMAN = blocks(
  'Der Stadtrat hat am Dienstag den neuen Haushalt für die öffentliche Bibliothek beschlossen, wie die Stadt mitteilte.',
  'Die Bibliothek wird nach Angaben des Bürgermeisters auch am Wochenende geöffnet sein und ist für alle Bürger frei.',
);
const SPANISH = blocks(
  'El ayuntamiento aprobó el martes el nuevo presupuesto para la biblioteca pública, según informaron los funcionarios.',
  'El alcalde dijo que la biblioteca abrirá también los fines de semana y que la entrada será gratuita para todos los vecinos.',
);
const SHORT = blocks('Photo: Reuters');

const CASES: readonly (readonly [what: string, declared: string | null, text: TextBlock[], language: string | null])[] =
  [
    ['English declared', 'en-US', ENGLISH, 'en'],
    ['English undeclared', null, ENGLISH, 'en'],
    ['English declared Arabic (a wrong template)', 'ar', ENGLISH, 'en'],
    ['English declared German', 'de', ENGLISH, 'en'],
    ['Arabic declared', 'ar', ARABIC, 'ar'],
    ['Arabic declared English', 'en', ARABIC, 'ar'],
    ['Arabic script declared Persian', 'fa-IR', ARABIC, 'fa'],
    ['Korean undeclared', null, KOREAN, 'ko'],
    ['Korean declared English', 'en', KOREAN, 'ko'],
    ['Japanese (kana with Han)', null, JAPANESE, 'ja'],
    ['Chinese (Han only)', null, CHINESE, 'zh'],
    ['Chinese declared zh-TW', 'zh-TW', CHINESE, 'zh'],
    ['Russian declared English', 'en', RUSSIAN, 'ru'],
    ['Cyrillic declared Ukrainian', 'uk', RUSSIAN, 'uk'],
    ['German declared English', 'en', GERMAN, 'de'],
    ['Spanish undeclared', null, SPANISH, 'es'],
    ['too little text: the declaration stands', 'fr', SHORT, 'fr'],
    ['too little text and no declaration', null, SHORT, null],
  ];

describe('articleLanguage', () => {
  it.each(CASES)('%s', (_what, declared, text, language) => {
    expect(articleLanguage(declared, text)).toBe(language);
  });
});

describe('attributionSupport', () => {
  it.each([
    ['en', ENGLISH, { available: true, language: 'en' }],
    ['ar', ARABIC, { available: false, language: 'ar' }],
    ['en', KOREAN, { available: false, language: 'ko' }],
    ['en', GERMAN, { available: false, language: 'de' }],
    // an article whose language cannot be told keeps the English rules, as before the check existed
    [null, SHORT, { available: true, language: null }],
  ] as const)('declared %s', (declared, text, support) => {
    expect(attributionSupport(declared, text)).toEqual(support);
  });

  it('reads a bounded sample, so a very long article costs no more than its first paragraphs', () => {
    const long = blocks(...Array.from({ length: 5000 }, () => KOREAN[0]?.text ?? ''));
    expect(attributionSupport('en', long)).toEqual({ available: false, language: 'ko' });
  });
});
