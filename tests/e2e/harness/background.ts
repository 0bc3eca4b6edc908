/** Call Backstory's background through its one message protocol, from an extension page. */
import type { Page } from 'playwright-core';
import { withTimeout } from './chromium';

export async function callBackground<T = unknown>(extensionPage: Page, name: string, params: unknown = {}): Promise<T> {
  const reply = await withTimeout(
    extensionPage.evaluate(
      ({ name, params }) => {
        const api = (globalThis as unknown as { chrome: { runtime: { sendMessage(m: object): Promise<unknown> } } }).chrome;
        return api.runtime.sendMessage({ backstory: 1, name, params });
      },
      { name, params },
    ),
    30_000,
    `background message ${name}`,
  );
  const envelope = reply as { ok: boolean; result?: T; error?: { message: string } };
  if (!envelope?.ok) throw new Error(`background ${name} failed: ${envelope?.error?.message ?? JSON.stringify(reply)}`);
  return envelope.result as T;
}
