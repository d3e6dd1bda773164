// The seed pages the browser benchmarks load: every page in seeds/ and seeds/hostile/, by name.
import { readdirSync } from 'node:fs';
import path from 'node:path';

/** The seed pages' paths under seeds/ ("blog-article.html", "hostile/payloads-article.html"), sorted. */
export function seedPageFiles(root: string): string[] {
  const seeds = path.join(root, 'seeds');
  return [
    ...readdirSync(seeds).filter((f) => f.endsWith('.html')),
    ...readdirSync(path.join(seeds, 'hostile'))
      .filter((f) => f.endsWith('.html'))
      .map((f) => `hostile/${f}`),
  ].sort();
}
