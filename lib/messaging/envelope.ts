/** Reply envelopes shared by client.ts and server.ts (no `browser` here: unit-testable). */
import type { Reply } from './protocol';

export const BACKGROUND_NOT_ANSWERING = "Backstory's background is not answering; reload the page";
export const TAB_NOT_ANSWERING = 'Backstory is not running on this page yet; reload the page';
export const EXTENSION_RELOADED = 'Backstory was updated or reloaded; reload the page';

/** An error whose message is safe and meant to be shown to the user as is. */
export class BackstoryError extends Error {
  override name = 'BackstoryError';
}

export function okReply<T>(result: T): { ok: true; result: T } {
  return { ok: true, result };
}

export function errorReply(error: unknown): { ok: false; error: { name: string; message: string } } {
  if (error instanceof Error) return { ok: false, error: { name: error.name || 'Error', message: error.message } };
  return { ok: false, error: { name: 'Error', message: String(error) } };
}

function isReply(value: unknown): value is Reply {
  return typeof value === 'object' && value !== null && typeof (value as { ok?: unknown }).ok === 'boolean';
}

/** Envelope → value, or a thrown Error carrying the remote name and message. */
export function unwrapReply<T>(reply: unknown, noReceiver: string): T {
  if (!isReply(reply)) throw new Error(noReceiver);
  if (reply.ok) return reply.result as T;
  const error = new Error(reply.error?.message || 'Unknown error in Backstory');
  error.name = reply.error?.name || 'Error';
  throw error;
}
