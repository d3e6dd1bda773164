// `npm run test:e2e`: the real-browser suite. The runner and the tests are TypeScript (type-checked with the
// rest of the project): this runs tests/e2e/harness/main.ts under tsx's loader, with the same arguments, in a
// process of its own (scripts/ never imports tests/: the import rule, tests/architecture), and exits as it does.
import { spawnSync } from 'node:child_process';
import path from 'node:path';

const RUNNER = path.join(import.meta.dirname, '..', 'tests', 'e2e', 'harness', 'main.ts');
const run = spawnSync(process.execPath, ['--import', import.meta.resolve('tsx'), RUNNER, ...process.argv.slice(2)], {
  stdio: 'inherit',
});
if (run.error) throw run.error;
process.exitCode = run.status ?? 1;
