import { describe, expect, it, vi } from 'vitest';
import { createLookupCache, figureKey } from '../../../entrypoints/content/card/services';
import type { EntityDetails, FigureDetails, FigureQuery } from '../../../lib/messaging/protocol';

const details = { entity: { id: 'c:openai', kind: 'company', name: 'OpenAI', aliases: [], facts: [] }, sources: {}, deals: [], related: {}, dataDate: '2025' } as EntityDetails;
const query: FigureQuery = { amount: 97.4e9, currency: 'USD', kind: 'total', entityIds: ['c:openai', 'p:elon-musk'], displayCurrency: 'EUR' };

describe('per-page lookup cache', () => {
  it('asks the background once per entity and can answer synchronously afterwards', async () => {
    const lookupEntity = vi.fn(async () => details);
    const cache = createLookupCache({ lookupEntity, lookupFigure: vi.fn() });
    expect(cache.peekEntity('c:openai')).toBeUndefined();
    await Promise.all([cache.entity('c:openai'), cache.entity('c:openai')]);
    await cache.entity('c:openai');
    expect(lookupEntity).toHaveBeenCalledTimes(1);
    expect(cache.peekEntity('c:openai')).toBe(details);
  });

  it('remembers "no such entity" (null) but forgets failures so the next hover retries', async () => {
    let fail = true;
    const lookupEntity = vi.fn(async (id: string) => {
      if (id === 'c:gone') return null;
      if (fail) throw new Error('background not answering');
      return details;
    });
    const cache = createLookupCache({ lookupEntity, lookupFigure: vi.fn() });
    expect(await cache.entity('c:gone')).toBeNull();
    expect(cache.peekEntity('c:gone')).toBeNull();
    await expect(cache.entity('c:openai')).rejects.toThrow('background not answering');
    fail = false;
    expect(await cache.entity('c:openai')).toBe(details);
    expect(lookupEntity).toHaveBeenCalledTimes(3);
  });

  it('keys figures by amount, currency, kind, display currency and the set of nearby entities', async () => {
    const figure: FigureDetails = { comparables: [], sources: {} };
    const lookupFigure = vi.fn(async () => figure);
    const cache = createLookupCache({ lookupEntity: vi.fn(), lookupFigure });
    await cache.figure(query);
    await cache.figure({ ...query, entityIds: ['p:elon-musk', 'c:openai'] }); // same set, other order
    expect(lookupFigure).toHaveBeenCalledTimes(1);
    await cache.figure({ ...query, displayCurrency: 'GBP' });
    expect(lookupFigure).toHaveBeenCalledTimes(2);
    expect(figureKey(query)).not.toBe(figureKey({ ...query, kind: 'range_low' }));
    cache.clear();
    expect(cache.peekFigure(query)).toBeUndefined();
  });
});
