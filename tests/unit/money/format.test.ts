import { describe, expect, it } from 'vitest';
import { formatAmount } from '../../../lib/money/index.ts';

describe('formatAmount for cards', () => {
  it('uses human scale words in the reader’s language', () => {
    expect(formatAmount(97.4e9, 'USD', 'it')).toBe('97,4 miliardi USD');
    expect(formatAmount(97.4e9, 'USD', 'en')).toBe('US$97.4 billion');
    expect(formatAmount(97.4e9, 'USD', 'fr')).toBe('97,4 milliards $US');
    expect(formatAmount(1.2e9, 'EUR', 'de')).toBe('1,2 Milliarden €');
    expect(formatAmount(97.4e9, 'USD', 'es')).toBe('97.400 millones US$');
  });
  it('singular scale words for one', () => {
    expect(formatAmount(1e9, 'EUR', 'it')).toBe('1 miliardo €');
    expect(formatAmount(1e9, 'EUR', 'de')).toBe('1 Milliarde €');
    expect(formatAmount(1e6, 'EUR', 'es')).toBe('1 millón €');
  });
  it('10^12 in each language', () => {
    expect(formatAmount(2e12, 'USD', 'en')).toBe('US$2 trillion');
    expect(formatAmount(2e12, 'EUR', 'de')).toBe('2 Billionen €');
    expect(formatAmount(2e12, 'EUR', 'fr')).toBe('2 billions €');
  });
  it('small amounts and per-share prices keep their cents', () => {
    expect(formatAmount(0.86, 'EUR', 'it')).toBe('0,86 €');
    expect(formatAmount(500, 'EUR', 'en')).toBe('€500');
  });
  it('no currency: number and scale only; compact and full styles', () => {
    expect(formatAmount(10e9, null, 'it')).toBe('10 miliardi');
    expect(formatAmount(97.4e9, 'USD', 'de', 'compact')).toMatch(/97,4\sMrd\.\s\$/);
    expect(formatAmount(1234.5, 'EUR', 'de', 'full')).toMatch(/1\.234,50\s€/);
  });
  it('a malformed currency code is shown, not thrown', () => {
    expect(formatAmount(5e6, 'XX', 'en')).toBe('5 million XX');
  });
  it('an unknown locale falls back to English instead of throwing', () => {
    expect(formatAmount(5e6, 'USD', 'zz-invalid-@@')).toBe('US$5 million');
  });
});
