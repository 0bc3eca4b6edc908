import { describe, expect, it } from 'vitest';
import { domainOf, formatIsoDate, formatMoney, safeHttpUrl } from '../../../lib/card/format';
import { asOfText } from '../../../lib/card/fact-view';

describe('dates keep the precision of the source', () => {
  it('year, month, day', () => {
    expect(formatIsoDate('2025', 'en')).toBe('2025');
    expect(formatIsoDate('2025-03', 'en')).toBe('Mar 2025');
    expect(formatIsoDate('2025-03-31', 'it')).toBe('31 mar 2025');
    expect(formatIsoDate('2025-03-31', 'de')).toBe('31. März 2025');
  });
  it('as-of phrases', () => {
    expect(asOfText('2025-03', 'en')).toBe('as of Mar 2025');
    expect(asOfText('2025-03-31', 'it')).toBe('al 31 mar 2025');
    expect(asOfText('undated', 'it')).toBe('senza data');
  });
  it('shows malformed input as given rather than inventing a date', () => {
    expect(formatIsoDate('sometime', 'en')).toBe('sometime');
  });
});

describe('money', () => {
  it('scale words in the reader’s language', () => {
    expect(formatMoney({ amount: 97.4e9, currency: 'USD' }, 'en')).toBe('US$97.4 billion');
    expect(formatMoney({ amount: 97.4e9, currency: 'USD' }, 'it')).toBe('97,4 miliardi USD');
  });
});

describe('links', () => {
  it('only http(s) URLs become links', () => {
    expect(safeHttpUrl('https://example.com/a')).toBe('https://example.com/a');
    expect(safeHttpUrl('javascript:alert(1)')).toBeUndefined();
    expect(safeHttpUrl('data:text/html,hi')).toBeUndefined();
    expect(safeHttpUrl('not a url')).toBeUndefined();
  });
  it('shows the publisher domain without www', () => {
    expect(domainOf('https://www.reuters.com/x')).toBe('reuters.com');
  });
});
