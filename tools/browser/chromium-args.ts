// The flags every headless Chromium of the project starts with: the real-browser suite (tests/e2e/harness)
// and the browser benchmark (scripts/bench-browser.ts) launch the same browser.

/** Flags from the brief: no sandbox (containers), no GPU, and nothing that talks to Google in the background. */
export const CHROMIUM_BASE_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
