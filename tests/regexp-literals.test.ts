import { describe, expect, it } from 'vitest';
import { propertyEscapesAsStrings } from '../tools/regexp-literals';

/** Evaluates `code` (an expression) as a script would. */
const evaluate = (code: string): unknown => new Function(`return (${code});`)();

describe('propertyEscapesAsStrings', () => {
  it('writes a literal with a property escape as a RegExp call with the same source and flags', () => {
    const literals = [
      String.raw`/(?<![\p{L}\p{N}])(?:said|told)(?![\p{L}\p{N}])/u`,
      String.raw`/^\p{Lu}[\p{L}'\u2019.-]*\/x$/giu`,
      String.raw`/["\\]\P{Ll}+/u`,
    ];
    for (const literal of literals) {
      const code = propertyEscapesAsStrings(literal);
      expect(code).toMatch(/^\(new RegExp\(".*"\)\)$/);
      const [made, written] = [evaluate(code), evaluate(literal)] as [RegExp, RegExp];
      expect(made.source).toBe(written.source);
      expect(made.flags).toBe(written.flags);
    }
  });

  it('finds the same as the literal, where the literal stood (a call on it, an argument, a list)', () => {
    const code = String.raw`[/\p{Lu}\p{Ll}+/u.test("Mayor Lena Park said"), "Lena Park, 41".replace(/\p{N}+/gu, "#"), [/(?<!\p{L})park(?!\p{L})/iu][0].exec("the PARK")?.index]`;
    const rewritten = propertyEscapesAsStrings(code);
    expect(rewritten).not.toContain('/u');
    expect(evaluate(rewritten)).toEqual([true, 'Lena Park, #', 4]);
    expect(evaluate(rewritten)).toEqual(evaluate(code));
  });

  it('leaves other literals, divisions and strings as they are', () => {
    const code = String.raw`[/^\s+said$/i, 6 / 2 / 3, "\\p{L} in a string", /[a-z]+/g]`;
    expect(propertyEscapesAsStrings(code)).toBe(code);
  });
});
