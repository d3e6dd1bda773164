// The sidebar and strip as rendered by Preact in jsdom: what a reader (and a screen reader) gets, and that page
// text stays text.
import { render } from 'preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { OnPageApp } from '../../components/sidebar/OnPageApp';
import type { OnPageActions, OnPageState } from '../../components/sidebar/types';
import ar from '../../public/_locales/ar/messages.json';
import type { ArticleCertainty } from '../../utils/analysis/types';
import { type MessagesFile, useMessages } from '../setup/messages';
import { sampleAnalysis, sampleWithKinds } from './sidebar-fixture';

/** What "Not the article? Pick it" says in an English browser. */
const UNSURE_TEXT = 'Sourcelight is not sure this is the article.';
const PICK_LABEL = 'Not the article? Pick it';
const PICKING_TEXT =
  'Click the article, or pick it with the keys: ← → previous or next block, ↑ wider, ↓ narrower, Enter picks it, Esc cancels.';
const PICKED_TEXT = 'You picked the article on this site.';
const UNDO_LABEL = "Use Sourcelight's choice";
const NOT_FOUND_TEXT =
  'The article you picked on this site is not on this page, so Sourcelight chose it. It may be the wrong one.';
const PICK_AGAIN_LABEL = 'Pick it again';
const FORGET_LABEL = 'Forget my pick';

function actions(): OnPageActions {
  return {
    setSidebar: vi.fn(),
    setStrip: vi.fn(),
    focusSource: vi.fn(),
    stepFocus: vi.fn(),
    showClaim: vi.fn(),
    showNumber: vi.fn(),
    toggleKind: vi.fn(),
    previewStrip: vi.fn(),
    setAllHidden: vi.fn(),
    startPicker: vi.fn(),
    pickArticle: vi.fn(),
    useAutomaticArticle: vi.fn(),
    showPicked: vi.fn(),
    copy: vi.fn(),
    openCardSource: vi.fn(),
    stepClaim: vi.fn(),
    closeCard: vi.fn(),
    keepCard: vi.fn(),
  };
}

function state(patch: Partial<OnPageState> = {}): OnPageState {
  return {
    analysis: sampleAnalysis(),
    sidebarOpen: true,
    stripVisible: true,
    focus: null,
    strip: [
      {
        kind: 'related',
        count: 3,
        hidden: false,
        samples: ['More from the newsroom …', 'Ten things to know …', 'Weather'],
      },
      { kind: 'comments', count: 1, hidden: true, samples: ['I read this twice …'] },
    ],
    pickedCount: 0,
    stripNotices: [],
    picking: false,
    pickingArticle: false,
    card: null,
    status: '',
    reading: null,
    unfinished: false,
    ...patch,
  };
}

let mount: HTMLElement;
beforeEach(() => {
  mount = document.createElement('div');
  document.body.append(mount);
});
afterEach(() => {
  render(null, mount);
  mount.remove();
});

const text = (selector: string) =>
  Array.from(mount.querySelectorAll(selector)).map((e) => (e.textContent ?? '').replace(/\s+/g, ' ').trim());
const button = (label: string) =>
  Array.from(mount.querySelectorAll('button')).find((b) => (b.textContent ?? '').includes(label)) as HTMLButtonElement;

