import { describe, expect, it } from 'vitest';
import { scanNumber } from '../../../lib/money/number.ts';

const read = (s: string, decimal: '.' | ',', spaces = false) => {
  const r = scanNumber(s, 0, decimal, spaces);
  return 'rejected' in r ? null : r.value;
};

describe('separators: the shape first, the page language for "1.200"', () => {
  it('one separator with three digits follows the language', () => {
    expect(read('1.200', ',')).toBe(1200);
    expect(read('1.200', '.')).toBe(1.2);
    expect(read('1,200', '.')).toBe(1200);
    expect(read('1,200', ',')).toBe(1.2);
  });
  it('both marks: the last one is decimal, whatever the language', () => {
    expect(read('1.234.567,89', '.')).toBe(1234567.89);
    expect(read('1,234,567.89', ',')).toBe(1234567.89);
  });
  it('repeated marks group; other lengths are decimals', () => {
    expect(read('5.000.000', '.')).toBe(5e6);
    expect(read('97,4', '.')).toBe(97.4);
    expect(read('0,860', '.')).toBe(0.86);
    expect(read('1234,567', '.')).toBe(1234.567);
  });
  it('Swiss apostrophes and French spaces group', () => {
    expect(read('5’000’000’000', '.')).toBe(5e9);
    expect(read("1'234.5", ',')).toBe(1234.5);
    expect(read('1 234 567,89', ',', true)).toBe(1234567.89);
    expect(read('1\u202F234', '.')).toBe(1234);
    expect(read('1 234', ',', false)).toBe(1);
  });
  it('dates, versions and lists are not numbers', () => {
    expect(read('12.03.2025', ',')).toBeNull();
    expect(read('2.3.1', '.')).toBeNull();
    expect(read('1,2,3', ',')).toBeNull();
  });
});
