import { beforeEach, describe, expect, it, vi } from 'vitest';
import { elementPath, resolvePath, startPicker } from '../../utils/marks/picker';
import { loadArticle, markup } from './fixtures';

describe('elementPath / resolvePath', () => {
  beforeEach(() => {
    loadArticle();
  });

  it.each([
    ['#related', '#related'],
    ['#related li:nth-of-type(2)', '#related > ul > li:nth-of-type(2)'],
    ['.promo', 'body > main > div'],
    ['header.site a', 'body > header > a'],
  ])('%s is saved as %s and found again', (selector, expected) => {
    const element = document.querySelector(selector) as Element;
    const path = elementPath(element);
    expect(path).toBe(expected);
    expect(resolvePath(document, path as string)).toBe(element);
  });

  it('skips generated ids', () => {
    const promo = document.querySelector('.promo') as Element;
    promo.id = 'ad-83749201';
    expect(elementPath(promo)).toBe('body > main > div');
  });

  it('gives null for a path that is not a selector', () => {
    expect(resolvePath(document, 'body > >')).toBeNull();
  });
});

describe('startPicker', () => {
  it('Esc cancels and removes the overlay; the page markup is untouched', () => {
    loadArticle();
    const host = document.createElement('sourcelight-ui');
    document.documentElement.append(host);
    const shadow = host.attachShadow({ mode: 'open' });
    const before = markup();
    const onCancel = vi.fn();
    const onPick = vi.fn();
    startPicker(document, { overlayParent: shadow, host, onPick, onCancel });
    expect(shadow.querySelector('.sl-picker-outline')).not.toBeNull();
    document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    expect(onCancel).toHaveBeenCalledOnce();
    expect(onPick).not.toHaveBeenCalled();
    expect(shadow.querySelector('.sl-picker-outline')).toBeNull();
    expect(markup()).toBe(before);
    host.remove();
  });
});

describe('startPicker keys', () => {
  it('ArrowUp widens to the parent, ArrowDown narrows back, Enter picks; nothing on the page changes', () => {
    loadArticle();
    const host = document.createElement('sourcelight-ui');
    document.documentElement.append(host);
    const shadow = host.attachShadow({ mode: 'open' });
    const item = document.querySelector('#related li') as Element;
    // jsdom has no layout: elementFromPoint is stubbed to the element under the pointer.
    const original = document.elementFromPoint;
    document.elementFromPoint = () => item;
    const before = markup();
    const onPick = vi.fn();
    startPicker(document, { overlayParent: shadow, host, onPick, onCancel: vi.fn() });
    document.dispatchEvent(new MouseEvent('mousemove', { clientX: 5, clientY: 5, bubbles: true }));
    const key = (k: string) => document.dispatchEvent(new KeyboardEvent('keydown', { key: k, bubbles: true }));
    key('ArrowUp');
    key('ArrowUp');
    key('ArrowDown');
    key('Enter');
    document.elementFromPoint = original;
    expect(onPick).toHaveBeenCalledWith(item.parentElement, '#related > ul');
    expect(shadow.querySelector('.sl-picker-outline')).toBeNull();
    expect(markup()).toBe(before);
    host.remove();
  });
});

describe('startPicker sideways keys', () => {
  it('ArrowRight out of a block and ArrowLeft come back to the same block, not to the block around it', () => {
    document.body.innerHTML =
      '<main><div id="story"><p>First line of the story.</p><aside id="promo">Subscribe today.</aside></div>' +
      '<section id="after">More from the site.</section></main>';
    const host = document.createElement('sourcelight-ui');
    document.documentElement.append(host);
    const shadow = host.attachShadow({ mode: 'open' });
    const promo = document.querySelector('#promo') as Element;
    // jsdom has no layout: every block gets a box, and the pointer is over the promo.
    const box = vi.spyOn(Element.prototype, 'getBoundingClientRect').mockReturnValue(new DOMRect(0, 0, 200, 100));
    const original = document.elementFromPoint;
    document.elementFromPoint = () => promo;
    const onPick = vi.fn();
    startPicker(document, { overlayParent: shadow, host, onPick, onCancel: vi.fn() });
    document.dispatchEvent(new MouseEvent('mousemove', { clientX: 5, clientY: 5, bubbles: true }));
    const key = (k: string) => document.dispatchEvent(new KeyboardEvent('keydown', { key: k, bubbles: true }));
    key('ArrowRight');
    key('ArrowLeft');
    key('Enter');
    document.elementFromPoint = original;
    box.mockRestore();
    expect(onPick).toHaveBeenCalledWith(promo, expect.any(String));
    host.remove();
  });
});