describe('sidebar', () => {
  it('shows the glance, the categories and the sources grouped by category', () => {
    render(<OnPageApp state={state()} actions={actions()} />, mount);
    expect(text('.sl-glance-line')[0]).toBe('4 sources, 5 attributed claims, 2 numbers');
    expect(text('.sl-named p')[0]).toBe('3 named · 1 anonymous (75% named)');
    expect(text('.sl-categories tbody th')).toEqual(['Government', 'Military & security', 'Experts']);
    expect(text('.sl-group h4')).toEqual(['Government (1)', 'Military & security (1)', 'Experts (2)']);
    expect(text('.sl-source-meta')[1]).toBe('anonymous · 1 claim');
    expect(text('#sl-declined ~ ul li')[0]).toContain('The Harbour Board');
    expect(mount.querySelector('.sl-launcher')).toBeNull();
  });

  it("counts the claims by kind when some are beliefs or intentions, and marks those in the source's list", () => {
    render(<OnPageApp state={state()} actions={actions()} />, mount);
    expect(mount.querySelector('.sl-kinds')).toBeNull();
    render(
      <OnPageApp
        state={state({ analysis: sampleWithKinds(), focus: { sourceId: 'quint', index: 0 } })}
        actions={actions()}
      />,
      mount,
    );
    expect(text('.sl-kinds')).toEqual(['By kind: speech 3, belief or estimate 1, intention 1']);
    expect(text('.sl-claim .sl-claim-kind')).toEqual(['intention']);
    expect(button('Quint said tolls rose').querySelector('.sl-claim-kind')?.textContent).toBe('intention');
  });

  it('in Arabic, the kinds in Arabic', () => {
    useMessages(ar as MessagesFile, 'ar', 'rtl');
    render(<OnPageApp state={state({ analysis: sampleWithKinds() })} actions={actions()} />, mount);
    const line = text('.sl-kinds')[0] ?? '';
    expect(line.startsWith(ar.sidebarKinds.message.replace('$KINDS$', ''))).toBe(true);
    expect(line).toContain(ar.cueKindBelief.message);
    expect(line).toContain(ar.cueKindIntention.message);
  });

  it('renders page text as text, never as markup', () => {
    render(<OnPageApp state={state({ focus: { sourceId: 'brand', index: 0 } })} actions={actions()} />, mount);
    expect(mount.querySelector('b, img')).toBeNull();
    expect(text('.sl-source-name')).toContain('Ivo <b>Brand</b>');
    expect(text('.sl-claim')[0]).toContain('<img src=x onerror=alert(1)>');
  });

  it('a source click focuses it; the focus panel steps through its claims', () => {
    const a = actions();
    render(<OnPageApp state={state()} actions={a} />, mount);
    button('Mara Quint').click();
    expect(a.focusSource).toHaveBeenCalledWith('quint');
    render(<OnPageApp state={state({ focus: { sourceId: 'quint', index: 1 } })} actions={a} />, mount);
    expect(text('.sl-counter')[0]).toBe('Claim 2 of 2');
    expect(button('Mara Quint').getAttribute('aria-pressed')).toBe('true');
    button('Next').click();
    expect(a.stepFocus).toHaveBeenCalledWith(1);
    button('Quint said tolls rose').click();
    expect(a.showClaim).toHaveBeenCalledWith(expect.objectContaining({ id: 'c4' }));
    expect(mount.querySelector('.sl-claim[aria-current="true"]')?.textContent).toContain('Quint said tolls rose');
  });

  it('close, copy and number buttons report to the controller', () => {
    const a = actions();
    render(<OnPageApp state={state()} actions={a} />, mount);
    button('Copy as Markdown').click();
    button('Copy as JSON').click();
    button('some 4,000 trawlers').click();
    button('Close Sourcelight sidebar').click();
    expect(a.copy).toHaveBeenNthCalledWith(1, 'markdown');
    expect(a.copy).toHaveBeenNthCalledWith(2, 'json');
    expect(a.showNumber).toHaveBeenCalledWith(expect.objectContaining({ text: 'some 4,000 trawlers' }));
    expect(a.setSidebar).toHaveBeenCalledWith(false);
  });

  it('closed: only the launcher, which says how many sources and opens the sidebar', () => {
    const a = actions();
    render(<OnPageApp state={state({ sidebarOpen: false })} actions={a} />, mount);
    expect(mount.querySelector('.sl-sidebar')).toBeNull();
    const launcher = mount.querySelector('.sl-launcher') as HTMLButtonElement;
    expect(launcher.textContent).toContain('4 sources');
    launcher.click();
    expect(a.setSidebar).toHaveBeenCalledWith(true);
  });
});

