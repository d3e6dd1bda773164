import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

// Unit tests run in jsdom (not happy-dom: DOMPurify does not sanitize there). The real-browser suite is
// tests/e2e/, run by scripts/e2e.mjs, not by Vitest.
export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    environment: 'jsdom',
    // Generous: a test asserts behaviour, never speed, and jsdom pages take seconds when other processes share
    // the two cores (the on-page tests took 5-8 s at load 28).
    testTimeout: 30_000,
    include: ['tests/**/*.test.{ts,tsx}'],
    // messages.ts: browser.i18n answers from the English locale file, as an English browser does.
    setupFiles: ['tests/setup/settle-preact.ts', 'tests/setup/messages.ts'],
    exclude: ['tests/e2e/**', 'node_modules/**'],
  },
});
