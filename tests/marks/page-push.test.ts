import { describe, expect, it } from 'vitest';
import { pushPage } from '../../utils/marks/page-push';
import { loadArticle, markup } from './fixtures';

describe('pushPage', () => {
  it('pushing the page for the sidebar and undoing it leaves the markup identical', () => {
    loadArticle();
    const before = markup();
    const host = document.createElement('sourcelight-ui');
    document.documentElement.append(host);
    const undo = pushPage(document, 360, host);
    expect(document.documentElement.outerHTML).toContain('margin-inline-end:360px');
    undo();
    host.remove();
    expect(markup()).toBe(before);
  });
});
