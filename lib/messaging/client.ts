/**
 * Typed senders for the one protocol (lib/messaging/protocol.ts). Used by content scripts,
 * the popup and the options page. Replies arrive as `{ok, result}` / `{ok: false, error}`
 * envelopes; this unwraps them into a value or a thrown Error with a readable message.
 */
import { browser } from 'wxt/browser';
import type { BackgroundEvent, MessageName, Params, Reply, Request, Result, TabMessageName, TabProtocolMap, TabRequest } from './protocol';
import { BACKGROUND_NOT_ANSWERING, EXTENSION_RELOADED, TAB_NOT_ANSWERING, unwrapReply } from './envelope';

export { BackstoryError } from './envelope';

/** Ask the background. Rejects with a readable Error when it fails or cannot be reached. */
export async function sendMessage<N extends MessageName>(name: N, params: Params<N>): Promise<Result<N>> {
  const request: Request<N> = { backstory: 1, name, params };
  let reply: unknown;
  try {
    reply = await browser.runtime.sendMessage(request);
  } catch (error) {
    throw transportError(error, BACKGROUND_NOT_ANSWERING);
  }
  return unwrapReply<Result<N>>(reply as Reply<N> | undefined, BACKGROUND_NOT_ANSWERING);
}

/** Ask a tab's content script (popup → content, background → content). */
export async function sendTabMessage<N extends TabMessageName>(
  tabId: number,
  name: N,
  params: TabProtocolMap[N]['params'],
): Promise<TabProtocolMap[N]['result']> {
  const request: TabRequest<N> = { backstory: 1, tab: name, params };
  let reply: unknown;
  try {
    reply = await browser.tabs.sendMessage(tabId, request);
  } catch (error) {
    throw transportError(error, TAB_NOT_ANSWERING);
  }
  return unwrapReply<TabProtocolMap[N]['result']>(reply as Reply | undefined, TAB_NOT_ANSWERING);
}

/** Browsers word "nobody listened" differently; all of them become one actionable message. */
function transportError(error: unknown, noReceiver: string): Error {
  const text = error instanceof Error ? error.message : String(error);
  if (/context invalidated/i.test(text)) return new Error(EXTENSION_RELOADED);
  if (/receiving end does not exist|could not establish connection|no listeners|message manager disconnected|port closed/i.test(text)) {
    return new Error(noReceiver);
  }
  return new Error(`${noReceiver} (${text})`);
}

/** Listen to the background's broadcasts (seed progress, packs changed); returns an unsubscribe. */
export function onBackgroundEvent(listener: (event: BackgroundEvent) => void): () => void {
  const wrapped = (message: unknown) => {
    if (typeof message === 'object' && message !== null && (message as { backstory?: unknown }).backstory === 1 && 'event' in message) {
      listener(message as BackgroundEvent);
    }
    return undefined;
  };
  browser.runtime.onMessage.addListener(wrapped);
  return () => browser.runtime.onMessage.removeListener(wrapped);
}
