// The strip and the picker: which kinds of clutter the strip offers and hides (never a block that holds article
// text), the outlines a chip shows before it hides anything, the blocks the reader hid by hand, and the picker,
// used for hiding a block or for "Not the article? Pick it" (the article choice, kept for the site). The
// reader's choices for the site (StripChoices) outlive what is shown; this part applies them while it is.
import { clutterLabel } from '@/components/sidebar/labels';
import { CLUTTER_ORDER } from '@/components/sidebar/model';
import type { StripItem, StripPreview } from '@/components/sidebar/types';
import type { ClutterKind } from '@/utils/analysis/types';
import { t, tp } from '@/utils/i18n';
import { type PickerOptions, resolvePath, startPicker } from '@/utils/marks/picker';
import { showOutlines } from '@/utils/marks/preview';
import { HiddenSet, safeToHide } from '@/utils/marks/strip';
import type { Undo } from '@/utils/marks/undo';
import { clutterElements, countedClutter, type PageAnalysis } from '@/utils/page/types';
import type { SiteSettings, SiteSettingsPatch } from '@/utils/settings';
import type { Guard } from './features';
import type { UiHost } from './ui-host';

/** A strip button's tooltip names each block it hides by this many of its first words. */
const SAMPLE_WORDS = 5;

/** The reader's strip and article choices on this site (from the site's settings), and this visit's "Show all". */
export interface StripChoices {
  hiddenKinds: Set<ClutterKind>;
  /** Blocks hidden by hand, as selector paths. */
  pickedPaths: string[];
  /** "Show all" also shows the blocks hidden by hand, for this visit only (they stay saved). */
  pickedSuppressed: boolean;
  /** The article the reader picked on this site (a selector path). */
  articlePath: string | null;
}

export function stripChoices(site: SiteSettings): StripChoices {
  return {
    hiddenKinds: new Set(site.stripHidden),
    pickedPaths: [...site.hiddenBlocks],
    pickedSuppressed: false,
    articlePath: site.articlePath ?? null,
  };
}

export type Picking = 'block' | 'article';

export interface StripDeps {
  doc: Document;
  host: UiHost;
  guard: Guard;
  choices: StripChoices;
  page(): PageAnalysis;
  saveSite(patch: SiteSettingsPatch): Promise<unknown>;
  /** Says something to the reader (the sidebar's status line); the caller renders. */
  setStatus(text: string): void;
  render(): void;
  /** Reads the page again (with the article choice now in `choices`); resolves when the new reading is shown. */
  readAgain(): Promise<void>;
}

export class StripAndPicker {
  /** The picker under way: "Hide a block" or "Not the article? Pick it". */
  private pickingNow: Picking | null = null;
  private undoPicker: Undo | null = null;
  /** The outlines of what a hovered or focused strip button would hide (utils/marks/preview.ts). */
  private undoPreview: Undo | null = null;
  private readonly hidden = new HiddenSet();
  /** The reader's article pick is being read (its own save of the choice comes back from storage meanwhile). */
  private choosing = false;
  private destroyed = false;

  constructor(private readonly deps: StripDeps) {}

  get picking(): Picking | null {
    return this.pickingNow;
  }

  get choosingArticle(): boolean {
    return this.choosing;
  }

  /** How many blocks are hidden now. */
  get hiddenCount(): number {
    return this.hidden.size;
  }

  items(): StripItem[] {
    const { clutter } = this.deps.page();
    return CLUTTER_ORDER.flatMap((kind) => {
      const ofKind = clutter.filter((c) => c.kind === kind);
      if (ofKind.length === 0) return [];
      const shown = countedClutter(ofKind);
      return [
        {
          kind,
          count: shown.length,
          hidden: this.deps.choices.hiddenKinds.has(kind),
          samples: shown.map((c) => firstWords(c.text)),
        },
      ];
    });
  }

