// The strip's preview: before a chip hides anything, hovering or focusing it outlines the blocks it would hide.
// The outlines are boxes inside Sourcelight's own shadow root (like the picker's), placed over each block's
// rectangle and kept there while the page scrolls or resizes, so the page's own markup is never touched.
import type { Undo } from './undo';

/** A block with no box (hidden already, or display:none) has nothing to outline. */
const MIN_OUTLINE_PX = 1;

/** Outlines `elements` until the returned Undo is called; the Undo removes every outline and listener. */
export function showOutlines(doc: Document, overlayParent: Node, elements: readonly Element[]): Undo {
  const view = doc.defaultView;
  const layer = doc.createElement('div');
  layer.className = 'sl-preview';
  layer.setAttribute('aria-hidden', 'true');
  const boxes = elements.map(() => {
    const box = doc.createElement('div');
    box.className = 'sl-preview-outline';
    layer.append(box);
    return box;
  });
  overlayParent.appendChild(layer);
  const place = (): void => {
    elements.forEach((element, i) => {
      const box = boxes[i];
      if (!box) return;
      const rect = element.getBoundingClientRect();
      const visible = rect.width >= MIN_OUTLINE_PX && rect.height >= MIN_OUTLINE_PX;
      box.hidden = !visible;
      if (!visible) return;
      Object.assign(box.style, {
        top: `${rect.top}px`,
        left: `${rect.left}px`,
        width: `${rect.width}px`,
        height: `${rect.height}px`,
      });
    });
  };
  place();
  const controller = new AbortController();
  let frame = 0;
  const queue = (): void => {
    if (frame !== 0 || !view) return;
    frame = view.requestAnimationFrame(() => {
      frame = 0;
      place();
    });
  };
  view?.addEventListener('scroll', queue, { capture: true, passive: true, signal: controller.signal });
  view?.addEventListener('resize', queue, { passive: true, signal: controller.signal });
  let stopped = false;
  return () => {
    if (stopped) return;
    stopped = true;
    controller.abort();
    if (frame !== 0) view?.cancelAnimationFrame(frame);
    layer.remove();
  };
}
