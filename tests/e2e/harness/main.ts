// The real-browser suite runner (scripts/e2e.mjs loads this through tsx). Stages: find test files → serve
// seeds/ → per browser: launch with the extension, run every test with a time limit, screenshot on failure →
// print one line per test and the closing `N passed, N failed[, N skipped]` line; exit 1 on any failure.
//
// Options (after `npm run test:e2e --`): --browser chromium|firefox, --grep TEXT, and file names to run
// (e.g. content-script). Env: CI=true turns a missing browser into a failure; CHROMIUM_PATH / FIREFOX_PATH
// point at other binaries; E2E_EXTENSION_DIR_CHROMIUM / E2E_EXTENSION_DIR_FIREFOX at other unpacked builds.
import { existsSync, mkdirSync } from 'node:fs';
import { mkdir, readdir, readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { launchChromium } from '../../../tools/browser/chromium.ts';
import type { BrowserDriver } from '../../../tools/browser/driver.ts';
import { launchFirefox } from '../../../tools/browser/firefox.ts';
import { type StaticServer, startServer } from '../../../tools/browser/server.ts';
import type { BrowserName, E2EContext, E2EExtension, E2EPage, RegisteredTest } from '../../../tools/browser/types.ts';
import { BROWSER_NAMES } from '../../../tools/browser/types.ts';
import { registeredTests, setCurrentFile } from './framework.ts';

const ROOT = path.resolve(import.meta.dirname, '../../..');
const E2E_DIR = path.join(ROOT, 'tests/e2e');
const RESULTS_DIR = path.join(ROOT, 'test-results');
const TEST_FILE = /\.e2e\.(ts|mjs)$/;
const DEFAULT_TIMEOUT_MS = 30_000;
const SCREENSHOT_TIMEOUT_MS = 5_000;
const EXIT_GRACE_MS = 5_000;

interface BrowserSetup {
  name: BrowserName;
  executable: string;
  extensionDir: string;
  aptPackage: string;
}

const SETUPS: readonly BrowserSetup[] = [
  {
    name: 'chromium',
    executable: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    extensionDir: path.resolve(ROOT, process.env.E2E_EXTENSION_DIR_CHROMIUM ?? '.output/chrome-mv3'),
    aptPackage: 'chromium',
  },
  {
    name: 'firefox',
    executable: process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr',
    extensionDir: path.resolve(ROOT, process.env.E2E_EXTENSION_DIR_FIREFOX ?? '.output/firefox-mv3'),
    aptPackage: 'firefox-esr',
  },
];

interface Tally {
  passed: number;
  failed: number;
  skipped: number;
}

interface Args {
  browsers: BrowserName[];
  grep: string | null;
  files: string[];
}

function parseArgs(argv: readonly string[]): Args {
  const args: Args = { browsers: [...BROWSER_NAMES], grep: null, files: [] };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    const value = () => {
      const v = argv[++i];
      if (v === undefined) throw new Error(`${arg} needs a value`);
      return v;
    };
    if (arg === '--browser') {
      const names = value().split(',');
      for (const n of names) {
        if (!BROWSER_NAMES.includes(n as BrowserName)) throw new Error(`unknown browser ${n}`);
      }
      args.browsers = names as BrowserName[];
    } else if (arg === '--grep') args.grep = value();
    else if (arg.startsWith('-')) throw new Error(`unknown option ${arg}`);
    else args.files.push(arg);
  }
  return args;
}

async function loadTests(fileFilters: readonly string[]): Promise<readonly RegisteredTest[]> {
  const files = (await readdir(E2E_DIR)).filter((f) => TEST_FILE.test(f)).sort();
  const chosen = files.filter((f) => fileFilters.length === 0 || fileFilters.some((x) => f.includes(path.basename(x))));
  for (const file of chosen) {
    setCurrentFile(file.replace(TEST_FILE, ''));
    await import(pathToFileURL(path.join(E2E_DIR, file)).href);
  }
  return registeredTests();
}

function slug(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 80);
}

function seconds(ms: number): string {
  return `${(ms / 1000).toFixed(1)} s`;
}

