// The registry test files write to: `test(name, fn, options?)` at the top level of a tests/e2e/*.e2e.ts file.
// main.ts imports each file in turn and runs what it registered once per browser.
import type { RegisteredTest, TestFn, TestOptions } from '../../../tools/browser/types.ts';

const registered: RegisteredTest[] = [];
let currentFile = '<unknown>';

export function test(name: string, fn: TestFn, options: TestOptions = {}): void {
  if (registered.some((t) => t.file === currentFile && t.name === name)) {
    throw new Error(`duplicate e2e test name in ${currentFile}: ${name}`);
  }
  registered.push({ name, file: currentFile, fn, options });
}

/** Used by main.ts only. */
export function setCurrentFile(file: string): void {
  currentFile = file;
}

/** Used by main.ts only. */
export function registeredTests(): readonly RegisteredTest[] {
  return registered;
}
