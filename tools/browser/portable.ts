// Page functions are sent to the browser as source text. tsx (esbuild, keepNames) compiles `const f = () => …`
// inside them to `__name(() => …, "f")`, and `__name` exists only in Node, so such a function would throw in
// the page. Both drivers serialise a function with String(fn), so we hand them one whose source brings its own
// no-op `__name`: test authors can write ordinary TypeScript inside evaluate().
import type { PageFunction } from './types.ts';

export function portable<A, R>(fn: PageFunction<A, R>): PageFunction<A, R> {
  const source = `function (arg) { const __name = (f) => f; return (${fn.toString()})(arg); }`;
  const wrapped: PageFunction<A, R> = (arg: A) => fn(arg);
  wrapped.toString = () => source;
  return wrapped;
}
