// The on-page UI's module (scripts/content-modules.ts `ui`, imported by entrypoints/content/script.ts only once a
// page is to be read): OnPage and what it draws. The site's settings it reads and saves come from the start module
// (./site-settings.ts), which reads them while this module is still fetched and compiled.
import { OnPage, type OnPageDeps } from './on-page';

export { OnPage };

/** The page's OnPage. */
export function createOnPage(deps: OnPageDeps): OnPage {
  return new OnPage(deps);
}
