// `npm run test:e2e`: the real-browser suite. The runner and the tests are TypeScript (type-checked with the
// rest of the project), so register tsx's loader and hand over to tests/e2e/harness/main.ts.
import { register } from 'tsx/esm/api';

register();
await import('../tests/e2e/harness/main.ts');
