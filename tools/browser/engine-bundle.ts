// The engine as one script for a web page: utils/page/analyze-page.ts bundled by esbuild to an IIFE that sets
// globalThis[ENGINE_GLOBAL]. Injected into the page's main world by scripts/bench-browser.ts (timings) and
// tests/e2e/pathological.e2e.ts (bounds), so both measure the same code the same way, without the extension.
import path from 'node:path';
import { build } from 'esbuild';
import type { analyzePage } from '../../utils/page/analyze-page';
import { propertyEscapesAsStrings } from '../regexp-literals';

const ROOT = path.resolve(import.meta.dirname, '../..');

/** The page global the bundle defines; a page function gets it as its argument (it cannot see this module). */
export const ENGINE_GLOBAL = '__slEngine';

/** What the bundle puts at globalThis[ENGINE_GLOBAL]. */
export interface PageEngine {
  analyzePage: typeof analyzePage;
}

const bundles = new Map<boolean, Promise<string>>();

/** The bundle's source (built once per process, about a second). Evaluate it in the page's main world.
 * `keepNames`: the functions keep their names and lines (a CPU profile of scripts/profile-cold.ts reads them);
 * the bundle is otherwise minified as the extension's is. */
export function engineBundle({ keepNames = false }: { keepNames?: boolean } = {}): Promise<string> {
  let bundle = bundles.get(keepNames);
  if (!bundle) {
    bundle = buildBundle(keepNames);
    bundles.set(keepNames, bundle);
  }
  return bundle;
}

async function buildBundle(keepNames: boolean): Promise<string> {
  const result = await build({
    stdin: {
      contents: [
        "import { analyzePage } from './utils/page/analyze-page';",
        `(globalThis as any).${ENGINE_GLOBAL} = { analyzePage };`,
      ].join('\n'),
      resolveDir: ROOT,
      loader: 'ts',
      sourcefile: 'page-engine.ts',
    },
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: 'es2022',
    write: false,
    minifyWhitespace: !keepNames,
    minifySyntax: true,
    minifyIdentifiers: !keepNames,
    logLevel: 'silent',
  });
  const file = result.outputFiles[0];
  if (file === undefined) throw new Error('esbuild produced nothing');
  // As the extension's engine module is written (scripts/content-modules.ts): the same cold cost.
  return propertyEscapesAsStrings(file.text);
}