describe('an article in a language without claim rules', () => {
  const foreign = (language: string | null): OnPageState => {
    const analysis = { ...sampleAnalysis(), claims: [], sources: [], nonResponses: [] };
    return state({ analysis: { ...analysis, attribution: { available: false, language } } });
  };

  it.each([
    ['ar', 'Arabic'],
    ['ko', 'Korean'],
    ['ja', 'Japanese'],
    [null, 'this language'],
  ])('the sidebar says claims and sources are not available for %s, and still lists the numbers', (language, name) => {
    render(<OnPageApp state={foreign(language)} actions={actions()} />, mount);
    const message = `Claims and sources are not available for ${name} yet`;
    expect(text('[data-sl-attribution="unavailable"]')).toContain(message);
    expect(text('.sl-glance-line')).toEqual(['2 numbers']);
    expect(mount.textContent).not.toContain('0 sources');
    expect(mount.textContent).not.toContain('No attributed sources found.');
    expect(text('.sl-number-list li')[0]).toContain('some 4,000 trawlers');
  });

  it('the launcher says it instead of "0 sources"', () => {
    render(<OnPageApp state={{ ...foreign('ar'), sidebarOpen: false }} actions={actions()} />, mount);
    const launcher = mount.querySelector('.sl-launcher') as HTMLButtonElement;
    expect(launcher.textContent).toContain('Claims and sources are not available for Arabic yet');
    expect(launcher.textContent).not.toContain('sources —');
    expect(launcher.textContent).not.toMatch(/\b0 sources\b/);
  });

  it('an English article shows no such line', () => {
    render(<OnPageApp state={state()} actions={actions()} />, mount);
    expect(mount.querySelector('[data-sl-attribution]')).toBeNull();
  });
});

describe('strip', () => {
  it('one toggle per kind with its count and pressed state; hide all / show all', () => {
    const a = actions();
    render(<OnPageApp state={state()} actions={a} />, mount);
    const chips = Array.from(mount.querySelectorAll('.sl-strip-items .sl-chip'));
    expect(chips.map((c) => [c.textContent?.replace(/\s+/g, ' ').trim(), c.getAttribute('aria-pressed')])).toEqual([
      ['Hide Related 3', 'false'],
      ['Hide Comments 1', 'true'],
    ]);
    (chips[0] as HTMLButtonElement).click();
    expect(a.toggleKind).toHaveBeenCalledWith('related');
    button('Hide all').click();
    button('Show all').click();
    expect(a.setAllHidden).toHaveBeenNthCalledWith(1, true);
    expect(a.setAllHidden).toHaveBeenNthCalledWith(2, false);
    button('Hide a block').click();
    expect(a.startPicker).toHaveBeenCalled();
  });

  it('closed strip leaves a tab to bring it back', () => {
    const a = actions();
    render(<OnPageApp state={state({ stripVisible: false })} actions={a} />, mount);
    expect(mount.querySelector('.sl-strip')).toBeNull();
    button('Clutter strip').click();
    expect(a.setStrip).toHaveBeenCalledWith(true);
  });
});

describe('hover card', () => {
  it('names the source, its role, named or anonymous, category, and the cue', () => {
    const analysis = sampleAnalysis();
    const claim = analysis.claims[0];
    const source = analysis.sources[0];
    if (!claim || !source) throw new Error('fixture');
    render(
      <OnPageApp state={state({ sidebarOpen: false, card: { claim, source, x: 10, y: 10 } })} actions={actions()} />,
      mount,
    );
    expect(text('.sl-card-name')[0]).toBe('Karim al-Faydi');
    expect(text('.sl-card-meta')[0]).toBe("spokesperson for Vellmark's ports minister · named · Government");
    expect(text('.sl-card-cue')[0]).toBe('Cue: said');
    expect(text('.sl-card-meta')[1]).toBe('Kind: speech');
  });

  it('says when the cue reports a belief rather than words said', () => {
    const analysis = sampleWithKinds();
    const claim = analysis.claims[1];
    if (!claim) throw new Error('fixture');
    render(
      <OnPageApp
        state={state({ sidebarOpen: false, card: { claim, source: null, x: 10, y: 10 } })}
        actions={actions()}
      />,
      mount,
    );
    expect(text('.sl-card-cue')[0]).toBe('Cue: believes');
    expect(text('.sl-card-meta')).toEqual(['Kind: belief or estimate']);
  });

  it("gives each source of a sentence its own cue: the second source's card shows the second source's words", () => {
    const analysis = sampleAnalysis();
    const claim = analysis.claims[3];
    const quint = analysis.sources[3];
    if (!claim || !quint) throw new Error('fixture');
    const twoCues = {
      ...claim,
      sourceCues: [
        claim.sourceCues[0] ?? { cue: 'said', cueKind: 'speech' as const },
        { cue: 'disputed', cueKind: 'stance' as const },
      ],
    };
    render(
      <OnPageApp
        state={state({ sidebarOpen: false, card: { claim: twoCues, source: quint, x: 10, y: 10 } })}
        actions={actions()}
      />,
      mount,
    );
    expect(text('.sl-card-name')[0]).toBe('Mara Quint');
    expect(text('.sl-card-cue')[0]).toBe('Cue: disputed');
  });
});

