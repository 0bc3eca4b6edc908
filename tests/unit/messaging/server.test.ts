import { describe, expect, it, vi } from 'vitest';
import { createDispatcher, senderInfo, type HandlerTable, type SenderInfo } from '../../../lib/messaging/server';

const CONTENT: SenderInfo = { privileged: false, tabId: 3, url: 'https://news.example/article' };
const POPUP: SenderInfo = { privileged: true, url: 'chrome-extension://abc/popup.html' };

function table(overrides: Partial<HandlerTable> = {}): HandlerTable {
  const fail = () => {
    throw new Error('not in this test');
  };
  return {
    getMatchIndex: fail,
    lookupEntity: ({ id }) => (id === 'c.openai' ? ({ entity: { id } } as never) : null),
    lookupFigure: fail,
    search: ({ query }) => [{ id: 'c.x', kind: 'company', name: query, score: 1 }],
    getStatus: fail,
    importPack: fail,
    exportPack: fail,
    removePack: async ({ id }) => ({ removed: id === 'p' }),
    rebuildCache: fail,
    listCorrections: () => [],
    addCorrection: (c) => [c],
    removeCorrection: () => [],
    ...overrides,
  };
}

describe('createDispatcher', () => {
  it('ignores messages that are not Backstory requests, so other listeners can answer', () => {
    const dispatch = createDispatcher(table());
    expect(dispatch({ name: 'lookupEntity', params: { id: 'c.openai' } }, CONTENT)).toBeUndefined();
    expect(dispatch('hello', CONTENT)).toBeUndefined();
    expect(dispatch(null, CONTENT)).toBeUndefined();
    expect(dispatch({ backstory: 1, event: 'seedProgress' }, CONTENT)).toBeUndefined();
    expect(dispatch({ backstory: 1, tab: 'navigateMention', params: {} }, CONTENT)).toBeUndefined();
  });

  it('wraps a handler result in an ok envelope', async () => {
    const dispatch = createDispatcher(table());
    expect(await dispatch({ backstory: 1, name: 'lookupEntity', params: { id: 'c.openai' } }, CONTENT)).toEqual({
      ok: true,
      result: { entity: { id: 'c.openai' } },
    });
    expect(await dispatch({ backstory: 1, name: 'lookupEntity', params: { id: 'c.other' } }, CONTENT)).toEqual({ ok: true, result: null });
  });

  it('turns a thrown error into an error envelope with its name and message', async () => {
    const dispatch = createDispatcher(
      table({
        getStatus: () => {
          throw new RangeError('database is closed');
        },
      }),
    );
    expect(await dispatch({ backstory: 1, name: 'getStatus', params: {} }, POPUP)).toEqual({
      ok: false,
      error: { name: 'RangeError', message: 'database is closed' },
    });
  });

  it('rejects bad params before the handler runs, naming the field', async () => {
    const lookupEntity = vi.fn(() => null);
    const dispatch = createDispatcher(table({ lookupEntity }));
    const reply = await dispatch({ backstory: 1, name: 'lookupEntity', params: { id: 42 } }, CONTENT);
    expect(reply).toMatchObject({ ok: false, error: { name: 'TypeError' } });
    expect(reply && !reply.ok && reply.error.message).toMatch(/lookupEntity.*\bid\b/);
    const figure = await dispatch(
      { backstory: 1, name: 'lookupFigure', params: { amount: 1, currency: 'usd', kind: 'total', entityIds: [], displayCurrency: 'EUR' } },
      CONTENT,
    );
    expect(figure && !figure.ok && figure.error.message).toMatch(/currency/);
    expect(lookupEntity).not.toHaveBeenCalled();
  });

  it('answers unknown message names with an error, not silence', async () => {
    const dispatch = createDispatcher(table());
    expect(await dispatch({ backstory: 1, name: 'dropDatabase', params: {} }, POPUP)).toMatchObject({
      ok: false,
      error: { message: expect.stringContaining('dropDatabase') },
    });
    expect(await dispatch({ backstory: 1, name: 'toString', params: {} }, POPUP)).toMatchObject({ ok: false });
  });

  it('keeps pack management away from content scripts', async () => {
    const removePack = vi.fn(async () => ({ removed: true }));
    const dispatch = createDispatcher(table({ removePack }));
    const fromPage = await dispatch({ backstory: 1, name: 'removePack', params: { id: 'p' } }, CONTENT);
    expect(fromPage).toMatchObject({ ok: false, error: { message: expect.stringContaining("Backstory's own pages") } });
    expect(removePack).not.toHaveBeenCalled();
    expect(await dispatch({ backstory: 1, name: 'removePack', params: { id: 'p' } }, POPUP)).toEqual({ ok: true, result: { removed: true } });
  });
});

describe('senderInfo', () => {
  const origin = 'chrome-extension://abc/';
  it('treats our own pages as privileged and content scripts as not', () => {
    expect(senderInfo({ id: 'abc', url: 'chrome-extension://abc/options.html', tab: { id: 4 } }, origin, 'abc').privileged).toBe(true);
    expect(senderInfo({ id: 'abc', url: 'https://news.example/a', tab: { id: 4 } }, origin, 'abc')).toEqual({
      privileged: false,
      tabId: 4,
      url: 'https://news.example/a',
    });
    expect(senderInfo({ id: 'other', url: 'chrome-extension://other/x.html' }, origin, 'abc').privileged).toBe(false);
  });
});
