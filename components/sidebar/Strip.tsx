// The strip: a slim bar listing what was found around the article, one toggle per kind ("Related 3"),
// Hide all / Show all, and the picker for a block the detector missed.
import { CLUTTER_LABELS } from './model';
import type { OnPageActions, OnPageState } from './types';

export function Strip({ state, actions }: { state: OnPageState; actions: OnPageActions }) {
  const items = state.strip;
  const anyShown = items.some((i) => !i.hidden);
  const anyHidden = items.some((i) => i.hidden) || state.pickedCount > 0;
  return (
    <section class="sl-strip" aria-label="Sourcelight: clutter around the article">
      <span class="sl-strip-title" aria-hidden="true">
        Around the article
      </span>
      <ul class="sl-strip-items">
        {items.map((item) => (
          <li key={item.kind}>
            <button
              type="button"
              class="sl-chip"
              aria-pressed={item.hidden}
              title={item.hidden ? 'Hidden: click to show' : 'Shown: click to hide'}
              onClick={() => actions.toggleKind(item.kind)}
            >
              <span class="sl-visually-hidden">Hide </span>
              {CLUTTER_LABELS[item.kind]} <span class="sl-chip-count">{item.count}</span>
            </button>
          </li>
        ))}
        {items.length === 0 && <li class="sl-muted">Nothing found around the article</li>}
      </ul>
      <div class="sl-strip-actions">
        {items.length > 0 && anyShown && (
          <button type="button" class="sl-chip" onClick={() => actions.setAllHidden(true)}>
            Hide all
          </button>
        )}
        {anyHidden && (
          <button type="button" class="sl-chip" onClick={() => actions.setAllHidden(false)}>
            Show all
          </button>
        )}
        <button type="button" class="sl-chip" aria-pressed={state.picking} onClick={() => actions.startPicker()}>
          {state.picking ? 'Pick a block: ↑ wider, ↓ narrower, Esc cancels' : 'Hide a block…'}
        </button>
        <button type="button" class="sl-icon-button" onClick={() => actions.setStrip(false)}>
          <span aria-hidden="true">×</span>
          <span class="sl-visually-hidden">Close the strip</span>
        </button>
      </div>
    </section>
  );
}
