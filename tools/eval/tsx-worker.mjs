// A worker thread's entry for a TypeScript module: Node does not pass the main thread's `--import tsx` on to
// workers, so this registers tsx in the worker, then imports the module named in workerData.entry.
import { workerData } from 'node:worker_threads';
import { register } from 'tsx/esm/api';

register();
await import(workerData.entry);
