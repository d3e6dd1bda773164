import { defineConfig } from 'wxt';
import { buildContentModules } from './scripts/content-modules';
import { buildContentScript, CONTENT_SCRIPT_FILE } from './scripts/content-script';
import { CONTENT_MODULES_DIR } from './utils/content-modules';
import { iconPaths } from './utils/icons';

// One config for both browsers: `wxt build -b chrome` and `wxt build -b firefox`, both Manifest V3.
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  manifestVersion: 3,
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    // Why each permission is needed: README.md, "Permissions".
    permissions: ['storage', 'activeTab', 'scripting'],
    // The icon set (utils/icons.ts; rendered from assets/icon.svg by `npm run icons`): the toolbar button, the
    // extensions page and the add-ons manager.
    icons: iconPaths(),
    action: { default_title: '__MSG_extName__', default_icon: iconPaths([16, 32]) },
    // The content script's engine and UI modules (scripts/content-modules.ts): only the content script imports
    // them, but Chrome and Firefox let it import only what pages could load too. Chrome serves them under a
    // per-session URL, so that pages cannot use them to tell that Sourcelight is installed. Every scheme, since
    // the popup may start Sourcelight on a file the reader opened (activeTab).
    web_accessible_resources: [
      {
        resources: [`${CONTENT_MODULES_DIR}/*.js`],
        matches: ['<all_urls>'],
        ...(browser === 'firefox' ? {} : { use_dynamic_url: true }),
      },
    ],
    // The content script (scripts/content-script.ts builds it, not WXT: see there). http and https only (README.md,
    // "Permissions"): other pages get Sourcelight on request, through the popup.
    content_scripts: [{ matches: ['http://*/*', 'https://*/*'], run_at: 'document_idle', js: [CONTENT_SCRIPT_FILE] }],
    commands: {
      _execute_action: {
        suggested_key: { default: 'Alt+Shift+L' },
        description: '__MSG_commandOpenPopup__',
      },
    },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'sourcelight@sourcelight.dev',
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
  hooks: {
    'build:done': async (wxt) => {
      await buildContentScript(wxt.config.outDir);
      await buildContentModules(wxt.config.outDir);
    },
  },
});
