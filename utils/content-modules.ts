// Where the content script's ES modules are: built beside it by scripts/content-modules.ts, listed as
// web-accessible resources in wxt.config.ts, imported by entrypoints/content/script.ts.
export const CONTENT_MODULES_DIR = 'content-scripts/modules';

/** Each module by name, with the file it is built from (its entry). The engine and the claim rules are two: the
 * engine finds the article and its first numbers while the claim rules still load (utils/page/read-page.ts). */
export const CONTENT_MODULES = {
  start: 'entrypoints/content/start-module.ts',
  engine: 'utils/page/read-page.ts',
  claims: 'utils/analysis/pipeline.ts',
  ui: 'entrypoints/content/on-page-module.ts',
} as const;