  /**
   * Why a choice saved for this site is not applied on this page: a hidden kind whose blocks here hold article
   * text (the clutter finder spared them), or hand-hidden blocks whose saved path finds article text here.
   */
  notices(): string[] {
    const { choices } = this.deps;
    const notices: string[] = [];
    const spared = new Set((this.deps.page().spared ?? []).map((s) => s.kind));
    for (const kind of CLUTTER_ORDER) {
      if (choices.hiddenKinds.has(kind) && spared.has(kind)) {
        notices.push(t('stripNoticeKindKept', clutterLabel(kind)));
      }
    }
    const held = choices.pickedSuppressed ? 0 : this.resolvedPicks().filter((e) => this.coversArticle(e)).length;
    if (held > 0) {
      notices.push(tp('stripNoticeBlocksKept', held));
    }
    return notices;
  }

  /** How many hand-hidden blocks are hidden on this page. */
  pickedCount(): number {
    return this.pickedElements().length;
  }

  /** Hides what the choices say, on the page as it is now (after every analysis and every change of choice). */
  apply(): void {
    if (this.destroyed) return;
    const page = this.deps.page();
    const { hiddenKinds } = this.deps.choices;
    const chosen = page.clutter.filter((c) => hiddenKinds.has(c.kind)).flatMap(clutterElements);
    const elements = safeToHide([...chosen, ...this.pickedElements()], page.article?.root ?? null);
    this.deps.host.reachShadowRoots(elements);
    this.hidden.set(elements, 'strip');
  }

  /** Outlines what a strip button would hide now (null: the outlines go). */
  preview(target: StripPreview | null): void {
    this.undoPreview?.();
    this.undoPreview = null;
    if (target && !this.destroyed) {
      this.undoPreview = showOutlines(this.deps.doc, this.deps.host.shadow, this.previewElements(target));
    }
  }

  toggleKind(kind: ClutterKind): void {
    const { hiddenKinds } = this.deps.choices;
    this.preview(null);
    if (hiddenKinds.has(kind)) hiddenKinds.delete(kind);
    else hiddenKinds.add(kind);
    this.changed();
  }

  setAllHidden(hidden: boolean): void {
    const { choices } = this.deps;
    this.preview(null);
    choices.hiddenKinds = new Set(hidden ? this.items().map((i) => i.kind) : []);
    if (!hidden) choices.pickedSuppressed = true;
    this.changed();
  }

  showPicked(): void {
    this.deps.choices.pickedSuppressed = !this.deps.choices.pickedSuppressed;
    this.apply();
    this.deps.render();
  }

  /** "Hide a block": the reader points at a block; on a click or Enter it is hidden and kept for the site. */
  beginBlockPicker(): void {
    const root = this.deps.page().article?.root ?? null;
    this.startPicking('block', {
      // Never the article nor anything that holds it: hiding those would hide the story itself.
      isForbidden: (element) =>
        (root !== null && (element === root || element.contains(root))) || this.coversArticle(element),
      onPick: (_element, path) => {
        const { choices } = this.deps;
        if (!choices.pickedPaths.includes(path)) choices.pickedPaths.push(path);
        choices.pickedSuppressed = false;
        this.apply();
        this.save();
        this.deps.setStatus(t('statusBlockHidden'));
        this.deps.render();
      },
    });
  }

  /** The reader points at the article; on a click or Enter it is analysed as the article and kept for the site. */
  beginArticlePicker(): void {
    this.deps.setStatus('');
    this.startPicking('article', { onPick: (_element, path) => this.chooseArticle(path) });
  }

