// The content script's heavy parts as ES modules beside it (utils/content-modules.ts CONTENT_MODULES): the start
// module, the engine (utils/page/read-page.ts, 85 kB), the claim rules (utils/analysis/pipeline.ts, 150 kB) and the
// on-page UI with the settings (entrypoints/content/on-page-module.ts, 110 kB). The content script itself stays
// small (the gate and the watch, 4 kB) and imports them with `import(browser.runtime.getURL(...))`
// (entrypoints/content/script.ts): the browser compiles modules off the main thread and sets each up in a task of
// its own, where one 190 kB script was compiled and run in the single task that injected it
// (tests/e2e/responsive.e2e.ts). WXT bundles each content script into one file (no chunks: wxt-dev/wxt#357), so
// wxt.config.ts runs this after each build (`wxt` in dev mode builds them once: restart it after changing the
// engine or the UI).
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { build, type Plugin } from 'esbuild';
import { propertyEscapesAsStrings } from '../tools/regexp-literals';
import { CONTENT_MODULES, CONTENT_MODULES_DIR } from '../utils/content-modules';

const ROOT = path.resolve(import.meta.dirname, '..');

/** `import css from './x.css?raw'` (Vite's syntax, used by the on-page UI) as a string. */
const rawText: Plugin = {
  name: 'raw-text',
  setup(esbuild) {
    esbuild.onResolve({ filter: /\?raw$/ }, (args) => ({
      path: path.resolve(args.resolveDir, args.path.replace(/\?raw$/, '').replace(/^@\//, `${ROOT}/`)),
      namespace: 'raw-text',
    }));
    esbuild.onLoad({ filter: /.*/, namespace: 'raw-text' }, async (args) => ({
      contents: await readFile(args.path, 'utf8'),
      loader: 'text',
    }));
  },
};

/**
 * V8's explicit compile hint (Chromium 136+; a plain comment elsewhere): compile every function of the file while
 * the module is streamed, off the main thread, rather than each on its first call. Nearly every function of the
 * engine runs on an article's first analysis, and compiling them one by one on the main thread was a large part
 * of its cold cost: in Chromium's trace of a seed page, 610–650 lazy compiles (V8.CompileCode) on the main thread
 * during the analysis without it, 102 with it (the content script's own), about 50 → 13 ms of CPU on a busy
 * machine; the modules' evaluation tasks are no longer for it (18–21 ms).
 *
 * Every module. The UI's module was tried without it (issue 15): its worker compile fell from about 40 to 12 ms of
 * CPU, but its functions were then compiled on the main thread as the UI was built and painted (Chromium's trace
 * of a seed page: 182 → 425 compiles there after the content script's start, 37 → 53 ms of CPU), part of them
 * inside the analysis's slices; on a busy machine the first highlights came no sooner in an interleaved A/B. So
 * was the claims module, loaded after the first highlights (ninth round, idle, seeds, 3 runs each): the first
 * highlights no sooner, the analysis's slices 75–81 → 107–135 ms of work.
 */
const COMPILE_ALL_HINT = '//# allFunctionsCalledOnLoad';

export async function buildContentModules(outDir: string): Promise<void> {
  const outdir = path.join(outDir, CONTENT_MODULES_DIR);
  const result = await build({
    absWorkingDir: ROOT,
    entryPoints: Object.fromEntries(Object.entries(CONTENT_MODULES).map(([name, file]) => [name, file])),
    outdir,
    write: false,
    bundle: true,
    // Each module whole, nothing shared in chunks: Chrome serves the modules under a per-session URL
    // (use_dynamic_url, wxt.config.ts) but resolves a module's own imports against the extension's fixed URL,
    // which it then refuses to a page ("Denying load of …/chunk-….js"). What the two share is esbuild's CommonJS
    // helper (a few hundred bytes), written into each.
    splitting: false,
    format: 'esm',
    target: 'es2022',
    minify: true,
    legalComments: 'none',
    tsconfig: path.join(ROOT, 'tsconfig.json'),
    plugins: [rawText],
    logLevel: 'warning',
    banner: { js: COMPILE_ALL_HINT },
  });
  await mkdir(outdir, { recursive: true });
  // The patterns with \p{…} classes as strings, not literals: checked when made, not while the module is parsed
  // (tools/regexp-literals.ts).
  for (const file of result.outputFiles) await writeFile(file.path, propertyEscapesAsStrings(file.text));
}
