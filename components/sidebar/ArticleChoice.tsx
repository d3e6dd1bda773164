// "Not the article? Pick it": says plainly when Sourcelight is not sure it found the article, lets the reader
// point at the right block (always available, prominent when unsure), and takes the reader's pick back
// ("Use Sourcelight's choice").
import type { OnPageActions, OnPageState } from './types';

export const UNSURE_TEXT = 'Sourcelight is not sure this is the article.';
export const PICK_LABEL = 'Not the article? Pick it';
export const PICKING_TEXT = 'Click the article. ↑ wider, ↓ narrower, Esc cancels.';
export const PICKED_TEXT = 'You picked the article on this site.';
export const UNDO_LABEL = "Use Sourcelight's choice";

export function ArticleChoice({ state, actions }: { state: OnPageState; actions: OnPageActions }) {
  const certainty = state.analysis.article?.certainty;
  if (state.pickingArticle) {
    return (
      <section class="sl-article-choice" aria-label="Pick the article">
        <p class="sl-picking">{PICKING_TEXT}</p>
      </section>
    );
  }
  if (certainty?.picked) {
    return (
      <section class="sl-article-choice" aria-label="The article">
        <p>{PICKED_TEXT}</p>
        <div class="sl-row">
          <button type="button" class="sl-button" onClick={() => actions.useAutomaticArticle()}>
            {UNDO_LABEL}
          </button>
          <button type="button" class="sl-link-button" onClick={() => actions.pickArticle()}>
            Pick another
          </button>
        </div>
      </section>
    );
  }
  if (certainty?.level === 'unsure') {
    return (
      <section class="sl-article-choice sl-unsure" aria-label="The article">
        <p>
          <strong>{UNSURE_TEXT}</strong>
        </p>
        <button type="button" class="sl-button sl-primary" onClick={() => actions.pickArticle()}>
          {PICK_LABEL}
        </button>
      </section>
    );
  }
  return (
    <p class="sl-article-choice">
      <button type="button" class="sl-link-button sl-muted" onClick={() => actions.pickArticle()}>
        {PICK_LABEL}
      </button>
    </p>
  );
}
