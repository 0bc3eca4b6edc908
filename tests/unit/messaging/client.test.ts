import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { browser } from 'wxt/browser';
import { sendMessage } from '../../../lib/messaging/client';
import { BACKGROUND_NOT_ANSWERING } from '../../../lib/messaging/envelope';
import { createDispatcher, type HandlerTable } from '../../../lib/messaging/server';

beforeEach(() => fakeBrowser.reset());

function serve(handlers: Partial<HandlerTable>) {
  const dispatch = createDispatcher(handlers as HandlerTable);
  browser.runtime.onMessage.addListener((message: unknown) => dispatch(message, { privileged: true }));
}

describe('sendMessage', () => {
  it('returns the handler result as a value', async () => {
    serve({ search: ({ query }) => [{ id: 'c.openai', kind: 'company', name: `hit for ${query}`, score: 3 }] });
    const hits = await sendMessage('search', { query: 'open' });
    expect(hits).toEqual([{ id: 'c.openai', kind: 'company', name: 'hit for open', score: 3 }]);
  });

  it('throws the background error with its name and message', async () => {
    serve({
      exportPack: ({ id }) => {
        throw Object.assign(new Error(`There is no fact pack "${id}"`), { name: 'PackError' });
      },
    });
    await expect(sendMessage('exportPack', { id: 'gone' })).rejects.toMatchObject({ name: 'PackError', message: 'There is no fact pack "gone"' });
  });

  it('says the background is not answering when nobody listens', async () => {
    await expect(sendMessage('getStatus', {})).rejects.toThrow(BACKGROUND_NOT_ANSWERING);
  });

  it('says the background is not answering when the reply is empty', async () => {
    browser.runtime.onMessage.addListener(() => Promise.resolve(undefined));
    await expect(sendMessage('getStatus', {})).rejects.toThrow(BACKGROUND_NOT_ANSWERING);
  });
});
