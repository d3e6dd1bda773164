// Sending and receiving the messages declared in protocol.ts over browser.runtime / browser.tabs messaging.
// Failures never throw: a sender gets a typed Result, so a missing content script is an ordinary outcome.
import { type Browser, browser } from 'wxt/browser';
import type {
  BackgroundProtocol,
  ContentProtocol,
  Destination,
  Envelope,
  Handlers,
  ProtocolOf,
  ReplyOf,
  RequestOf,
  Result,
  Wire,
} from './protocol';

export type Sender = Browser.runtime.MessageSender;

function isRecord(raw: unknown): raw is Record<string, unknown> {
  return typeof raw === 'object' && raw !== null && !Array.isArray(raw);
}

function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** Turns what came back (or the error thrown) into a Result. */
async function deliver<T>(send: () => Promise<unknown>): Promise<Result<T>> {
  let raw: unknown;
  try {
    raw = await send();
  } catch (error) {
    // "Could not establish connection. Receiving end does not exist." (both browsers), "No tab with id",
    // "Extension context invalidated." (a content script left behind by an update): nobody is there.
    return { ok: false, reason: 'unreachable', message: errorText(error) };
  }
  // No reply at all: a frame without our listener answered (or the port closed before a reply).
  if (!isRecord(raw) || typeof raw.ok !== 'boolean') {
    return { ok: false, reason: 'unreachable', message: 'no reply' };
  }
  const wire = raw as Wire<T>;
  return wire.ok ? { ok: true, value: wire.value } : { ok: false, reason: 'failed', message: wire.error };
}

function envelope<D extends Destination, K extends keyof ProtocolOf[D]>(
  destination: D,
  name: K,
  data: Envelope<D, K>['data'],
): Envelope<D, K> {
  return { sourcelight: destination, name, data };
}

/** Asks the content script in a tab's top frame. */
export function sendToTab<K extends keyof ContentProtocol>(
  tabId: number,
  name: K,
  data: RequestOf<ContentProtocol, K>,
): Promise<Result<ReplyOf<ContentProtocol, K>>> {
  const message = envelope('content', name, data as Envelope<'content', K>['data']);
  return deliver(() => browser.tabs.sendMessage(tabId, message, { frameId: 0 }));
}

/** Tells the background something (from a content script or an extension page). */
export function sendToBackground<K extends keyof BackgroundProtocol>(
  name: K,
  data: RequestOf<BackgroundProtocol, K>,
): Promise<Result<ReplyOf<BackgroundProtocol, K>>> {
  const message = envelope('background', name, data as Envelope<'background', K>['data']);
  return deliver(() => browser.runtime.sendMessage(message));
}

/** Whether a message is one of ours, for this destination, with a name this receiver handles. */
function isEnvelopeFor<D extends Destination>(
  raw: unknown,
  destination: D,
  handlers: object,
): raw is Envelope<D, keyof ProtocolOf[D]> {
  return (
    isRecord(raw) &&
    raw.sourcelight === destination &&
    typeof raw.name === 'string' &&
    Object.hasOwn(handlers, raw.name) &&
    'data' in raw
  );
}

/**
 * Answers the messages for one destination with one handler per request name; returns the function that
 * stops listening. Messages for other destinations are left for other listeners (no reply is sent).
 */
export function listen<D extends Destination>(destination: D, handlers: Handlers<ProtocolOf[D], Sender>): () => void {
  const listener = (
    message: unknown,
    sender: Sender,
    sendResponse: (reply: Wire<unknown>) => void,
  ): true | undefined => {
    if (!isEnvelopeFor(message, destination, handlers)) return undefined;
    const handler = handlers[message.name] as (data: unknown, sender: Sender) => unknown;
    // sendResponse + `return true` (rather than returning a promise) works the same natively in both browsers,
    // through webextension-polyfill, and in WXT's fake browser used by the unit tests.
    Promise.resolve()
      .then(() => handler(message.data, sender))
      .then(
        (value) => sendResponse({ ok: true, value }),
        (error: unknown) => {
          console.error(`[sourcelight:messaging] ${destination}.${String(message.name)} failed`, error);
          sendResponse({ ok: false, error: errorText(error) });
        },
      );
    return true;
  };
  browser.runtime.onMessage.addListener(listener);
  return () => browser.runtime.onMessage.removeListener(listener);
}

/**
 * Watches the messages of one name sent to another receiver, without answering them (the receiver does): the
 * popup learns from a tab's `reportPage` to the background that the page's state changed. Returns the function
 * that stops watching.
 */
export function observe<D extends Destination, K extends keyof ProtocolOf[D] & string>(
  destination: D,
  name: K,
  callback: (data: RequestOf<ProtocolOf[D], K>, sender: Sender) => void,
): () => void {
  const handlers = { [name]: true };
  const listener = (message: unknown, sender: Sender): undefined => {
    if (isEnvelopeFor(message, destination, handlers) && message.name === name) {
      callback(message.data as RequestOf<ProtocolOf[D], K>, sender);
    }
    // No reply, ever: the message's own receiver answers it.
    return undefined;
  };
  browser.runtime.onMessage.addListener(listener);
  return () => browser.runtime.onMessage.removeListener(listener);
}
