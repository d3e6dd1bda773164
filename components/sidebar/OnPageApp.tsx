// Everything Sourcelight shows on a page, rendered into the shadow root of <sourcelight-ui>: the launcher, the
// sidebar, the strip and the hover card.
import { attributionUnavailableText } from '@/utils/language-name';
import { HoverCard } from './HoverCard';
import { Sidebar } from './Sidebar';
import { Strip } from './Strip';
import type { OnPageActions, OnPageState } from './types';

export function OnPageApp({ state, actions }: { state: OnPageState; actions: OnPageActions }) {
  const sources = state.analysis.sources.length;
  const unavailable = attributionUnavailableText(state.analysis.attribution);
  return (
    <div class={`sl-root${state.sidebarOpen ? ' sl-with-sidebar' : ''}${state.stripVisible ? ' sl-with-strip' : ''}`}>
      {!state.sidebarOpen && (
        <button
          type="button"
          class="sl-launcher"
          aria-expanded={false}
          aria-keyshortcuts="Alt+Shift+S"
          onClick={() => actions.setSidebar(true)}
        >
          <span class="sl-launcher-mark" aria-hidden="true">
            S
          </span>
          <span>{unavailable ?? `${sources} ${sources === 1 ? 'source' : 'sources'}`}</span>
          <span class="sl-visually-hidden"> — open the Sourcelight sidebar</span>
        </button>
      )}
      {state.sidebarOpen && <Sidebar state={state} actions={actions} />}
      {state.stripVisible && <Strip state={state} actions={actions} />}
      {!state.stripVisible && state.strip.length > 0 && (
        <button type="button" class="sl-strip-tab" onClick={() => actions.setStrip(true)}>
          Clutter strip
        </button>
      )}
      {state.card && <HoverCard card={state.card} actions={actions} />}
    </div>
  );
}
