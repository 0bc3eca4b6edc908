import { describe, expect, it } from 'vitest';
import { compareAsOf, preferredIndex, resolveFact, type Candidate } from '../../../lib/facts/prefer';

const text = (v: string) => ({ t: 'text' as const, v });
const cand = (over: Partial<Candidate>): Candidate => ({ key: 'ceo', value: text('A'), asOf: 'undated', sources: ['s:a'], authority: 'press', ...over });

describe('preference rule', () => {
  it('compares as-of dates at the precision both give; undated is oldest', () => {
    expect(compareAsOf('2025', '2025-03-31')).toBe(0);
    expect(compareAsOf('2025-04', '2025-03-31')).toBeGreaterThan(0);
    expect(compareAsOf('undated', '1999')).toBeLessThan(0);
  });

  it('prefers the newer as-of, then the more authoritative source', () => {
    expect(preferredIndex([cand({ asOf: '2024', authority: 'primary' }), cand({ asOf: '2025', authority: 'lower' })])).toBe(1);
    expect(preferredIndex([cand({ asOf: '2025', authority: 'press' }), cand({ asOf: '2025-06', authority: 'primary' })])).toBe(1);
    expect(preferredIndex([cand({ asOf: '2025', authority: 'dataset' }), cand({ asOf: '2025', authority: 'reference' })])).toBe(1);
    expect(preferredIndex([cand({ authority: 'press' }), cand({ authority: 'press' })])).toBe(0);
  });

  it('puts authority first for timeless facts such as a founding date', () => {
    const listing = cand({ key: 'founded', value: { t: 'date', v: '1977' }, asOf: '2026-08-08', authority: 'dataset', sources: ['ds:x'] });
    const encyclopaedia = cand({ key: 'founded', value: { t: 'date', v: '1976-04-01' }, asOf: 'undated', authority: 'reference', sources: ['s:w'] });
    const fact = resolveFact([listing, encyclopaedia])!;
    expect(fact.value).toEqual({ t: 'date', v: '1976-04-01' });
    expect(fact.conflicts?.[0]?.value).toEqual({ t: 'date', v: '1977' });
  });

  it('pools equal values (and a date with its more precise form) instead of calling them conflicts', () => {
    const fact = resolveFact([
      cand({ key: 'founded', value: { t: 'date', v: '2015' }, sources: ['s:a'] }),
      cand({ key: 'founded', value: { t: 'date', v: '2015-12-11' }, sources: ['s:b'] }),
      cand({ key: 'founded', value: { t: 'date', v: '2015' }, sources: ['s:c'] }),
    ])!;
    expect(fact.value).toEqual({ t: 'date', v: '2015-12-11' });
    expect(fact.sources).toEqual(['s:a', 's:b', 's:c']);
    expect(fact.conflicts).toBeUndefined();
  });

  it('keeps every losing value with its own sources and date', () => {
    const fact = resolveFact([cand({ value: text('Old CEO'), asOf: '2020', sources: ['s:old'] }), cand({ value: text('New CEO'), asOf: '2025', sources: ['s:new'] })])!;
    expect(fact.value).toEqual(text('New CEO'));
    expect(fact.conflicts).toEqual([{ value: text('Old CEO'), asOf: '2020', sources: ['s:old'] }]);
  });
});

describe('period figures', () => {
  it('keeps one fact per year for revenue-like keys, newest first, instead of calling old years conflicts', async () => {
    const { resolveFacts } = await import('../../../lib/facts/build/merge');
    const money = (amount: number) => ({ t: 'money' as const, v: { amount, currency: 'EUR' } });
    const facts = resolveFacts([
      cand({ key: 'netIncome', value: money(1), asOf: '2023', sources: ['s:a'] }),
      cand({ key: 'netIncome', value: money(2), asOf: '2025', sources: ['s:b'] }),
      cand({ key: 'netIncome', value: money(3), asOf: '2025', sources: ['s:c'], authority: 'primary' }),
    ]);
    expect(facts.map((f) => [f.asOf, f.value])).toEqual([['2025', money(3)], ['2023', money(1)]]);
    expect(facts[0]!.conflicts?.map((c) => c.value)).toEqual([money(2)]);
  });

  it('files only annual figures under netIncome / aum', async () => {
    const { figureKey } = await import('../../../lib/facts/build/convert-companies');
    expect(figureKey('net profit')).toBe('netIncome');
    expect(figureKey('nine-month net profit')).toBe('figure');
    expect(figureKey('profit before tax')).toBe('figure');
    expect(figureKey('assets under management')).toBe('aum');
  });
});

describe("a curator's recorded disagreement", () => {
  it('never wins over the value the curators chose, however new its page', async () => {
    const { CURATOR_CONFLICT_NOTE } = await import('../../../lib/facts/prefer');
    const main = cand({ key: 'revenue', value: text('23.9 billion EUR'), asOf: '2025' });
    const disagreeing = cand({ key: 'revenue', value: text('24.5 billion per Il Giornale'), asOf: '2026-02', sources: ['s:g'], note: CURATOR_CONFLICT_NOTE });
    const fact = resolveFact([disagreeing, main])!;
    expect(fact.value).toEqual(text('23.9 billion EUR'));
    expect(fact.conflicts?.map((c) => c.value)).toEqual([text('24.5 billion per Il Giornale')]);
  });

  it('is grouped with the period it disputes, not the year of its page', async () => {
    const { resolveFacts } = await import('../../../lib/facts/build/merge');
    const { CURATOR_CONFLICT_NOTE } = await import('../../../lib/facts/prefer');
    const facts = resolveFacts([
      cand({ key: 'revenue', value: text('23.9 billion EUR'), asOf: '2025' }),
      cand({ key: 'revenue', value: text('24.5 billion per Il Giornale'), asOf: '2026-02', sources: ['s:g'], note: CURATOR_CONFLICT_NOTE }),
    ]);
    expect(facts).toHaveLength(1);
    expect(facts[0]!.conflicts).toHaveLength(1);
  });
});
