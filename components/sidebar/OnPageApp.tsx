// Everything Sourcelight shows on a page, rendered into the shadow root of <sourcelight-ui>: the launcher, the
// sidebar, the strip and the hover card. Its words are in the reader's language and laid out in its direction
// (dir, lang); the panels sit at the end of the page's lines (data-sl-page-dir, assets/onpage.css).
import { t, tp } from '@/utils/i18n';
import { ClaimRing, HoverCard } from './HoverCard';
import { attributionUnavailable, uiDirections } from './labels';
import { Sidebar } from './Sidebar';
import { Strip } from './Strip';
import type { HoverCardState, OnPageActions, OnPageState } from './types';

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
      {state.card && <CardLayer card={state.card} actions={actions} />}
    </div>
  );
}

/**
 * The hover card, and for a claim reached by keyboard the ring that has the focus. When the focus leaves both
 * (a click elsewhere, Tab past the card), the card of a focused claim closes.
 */
function CardLayer({ card, actions }: { card: HoverCardState; actions: OnPageActions }) {
  const ring = card.ring;
  if (!ring) return <HoverCard card={card} actions={actions} />;
  const onFocusOut = (event: FocusEvent) => {
    const layer = event.currentTarget as HTMLElement;
    const next = event.relatedTarget as Node | null;
    // Not at once: taking the ring away while drawing also sends focusout (Chromium), and drawing again inside
    // a drawing would break it. Once the task is done, a layer that still lost the focus closes its card.
    if (!next || !layer.contains(next)) {
      queueMicrotask(() => {
        const root = layer.getRootNode() as ShadowRoot | Document;
        if (layer.isConnected && !layer.contains(root.activeElement)) actions.closeCard(false);
      });
    }
  };
  return (
    <div class="sl-card-layer" onFocusOut={onFocusOut}>
      <ClaimRing card={card} ring={ring} actions={actions} />
      <HoverCard card={card} actions={actions} />
    </div>
  );
}
