// The toolbar popup: what Sourcelight found on the current tab, and the switches that change the page at once.
import { useEffect, useRef, useState } from 'preact/hooks';
import { type MessageKey, t } from '@/utils/i18n';
import { languageName } from '@/utils/language-name';
import type { PageState } from '@/utils/messaging/page-controller';
import type { UnavailableReason } from '@/utils/messaging/tab';
import type { HighlightSettings } from '@/utils/settings';
import {
  findTarget,
  hasHighlightSwitches,
  highlightDefault,
  highlightOverridden,
  loadPopup,
  openOptions,
  type PopupData,
  popupShortcut,
  refreshView,
  resetHighlight,
  runAnyway,
  runOnPage,
  setHighlight,
  setSidebar,
  setSiteEnabled,
  setStrip,
  siteSwitchOn,
  watchPage,
} from './model';
import { Switch } from './Switch';

/** The page's own shortcut to the sidebar (entrypoints/content/on-page/pointer.ts), named as keyboards show it. */
const SIDEBAR_SHORTCUT = 'Alt+Shift+S';

const UNAVAILABLE_MESSAGES: Record<UnavailableReason, MessageKey> = {
  'browser-page': 'popupUnavailableBrowserPage',
  store: 'popupUnavailableStore',
  pdf: 'popupUnavailablePdf',
  file: 'popupUnavailableFile',
  'no-access': 'popupUnavailableNoAccess',
  unreachable: 'popupUnavailableUnreachable',
};

export function Popup({ search }: { search: string }) {
  const [data, setData] = useState<PopupData | null>(null);
  const [pending, setPending] = useState(0);
  const [shortcut, setShortcut] = useState<string | null>(null);
  // Changes run one after another, each on the state the previous one left, so quick clicks all land.
  const latest = useRef<PopupData | null>(null);
  const queue = useRef<Promise<void>>(Promise.resolve());

  useEffect(() => {
    let live = true;
    let stopWatching = (): void => undefined;
    // A report that arrives before the popup has its first answer is kept for when it has one.
    let reportedEarly = false;
    void findTarget(search).then(async (target) => {
      if (!live) return;
      // Watched before the page is asked: a page whose reading ends while it answers is not missed. A popup
      // opened while the page is still being read (it says `reading`) updates itself when the page reports.
      stopWatching = watchPage(target, () => {
        if (latest.current) run(refreshView);
        else reportedEarly = true;
      });
      const loaded = await loadPopup(target);
      if (!live) return;
      latest.current = loaded;
      setData(loaded);
      if (reportedEarly) run(refreshView);
    });
    void popupShortcut().then((found) => live && setShortcut(found));
    return () => {
      live = false;
      stopWatching();
    };
  }, [search]);

  const run = (change: (current: PopupData) => Promise<PopupData>) => {
    setPending((n) => n + 1);
    queue.current = queue.current
      .then(async () => {
        if (!latest.current) return;
        const next = await change(latest.current);
        latest.current = next;
        setData(next);
      })
      .catch((error: unknown) => console.error('[sourcelight:popup] change failed', error))
      .finally(() => setPending((n) => n - 1));
  };
  const busy = pending > 0;

  return (
    <main class="sl-popup" aria-busy={data === null || busy}>
      <header class="sl-popup-header">
        <h1>{t('extName')}</h1>
        <button type="button" class="sl-link-button" onClick={openOptions}>
          {t('popupOpenOptions')}
        </button>
      </header>
      {data === null ? (
        <p class="sl-status" role="status">
          {t('popupLoading')}
        </p>
      ) : (
        <PopupBody data={data} run={run} />
      )}
      {shortcut ? <footer class="sl-popup-footer">{t('popupShortcut', shortcut)}</footer> : null}
    </main>
  );
}

interface BodyProps {
  data: PopupData;
  run(change: (current: PopupData) => Promise<PopupData>): void;
}

