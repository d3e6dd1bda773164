// The strip: a slim bar listing what was found around the article, one toggle per kind ("Related 3"),
// Hide all / Show all, and the picker for a block the detector missed. Each button says what it will hide
// before it hides it: hovering or focusing it outlines those blocks on the page (previewStrip) and its tooltip,
// also its accessible description, names them ("Hides 3 blocks: 'More from …', …").
import { t, tp } from '@/utils/i18n';
import { clutterLabel, joinList } from './labels';
import type { OnPageActions, OnPageState, StripItem, StripPreview } from './types';

/** A tooltip quotes this many blocks by their first words, then counts the rest ("and 4 more"). */
const MAX_QUOTED = 3;

/** What a button does to its blocks, told before it does it. */
export function stripDescription(samples: readonly string[], hidden: boolean): string {
  const count = samples.length;
  const head = tp(hidden ? 'stripTipHidden' : 'stripTipHides', count);
  const items = joinList(samples.slice(0, MAX_QUOTED).map((s) => t('onPageQuoted', s)));
  if (count > MAX_QUOTED) return tp('stripTipListMore', count - MAX_QUOTED, head, items);
  return count > 0 ? t('stripTipList', head, items) : head;
}

export function Strip({ state, actions }: { state: OnPageState; actions: OnPageActions }) {
  const items = state.strip;
  const anyShown = items.some((i) => !i.hidden);
  const anyHidden = items.some((i) => i.hidden) || state.pickedCount > 0;
  const shownSamples = items.filter((i) => !i.hidden).flatMap((i) => i.samples);
  /** Hover and keyboard focus both start the preview; leaving or blurring ends it. */
  const preview = (target: StripPreview) => ({
    onMouseEnter: () => actions.previewStrip(target),
    onMouseLeave: () => actions.previewStrip(null),
    onFocus: () => actions.previewStrip(target),
    onBlur: () => actions.previewStrip(null),
  });
  const tipId = (item: StripItem): string => `sl-strip-tip-${item.kind}`;
  return (
    <section class="sl-strip" aria-label={t('stripLabel')}>
      <span class="sl-strip-title" aria-hidden="true">
        {t('stripTitle')}
      </span>
      <ul class="sl-strip-items">
        {items.map((item) => (
          <li key={item.kind} class="sl-strip-item">
            <button
              type="button"
              class="sl-chip"
              aria-pressed={item.hidden}
              aria-describedby={tipId(item)}
              onClick={() => actions.toggleKind(item.kind)}
              {...preview(item.kind)}
            >
              <span class="sl-visually-hidden">{t('stripChipHide')} </span>
              {clutterLabel(item.kind)} <span class="sl-chip-count">{item.count}</span>
            </button>
            <span id={tipId(item)} class="sl-strip-tip" role="tooltip">
              {stripDescription(item.samples, item.hidden)}
            </span>
          </li>
        ))}
        {items.length === 0 && <li class="sl-muted">{t('stripNothing')}</li>}
      </ul>
      {state.stripNotices.length > 0 && (
        <p class="sl-strip-notice" role="status">
          {state.stripNotices.join(' ')}
        </p>
      )}
      <div class="sl-strip-actions">
        {items.length > 0 && anyShown && (
          <span class="sl-strip-item">
            <button
              type="button"
              class="sl-chip"
              aria-describedby="sl-strip-tip-all"
              {...preview('all')}
              onClick={() => actions.setAllHidden(true)}
            >
              {t('stripHideAll')}
            </button>
            <span id="sl-strip-tip-all" class="sl-strip-tip" role="tooltip">
              {stripDescription(shownSamples, false)}
            </span>
          </span>
        )}
        {anyHidden && (
          <button type="button" class="sl-chip" onClick={() => actions.setAllHidden(false)}>
            {t('stripShowAll')}
          </button>
        )}
        <button type="button" class="sl-chip" aria-pressed={state.picking} onClick={() => actions.startPicker()}>
          {t(state.picking ? 'stripPicking' : 'stripPickBlock')}
        </button>
        <button type="button" class="sl-icon-button" onClick={() => actions.setStrip(false)}>
          <span aria-hidden="true">×</span>
          <span class="sl-visually-hidden">{t('stripClose')}</span>
        </button>
      </div>
    </section>
  );
}