describe('"Not the article? Pick it"', () => {
  function withCertainty(certainty: ArticleCertainty | undefined, patch: Partial<OnPageState> = {}): OnPageState {
    const analysis = sampleAnalysis();
    if (analysis.article) analysis.article = { ...analysis.article, certainty };
    return state({ analysis, ...patch });
  }
  const notice = () => mount.querySelector('.sl-unsure');

  const cases: Array<{
    name: string;
    state: OnPageState;
    unsure: boolean;
    primary: string | null;
    shows: string[];
    hides: string[];
  }> = [
    {
      name: 'sure: no notice, the pick button is there but quiet',
      state: withCertainty({ level: 'sure', reasons: [], picked: false }),
      unsure: false,
      primary: null,
      shows: [PICK_LABEL],
      hides: [UNSURE_TEXT, UNDO_LABEL],
    },
    {
      name: 'no certainty (older analysis): as when sure',
      state: withCertainty(undefined),
      unsure: false,
      primary: null,
      shows: [PICK_LABEL],
      hides: [UNSURE_TEXT, UNDO_LABEL],
    },
    {
      name: 'unsure: says so plainly, the pick button is the prominent one',
      state: withCertainty({ level: 'unsure', reasons: ['close-runner-up'], picked: false }),
      unsure: true,
      primary: PICK_LABEL,
      shows: [UNSURE_TEXT, PICK_LABEL],
      hides: [UNDO_LABEL],
    },
    {
      name: "picked by the reader: says so and offers Sourcelight's choice back",
      state: withCertainty({ level: 'sure', reasons: [], picked: true }),
      unsure: false,
      primary: null,
      shows: [PICKED_TEXT, UNDO_LABEL],
      hides: [UNSURE_TEXT],
    },
    {
      name: 'the pick saved for the site is not on this page: says so, offers to pick again or forget it',
      state: withCertainty({ level: 'unsure', reasons: ['pick-not-found'], picked: false }),
      unsure: true,
      primary: PICK_AGAIN_LABEL,
      shows: [NOT_FOUND_TEXT, PICK_AGAIN_LABEL, FORGET_LABEL],
      hides: [UNSURE_TEXT, PICKED_TEXT, UNDO_LABEL],
    },
    {
      name: 'while picking: how to pick, no buttons to start another picker',
      state: withCertainty({ level: 'unsure', reasons: ['card-run'], picked: false }, { pickingArticle: true }),
      unsure: false,
      primary: null,
      shows: [PICKING_TEXT],
      hides: [PICK_LABEL, UNSURE_TEXT],
    },
  ];
  for (const c of cases) {
    it(c.name, () => {
      render(<OnPageApp state={c.state} actions={actions()} />, mount);
      const shown = mount.querySelector('.sl-sidebar-body')?.textContent ?? '';
      for (const t of c.shows) expect(shown).toContain(t);
      for (const t of c.hides) expect(shown).not.toContain(t);
      expect(notice() !== null).toBe(c.unsure);
      expect(mount.querySelector('.sl-primary')?.textContent ?? null).toBe(c.primary);
    });
  }

  it('the buttons ask the page to pick the article and to forget the pick', () => {
    const a = actions();
    render(
      <OnPageApp state={withCertainty({ level: 'unsure', reasons: ['short-body'], picked: false })} actions={a} />,
      mount,
    );
    button(PICK_LABEL).click();
    expect(a.pickArticle).toHaveBeenCalledTimes(1);
    render(<OnPageApp state={withCertainty({ level: 'sure', reasons: [], picked: true })} actions={a} />, mount);
    button(UNDO_LABEL).click();
    expect(a.useAutomaticArticle).toHaveBeenCalledTimes(1);
  });

  it('a pick not found here: "Pick it again" picks, "Forget my pick" forgets the site\'s pick', () => {
    const a = actions();
    const lost = withCertainty({ level: 'unsure', reasons: ['short-body', 'pick-not-found'], picked: false });
    render(<OnPageApp state={lost} actions={a} />, mount);
    button(PICK_AGAIN_LABEL).click();
    expect(a.pickArticle).toHaveBeenCalledTimes(1);
    button(FORGET_LABEL).click();
    expect(a.useAutomaticArticle).toHaveBeenCalledTimes(1);
  });

  it('says a pick was not found in Arabic too, from the Arabic locale file', () => {
    useMessages(ar as MessagesFile, 'ar', 'rtl');
    const lost = withCertainty({ level: 'unsure', reasons: ['pick-not-found'], picked: false });
    render(<OnPageApp state={lost} actions={actions()} />, mount);
    const shown = notice()?.textContent ?? '';
    expect(shown).toContain(ar.articlePickNotFound.message);
    expect(shown).toContain(ar.articlePickAgain.message);
    expect(shown).toContain(ar.articleForgetPick.message);
    expect(shown).not.toContain(NOT_FOUND_TEXT);
  });
});

