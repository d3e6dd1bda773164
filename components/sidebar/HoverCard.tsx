// The small card shown over a highlighted claim: who says it (name, role, named or anonymous, category) and the
// words that attribute it. Positioned in viewport coordinates next to the pointer (or below a claim reached by
// keyboard), kept inside the window. A claim reached by keyboard is focused through its ring (ClaimRing), which
// the card describes.
import { t } from '@/utils/i18n';
import { categoryLabel, cueKindLabel, joinMeta } from './labels';
import { cueOf } from './model';
import type { HoverCardState, OnPageActions, ClaimRing as Ring } from './types';

/** The card's size budget, used to keep it inside the viewport. */
const CARD_WIDTH = 300;
const CARD_HEIGHT = 150;
const POINTER_GAP = 14;
/** The card of a focused claim sits this far below (or above) the claim's ring. */
const RING_GAP = 6;
/** The ring is drawn this far outside the claim's text, so that it does not cover the letters. */
const RING_PAD = 3;
/** The id the focused claim's ring is described by (both in our shadow root). */
const CARD_ID = 'sl-card';
/** A claim's words in its ring's accessible name, cut after this many characters. */
const RING_NAME_CHARS = 120;

export function HoverCard({ card, actions }: { card: HoverCardState; actions: OnPageActions }) {
  const { source, claim } = card;
  // The cue that attributes the claim to the source the card names (a sentence may cite several).
  const cue = cueOf(claim, source?.id ?? null);
  const width = typeof innerWidth === 'number' ? innerWidth : 1024;
  const height = typeof innerHeight === 'number' ? innerHeight : 768;
  const ring = card.ring;
  const gap = ring ? RING_GAP : POINTER_GAP;
  const left = Math.max(8, Math.min(ring ? card.x : card.x + gap, width - CARD_WIDTH - 8));
  const above = (ring ? ring.top : card.y) - CARD_HEIGHT - gap;
  const top = card.y + gap + CARD_HEIGHT > height ? above : card.y + gap;
  return (
    <div
      class="sl-card"
      id={CARD_ID}
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
        {t('cardCue')} <q>{cue.cue}</q>
      </p>
      <p class="sl-card-meta">{t('cardKind', cueKindLabel(cue.cueKind))}</p>
      {ring && <p class="sl-card-keys">{t(source ? 'cardKeys' : 'cardKeysUnattributed')}</p>}
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

/**
 * The focus of a claim reached by keyboard: a ring around its words (not a tab stop: it is reached from the
 * sidebar, so the page's Tab order is untouched). Its name is the claim, its description the card; ↑ and ↓ step
 * to the previous or next claim, Enter opens its source in the sidebar, Esc (pointer.ts) closes it.
 */
export function ClaimRing({ card, ring, actions }: { card: HoverCardState; ring: Ring; actions: OnPageActions }) {
  const text = card.claim.text.replace(/\s+/g, ' ').trim();
  const words = text.length > RING_NAME_CHARS ? `${text.slice(0, RING_NAME_CHARS - 1)}…` : text;
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
    event.preventDefault();
    actions.stepClaim(event.key === 'ArrowDown' ? 1 : -1);
  };
  return (
    <button
      type="button"
      class="sl-claim-ring"
      tabIndex={-1}
      data-sl-focus="claim"
      aria-describedby={CARD_ID}
      style={{
        left: `${ring.left - RING_PAD}px`,
        top: `${ring.top - RING_PAD}px`,
        width: `${ring.width + 2 * RING_PAD}px`,
        height: `${ring.height + 2 * RING_PAD}px`,
      }}
      onKeyDown={onKeyDown}
      onClick={() => card.source && actions.openCardSource()}
    >
      <span class="sl-visually-hidden">{t('claimFocusName', words)}</span>
    </button>
  );
}
