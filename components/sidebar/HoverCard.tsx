// The small card shown over a highlighted claim: who says it (name, role, named or anonymous, category) and the
// words that attribute it. Positioned in viewport coordinates next to the pointer, kept inside the window.
import { t } from '@/utils/i18n';
import { categoryLabel, joinMeta } from './labels';
import type { HoverCardState, OnPageActions } from './types';

/** The card's size budget, used to keep it inside the viewport. */
const CARD_WIDTH = 300;
const CARD_HEIGHT = 150;
const POINTER_GAP = 14;

export function HoverCard({ card, actions }: { card: HoverCardState; actions: OnPageActions }) {
  const { source, claim } = card;
  const width = typeof innerWidth === 'number' ? innerWidth : 1024;
  const height = typeof innerHeight === 'number' ? innerHeight : 768;
  const left = Math.max(8, Math.min(card.x + POINTER_GAP, width - CARD_WIDTH - 8));
  const top = card.y + POINTER_GAP + CARD_HEIGHT > height ? card.y - CARD_HEIGHT - POINTER_GAP : card.y + POINTER_GAP;
  return (
    <div
      class="sl-card"
      role="dialog"
      aria-label={t('cardLabel')}
      style={{ left: `${left}px`, top: `${Math.max(8, top)}px` }}
      onMouseEnter={() => actions.keepCard()}
    >
      {source ? (
        <>
          <p class="sl-card-name">
            <span class={`sl-swatch sl-cat-${source.category}`} aria-hidden="true" />
            {source.name}
          </p>
          <p class="sl-card-meta">
            {joinMeta([
              source.role,
              t(source.named ? 'sourceNamed' : 'sourceAnonymous'),
              categoryLabel(source.category),
            ])}
          </p>
        </>
      ) : (
        <p class="sl-card-name">{t('cardUnattributed')}</p>
      )}
      <p class="sl-card-cue">
        {t('cardCue')} <q>{claim.cue}</q>
      </p>
      <div class="sl-row">
        {source && (
          <button type="button" class="sl-button" onClick={() => actions.openCardSource()}>
            {t('cardShowInSidebar')}
          </button>
        )}
        <button type="button" class="sl-icon-button" onClick={() => actions.closeCard()}>
          <span aria-hidden="true">×</span>
          <span class="sl-visually-hidden">{t('cardClose')}</span>
        </button>
      </div>
    </div>
  );
}
