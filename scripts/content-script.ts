// The content script every page runs (entrypoints/content/script.ts), built here rather than as WXT's content
// script entrypoint, whose wrapper creates WXT's ContentScriptContext before the script's first line: that reads
// the extension's id, which sets up the extension API in the script's world, on every page (about 1.5 ms of
// Chromium's main thread, more than the gate). wxt.config.ts lists the file in the manifest and runs this after
// each build, beside scripts/content-modules.ts. One classic script (an IIFE): content scripts cannot be modules.
import path from 'node:path';
import { build } from 'esbuild';

const ROOT = path.resolve(import.meta.dirname, '..');
/** The script's source, and where the manifest finds it (as WXT named it: utils/messaging/tab.ts injects it). */
const SOURCE = 'entrypoints/content/script.ts';
export const CONTENT_SCRIPT_FILE = 'content-scripts/content.js';
/** `wxt/browser` in the script: the browser's own API, looked up on first use (not webextension-polyfill). */
const BROWSER_API = 'entrypoints/content/browser-api.ts';

export async function buildContentScript(outDir: string): Promise<void> {
  await build({
    absWorkingDir: ROOT,
    entryPoints: [SOURCE],
    outfile: path.join(outDir, CONTENT_SCRIPT_FILE),
    bundle: true,
    format: 'iife',
    target: 'es2022',
    minify: true,
    legalComments: 'none',
    tsconfig: path.join(ROOT, 'tsconfig.json'),
    alias: { 'wxt/browser': `./${BROWSER_API}` },
    logLevel: 'warning',
  });
}
