// Everything Sourcelight shows on a page, rendered into the shadow root of <sourcelight-ui>: the launcher, the
// sidebar, the strip and the hover card. Its words are in the reader's language and laid out in its direction
// (dir, lang); the panels sit at the end of the page's lines (data-sl-page-dir, assets/onpage.css).
import { t, tp } from '@/utils/i18n';
import { HoverCard } from './HoverCard';
import { attributionUnavailable, uiDirections } from './labels';
import { Sidebar } from './Sidebar';
import { Strip } from './Strip';
import type { OnPageActions, OnPageState } from './types';

export function OnPageApp({ state, actions }: { state: OnPageState; actions: OnPageActions }) {
  const sources = state.analysis.sources.length;
  const unavailable = attributionUnavailable(state.analysis.attribution);
  const directions = uiDirections(state.analysis.attribution, state.analysis.article?.language);
  return (
    <div
      class={`sl-root${state.sidebarOpen ? ' sl-with-sidebar' : ''}${state.stripVisible ? ' sl-with-strip' : ''}`}
      dir={directions.text}
      lang={directions.lang}
      data-sl-page-dir={directions.page}
    >
      {!state.sidebarOpen && (
        <button
          type="button"
          class="sl-launcher"
          aria-expanded={false}
          aria-keyshortcuts="Alt+Shift+S"
          onClick={() => actions.setSidebar(true)}
        >
          <span class="sl-launcher-mark" aria-hidden="true">
            {t('onPageLauncherMark')}
          </span>
          <span>{unavailable ?? tp('onPageLauncherSources', sources)}</span>
          <span class="sl-visually-hidden"> {t('onPageLauncherOpen')}</span>
        </button>
      )}
      {state.sidebarOpen && <Sidebar state={state} actions={actions} />}
      {state.stripVisible && <Strip state={state} actions={actions} />}
      {!state.stripVisible && state.strip.length > 0 && (
        <button type="button" class="sl-strip-tab" onClick={() => actions.setStrip(true)}>
          {t('onPageStripTab')}
        </button>
      )}
      {state.card && <HoverCard card={state.card} actions={actions} />}
    </div>
  );
}
