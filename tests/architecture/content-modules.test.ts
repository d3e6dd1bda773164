// @vitest-environment node
// The content script's engine module holds what the first highlights need (the article, its metadata, the first
// blocks' numbers) and not the claim rules, which are a module of their own loaded beside it
// (utils/page/read-page.ts): bundled here as scripts/content-modules.ts bundles it, an import that pulls the claim
// rules into the engine fails this test.
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

  it('the claim rules are the other module', async () => {
    const claims = await bundledFiles(CONTENT_MODULES.claims);
    expect(CLAIM_RULES.filter((file) => !claims.includes(file))).toEqual([]);
  });
});
