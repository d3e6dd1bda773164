// The strip hides clutter by attribute, never by removing nodes; showing again restores attributes exactly.
import { beforeEach, describe, expect, it } from 'vitest';
import { addPageStyle } from '../../utils/marks/page-style';
import { HIDDEN_ATTR, HiddenSet, STRIP_CSS, safeToHide } from '../../utils/marks/strip';
import { loadArticle, markup } from './fixtures';

describe('HiddenSet', () => {
  beforeEach(() => {
    loadArticle();
  });

  it('hide then show leaves the markup byte-identical (inline style and attribute order kept)', () => {
    const before = markup();
    const related = document.getElementById('related') as Element;
    const promo = document.querySelector('.promo') as Element;
    const hidden = new HiddenSet();
    hidden.set([related, promo], 'related');
    expect(related.hasAttribute(HIDDEN_ATTR)).toBe(true);
    expect(document.getElementById('related')).toBe(related);
    hidden.set([promo]);
    expect(related.hasAttribute(HIDDEN_ATTR)).toBe(false);
    hidden.clear();
    expect(markup()).toBe(before);
  });

  it('restores an attribute the page itself had', () => {
    const promo = document.querySelector('.promo') as Element;
    promo.setAttribute(HIDDEN_ATTR, 'page-value');
    const before = markup();
    const hidden = new HiddenSet();
    hidden.set([promo]);
    hidden.undo();
    expect(markup()).toBe(before);
  });

  it('the page rule goes in and out with the strip, leaving no element behind', () => {
    const before = markup();
    const host = document.createElement('sourcelight-ui');
    document.documentElement.append(host);
    const undoStyle = addPageStyle(document, STRIP_CSS, host);
    const hidden = new HiddenSet();
    hidden.set([document.getElementById('related') as Element]);
    hidden.undo();
    undoStyle();
    host.remove();
    expect(markup()).toBe(before);
  });

  it('never hides what holds the article', () => {
    const article = document.getElementById('story') as Element;
    const main = document.querySelector('main') as Element;
    const related = document.getElementById('related') as Element;
    expect(safeToHide([main, related, related, document.body], article)).toEqual([related]);
  });
});
