import { describe, expect, it } from 'vitest';
import { createRateBook, fxRowsFromTable } from '../../../lib/facts/fx';
import { figureContext, matchDeal, rankDealMatches } from '../../../lib/figures-context';
import { DEALS, ENTITIES, FX } from '../store/small-bundle';

const rates = createRateBook(fxRowsFromTable(FX), 'ecb');
const entity = (id: string) => ENTITIES.find((e) => e.id === id)!;
const largestFirst = [...DEALS].sort((a, b) => (b.amount?.amount ?? 0) - (a.amount?.amount ?? 0));

describe('matching a figure to a known deal', () => {
  it('matches 97.4 billion USD with OpenAI, xAI and Musk in the sentence to the Musk-led bid', () => {
    const deal = matchDeal({ amount: 97.4e9, currency: 'USD', kind: 'total' }, ['c.openai', 'c.xai', 'p.elon-musk'], DEALS, rates);
    expect(deal?.id).toBe('d.musk-openai-bid');
  });

  it('does not match 9.74 billion USD with Twitter to the 44 billion Twitter takeover', () => {
    expect(matchDeal({ amount: 9.74e9, currency: 'USD', kind: 'total' }, ['c.twitter', 'p.sam-altman'], DEALS, rates)).toBeUndefined();
  });

  it('matches the same bid reported in euros after conversion at the rate of its date', () => {
    // 97.4 bn USD / 1.03 (test rate on 2025-02-10) = 94.56 bn EUR; the article rounds to 94.5.
    const deal = matchDeal({ amount: 94.5e9, currency: 'EUR', kind: 'total' }, ['c.openai'], DEALS, rates);
    expect(deal?.id).toBe('d.musk-openai-bid');
  });

  it('needs a party of the deal in the sentence', () => {
    expect(matchDeal({ amount: 97.4e9, currency: 'USD', kind: 'total' }, ['c.apple'], DEALS, rates)).toBeUndefined();
  });

  it('stays within the tolerance: 5 % off is not the deal', () => {
    expect(matchDeal({ amount: 97.4e9 * 1.05, currency: 'USD', kind: 'total' }, ['c.openai'], DEALS, rates)).toBeUndefined();
    expect(rankDealMatches({ amount: 97.4e9 * 1.02, currency: 'USD', kind: 'total' }, ['c.openai'], DEALS, rates)[0]?.difference).toBeCloseTo(0.02, 6);
  });

  it('matches a per-share price to the deal price per share, not its total', () => {
    expect(matchDeal({ amount: 54.2, currency: 'USD', kind: 'per_share' }, ['c.twitter'], DEALS, rates)?.id).toBe('d.twitter-takeover');
    expect(matchDeal({ amount: 54.2, currency: 'USD', kind: 'total' }, ['c.twitter'], DEALS, rates)).toBeUndefined();
  });
});

describe('figureContext', () => {
  const base = {
    entityIds: ['c.openai', 'c.xai', 'p.elon-musk'],
    entities: [entity('c.openai'), entity('c.xai'), entity('p.elon-musk')],
    candidateDeals: DEALS,
    landmarks: largestFirst,
    rates,
    displayCurrency: 'EUR',
  };

  it('converts to the display currency at the latest dated rate and cites the rate source', () => {
    const context = figureContext({ ...base, figure: { amount: 97.4e9, currency: 'USD', kind: 'total' } });
    expect(context.conversion).toMatchObject({ value: { currency: 'EUR' }, rateDate: '2025-02-11', sourceId: 'ecb' });
    expect(context.conversion!.value.amount).toBeCloseTo(97.4e9 / 1.035, -3);
    expect(context.deal?.id).toBe('d.musk-openai-bid');
    expect(context.sourceIds).toEqual(expect.arrayContaining(['ecb', 's.bid', 's.openai']));
  });

  it('gives comparables: the matched deal, valuations of named companies, then landmarks without repeats', () => {
    const context = figureContext({ ...base, figure: { amount: 97.4e9, currency: 'USD', kind: 'total' } });
    expect(context.comparables.map((c) => [c.kind, c.label])).toEqual([
      ['deal', "Musk-led consortium's bid for OpenAI"],
      ['valuation', 'OpenAI valuation'],
      ['landmark', "Elon Musk's takeover of Twitter"],
      ['landmark', 'Acme buys Zeta (test deal)'],
    ]);
    expect(context.comparables[1]).toMatchObject({ value: { amount: 300e9, currency: 'USD' }, asOf: '2025-03-31' });
    // What each one is, so a card can say it in the reader's language.
    expect(context.comparables[0]!.about).toMatchObject({ deal: { kind: 'bid', target: { name: 'OpenAI' } } });
    expect(context.comparables[1]!.about).toEqual({ entity: 'OpenAI', size: 'valuation' });
    // The EUR landmark is shown in the figure's currency (USD), converted at its own date.
    expect(context.comparables[3]!.value.currency).toBe('USD');
    expect(context.comparables[3]!.value.amount).toBeCloseTo(1.5e9 * 1.08, -3);
  });

  it('shows only the newest valuation of each company', () => {
    const openai = entity('c.openai');
    const older = { ...openai, facts: [...openai.facts, { key: 'valuation', value: { t: 'money' as const, v: { amount: 157e9, currency: 'USD' } }, asOf: '2024-10', sources: ['s.openai'] }] };
    const context = figureContext({ ...base, entities: [older], figure: { amount: 97.4e9, currency: 'USD', kind: 'total' } });
    expect(context.comparables.filter((c) => c.kind === 'valuation').map((c) => c.value.amount)).toEqual([300e9]);
  });

  it('does not convert a figure already in the display currency, nor one without a currency', () => {
    expect(figureContext({ ...base, figure: { amount: 5e9, currency: 'EUR', kind: 'total' } }).conversion).toBeUndefined();
    expect(figureContext({ ...base, figure: { amount: 5e9, currency: null, kind: 'total' } }).conversion).toBeUndefined();
  });

  it('gives no comparables for a price per share', () => {
    expect(figureContext({ ...base, figure: { amount: 54.2, currency: 'USD', kind: 'per_share' } }).comparables).toEqual([]);
  });
});
