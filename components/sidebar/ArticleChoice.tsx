// "Not the article? Pick it": says plainly when Sourcelight is not sure it found the article, lets the reader
// point at the right block (always available, prominent when unsure), takes the reader's pick back ("Use
// Sourcelight's choice"), and says when the article picked for the site is not found on this page.
import { t } from '@/utils/i18n';
import type { OnPageActions, OnPageState } from './types';

/** The focus key of the buttons that begin the picker (drawn anew after it, where the focus comes back). */
const PICK_FOCUS = 'pick-article';

export function ArticleChoice({ state, actions }: { state: OnPageState; actions: OnPageActions }) {
  const certainty = state.analysis.article?.certainty;
  if (state.pickingArticle) {
    return (
      <section class="sl-article-choice" aria-label={t('articlePickingLabel')}>
        <p class="sl-picking">{t('articlePicking')}</p>
      </section>
    );
  }
  if (certainty?.picked) {
    return (
      <section class="sl-article-choice" aria-label={t('articleLabel')}>
        <p>{t('articlePicked')}</p>
        <div class="sl-row">
          <button type="button" class="sl-button" onClick={() => actions.useAutomaticArticle()}>
            {t('articleUndo')}
          </button>
          <button type="button" class="sl-link-button" data-sl-focus={PICK_FOCUS} onClick={() => actions.pickArticle()}>
            {t('articlePickAnother')}
          </button>
        </div>
      </section>
    );
  }
  if (certainty?.reasons.includes('pick-not-found')) {
    // The reader's saved pick found nothing here: the article shown is Sourcelight's guess, and the reader is told.
    return (
      <section class="sl-article-choice sl-unsure" aria-label={t('articleLabel')}>
        <p>
          <strong>{t('articlePickNotFound')}</strong>
        </p>
        <div class="sl-row">
          <button type="button" class="sl-button sl-primary" onClick={() => actions.pickArticle()}>
            {t('articlePickAgain')}
          </button>
          <button type="button" class="sl-link-button" onClick={() => actions.useAutomaticArticle()}>
            {t('articleForgetPick')}
          </button>
        </div>
      </section>
    );
  }
  if (certainty?.level === 'unsure') {
    return (
      <section class="sl-article-choice sl-unsure" aria-label={t('articleLabel')}>
        <p>
          <strong>{t('articleUnsure')}</strong>
        </p>
        <button
          type="button"
          class="sl-button sl-primary"
          data-sl-focus={PICK_FOCUS}
          onClick={() => actions.pickArticle()}
        >
          {t('articlePick')}
        </button>
      </section>
    );
  }
  return (
    <p class="sl-article-choice">
      <button
        type="button"
        class="sl-link-button sl-muted"
        data-sl-focus={PICK_FOCUS}
        onClick={() => actions.pickArticle()}
      >
        {t('articlePick')}
      </button>
    </p>
  );
}
