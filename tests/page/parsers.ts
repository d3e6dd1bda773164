// The two ways Sourcelight's page code meets a document: the browser's DOM (jsdom in the tests) and the CLI's
// (linkedom, tools/load-page.ts), which parse old, badly nested markup differently. Page tests run on both.
import { parsePage } from '../../tools/load-page';

export const PARSERS: ReadonlyArray<readonly [string, (html: string) => Document]> = [
  ['jsdom', (html) => new DOMParser().parseFromString(html, 'text/html')],
  ['linkedom', parsePage],
];
