import { describe, expect, it } from 'vitest';
import type { Entity } from '../../../lib/facts/schema';
import { DESCRIPTION_MAX_CHARS, toSearchDocument } from '../../../lib/search/document';

const base: Entity = { id: 'c:nvidia', kind: 'company', name: 'Nvidia', aliases: [], facts: [] };

describe('toSearchDocument', () => {
  it('takes tickers from ticker aliases and ticker facts, without the exchange', () => {
    const doc = toSearchDocument({
      ...base,
      aliases: [{ text: 'NVIDIA Corporation' }, { text: 'NVDA', flags: { ticker: true } }, { text: 'Nvidia' }],
      facts: [{ key: 'ticker', value: { t: 'ticker', symbol: 'NASDAQ: NVDA', exchange: 'NASDAQ' }, asOf: '2026', sources: ['s'] }],
    });
    expect(doc.tickers).toEqual(['NVDA']);
    expect(doc.aliases).toEqual(['NVIDIA Corporation']); // the name itself is not repeated
  });

  it('keeps a one-line description, cut at a word boundary', () => {
    const long = 'US chip designer whose graphics processors are used to train and run large models, '.repeat(3);
    const doc = toSearchDocument({ ...base, facts: [{ key: 'description', value: { t: 'text', v: long }, asOf: '2026', sources: ['s'] }] });
    expect(doc.description!.length).toBeLessThanOrEqual(DESCRIPTION_MAX_CHARS);
    expect(doc.description).toMatch(/\w…$/);
    expect(long.startsWith(doc.description!.slice(0, -1))).toBe(true);
  });
});
