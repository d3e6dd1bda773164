// The part of jsdom's API the Node scripts use (jsdom ships no types and @types/jsdom is not a dependency;
// the unit tests get jsdom through Vitest's environment instead).
declare module 'jsdom' {
  /** Receives the page's console and jsdom's own errors (a stylesheet it cannot parse); with no listener, drops them. */
  export class VirtualConsole {}

  export interface ConstructorOptions {
    virtualConsole?: VirtualConsole;
  }

  export class JSDOM {
    constructor(html?: string, options?: ConstructorOptions);
    readonly window: Window & typeof globalThis;
  }
}
