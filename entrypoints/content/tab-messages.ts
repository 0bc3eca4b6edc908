/**
 * The one tab-message listener (popup / background → this page). Only `{backstory: 1, tab}`
 * messages are answered, with `{ok, result}` envelopes; anything else is left to others.
 */
import { browser } from 'wxt/browser';
import type { ContentScriptContext } from '#imports';
import type { TabMessageName, TabProtocolMap, TabRequest } from '../../lib/messaging/protocol';
import { errorReply, okReply } from '../../lib/messaging/envelope';

type TabHandler<N extends TabMessageName> = (params: TabProtocolMap[N]['params']) => Promise<TabProtocolMap[N]['result']> | TabProtocolMap[N]['result'];

const handlers: { [N in TabMessageName]?: TabHandler<N> } = {};

export function handleTab<N extends TabMessageName>(name: N, handler: TabHandler<N>): void {
  (handlers as Record<string, unknown>)[name] = handler;
}

function isTabRequest(msg: unknown): msg is TabRequest {
  return typeof msg === 'object' && msg !== null && (msg as { backstory?: unknown }).backstory === 1 && typeof (msg as { tab?: unknown }).tab === 'string';
}

export function init(ctx: ContentScriptContext): void {
  const listener = (msg: unknown): Promise<unknown> | undefined => {
    if (!isTabRequest(msg)) return undefined;
    const handler = handlers[msg.tab] as TabHandler<TabMessageName> | undefined;
    if (!handler) return undefined;
    return Promise.resolve()
      .then(() => handler(msg.params as never))
      .then(okReply, errorReply);
  };
  browser.runtime.onMessage.addListener(listener);
  ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(listener));
}