async function withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} timed out after ${ms} ms`)), ms);
  });
  try {
    return await Promise.race([promise, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

function errorText(error: unknown): string {
  if (error instanceof Error) return (error.stack ?? error.message).split('\n').slice(0, 8).join('\n');
  return String(error);
}

function indent(text: string): string {
  return text.replace(/^/gm, '      ');
}

async function geckoIdOf(extensionDir: string): Promise<string | null> {
  const manifest = JSON.parse(await readFile(path.join(extensionDir, 'manifest.json'), 'utf8')) as {
    browser_specific_settings?: { gecko?: { id?: string } };
  };
  return manifest.browser_specific_settings?.gecko?.id ?? null;
}

async function launch(
  setup: BrowserSetup,
  withExtension: boolean,
  uiLanguage: string | null = null,
): Promise<BrowserDriver> {
  const options = {
    executablePath: setup.executable,
    extensionDir: withExtension ? setup.extensionDir : null,
    uiLanguage,
  };
  if (setup.name === 'chromium') return launchChromium(options);
  return launchFirefox(options, withExtension ? await geckoIdOf(setup.extensionDir) : null);
}

interface TabsApi {
  tabs: { query(query: { active: boolean; lastFocusedWindow: boolean }): Promise<{ id?: number }[]> };
}

async function activeTabId(extension: E2EExtension, page: E2EPage): Promise<number> {
  if (!page.withExtension) throw new Error('tabId: this page is in the browser without the extension');
  await extension.evaluate(() => null, null); // Firefox opens its helper tab on first use: before we pick ours
  await page.bringToFront();
  const ids = await extension.evaluate(async () => {
    const g = globalThis as unknown as { browser?: TabsApi; chrome?: TabsApi };
    const api = g.browser ?? g.chrome;
    if (api === undefined) throw new Error('no extension API here');
    return (await api.tabs.query({ active: true, lastFocusedWindow: true })).map((t) => t.id);
  }, null);
  const [id] = ids;
  if (ids.length !== 1 || id === undefined)
    throw new Error(`tabId: expected one active tab, got ${JSON.stringify(ids)}`);
  return id;
}

/** Runs every test for one browser, with a second browser of the same kind, without the extension, beside it. */
async function runBrowser(
  setup: BrowserSetup,
  tests: readonly RegisteredTest[],
  server: StaticServer,
  tally: Tally,
): Promise<void> {
  const failAll = (reason: string) => {
    for (const t of tests) {
      tally.failed++;
      console.log(`FAIL  [${setup.name}] ${t.file} › ${t.name}\n${indent(reason)}`);
    }
  };
  if (!existsSync(path.join(setup.extensionDir, 'manifest.json'))) {
    failAll(`no extension build at ${setup.extensionDir}: run \`npm run build\` first`);
    return;
  }
  const launchStarted = Date.now();
  let driver: BrowserDriver;
  try {
    driver = await launch(setup, true);
  } catch (error) {
    failAll(`could not launch ${setup.executable} with the extension:\n${errorText(error)}`);
    return;
  }
  const extension = driver.extension;
  if (extension === null) throw new Error('unreachable: launched with the extension');
  console.log(
    `# ${setup.name} ${driver.version}: extension at ${extension.baseUrl} (launched in ${seconds(Date.now() - launchStarted)})`,
  );
  // The reference browser without Sourcelight, launched now so its start-up does not count against a test.
  let plain: BrowserDriver;
  try {
    const plainStarted = Date.now();
    plain = await launch(setup, false);
    console.log(`# ${setup.name} without the extension (reference) launched in ${seconds(Date.now() - plainStarted)}`);
  } catch (error) {
    await driver.close().catch(() => undefined);
    failAll(`could not launch ${setup.executable} without the extension:\n${errorText(error)}`);
    return;
  }
  // Browsers in another UI language (TestOptions.uiLanguage), launched when a test first needs one.
  const localized = new Map<string, Promise<BrowserDriver>>();
  const driverFor = (t: RegisteredTest): Promise<BrowserDriver> => {
    const language = t.options.uiLanguage;
    if (language === undefined) return Promise.resolve(driver);
    let launched = localized.get(language);
    if (launched === undefined) {
      const languageStarted = Date.now();
      launched = launch(setup, true, language).then((d) => {
        console.log(`# ${setup.name} in UI language ${language} launched in ${seconds(Date.now() - languageStarted)}`);
        return d;
      });
      localized.set(language, launched);
    }
    return launched;
  };
  const started = Date.now();
  try {
    for (const t of tests) {
      const label = `[${setup.name}] ${t.file} › ${t.name}`;
      const dir = path.join(RESULTS_DIR, setup.name, slug(`${t.file}-${t.name}`));
      const pages: E2EPage[] = [];
      const logs: string[] = []; // printed under the test's result line
      const track = (page: E2EPage) => {
        pages.push(page);
        return page;
      };
      let testDriver: BrowserDriver;
      try {
        testDriver = await driverFor(t);
      } catch (error) {
        tally.failed++;
        console.log(
          `FAIL  ${label}\n${indent(`could not launch ${setup.name} in UI language ${t.options.uiLanguage}:\n${errorText(error)}`)}`,
        );
        continue;
      }
      const testExtension = testDriver.extension ?? extension;
      const ctx: E2EContext = {
        browser: setup.name,
        server,
        extension: testExtension,
        async newPage(options) {
          if (options?.extension === false) return track(await plain.newPage());
          return track(await testDriver.newPage());
        },
        openExtensionPage: async (p) => track(await testDriver.openExtensionPage(p)),
        tabId: (page) => activeTabId(testExtension, page),
        artifactPath: (file) => {
          mkdirSync(dir, { recursive: true });
          return path.join(dir, file);
        },
        log: (message) => logs.push(`      ${message}`),
      };
      const testStarted = Date.now();
      try {
        await withTimeout(t.fn(ctx), t.options.timeoutMs ?? DEFAULT_TIMEOUT_MS, 'test');
        tally.passed++;
        console.log(`ok    ${label} (${seconds(Date.now() - testStarted)})`);
        for (const line of logs) console.log(line);
      } catch (error) {
        tally.failed++;
        const shots: string[] = [];
        if (pages.length > 0) await mkdir(dir, { recursive: true });
        for (const [i, page] of pages.entries()) {
          const file = path.join(dir, `failure-${i + 1}-${page.withExtension ? 'ext' : 'plain'}.png`);
          try {
            await withTimeout(page.screenshot(file), SCREENSHOT_TIMEOUT_MS, 'screenshot');
            shots.push(path.relative(ROOT, file));
          } catch {
            // A crashed or closed page has nothing to show; the error says what went wrong.
          }
        }
        const shotText = shots.length > 0 ? `\nscreenshots: ${shots.join(', ')}` : '';
        console.log(`FAIL  ${label} (${seconds(Date.now() - testStarted)})\n${indent(errorText(error) + shotText)}`);
        for (const line of logs) console.log(line);
      } finally {
        for (const page of pages) await page.close().catch(() => undefined);
      }
    }
  } finally {
    await driver.close().catch(() => undefined);
    await plain.close().catch(() => undefined);
    for (const launched of localized.values()) await (await launched.catch(() => null))?.close().catch(() => undefined);
    console.log(`# ${setup.name}: ${tests.length} tests in ${seconds(Date.now() - started)}`);
  }
}