function PopupBody({ data, run }: BodyProps) {
  const { view } = data;
  if (view.kind === 'unavailable') {
    return (
      <p class="sl-status" role="status" data-sl-status={`unavailable-${view.reason}`}>
        {t(UNAVAILABLE_MESSAGES[view.reason])}
      </p>
    );
  }
  const { state } = view;
  const siteSwitch = data.host ? (
    <Switch
      id="sl-site"
      label={t('popupSiteSwitch')}
      description={t('popupSiteSwitchDescription', data.host)}
      checked={siteSwitchOn(data)}
      onChange={(on) => run((current) => setSiteEnabled(current, on))}
    />
  ) : null;

  // The page is still being read (the popup was opened as it started): it says so, and the popup asks again
  // when the page reports that its reading ended.
  if (state.reading && !state.enabled) {
    return (
      <p class="sl-status" role="status" data-sl-status="reading">
        {t('popupLoading')}
      </p>
    );
  }
  // The reading failed before it found the article: that is what the reader learns, not "not an article".
  if (state.unfinished && !state.isArticle) {
    return (
      <>
        <p class="sl-status" role="status" data-sl-status="unfinished">
          {t('popupUnfinished')}
        </p>
        <section class="sl-switches">{siteSwitch}</section>
      </>
    );
  }
  // Checked first: a page that is not an article has nothing to switch on, whatever the run mode says.
  if (!state.isArticle) {
    return (
      <>
        <p class="sl-status" role="status" data-sl-status="not-article">
          {t('popupNotArticle')}
        </p>
        <button type="button" class="sl-button" data-sl-action="run-anyway" onClick={() => run(runAnyway)}>
          {t('popupRunAnyway')}
        </button>
        <section class="sl-switches">{siteSwitch}</section>
      </>
    );
  }
  if (!state.enabled) {
    return (
      <>
        <p class="sl-status" role="status" data-sl-status="off">
          {t(data.site.enabled === false ? 'popupOffForSite' : 'popupOff')}
        </p>
        <button type="button" class="sl-button" onClick={() => run(runOnPage)}>
          {t('popupRunOnPage')}
        </button>
        <section class="sl-switches">{siteSwitch}</section>
      </>
    );
  }
  const highlightSwitch = (which: keyof HighlightSettings, id: string, label: MessageKey) => (
    <HighlightSwitch
      key={which}
      data={data}
      which={which}
      id={id}
      label={t(label)}
      checked={state.highlights[which]}
      run={run}
    />
  );
  const highlightSwitches = [
    highlightSwitch('claims', 'sl-claims', 'popupHighlightClaims'),
    highlightSwitch('numbers', 'sl-numbers', 'popupHighlightNumbers'),
  ];
  // Two groups, each headed by what its switches change: the open page only, or every page of the site (the
  // defaults everywhere are the options page's). A page with no site has only the first, and no highlight
  // switches: there is no site to store them with (model.ts `hasHighlightSwitches`).
  return (
    <>
      <ArticleSummary state={state} />
      {/* The launcher is the page's last Tab stop: the shortcut reaches the sidebar from anywhere on the page. */}
      <p class="sl-keys-hint" data-sl-hint="sidebar-shortcut">
        {t('popupSidebarShortcut', SIDEBAR_SHORTCUT)}
      </p>
      <section class="sl-switches" aria-labelledby="sl-scope-page" data-sl-scope="page">
        <h2 class="sl-scope" id="sl-scope-page">
          {t('popupSwitchesLabel')}
        </h2>
        <Switch
          id="sl-sidebar"
          label={t('popupSidebar')}
          checked={state.sidebarOpen}
          onChange={(open) => run((current) => setSidebar(current, open))}
        />
        <Switch
          id="sl-strip"
          label={t('popupStrip')}
          checked={state.stripVisible}
          onChange={(visible) => run((current) => setStrip(current, visible))}
        />
      </section>
      {hasHighlightSwitches(data) ? (
        <section class="sl-switches" aria-labelledby="sl-scope-site" data-sl-scope="site">
          <h2 class="sl-scope" id="sl-scope-site">
            {t('popupScopeSite', data.host)}
          </h2>
          {highlightSwitches}
          {siteSwitch}
        </section>
      ) : null}
    </>
  );
}

