import { describe, expect, it } from 'vitest';
import { currencyOptions } from '../../../components/options/currencies';

describe('display currency list', () => {
  it('names currencies in the interface language, common ones first', () => {
    const it_ = currencyOptions('it', 'EUR');
    expect(it_.common.map((c) => c.code)).toEqual(['EUR', 'USD', 'GBP', 'CHF', 'JPY', 'CNY']);
    expect(it_.common[0]?.label).toBe('euro (EUR)');
    expect(it_.all.find((c) => c.code === 'SEK')?.label).toBe('corona svedese (SEK)');
    expect(currencyOptions('de', 'EUR').all.find((c) => c.code === 'SEK')?.label).toBe('Schwedische Krone (SEK)');
  });

  it('lists the ISO codes once, sorted by name, and keeps an unusual current choice', () => {
    const { common, all } = currencyOptions('en', 'XAU');
    const codes = [...common, ...all].map((c) => c.code);
    expect(new Set(codes).size).toBe(codes.length);
    expect(codes).toContain('XAU');
    expect(all.length).toBeGreaterThan(100);
    const labels = all.map((c) => c.label);
    expect(labels).toEqual([...labels].sort((a, b) => a.localeCompare(b, 'en')));
  });
});
