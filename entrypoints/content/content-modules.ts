// The ES modules built beside the content script (scripts/content-modules.ts), imported by name: by the script
// itself (./script.ts) and by its start module (./start-module.ts).
import { type CONTENT_MODULES, CONTENT_MODULES_DIR } from '@/utils/content-modules';
import { browser } from './browser-api';

/** The modules built beside the content script (web-accessible, so that the script may import them). */
export type ContentModule = keyof typeof CONTENT_MODULES;

/** One of the modules built beside the content script, by name. */
export function importModule<T>(name: ContentModule): Promise<T> {
  return import(/* @vite-ignore */ browser.runtime.getURL(`/${CONTENT_MODULES_DIR}/${name}.js` as '/'));
}
