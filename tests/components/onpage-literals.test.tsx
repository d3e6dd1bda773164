// Every word the on-page UI shows comes from the locale files. Each component is rendered, in every state a
// reader can meet, in a test locale where each message is a marker (⟦key|substitutions⟧) and each piece of page
// text is a datum (⟪…⟫); what remains of the text and of every label once markers and data are taken out must be
// digits (counts), spaces and the close glyph. A string written into a component shows up there and fails.

import { readFileSync } from 'node:fs';
import path from 'node:path';
import { type ComponentChild, render } from 'preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { OnPageApp } from '../../components/sidebar/OnPageApp';
import type { OnPageActions, OnPageState, StripItem } from '../../components/sidebar/types';
import type { Analysis } from '../../utils/analysis/types';
import { t } from '../../utils/i18n';
import { useMessages } from '../setup/messages';
import { sampleAnalysis } from './sidebar-fixture';

/** A message in the marker locale: its key and its substitutions, nothing of any language. */
const marker = (key: string, subs: readonly string[]) => `⟦${key}${subs.map((s) => `|${s}`).join('')}⟧`;
/** Page text in the fixtures (names, claims, numbers, quoted blocks): shown as is, never translated. */
const datum = (text: string) => `⟪${text}⟫`;
/** Markers whose substitutions are only digits, spaces and data, innermost first (substitutions nest). */
const INNERMOST_MARKER = /⟦[A-Za-z_]+(?:\|[\d\s]*)*⟧/g;
const DATUM = /⟪[^⟪⟫]*⟫/g;
/** What may be left: counts, the spaces between parts, and the close button's glyph (an icon, not a word). */
const LEFT_OVER_ALLOWED = /^[\d\s×]*$/;
/** Attributes a reader (or a screen reader) is given as text. */
const TEXT_ATTRIBUTES = ['aria-label', 'title', 'alt', 'placeholder', 'aria-description', 'aria-roledescription'];
/** The part-splitting mark (components/sidebar/labels.ts): taken out of a marker when the part is set apart. */
const PART_MARK = '\uE000';

/** Words the UI takes from the browser's Intl data in the messages' language (a language's name for the
 * "not available for Arabic" line), as a translated word is taken from the messages. */
const INTL_WORDS = [new Intl.DisplayNames(['en'], { type: 'language' }).of('ar') ?? 'Arabic'];

/** What is left of `text` once data and markers are taken out: words written into a component. */
function literalLeftOver(text: string): string {
  let rest = text.replace(DATUM, '').replaceAll(PART_MARK, '');
  for (const word of INTL_WORDS) rest = rest.replaceAll(`|${word}⟧`, '|⟧');
  for (let before = ''; before !== rest; ) {
    before = rest;
    rest = rest.replace(INNERMOST_MARKER, '');
  }
  return rest;
}

/** Every text a reader meets in `root` that did not come from the messages or the page: [] when none. */
function literals(root: Element): string[] {
  const found: string[] = [];
  // The whole text in document order: a message split around a part set apart (bold) joins up again.
  const text = literalLeftOver(root.textContent ?? '');
  if (!LEFT_OVER_ALLOWED.test(text)) found.push(`text: ${text.replace(/\s+/g, ' ').trim()}`);
  for (const element of Array.from(root.querySelectorAll('*'))) {
    for (const name of TEXT_ATTRIBUTES) {
      const value = element.getAttribute(name);
      if (value === null) continue;
      const rest = literalLeftOver(value);
      if (!LEFT_OVER_ALLOWED.test(rest)) found.push(`${element.tagName.toLowerCase()} ${name}: ${rest}`);
    }
  }
  return found;
}

function actions(): OnPageActions {
  const noop = vi.fn();
  return {
    setSidebar: noop,
    setStrip: noop,
    focusSource: noop,
    stepFocus: noop,
    showClaim: noop,
    showNumber: noop,
    toggleKind: noop,
    previewStrip: noop,
    setAllHidden: noop,
    startPicker: noop,
    pickArticle: noop,
    useAutomaticArticle: noop,
    showPicked: noop,
    copy: noop,
    openCardSource: noop,
    stepClaim: noop,
    closeCard: noop,
    keepCard: noop,
  };
}