  /**
   * The reader's article (a path), or Sourcelight's own choice again (null): saved for the site, then the page is
   * read again with it. Highlights, sources, claims and numbers are taken down and redone by the new reading.
   * A pick that holds no article text is not kept.
   */
  chooseArticle(path: string | null): void {
    if (this.destroyed) return;
    const { choices, guard } = this.deps;
    choices.articlePath = path;
    this.deps.setStatus(path === null ? t('statusAutomaticArticle') : t('statusReadingPicked'));
    this.deps.render();
    void guard.runAsync('pick-article', () => this.deps.saveSite({ articlePath: path }));
    this.choosing = true;
    void this.deps.readAgain().then(() => {
      this.choosing = false;
      if (this.destroyed || path === null || choices.articlePath !== path) return;
      if (this.deps.page().analysis.article?.certainty?.picked) {
        this.deps.setStatus(t('statusPickedShown'));
      } else {
        choices.articlePath = null;
        void guard.runAsync('pick-article', () => this.deps.saveSite({ articlePath: null }));
        this.deps.setStatus(t('statusPickNoText'));
        // Read without the pick: the reading just done says a saved pick was not found, and none is kept now.
        void this.deps.readAgain();
      }
      this.deps.render();
    });
  }

  destroy(): void {
    if (this.destroyed) return;
    this.destroyed = true;
    this.pickingNow = null;
    this.deps.guard.run('picker', () => this.undoPicker?.());
    this.deps.guard.run('strip', () => this.undoPreview?.());
    this.deps.guard.run('strip', () => this.hidden.clear());
    this.undoPicker = null;
    this.undoPreview = null;
  }

  /** A choice changed: applied, saved for the site, shown. */
  private changed(): void {
    this.apply();
    this.save();
    this.deps.render();
  }

  private save(): void {
    const { choices } = this.deps;
    void this.deps.guard.runAsync('strip', () =>
      this.deps.saveSite({ stripHidden: [...choices.hiddenKinds], hiddenBlocks: [...choices.pickedPaths] }),
    );
  }

  /** One picker at a time, for hiding a block or for choosing the article; it ends on a pick or a cancel. */
  private startPicking(
    kind: Picking,
    options: Pick<PickerOptions, 'isForbidden'> & { onPick(element: Element, path: string): void },
  ): void {
    const { doc, host } = this.deps;
    if (this.destroyed || this.pickingNow) return;
    this.pickingNow = kind;
    // The picker has the keys until it ends; then the focus goes back to where it was (the button that began it).
    const spot = host.focusSpot();
    const stop = (): void => {
      this.pickingNow = null;
      this.undoPicker = null;
      this.deps.render();
    };
    this.undoPicker = startPicker(doc, {
      overlayParent: host.shadow,
      host: host.element,
      signal: host.signal,
      ...(options.isForbidden ? { isForbidden: options.isForbidden } : {}),
      onPick: (element, path) => {
        stop();
        options.onPick(element, path);
        host.giveFocusBack(spot);
      },
      onCancel: () => {
        stop();
        host.giveFocusBack(spot);
      },
    });
    this.deps.render();
  }

  /** True when hiding `element` would hide article text (utils/page/article-text.ts). */
  private coversArticle(element: Element): boolean {
    return this.deps.page().articleText?.covers(element) ?? false;
  }

  /** What a strip button would hide now: a kind's blocks, or for "Hide all" every block still shown. */
  private previewElements(target: StripPreview): Element[] {
    const { hiddenKinds } = this.deps.choices;
    const shown = (c: { kind: ClutterKind }): boolean =>
      target === 'all' ? !hiddenKinds.has(c.kind) : c.kind === target;
    return this.deps.page().clutter.filter(shown).flatMap(clutterElements);
  }

  /** The elements the saved paths name on this page, article text or not. */
  private resolvedPicks(): Element[] {
    const found: Element[] = [];
    for (const path of this.deps.choices.pickedPaths) {
      const element = resolvePath(this.deps.doc, path);
      if (element) found.push(element);
    }
    return found;
  }

  /** The hand-hidden blocks to hide on this page: never one that would hide article text here. */
  private pickedElements(): Element[] {
    if (this.deps.choices.pickedSuppressed) return [];
    return this.resolvedPicks().filter((e) => !this.coversArticle(e));
  }
}

/** A block's first words, for a tooltip ("More from our newsroom …"). */
function firstWords(text: string): string {
  const words = text.split(' ').filter((w) => w !== '');
  return words.length > SAMPLE_WORDS ? `${words.slice(0, SAMPLE_WORDS).join(' ')} …` : words.join(' ');
}
