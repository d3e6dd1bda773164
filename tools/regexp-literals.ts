// The engine's bundle for a page (scripts/content-modules.ts, tools/browser/engine-bundle.ts): its regular-expression
// literals with Unicode property escapes (\p{L}, \P{…}) written as `new RegExp(source, flags)` calls.
//
// Why: V8 checks a RegExp literal's syntax when it parses the script, and for a property escape that means
// building the property's set of code points (ICU), about 0.1–0.5 ms for each of the engine's ~140 such literals.
// Chromium streams the engine's module off the main thread, but the module cannot run until that parse is done:
// it is on the way to the first highlights (issue 15). The same pattern in a string is not looked at until the
// RegExp is made, which a literal pays as well (V8 checks its syntax again when it makes the object), so nothing
// is added at run time. Measured in Chromium (a page compiling 300 such patterns): 30–160 ms as literals, 1–3 ms as
// strings; making the objects cost the same either way.
//
// Equivalence: a literal makes a new RegExp from its source and flags each time it is evaluated, and so does
// `new RegExp(source, flags)` with the literal's text between its slashes as `source` (a JSON string of it is that
// text: the pattern's backslashes are kept as pattern escapes). The `source` and `flags` of the two objects are the
// same strings (tests/regexp-literals.test.ts).
import ts from 'typescript';

/** A Unicode property escape in a pattern's text. */
const PROPERTY_ESCAPE = /\\[pP]\{/;

/** `code` (JavaScript) with each RegExp literal holding a property escape written as `new RegExp(…)`. */
export function propertyEscapesAsStrings(code: string): string {
  const file = ts.createSourceFile('bundle.js', code, ts.ScriptTarget.Latest, false, ts.ScriptKind.JS);
  const edits: Array<{ start: number; end: number; text: string }> = [];
  const visit = (node: ts.Node): void => {
    if (ts.isRegularExpressionLiteral(node)) {
      const literal = node.text;
      const slash = literal.lastIndexOf('/');
      const source = literal.slice(1, slash);
      if (PROPERTY_ESCAPE.test(source)) {
        const flags = literal.slice(slash + 1);
        // Parenthesised: the call stands where the literal did (`/…/u.test(x)`, `a=/…/u`).
        edits.push({
          start: node.getStart(file),
          end: node.end,
          text: `(new RegExp(${JSON.stringify(source)},${JSON.stringify(flags)}))`,
        });
      }
      return;
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  let out = code;
  for (const edit of edits.reverse()) out = out.slice(0, edit.start) + edit.text + out.slice(edit.end);
  return out;
}
