// Proof that the content script was injected into a page, independent of what it did there. Chromium only:
// DevTools reports each content script's isolated world as an execution context whose origin is the
// extension's; errors thrown in that world are reported with its context id. (Firefox exposes no such hook
// over BiDi; there the tests use a control page in the same browser, and Firefox reports the content script's
// uncaught errors as the tab's own: E2EPage.pageErrors.)
import type { CDPSession } from 'playwright-core';
import type { E2EExtension, E2EPage } from '../../../tools/browser/types.ts';

export interface InjectionWatch {
  /** Number of isolated worlds of the extension created in this tab so far. */
  worlds(): number;
  /** Uncaught errors and console.error calls from those worlds. */
  errors(): readonly string[];
  stop(): Promise<void>;
}

interface ContextCreated {
  context: { id: number; origin: string; name: string; auxData?: { type?: string } };
}
interface ExceptionThrown {
  exceptionDetails: { executionContextId?: number; text: string; exception?: { description?: string } };
}
interface ConsoleCalled {
  type: string;
  executionContextId: number;
  args: { value?: unknown; description?: string }[];
}

/** Start before goto(). Returns null in Firefox. */
export async function watchInjection(page: E2EPage, extension: E2EExtension): Promise<InjectionWatch | null> {
  if (page.raw.browser !== 'chromium') return null;
  const raw = page.raw.page;
  const session: CDPSession = await raw.context().newCDPSession(raw);
  const origin = extension.baseUrl.replace(/\/$/, '');
  const ours = new Set<number>();
  const errors: string[] = [];
  session.on('Runtime.executionContextCreated', (event: ContextCreated) => {
    if (event.context.origin === origin) ours.add(event.context.id);
  });
  session.on('Runtime.exceptionThrown', (event: ExceptionThrown) => {
    const d = event.exceptionDetails;
    if (d.executionContextId !== undefined && ours.has(d.executionContextId)) {
      errors.push(d.exception?.description ?? d.text);
    }
  });
  session.on('Runtime.consoleAPICalled', (event: ConsoleCalled) => {
    if (event.type === 'error' && ours.has(event.executionContextId)) {
      errors.push(event.args.map((a) => a.description ?? String(a.value)).join(' '));
    }
  });
  await session.send('Runtime.enable');
  return {
    worlds: () => ours.size,
    errors: () => errors,
    stop: () => session.detach(),
  };
}
