// The composition root on the page: analyse first, then show; do nothing on pages that are not articles.
import { analyzePage } from '@/utils/analyze';

export default defineContentScript({
  matches: ['<all_urls>'],
  runAt: 'document_idle',
  main() {
    const { analysis } = analyzePage(document, { url: location.href });
    if (!analysis.isArticle) return;
    const host = document.createElement('sourcelight-ui');
    host.dataset.state = 'ready';
    host.dataset.claims = String(analysis.claims.length);
    host.dataset.numbers = String(analysis.numbers.length);
    host.dataset.sources = String(analysis.sources.length);
    document.documentElement.append(host);
  },
});
