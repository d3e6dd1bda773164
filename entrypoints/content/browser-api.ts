// `wxt/browser` in the content script (scripts/content-script.ts aliases it here): the browser's own extension
// API (Firefox's `browser`, Chromium's `chrome`), looked up on first use rather than when the script starts.
// Chromium sets up the extension API in the content script's world the first time the script touches it (about
// 1.5 ms of the main thread in its trace): a page the gate lets by never does.
/** The API's type, as @wxt-dev/browser declares it (a type only: its module reads the id when evaluated). */
type Browser = typeof import('@wxt-dev/browser').browser;

type ApiGlobal = typeof globalThis & { browser?: Browser; chrome?: Browser };

let api: Browser | undefined;

/** What @wxt-dev/browser picks, at the first call. */
function resolve(): Browser {
  if (api) return api;
  const global = globalThis as ApiGlobal;
  api = (global.browser?.runtime?.id ? global.browser : global.chrome) as Browser;
  return api;
}

/** The extension API, resolved on the first property read. */
export const browser: Browser = new Proxy({} as Browser, {
  get: (_target, key) => Reflect.get(resolve(), key),
});
