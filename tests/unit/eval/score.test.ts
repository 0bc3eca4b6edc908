import { describe, expect, it } from 'vitest';
import type { ScanResult } from '../../../lib/cli/scan-core';
import { f1, sameAmount, scoreDoc } from '../../../lib/eval/score';
import type { GoldResolver } from '../../../lib/eval/resolve-gold';
import type { LoadedDoc } from '../../../lib/eval/types';

const resolver: GoldResolver = { resolve: (name) => ({ 'Meta Platforms': 'c:meta', 'Elon Musk': 'p:musk' })[name] };
const text = 'Meta e Meta; Musk paga 5 mld di euro; la meta.';
const doc: LoadedDoc = {
  id: 'it/x.json', lang: 'it', base: 'it', text,
  gold: {
    companies: [{ surface: 'Meta', canonical: 'Meta Platforms', count: 2 }],
    people: [{ surface: 'Musk', canonical: 'Elon Musk', count: 1 }],
    money: [{ surface: '5 mld di euro', amount: 5e9, currency: 'EUR', kind: 'total', start: 23, end: 36 }],
    negatives: [{ surface: 'meta', why: 'goal', start: 41, end: 45 }],
  },
};
const mention = (id: string, name: string, kind: 'company' | 'person', start: number, end: number) => ({ kind, id, name, surface: text.slice(start, end), start, end });

describe('scoreDoc', () => {
  it('counts entity multisets by resolved id and surface, and money by span, amount, currency and kind', () => {
    const result: ScanResult = {
      lang: 'it',
      mentions: [mention('c:meta', 'Meta Platforms', 'company', 0, 4), mention('c:meta', 'Meta Platforms', 'company', 7, 11), mention('p:musk', 'Elon Musk', 'person', 13, 17), mention('c:meta', 'Meta Platforms', 'company', 41, 45)],
      figures: [{ surface: '5 mld di euro', start: 23, end: 36, amount: 5e9 * (1 + 1e-12), currency: 'EUR', kind: 'total' }],
    };
    const s = scoreDoc(doc, result, resolver);
    // The lower-case "meta" lands on the negative: a hit, and an extra (its surface is not in gold).
    expect(s.tally.companies).toEqual({ tp: 2, fp: 1, fn: 0 });
    expect(s.tally.people).toEqual({ tp: 1, fp: 0, fn: 0 });
    expect(s.tally.money).toEqual({ tp: 1, fp: 0, fn: 0 });
    expect(s.negatives).toEqual({ total: 1, hits: 1 });
  });

  it('reports wrong currency or kind as a miss plus an extra, with what was found', () => {
    const result: ScanResult = { lang: 'it', mentions: [], figures: [{ surface: '5 mld di euro', start: 23, end: 36, amount: 5e9, currency: null, kind: 'total' }] };
    const s = scoreDoc(doc, result, resolver);
    expect(s.tally.money).toEqual({ tp: 0, fp: 1, fn: 1 });
    expect(s.tally.companies).toEqual({ tp: 0, fp: 0, fn: 2 });
    expect(s.misses.find((m) => m.kind === 'money' && m.type === 'fn')!.detail).toMatch(/want 5000000000 EUR total; got "5 mld di euro" = 5000000000 ∅ total/);
  });

  it('names gold entities the database does not know', () => {
    const s = scoreDoc({ ...doc, gold: { ...doc.gold, companies: [{ surface: 'Acme', canonical: 'Acme', count: 1 }] } }, { lang: 'it', mentions: [], figures: [] }, resolver);
    expect(s.unresolved).toEqual(['Acme (companies)']);
  });
});

describe('f1 and tolerance', () => {
  it('computes precision, recall and F1, and treats an empty side as perfect', () => {
    expect(f1({ tp: 8, fp: 2, fn: 0 })).toEqual({ p: 0.8, r: 1, f: 2 * 0.8 / 1.8 });
    expect(f1({ tp: 0, fp: 0, fn: 0 }).f).toBe(1);
    expect(f1({ tp: 0, fp: 1, fn: 1 }).f).toBe(0);
  });

  it('compares amounts with a relative tolerance of 1e-9', () => {
    expect(sameAmount(97.4e9, 97400000000.00001)).toBe(true);
    expect(sameAmount(97.4e9, 97.5e9)).toBe(false);
  });
});
