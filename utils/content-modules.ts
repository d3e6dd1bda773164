// Where the content script's ES modules are: built beside it by scripts/content-modules.ts, listed as
// web-accessible resources in wxt.config.ts, imported by entrypoints/content/script.ts.
export const CONTENT_MODULES_DIR = 'content-scripts/modules';