interface HighlightSwitchProps {
  data: PopupData;
  which: keyof HighlightSettings;
  id: string;
  label: string;
  checked: boolean;
  run: BodyProps['run'];
}

/**
 * A highlight switch of the site group: says whether the site follows the default everywhere or has its own
 * setting, and in the latter case offers to go back to the default.
 */
function HighlightSwitch({ data, which, id, label, checked, run }: HighlightSwitchProps) {
  const onChange = (on: boolean) => run((current) => setHighlight(current, which, on));
  const everywhere = t(highlightDefault(data, which) ? 'popupStateOn' : 'popupStateOff');
  const overridden = highlightOverridden(data, which);
  return (
    <div class="sl-highlight-switch" data-sl-override={overridden ? 'site' : 'default'}>
      <Switch
        id={id}
        label={label}
        checked={checked}
        description={
          overridden ? t('popupHighlightOverride', everywhere) : t('popupHighlightFollowsDefault', everywhere)
        }
        onChange={onChange}
      />
      {overridden ? (
        <button
          type="button"
          class="sl-link-button sl-use-default"
          aria-label={t('popupHighlightUseDefaultLabel', label)}
          onClick={() => run((current) => resetHighlight(current, which))}
        >
          {t('popupHighlightUseDefault')}
        </button>
      ) : null}
    </div>
  );
}

/** In place of the claims and sources counts on an article in a language the rules are not written for. */
function attributionNotice(state: PageState): string | null {
  if (state.attribution.available) return null;
  const name = languageName(state.attribution.language, t('localeCode'));
  return name ? t('popupAttributionUnavailable', name) : t('popupAttributionUnavailableUnknown');
}

function ArticleSummary({ state }: { state: PageState }) {
  const { counts } = state;
  const notice = attributionNotice(state);
  const attributionRows: Array<[MessageKey, string, string]> = [
    ['popupCountClaims', String(counts.claims), 'claims'],
    [
      'popupCountSources',
      t('popupSourcesBreakdown', String(counts.sources), String(counts.named), String(counts.anonymous)),
      'sources',
    ],
  ];
  const rows: Array<[MessageKey, string, string]> = [
    ...(notice === null ? attributionRows : []),
    ['popupCountNumbers', String(counts.numbers), 'numbers'],
    ['popupCountClutter', t('popupClutterBreakdown', String(counts.clutterHidden), String(counts.clutter)), 'clutter'],
  ];
  return (
    <section class="sl-article" aria-labelledby="sl-article-title" data-sl-status="article">
      <p class="sl-eyebrow">{t('popupArticleFound')}</p>
      {/* Page text: rendered as text (Preact escapes it), its direction taken from its own characters. */}
      <h2 id="sl-article-title" dir="auto">
        {state.title ?? t('popupUntitled')}
      </h2>
      {state.publisher ? (
        <p class="sl-publisher" dir="auto">
          {state.publisher}
        </p>
      ) : null}
      {state.unfinished && (
        <p class="sl-status" role="status" data-sl-status="unfinished">
          {t('popupUnfinished')}
        </p>
      )}
      {notice !== null && (
        <p class="sl-attribution-notice" data-sl-attribution="unavailable">
          {notice}
        </p>
      )}
      {state.articleCertainty === 'unsure' ? <p class="sl-unsure">{t('popupArticleUnsure')}</p> : null}
      <dl class="sl-counts">
        {rows.map(([label, value, id]) => (
          <div key={id} data-sl-count={id}>
            <dt>{t(label)}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
