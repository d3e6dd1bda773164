// @vitest-environment node
// The import rule: dependencies point one way, analysis <- page <- marks <- entrypoints (README, "Project
// layout"), UI components never reach into the page, and the Node tools are shared through tools/ rather than
// scripts/ and tests/ importing each other. Read from the source as it is (TypeScript's own import scanner), so
// a new file or a new import is checked without a list to keep; the rule's own cases show it catches each kind.
import { readdirSync, readFileSync } from 'node:fs';
import { join, posix, relative, sep } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '../..');
/** The folders whose imports are checked, and the source files in them. */
const SOURCE_DIRS = ['utils', 'components', 'entrypoints', 'scripts', 'tests', 'tools'];
const SOURCE_FILE = /\.(?:ts|tsx|mts|mjs)$/;
/** Project aliases (WXT's `@/` and `~/` are the project root). */
const ALIASES = ['@/', '~/'];

interface Rule {
  /** Files whose path starts with this (a folder, with its slash). */
  from: string;
  /** Project folders they may not import. */
  forbid: readonly string[];
  /** False: they may not import packages either (only project files and Node's own modules are left). */
  packages?: boolean;
  why: string;
}

/** One rule per layer, as the README states it. */
const RULES: readonly Rule[] = [
  {
    from: 'utils/analysis/',
    forbid: ['utils/page/', 'utils/marks/', 'utils/messaging/', 'entrypoints/', 'components/', 'tools/'],
    packages: false,
    why: 'the engine is pure: text in, data out; it cannot see the DOM or the extension',
  },
  {
    from: 'utils/page/',
    forbid: ['utils/marks/', 'entrypoints/', 'components/', 'tools/'],
    why: 'the page layer reads the page; only marks/ changes it',
  },
  {
    from: 'utils/marks/',
    forbid: ['entrypoints/', 'components/', 'tools/'],
    why: 'marks/ changes the page for the entry points, it does not call them',
  },
  {
    from: 'components/',
    forbid: ['utils/page/', 'utils/marks/', 'entrypoints/', 'tools/'],
    why: 'UI components see analysis types, messaging and settings, never the page',
  },
  {
    from: 'tests/',
    forbid: ['scripts/'],
    why: 'tests share the Node tools through tools/, not by importing the scripts',
  },
  {
    from: 'scripts/',
    forbid: ['tests/'],
    why: 'scripts share the Node tools through tools/, not by importing the tests',
  },
  {
    from: 'tools/',
    forbid: ['scripts/', 'tests/'],
    why: 'tools/ is what scripts/ and tests/ share: it depends on neither',
  },
];

/**
 * Imports that break a rule today, each with why it is still there; the test fails when one is no longer needed,
 * so this list only shrinks. Empty: the browser half of the real-browser harness (launch, driver, server, the
 * responsive probes) is in tools/browser/, shared by tests/e2e/ and scripts/bench-responsive.ts.
 */
const KNOWN_EXCEPTIONS: ReadonlyArray<readonly [file: string, imports: string]> = [];

interface Violation {
  file: string;
  imports: string;
  why: string;
}

/** Where an import points: a project path (no extension needed) or a package name. */
function resolveImport(file: string, specifier: string): { path: string } | { package: string } {
  const bare = specifier.replace(/\?.*$/, '');
  if (bare.startsWith('.')) return { path: posix.join(posix.dirname(file), bare) };
  const alias = ALIASES.find((a) => bare.startsWith(a));
  if (alias) return { path: bare.slice(alias.length) };
  return { package: bare };
}

/** The imports of one file that break a rule; `file` is relative to the project root, with forward slashes. */
function importViolations(file: string, source: string): Violation[] {
  const rules = RULES.filter((rule) => file.startsWith(rule.from));
  if (rules.length === 0) return [];
  const found: Violation[] = [];
  for (const { fileName: specifier } of ts.preProcessFile(source, true, true).importedFiles) {
    const target = resolveImport(file, specifier);
    for (const rule of rules) {
      const broken =
        'path' in target
          ? rule.forbid.some((folder) => `${target.path}/`.startsWith(folder))
          : rule.packages === false && !target.package.startsWith('node:');
      if (broken) found.push({ file, imports: specifier, why: rule.why });
    }
  }
  return found;
}