describe('the story the sidebar describes', () => {
  const withArticle = (patch: Partial<NonNullable<ReturnType<typeof sampleAnalysis>['article']>>): OnPageState => {
    const analysis = sampleAnalysis();
    if (!analysis.article) throw new Error('the fixture has an article');
    return state({ analysis: { ...analysis, article: { ...analysis.article, ...patch } } });
  };

  it('heads the sidebar with the headline, the byline, the publisher and the date, as text', () => {
    const two = withArticle({ authors: ['A. Writer', 'B. <i>Reporter</i>'], published: '2025-06-23T10:00:00Z' });
    render(<OnPageApp state={two} actions={actions()} />, mount);
    const head = mount.querySelector('[data-sl-article-head]');
    expect(head?.compareDocumentPosition(mount.querySelector('#sl-glance') as Node)).toBe(
      Node.DOCUMENT_POSITION_FOLLOWING,
    );
    expect(text('.sl-article-title')).toEqual(['Harlow ferry line *eyes* comeback']);
    expect(text('.sl-article-line')).toEqual(['By A. Writer, B. <i>Reporter</i> · Reuters · Jun 23, 2025']);
    expect(mount.querySelector('.sl-article-head i')).toBeNull();
  });

  it('gives only the parts the page has, and nothing when it has none', () => {
    render(<OnPageApp state={withArticle({ authors: [], published: 'last Tuesday' })} actions={actions()} />, mount);
    expect(text('.sl-article-line')).toEqual(['Reuters · last Tuesday']);
    render(<OnPageApp state={withArticle({ title: '', authors: [], publisher: null })} actions={actions()} />, mount);
    expect(mount.querySelector('[data-sl-article-head]')).toBeNull();
  });

  it('in Arabic: the byline and the date in Arabic, the headline in its own direction', () => {
    useMessages(ar as MessagesFile, 'ar', 'rtl');
    render(<OnPageApp state={withArticle({ published: '2025-06-23' })} actions={actions()} />, mount);
    const line = text('.sl-article-line')[0] ?? '';
    expect(line.startsWith(ar.sidebarArticleBy.message.replace('$AUTHORS$', 'A. Writer'))).toBe(true);
    expect(line).toContain(
      new Intl.DateTimeFormat('ar', { dateStyle: 'medium', timeZone: 'UTC' }).format(Date.UTC(2025, 5, 23)),
    );
    expect(mount.querySelector('.sl-article-title')?.getAttribute('dir')).toBe('auto');
  });
});
