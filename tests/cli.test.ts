// The analyze CLI, run as a user runs it: `node --import tsx scripts/analyze.ts ...`.
import { spawn, spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import type { Analysis } from '../utils/analysis/types';

const ROOT = join(import.meta.dirname, '..');
const SEED = join(ROOT, 'seeds/daily8-wire-story.html');
const TITLE = 'Illegal trawlers slip back into West African waters as patrols thin';
const TIMEOUT_MS = 60_000;

function analyze(...args: string[]): { status: number | null; stdout: string; stderr: string } {
  const run = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/analyze.ts', ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    timeout: TIMEOUT_MS,
  });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

const dir = mkdtempSync(join(tmpdir(), 'sl-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('npm run analyze', { timeout: TIMEOUT_MS * 2 }, () => {
  it('prints its usage with --help', () => {
    const run = analyze('--help');
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('Usage: npm run analyze');
  });

  it('reports on the bundled seed page when given no file', () => {
    const run = analyze();
    expect(run.status).toBe(0);
    expect(run.stdout).toContain(TITLE);
    expect(run.stdout).toContain('Publisher: Reuters');
    expect(run.stdout).toContain('Authors:   Mara Quint, Tomas Reed, Ivo Brand');
    // The related stories' "Related Articles" heading is listed with them (issue 14.8), so six, not five.
    expect(run.stdout).toMatch(/Clutter \(6\)/);
    expect(run.stdout).toMatch(/related\s+Related Articles/);
    expect(run.stdout).toMatch(/promo\s+Read Smarter with Daily8 AI/);
  });

  it('prints one pretty JSON object for one file, with --url', () => {
    const run = analyze(SEED, '--json', '--url', 'https://example.test/story');
    expect(run.status).toBe(0);
    const analysis = JSON.parse(run.stdout) as Analysis;
    expect(analysis.url).toBe('https://example.test/story');
    expect(analysis.isArticle).toBe(true);
    expect(analysis.article?.title).toBe(TITLE);
    expect(run.stdout.split('\n').length).toBeGreaterThan(10);
  });

  it('prints JSON Lines for a directory (.html and .html.gz, sorted) and reports bad files but goes on', () => {
    const html = readFileSync(SEED);
    copyFileSync(SEED, join(dir, 'b.html'));
    writeFileSync(join(dir, 'a.html.gz'), gzipSync(html));
    writeFileSync(join(dir, 'c.html'), 'just some text, no markup at all');
    writeFileSync(join(dir, 'notes.txt'), 'ignored: not a page');
    const run = analyze(dir, join(dir, 'missing.html'), '--json');
    expect(run.status).toBe(1);
    const lines = run.stdout.trim().split('\n');
    expect(lines.map((line) => (JSON.parse(line) as { file: string }).file)).toEqual(['a.html.gz', 'b.html']);
    for (const line of lines) expect((JSON.parse(line) as Analysis).article?.title).toBe(TITLE);
    const errors = run.stderr.trim().split('\n');
    expect(errors).toHaveLength(2);
    expect(errors[0]).toMatch(/c\.html: not an HTML page$/);
    expect(errors[1]).toMatch(/missing\.html: /);
  });

  it('rejects an unknown option', () => {
    const run = analyze('--frobnicate');
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('unknown option');
  });

  it('stops quietly when the reader closes the pipe early (npm run analyze | head)', async () => {
    // Every seed page as JSON Lines: far more than a pipe holds, so the script is still writing when the
    // reader goes away, as `head` does after its ten lines.
    const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/analyze.ts', 'seeds', '--json'], {
      cwd: ROOT,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stderr = '';
    child.stderr.setEncoding('utf8');
    child.stderr.on('data', (chunk: string) => {
      stderr += chunk;
    });
    child.stdout.once('data', () => child.stdout.destroy());
    const status = await new Promise<number | null>((resolve) => child.on('close', (code) => resolve(code)));
    expect(stderr).not.toMatch(/EPIPE|Error|at /);
    expect(status).toBe(0);
  });
});

describe('npm run eval:numbers', { timeout: TIMEOUT_MS * 2 }, () => {
  const evalNumbers = (...args: string[]) =>
    spawnSync(process.execPath, ['--import', 'tsx', 'scripts/eval-numbers.ts', ...args], {
      cwd: ROOT,
      encoding: 'utf8',
      timeout: TIMEOUT_MS,
    });

  it('counts the numbers of a folder of pages by kind, and lists each in context with --list', () => {
    const folder = mkdtempSync(join(dir, 'numbers-'));
    copyFileSync(SEED, join(folder, 'seed.html'));
    const table = evalNumbers(folder);
    expect(table.status).toBe(0);
    const row = table.stdout.split('\n').find((line) => line.startsWith(`| ${folder.split('/').pop()} |`));
    expect(row).toBeDefined();
    expect(Number(row?.split('|')[3])).toBeGreaterThan(0);
    const list = join(dir, 'numbers.tsv');
    expect(evalNumbers(folder, '--list', list).status).toBe(0);
    const lines = readFileSync(list, 'utf8').trim().split('\n');
    expect(lines.length).toBe(Number(row?.split('|')[3]));
    expect(lines[0]?.split('\t')).toHaveLength(4);
    expect(lines.some((line) => /\[more than 30 people\]/.test(line))).toBe(true);
  });

  it('says plainly what is wrong with its arguments', () => {
    const run = evalNumbers('--list');
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('--list needs a file');
  });
});
