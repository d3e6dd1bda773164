// In-page probes for the hostile seeds (seeds/hostile/): did a payload run, what does Sourcelight's shadow root
// show, and a way to open the sidebar that works in both browsers (a click dispatched from the page's world on
// the open shadow root; Playwright's selectors pierce shadow roots, puppeteer's do not).
import type { E2EPage } from '../../tools/browser/types.ts';

export const HOST = 'sourcelight-ui';
export const READY_UI = 'sourcelight-ui[data-state="ready"]';
/** The UI must be up this soon after the load event (the content-script suite's figure). */
export const UI_TIMEOUT_MS = 10_000;
/** What every payload in the hostile seeds does if it ever runs. */
export const PWNED_TITLE = 'PWNED';

export interface PayloadTrace {
  /** window.__pwned as the page sees it (undefined when no payload ran). */
  pwned: string | null;
  titlePwned: boolean;
  /** Elements inside Sourcelight's shadow root with an on* attribute, a javascript: URL or a payload marker. */
  liveInUi: string[];
}

/** Everything a payload would leave behind, read from the page's own world. */
export async function payloadTrace(page: E2EPage): Promise<PayloadTrace> {
  return page.evaluate(
    ({ host, title }) => {
      const w = window as unknown as { __pwned?: unknown };
      const liveInUi: string[] = [];
      const root = document.querySelector(host)?.shadowRoot ?? null;
      for (const el of root?.querySelectorAll('*') ?? []) {
        for (const attr of el.attributes) {
          const value = attr.value.toLowerCase();
          if (attr.name.startsWith('on') || value.includes('javascript:') || value.includes('__pwned')) {
            liveInUi.push(`<${el.localName} ${attr.name}="${attr.value.slice(0, 80)}">`);
          }
        }
        if (['script', 'iframe', 'object', 'embed'].includes(el.localName)) liveInUi.push(`<${el.localName}>`);
      }
      return {
        pwned: w.__pwned === undefined ? null : String(w.__pwned),
        titlePwned: document.title === title,
        liveInUi,
      };
    },
    { host: HOST, title: PWNED_TITLE },
  );
}

/** The text of Sourcelight's shadow root (its style element left out). */
export async function uiText(page: E2EPage): Promise<string> {
  return page.evaluate((host: string) => {
    const root = document.querySelector(host)?.shadowRoot;
    if (!root) return '';
    let text = '';
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      if (n.parentElement?.localName !== 'style') text += `${n.nodeValue ?? ''} `;
    }
    return text;
  }, HOST);
}

/** Clicks the first element matching `selector` inside the shadow root; false when there is none. */
export async function clickInUi(page: E2EPage, selector: string, index = 0): Promise<boolean> {
  return page.evaluate(
    ({ host, selector, index }) => {
      const el = document.querySelector(host)?.shadowRoot?.querySelectorAll(selector)[index];
      if (!(el instanceof HTMLElement)) return false;
      el.click();
      return true;
    },
    { host: HOST, selector, index },
  );
}

/** Opens the sidebar with its launcher (if closed) and waits for it. */
export async function openSidebar(page: E2EPage): Promise<void> {
  await clickInUi(page, '.sl-launcher');
  await page.waitFor(
    (host: string) => document.querySelector(host)?.shadowRoot?.querySelector('.sl-sidebar') != null,
    HOST,
    { timeoutMs: UI_TIMEOUT_MS },
  );
}

/**
 * Evaluates a JavaScript expression in the page's main world without the driver's helper scripts, which call
 * the page's built-ins and so break on a page that replaced them (seeds/hostile/builtins-article.html). The
 * expression must itself avoid built-ins: property reads, `for…in`, string concatenation.
 */
export async function evaluateBare(page: E2EPage, expression: string): Promise<unknown> {
  const raw = page.raw;
  if (raw.browser === 'chromium') {
    const session = await raw.page.context().newCDPSession(raw.page);
    try {
      const reply = (await session.send('Runtime.evaluate', { expression, returnByValue: true })) as {
        result: { value?: unknown };
        exceptionDetails?: { text: string; exception?: { description?: string } };
      };
      if (reply.exceptionDetails) {
        throw new Error(reply.exceptionDetails.exception?.description ?? reply.exceptionDetails.text);
      }
      return reply.result.value;
    } finally {
      await session.detach();
    }
  }
  // Puppeteer over WebDriver BiDi: script.evaluate serialises natively, with no helper in the page.
  return raw.page.evaluate(expression);
}
