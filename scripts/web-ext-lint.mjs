// `npm run lint:firefox`: Mozilla's add-on linter (the addons-linter bundled with web-ext) on the Firefox build.
// Fails on any error and on any warning that is not in ACCEPTED below; each accepted warning says why.
// We lint as an add-on listed on addons.mozilla.org (no --self-hosted), so AMO's own checks apply too.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

const ROOT = path.resolve(import.meta.dirname, '..');
/** `npm run lint:firefox -- --source-dir DIR` lints another unpacked build (e.g. to try a change to ACCEPTED). */
const dirArg = process.argv.indexOf('--source-dir');
const SOURCE_DIR = path.resolve(ROOT, dirArg === -1 ? '.output/firefox-mv3' : (process.argv[dirArg + 1] ?? ''));
const WEB_EXT = path.join(ROOT, 'node_modules/.bin/web-ext');
/** How much source around a reported column a `context` pattern is matched against. */
const CONTEXT_CHARS = 200;

/**
 * Warnings we accept. `file` and `context` are matched against the warning's file and the source text around
 * its line:column, so a new warning of the same kind elsewhere still fails.
 * @type {{ code: string; file: RegExp; context?: RegExp; reason: string }[]}
 */
const ACCEPTED = [
  {
    code: 'UNSAFE_VAR_ASSIGNMENT',
    file: /^(content-scripts\/modules\/ui\.js|chunks\/[\w-]+\.js)$/,
    context: /innerHTML=\w+\.__html/,
    reason:
      "Preact's renderer: the only innerHTML write is its dangerouslySetInnerHTML support, bundled into each " +
      'bundle that renders UI. Our code never uses it: page text reaches the UI as text nodes, and Sourcelight ' +
      'renders no markup of the page.',
  },
  {
    code: 'UNSAFE_VAR_ASSIGNMENT',
    file: /^content-scripts\/(content|modules\/start)\.js$/,
    context: /import\([\w$.]+\.runtime\.getURL\(`\/\$\{\w+\}\/\$\{\w+\}\.js`\)\)/,
    reason:
      'The content script and its start module importing their own modules (entrypoints/content/content-modules.ts): ' +
      "the URL is the package's own, from runtime.getURL with a fixed directory and one of four fixed names; the " +
      'address is not known before run time (a per-installation id), so it cannot be a literal.',
  },
  {
    code: 'KEY_FIREFOX_ANDROID_UNSUPPORTED_BY_MIN_VERSION',
    file: /^manifest\.json$/,
    context: /data_collection_permissions/,
    reason:
      'gecko.data_collection_permissions (required by AMO for new add-ons) arrived in Firefox for Android 142; ' +
      'our strict_min_version is 140 (desktop ESR 140 has it). Firefox for Android 140-141 ignores the key. ' +
      'To silence it for real, set browser_specific_settings.gecko_android.strict_min_version to 142.0.',
  },
];

if (!existsSync(path.join(SOURCE_DIR, 'manifest.json'))) {
  console.error(`no Firefox build at ${path.relative(ROOT, SOURCE_DIR)}: run \`npm run build\` first`);
  process.exit(1);
}

const started = Date.now();
const run = spawnSync(WEB_EXT, ['lint', '--source-dir', SOURCE_DIR, '--output', 'json', '--no-input'], {
  cwd: ROOT,
  encoding: 'utf8',
  env: { ...process.env, NO_UPDATE_NOTIFIER: '1' },
  maxBuffer: 64 * 1024 * 1024,
});
/** @type {{ summary: { errors: number; warnings: number; notices: number }; errors: Message[]; warnings: Message[]; notices: Message[] }} */
let report;
try {
  report = JSON.parse(run.stdout.slice(run.stdout.indexOf('{')));
} catch {
  console.error(`web-ext lint did not produce a report (exit ${run.status}):\n${run.stdout}\n${run.stderr}`);
  process.exit(1);
}

/** @typedef {{ code: string; message: string; description?: string; file?: string; line?: number; column?: number }} Message */

/** The source text around a message's position, or the whole file (manifest) when it has no position. */
function contextOf(/** @type {Message} */ m) {
  if (m.file === undefined) return '';
  const file = path.join(SOURCE_DIR, m.file);
  if (!existsSync(file)) return '';
  const text = readFileSync(file, 'utf8');
  if (m.line === undefined) return text;
  const line = text.split('\n')[m.line - 1] ?? '';
  const column = m.column ?? 0;
  return line.slice(Math.max(0, column - CONTEXT_CHARS), column + CONTEXT_CHARS);
}

function where(/** @type {Message} */ m) {
  return `${m.file ?? '-'}${m.line === undefined ? '' : `:${m.line}:${m.column ?? 0}`}`;
}

console.log(
  `web-ext lint --source-dir ${path.relative(ROOT, SOURCE_DIR)} (${((Date.now() - started) / 1000).toFixed(1)} s)`,
);
const s = report.summary;
console.log(`errors ${s.errors}, warnings ${s.warnings}, notices ${s.notices}`);

let failures = 0;
for (const m of report.errors) {
  failures++;
  console.log(`ERROR       ${m.code} ${where(m)}: ${m.message}`);
}
const used = new Set();
for (const m of report.warnings) {
  const context = contextOf(m);
  const accepted = ACCEPTED.find(
    (a) => a.code === m.code && a.file.test(m.file ?? '') && (a.context === undefined || a.context.test(context)),
  );
  if (accepted !== undefined) {
    used.add(accepted);
    console.log(`accepted    ${m.code} ${where(m)}: ${m.message}\n            why: ${accepted.reason}`);
  } else {
    failures++;
    console.log(`UNEXPECTED  ${m.code} ${where(m)}: ${m.message}\n            ${m.description ?? ''}`);
  }
}
for (const m of report.notices) console.log(`notice      ${m.code} ${where(m)}: ${m.message}`);
for (const a of ACCEPTED) {
  if (!used.has(a)) console.log(`note: accepted warning ${a.code} no longer occurs; remove it from ACCEPTED`);
}
if (failures > 0) {
  console.log(
    `web-ext lint: ${failures} problem(s) — fix them, or accept a warning in scripts/web-ext-lint.mjs with a reason`,
  );
  process.exit(1);
}
console.log('web-ext lint: OK');
