import { defineConfig } from 'wxt';
import { buildContentModules } from './scripts/content-modules';
import { CONTENT_MODULES_DIR } from './utils/content-modules';
import { iconPaths } from './utils/icons';

/** What `wxt/browser` is in the content script: WXT's own, the browser's `browser` (Firefox) or `chrome`. */
const CONTENT_SCRIPT_BROWSER = '@wxt-dev/browser';

type Alias = { find: string | RegExp; replacement: string };

/** Vite's `resolve.alias` in its array form (it takes an object too). */
function aliasList(alias: readonly Alias[] | Readonly<Record<string, string>> | undefined): Alias[] {
  if (alias === undefined) return [];
  if (isAliasArray(alias)) return [...alias];
  return Object.entries(alias).map(([find, replacement]) => ({ find, replacement }));
}

function isAliasArray(alias: readonly Alias[] | Readonly<Record<string, string>>): alias is readonly Alias[] {
  return Array.isArray(alias);
}

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
    'build:done': (wxt) => buildContentModules(wxt.config.outDir),
    // The content script runs on every page the reader opens: it gets the browser's own API rather than
    // webextension-polyfill (the module above aliases `wxt/browser` to it for every entrypoint). Evaluating the
    // polyfill is paid on every page (Chromium's trace, a busy machine: a content script holding only the polyfill
    // took 12 ms of CPU, an empty one 3); the content script needs none of it: both browsers answer
    // `runtime.sendMessage` with a promise and accept `sendResponse` (utils/messaging/transport.ts), as the content
    // script's modules already do.
    'vite:build:extendConfig': (entrypoints, config) => {
      if (!entrypoints.some((entrypoint) => entrypoint.type === 'content-script')) return;
      config.resolve ??= {};
      config.resolve.alias = [
        { find: /^wxt\/browser$/, replacement: CONTENT_SCRIPT_BROWSER },
        ...aliasList(config.resolve.alias),
      ];
    },
  },
});
