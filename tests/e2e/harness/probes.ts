// In-page probes for "Sourcelight changed nothing": a MutationObserver started before any page script, and a
// snapshot of markup, style sheets and computed styles. Compare the same page with and without the extension.
import type { E2EPage } from '../../../tools/browser/types.ts';

const RECORDER_KEY = '__sourcelightE2eMutations';

/** Runs in the page (serialised by the driver) from document creation on; keeps one line per mutation. */
function startMutationRecorder(key: string): void {
  const lines: string[] = [];
  const name = (node: Node | null): string => {
    if (node === null) return 'null';
    if (node instanceof Element) {
      const id = node.id === '' ? '' : `#${node.id}`;
      return `${node.localName}${id}`;
    }
    return node.nodeName;
  };
  const record = (records: MutationRecord[]) => {
    for (const r of records) {
      if (r.type === 'attributes') {
        const value = r.target instanceof Element ? r.target.getAttribute(r.attributeName ?? '') : null;
        lines.push(`attr ${name(r.target)} ${r.attributeName}: ${r.oldValue} -> ${value}`);
      } else if (r.type === 'characterData') {
        lines.push(`text in ${name(r.target.parentNode)}: ${r.target.textContent?.length ?? 0} chars`);
      } else {
        for (const n of r.addedNodes) lines.push(`add ${name(n)} to ${name(r.target)}`);
        for (const n of r.removedNodes) lines.push(`remove ${name(n)} from ${name(r.target)}`);
      }
    }
  };
  const observer = new MutationObserver(record);
  observer.observe(document, {
    childList: true,
    subtree: true,
    attributes: true,
    attributeOldValue: true,
    characterData: true,
    characterDataOldValue: true,
  });
  Object.defineProperty(window, key, {
    value: () => {
      record(observer.takeRecords());
      return lines.slice();
    },
  });
}

export async function installMutationRecorder(page: E2EPage): Promise<void> {
  await page.addInitScript(startMutationRecorder, RECORDER_KEY);
}

/** Every mutation since the document was created (parser insertions included), in order. */
export async function readMutations(page: E2EPage): Promise<string[]> {
  return page.evaluate((key: string) => {
    const read = (window as unknown as Record<string, unknown>)[key];
    if (typeof read !== 'function') throw new Error('mutation recorder was not installed before the page loaded');
    return (read as () => string[])();
  }, RECORDER_KEY);
}

export interface PageSnapshot {
  html: string;
  styleSheets: number;
  adoptedStyleSheets: number;
  /** One line per element: its path and a hash of its computed style (and ::before/::after content). */
  styles: string[];
}

/** What a reader's page consists of, as the page itself sees it (main world). */
export async function snapshot(page: E2EPage): Promise<PageSnapshot> {
  return page.evaluate(() => {
    const hash = (text: string): string => {
      let h = 0x811c9dc5;
      for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
      return (h >>> 0).toString(16);
    };
    const styles: string[] = [];
    const all = document.querySelectorAll('*');
    for (const [i, el] of all.entries()) {
      const cs = getComputedStyle(el);
      let text = '';
      for (let p = 0; p < cs.length; p++) {
        const prop = cs.item(p);
        text += `${prop}:${cs.getPropertyValue(prop)};`;
      }
      text += `::before ${getComputedStyle(el, '::before').content} ::after ${getComputedStyle(el, '::after').content}`;
      styles.push(`${i} ${el.localName}${el.id === '' ? '' : `#${el.id}`} ${hash(text)}`);
    }
    return {
      html: `${document.doctype === null ? '' : `<!DOCTYPE ${document.doctype.name}>`}${document.documentElement.outerHTML}`,
      styleSheets: document.styleSheets.length,
      adoptedStyleSheets: document.adoptedStyleSheets.length,
      styles,
    };
  }, null);
}

/** The first place two lists differ, for an error message a person can act on. */
export function firstDifference(expected: readonly string[], actual: readonly string[]): string | null {
  const n = Math.max(expected.length, actual.length);
  for (let i = 0; i < n; i++) {
    if (expected[i] !== actual[i]) {
      return `at #${i}: expected ${JSON.stringify(expected[i] ?? '(end)')}, got ${JSON.stringify(actual[i] ?? '(end)')} (lengths ${expected.length} vs ${actual.length})`;
    }
  }
  return null;
}

/** The first differing character of two strings, with some context. */
export function firstTextDifference(expected: string, actual: string): string | null {
  if (expected === actual) return null;
  let i = 0;
  while (i < expected.length && expected[i] === actual[i]) i++;
  const around = (s: string) => JSON.stringify(s.slice(Math.max(0, i - 80), i + 120));
  return `at char ${i}:\n  expected …${around(expected)}…\n  got      …${around(actual)}…`;
}
