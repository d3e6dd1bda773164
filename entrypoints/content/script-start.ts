// When the content script's code started to run (performance.now()), for its own figures (index.ts
// `ownFigures`). A module of its own, imported first by index.ts: modules run in the order they are imported,
// so this runs before any other of the script's code.
export const SCRIPT_START = performance.now();
