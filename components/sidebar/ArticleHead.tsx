// Which story the sidebar describes: its headline, who wrote it, the publisher or wire, and the date, so that a
// reader sees at once when Sourcelight read the wrong story (a related story on an aggregator) and can pick the
// right one just below. Page text is rendered as text (Preact escapes it), its direction from its own characters.
import type { ArticleInfo } from '@/utils/analysis/types';
import { messagesLocale, t } from '@/utils/i18n';
import { joinList, joinMeta } from './labels';

/** "2025-06-23" (or a full ISO time) as the reader's language writes a date; anything else as the page gave it. */
export function articleDate(published: string | null, locale: string): string | null {
  if (!published) return null;
  const day = /^(\d{4})-(\d{2})-(\d{2})/.exec(published);
  if (!day) return published;
  const date = new Date(Date.UTC(Number(day[1]), Number(day[2]) - 1, Number(day[3])));
  if (Number.isNaN(date.getTime())) return published;
  try {
    return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' }).format(date);
  } catch {
    return published;
  }
}

/** "By A, B · Reuters · 23 Jun 2025", the parts the page gives; null when it gives none. */
export function articleLine(article: ArticleInfo, locale: string): string | null {
  const byline = article.authors.length > 0 ? t('sidebarArticleBy', joinList(article.authors)) : null;
  const parts = [byline, article.publisher, articleDate(article.published, locale)];
  return parts.some(Boolean) ? joinMeta(parts) : null;
}

export function ArticleHead({ article }: { article: ArticleInfo | null }) {
  if (!article) return null;
  const line = articleLine(article, messagesLocale());
  if (!article.title && !line) return null;
  return (
    <div class="sl-article-head" data-sl-article-head="">
      {article.title ? (
        <p class="sl-article-title" dir="auto">
          {article.title}
        </p>
      ) : null}
      {line ? (
        <p class="sl-muted sl-article-line" dir="auto">
          {line}
        </p>
      ) : null}
    </div>
  );
}
