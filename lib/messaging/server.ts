/**
 * The background's side of the protocol: one handler table typed by ProtocolMap, params checked
 * with valibot, replies wrapped in envelopes. `createDispatcher` is pure (no `browser`) so it is
 * unit-tested directly; `listen` attaches it to runtime.onMessage.
 */
import * as v from 'valibot';
import { browser } from 'wxt/browser';
import { errorReply, okReply } from './envelope';
import { PARAM_SCHEMAS, UNPRIVILEGED_MESSAGES } from './param-schemas';
import type { MessageName, Params, ProtocolMap, Reply, Result } from './protocol';

/** What the dispatcher needs to know about who sent a message. */
export interface SenderInfo {
  /** True for our own extension pages (popup, options, background); false for content scripts. */
  privileged: boolean;
  tabId?: number;
  url?: string;
}

export type Handler<N extends MessageName> = (params: Params<N>, sender: SenderInfo) => Promise<Result<N>> | Result<N>;
export type HandlerTable = { [N in MessageName]: Handler<N> };

export type Dispatch = (message: unknown, sender: SenderInfo) => Promise<Reply> | undefined;

function isOurRequest(message: unknown): message is { backstory: 1; name: unknown; params?: unknown } {
  return typeof message === 'object' && message !== null && (message as { backstory?: unknown }).backstory === 1 && 'name' in message;
}

/**
 * Returns undefined for anything that is not a Backstory request (other listeners may answer
 * it), otherwise a promise of the reply envelope. Never throws.
 */
export function createDispatcher(handlers: HandlerTable): Dispatch {
  return (message, sender) => {
    if (!isOurRequest(message) || 'tab' in message) return undefined;
    const name = message.name;
    if (typeof name !== 'string' || !Object.hasOwn(handlers, name)) {
      return Promise.resolve(errorReply(new TypeError(`Unknown Backstory message "${String(name)}"`)));
    }
    const key = name as MessageName;
    if (!sender.privileged && !UNPRIVILEGED_MESSAGES.has(key)) {
      return Promise.resolve(errorReply(new Error(`"${key}" is only available from Backstory's own pages`)));
    }
    const parsed = v.safeParse(PARAM_SCHEMAS[key], message.params ?? {});
    if (!parsed.success) {
      const issue = parsed.issues[0];
      const path = issue ? v.getDotPath(issue) : null;
      return Promise.resolve(
        errorReply(new TypeError(`Bad params for "${key}"${path ? ` at ${path}` : ''}: ${issue?.message ?? 'invalid'}`)),
      );
    }
    return run(handlers[key] as Handler<typeof key>, parsed.output as Params<typeof key>, sender);
  };
}

async function run<N extends MessageName>(handler: Handler<N>, params: Params<N>, sender: SenderInfo): Promise<Reply> {
  try {
    return okReply(await handler(params, sender)) as Reply;
  } catch (error) {
    return errorReply(error);
  }
}

/** Our own pages live at the extension's origin; content scripts report the page's URL. */
export function senderInfo(sender: { url?: string; tab?: { id?: number }; id?: string }, extensionOrigin: string, extensionId: string): SenderInfo {
  const fromUs = sender.id === undefined || sender.id === extensionId;
  const privileged = fromUs && (sender.url === undefined ? !sender.tab : sender.url.startsWith(extensionOrigin));
  return { privileged, tabId: sender.tab?.id, url: sender.url };
}

/** Attach the handler table to runtime.onMessage (call once, synchronously, at start). */
export function listen(handlers: HandlerTable): void {
  const dispatch = createDispatcher(handlers);
  const origin = browser.runtime.getURL('/');
  browser.runtime.onMessage.addListener((message: unknown, sender) => dispatch(message, senderInfo(sender, origin, browser.runtime.id)));
}

export type { ProtocolMap };