/** The sample analysis with every piece of page text marked as a datum. */
function markedAnalysis(patch: Partial<Analysis> = {}): Analysis {
  const a = sampleAnalysis();
  return {
    ...a,
    claims: a.claims.map((c) => ({
      ...c,
      text: datum(c.text),
      cue: datum(c.cue),
      sourceCues: c.sourceCues.map((part) => ({ ...part, cue: datum(part.cue) })),
    })),
    sources: a.sources.map((s) => ({ ...s, name: datum(s.name), role: s.role === null ? null : datum(s.role) })),
    numbers: a.numbers.map((n) => ({ ...n, text: datum(n.text) })),
    nonResponses: a.nonResponses.map((n) => ({ ...n, party: datum(n.party), text: datum(n.text) })),
    article: a.article && {
      ...a.article,
      title: datum(a.article.title),
      authors: a.article.authors.map(datum),
      publisher: a.article.publisher === null ? null : datum(a.article.publisher),
    },
    ...patch,
  };
}

const samples = (n: number) => Array.from({ length: n }, (_, i) => datum(`block ${i}`));
const STRIP: StripItem[] = [
  { kind: 'related', count: 5, hidden: false, samples: samples(5) },
  { kind: 'promo', count: 1, hidden: false, samples: samples(1) },
  { kind: 'comments', count: 2, hidden: true, samples: samples(2) },
  { kind: 'ad', count: 3, hidden: false, samples: samples(3) },
  { kind: 'newsletter', count: 1, hidden: true, samples: samples(1) },
  { kind: 'share', count: 1, hidden: false, samples: [] },
  { kind: 'other', count: 4, hidden: false, samples: samples(4) },
];

function state(patch: Partial<OnPageState> = {}): OnPageState {
  return {
    analysis: markedAnalysis(),
    sidebarOpen: true,
    stripVisible: true,
    focus: null,
    strip: STRIP,
    pickedCount: 0,
    // Made by the controller (entrypoints/content/on-page.tsx) from messages, checked there by the static test below.
    stripNotices: [datum('notice')],
    picking: false,
    pickingArticle: false,
    card: null,
    status: datum('status'),
    reading: null,
    unfinished: false,
    ...patch,
  };
}

const withCertainty = (certainty: NonNullable<Analysis['article']>['certainty']): Analysis => {
  const a = markedAnalysis();
  return { ...a, article: a.article ? { ...a.article, certainty } : null };
};
const foreign = (language: string | null): Analysis =>
  markedAnalysis({ claims: [], sources: [], nonResponses: [], attribution: { available: false, language } });

const STATES: { name: string; state: OnPageState }[] = [
  { name: 'sidebar and strip open, every kind of clutter, reading', state: state({ reading: { done: 3, total: 12 } }) },
  {
    name: 'one paragraph being read, one hand-hidden block',
    state: state({ reading: { done: 0, total: 1 }, pickedCount: 1 }),
  },
  { name: 'a source focused, its claims listed', state: state({ focus: { sourceId: 'quint', index: 1 } }) },
  { name: 'launcher and the strip tab', state: state({ sidebarOpen: false, stripVisible: false }) },
  {
    name: 'launcher for one source',
    state: state({ sidebarOpen: false, analysis: markedAnalysis({ sources: markedAnalysis().sources.slice(0, 1) }) }),
  },
  {
    name: 'no source found',
    state: state({ analysis: markedAnalysis({ sources: [], claims: [], nonResponses: [] }) }),
  },
  { name: 'an Arabic article: claims not available (sidebar)', state: state({ analysis: foreign('ar') }) },
  {
    name: 'an Arabic article: claims not available (launcher)',
    state: state({ sidebarOpen: false, analysis: foreign('ar') }),
  },
  { name: 'an article in an unknown language', state: state({ analysis: foreign(null) }) },
  { name: 'nothing around the article, picking a block', state: state({ strip: [], picking: true, stripNotices: [] }) },
  {
    name: 'unsure of the article',
    state: state({ analysis: withCertainty({ level: 'unsure', reasons: ['card-run'], picked: false }) }),
  },
  {
    name: 'the reader picked the article',
    state: state({ analysis: withCertainty({ level: 'sure', reasons: [], picked: true }) }),
  },
  { name: 'picking the article', state: state({ pickingArticle: true }) },
  {
    name: 'the article picked for the site is not on this page',
    state: state({ analysis: withCertainty({ level: 'unsure', reasons: ['pick-not-found'], picked: false }) }),
  },
];