function sourceFiles(dir: string): string[] {
  const files: string[] = [];
  for (const entry of readdirSync(join(ROOT, dir), { withFileTypes: true, recursive: true })) {
    if (!entry.isFile() || !SOURCE_FILE.test(entry.name)) continue;
    files.push(relative(ROOT, join(entry.parentPath, entry.name)).split(sep).join('/'));
  }
  return files;
}

describe('the import rule', () => {
  it('holds for every source file of the project', () => {
    const files = SOURCE_DIRS.flatMap((dir) => {
      try {
        return sourceFiles(dir);
      } catch {
        return [];
      }
    });
    expect(files.length).toBeGreaterThan(100);
    const all = files.flatMap((file) => importViolations(file, readFileSync(join(ROOT, file), 'utf8')));
    const known = (v: Violation): boolean =>
      KNOWN_EXCEPTIONS.some(([file, imports]) => v.file === file && v.imports === imports);
    expect(all.filter((v) => !known(v))).toEqual([]);
    // Every known exception is still there: one that was fixed leaves the list.
    expect(
      KNOWN_EXCEPTIONS.filter(([file, imports]) => !all.some((v) => v.file === file && v.imports === imports)),
    ).toEqual([]);
  });

  // Each rule on an import that breaks it, in the forms the project writes imports in.
  const BAD: ReadonlyArray<readonly [string, string]> = [
    ['utils/analysis/numbers.ts', "import { visibleText } from '../page/dom';"],
    ['utils/analysis/pipeline.ts', "import type { Undo } from '@/utils/marks/undo';"],
    ['utils/analysis/steps.ts', "import DOMPurify from 'dompurify';"],
    ['utils/analysis/types.ts', "export type { PageState } from '../messaging/page-controller';"],
    ['utils/page/extract.ts', "import { highlight } from '../marks/highlight';"],
    ['utils/page/dom.ts', "const marks = await import('../marks/strip');"],
    ['utils/marks/strip.ts', "import { OnPage } from '../../entrypoints/content/on-page';"],
    ['components/sidebar/Sidebar.tsx', "import { extractArticle } from '@/utils/page/extract';"],
    ['components/popup/Popup.tsx', "import type { Undo } from '~/utils/marks/undo';"],
    ['tests/golden.test.ts', "import { analyzeFile } from '../scripts/analyze';"],
    ['scripts/bench-browser.ts', "import { CHROMIUM_BASE_ARGS } from '../tests/e2e/harness/chromium.ts';"],
    ['tools/load-page.ts', "import { main } from '../scripts/analyze';"],
  ];
  it.each(BAD)('fails on %s: %s', (file, source) => {
    expect(importViolations(file, source)).toHaveLength(1);
  });

  // ...and lets the allowed directions through.
  const GOOD: ReadonlyArray<readonly [string, string]> = [
    ['utils/page/extract.ts', "import type { BlockKind } from '../analysis/types';"],
    ['utils/analysis/pipeline.ts', "import { segment } from './segment';"],
    ['utils/marks/strip.ts', "import type { DomClutter } from '../page/types';"],
    ['components/popup/Popup.tsx', "import type { PageState } from '@/utils/messaging/page-controller';"],
    ['entrypoints/content/on-page.tsx', "import { HiddenSet } from '@/utils/marks/strip';"],
    ['tests/golden.test.ts', "import { analyzeFile } from '../tools/report';"],
    ['scripts/analyze.ts', "import { parsePage } from '../tools/load-page';"],
  ];
  it.each(GOOD)('lets %s through: %s', (file, source) => {
    expect(importViolations(file, source)).toEqual([]);
  });
});
