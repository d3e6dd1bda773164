// @vitest-environment node
// The content script's engine module holds what the first highlights need (the article, its metadata, the first
// blocks' numbers) and not the claim rules, which are a module of their own loaded beside it
// (utils/page/read-page.ts); the site's settings are read in the start module, which arrives first, not in the
// UI's (entrypoints/content/site-settings.ts). Bundled here as scripts/content-modules.ts bundles them: an import
// that pulls the claim rules into the engine, or the settings into the UI, fails this test.
import { join } from 'node:path';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { CONTENT_MODULES } from '../../utils/content-modules';

const ROOT = join(import.meta.dirname, '../..');

/** The project files bundled into one content module. */
async function bundledFiles(entry: string): Promise<string[]> {
  const result = await build({
    absWorkingDir: ROOT,
    entryPoints: [entry],
    bundle: true,
    format: 'esm',
    write: false,
    metafile: true,
    logLevel: 'silent',
    tsconfig: join(ROOT, 'tsconfig.json'),
    // The UI's style sheet (`?raw`, Vite's syntax): not a project file that matters here.
    plugins: [
      {
        name: 'raw-external',
        setup: (esbuild) => esbuild.onResolve({ filter: /\?raw$/ }, (args) => ({ path: args.path, external: true })),
      },
    ],
  });
  return Object.keys(result.metafile.inputs);
}

/** The claim rules: what the pipeline adds to the numbers. */
const CLAIM_RULES = [
  'utils/analysis/pipeline.ts',
  'utils/analysis/attribution.ts',
  'utils/analysis/sources.ts',
  'utils/analysis/noun-phrase.ts',
  'utils/analysis/verbs.ts',
  'utils/analysis/knowledge.ts',
];

describe('the content modules', () => {
  it('the engine holds the article, its metadata and numbers, and none of the claim rules', async () => {
    const engine = await bundledFiles(CONTENT_MODULES.engine);
    for (const file of ['utils/page/extract.ts', 'utils/page/metadata.ts', 'utils/analysis/numbers.ts'])
      expect(engine).toContain(file);
    expect(engine.filter((file) => CLAIM_RULES.includes(file))).toEqual([]);
  });

  it("the site's settings are read in the start module, and the UI's module holds no storage code", async () => {
    const start = await bundledFiles(CONTENT_MODULES.start);
    const ui = await bundledFiles(CONTENT_MODULES.ui);
    expect(start).toContain('entrypoints/content/site-settings.ts');
    expect(start).toContain('utils/settings.ts');
    expect(ui).toContain('entrypoints/content/on-page.tsx');
    expect(ui.filter((file) => file === 'utils/settings.ts' || file.includes('@wxt-dev/storage'))).toEqual([]);
  });

  it('the claim rules are the other module', async () => {
    const claims = await bundledFiles(CONTENT_MODULES.claims);
    expect(CLAIM_RULES.filter((file) => !claims.includes(file))).toEqual([]);
  });
});