async function main(): Promise<number> {
  const args = parseArgs(process.argv.slice(2));
  const all = await loadTests(args.files);
  const selected = all.filter((t) => args.grep === null || `${t.file} › ${t.name}`.includes(args.grep));
  if (selected.length === 0) {
    console.log('no e2e tests matched');
    console.log('0 passed, 1 failed');
    return 1;
  }
  await rm(RESULTS_DIR, { recursive: true, force: true });
  const server = await startServer({ seeds: path.join(ROOT, 'seeds'), pages: path.join(E2E_DIR, 'pages') });
  const tally: Tally = { passed: 0, failed: 0, skipped: 0 };
  const ci = process.env.CI === 'true';
  try {
    for (const setup of SETUPS) {
      if (!args.browsers.includes(setup.name)) continue;
      const tests = selected.filter((t) => t.options.browsers?.includes(setup.name) ?? true);
      if (tests.length === 0) continue;
      if (!existsSync(setup.executable)) {
        const how = `install it with: sudo apt-get install -y ${setup.aptPackage} (or set ${setup.name === 'chromium' ? 'CHROMIUM_PATH' : 'FIREFOX_PATH'})`;
        if (ci) {
          console.log(`ERROR: ${setup.name} not found at ${setup.executable}; CI=true requires it. ${how}`);
          tally.failed += tests.length;
        } else {
          console.log(
            `\n*** SKIPPED: ${tests.length} ${setup.name} tests — ${setup.executable} not found; ${how} ***\n`,
          );
          tally.skipped += tests.length;
        }
        continue;
      }
      await runBrowser(setup, tests, server, tally);
    }
  } finally {
    await server.close();
  }
  const skipped = tally.skipped > 0 ? `, ${tally.skipped} skipped` : '';
  console.log(`${tally.passed} passed, ${tally.failed} failed${skipped}`);
  return tally.failed > 0 ? 1 : 0;
}

process.exitCode = await main().catch((error: unknown) => {
  console.error(errorText(error));
  console.log('0 passed, 1 failed');
  return 1;
});
// A test that timed out may leave a driver call pending; do not let it keep CI waiting once we are done.
setTimeout(() => process.exit(), EXIT_GRACE_MS).unref();