let mount: HTMLElement;
beforeEach(() => {
  mount = document.createElement('div');
  document.body.append(mount);
  useMessages({}, 'en', 'ltr', (key, subs) => (key === 'localeCode' ? 'en' : marker(key, subs)));
});
afterEach(() => {
  render(null, mount);
  mount.remove();
});

function show(node: ComponentChild): string[] {
  render(node, mount);
  return literals(mount);
}

describe('the on-page UI renders no string of its own', () => {
  it.each(STATES)('$name', ({ state: s }) => {
    expect(mount.childElementCount).toBe(0);
    expect(show(<OnPageApp state={s} actions={actions()} />)).toEqual([]);
    // The state rendered something: the check is not vacuous.
    expect((mount.textContent ?? '').length).toBeGreaterThan(0);
  });

  it('hover cards, with and without a source', () => {
    const analysis = markedAnalysis();
    const claim = analysis.claims[0];
    const source = analysis.sources[0];
    if (!claim || !source) throw new Error('fixture');
    for (const card of [
      { claim, source, x: 10, y: 10 },
      { claim, source: null, x: 10, y: 10 },
      { claim, source: { ...source, role: null, named: false }, x: 10, y: 10 },
      // Reached by keyboard: the ring that has the focus, and the keys the card answers to.
      { claim, source, x: 10, y: 30, ring: { left: 10, top: 10, width: 200, height: 20 } },
      { claim, source: null, x: 10, y: 30, ring: { left: 10, top: 10, width: 200, height: 20 } },
    ]) {
      expect(show(<OnPageApp state={state({ sidebarOpen: false, card })} actions={actions()} />)).toEqual([]);
      expect(mount.querySelector('.sl-card')).not.toBeNull();
    }
  });

  it('the check itself catches a word written into a component, in text or in a label', () => {
    expect(show(<p>{t('sidebarTitle')}</p>)).toEqual([]);
    expect(show(<p>{t('sidebarTitle')} (beta)</p>)).toEqual(['text: (beta)']);
    expect(
      show(
        <button type="button" aria-label="Close">
          {t('cardClose')}
        </button>,
      ),
    ).toEqual(['button aria-label: Close']);
    expect(show(<p>{`${t('sidebarNumbers')}, 3 numbers`}</p>)).toEqual(['text: , 3 numbers']);
    expect(literalLeftOver(marker('onPageMetaJoin', [marker('sourceNamed', []), 'named']))).toBe(
      '⟦onPageMetaJoin||named⟧',
    );
  });
});

describe('the controller builds the strings it hands the UI from messages', () => {
  /** A status or strip notice set from a string literal with words in it (`this.status = 'Copied'`). */
  const LITERAL_STATUS = /(?:\bstatus\s*=|setStatus\(|notices\.push\()\s*(?:[^;]*\?\s*)?(['"`])[^'"`]*\p{L}/u;
  const file = path.resolve(import.meta.dirname, '../../entrypoints/content/on-page.tsx');

  it('entrypoints/content/on-page.tsx sets no status or strip notice from a literal', () => {
    const source = readFileSync(file, 'utf8');
    const offending = source.split('\n').filter((line) => LITERAL_STATUS.test(line));
    expect(offending).toEqual([]);
    // The check would see one.
    expect(LITERAL_STATUS.test("    this.status = 'Block hidden.';")).toBe(true);
    expect(LITERAL_STATUS.test('    this.status = path === null ? "Showing" : t(\'x\');')).toBe(true);
    expect(LITERAL_STATUS.test("    this.status = t('statusBlockHidden');")).toBe(false);
  });
});
