/** The string form of the index's integer arrays (format 3) gives back exactly what went in. */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { decodeDeltas, decodeUints, encodeDeltas, encodeUints } from '../../../lib/match/index-codec';

describe('index codec', () => {
  it('round-trips any int32 array as deltas, and any uint32 array', () => {
    fc.assert(fc.property(fc.array(fc.integer({ min: -(2 ** 31), max: 2 ** 31 - 1 })), (xs) => {
      expect(Array.from(decodeDeltas(encodeDeltas(xs), 'xs'))).toEqual(xs);
      expect(Array.from(decodeUints(encodeUints(xs), 'xs'))).toEqual(xs); // int32 bits survive as uint32
    }));
  });

  it('writes small sorted arrays one character per number, with nothing JSON must escape', () => {
    const first = [1, 3, 3, 4, 9, 20, 21]; // steps below 16 (zigzag keeps a bit for the sign)
    const s = encodeDeltas(first);
    expect(s).toHaveLength(first.length);
    expect(JSON.stringify(s)).toBe(`"${s}"`);
    expect(JSON.stringify(encodeUints([0, 31, 32, 2 ** 32 - 1, 123456789]))).not.toMatch(/\\/);
  });

  it('rejects a cut or foreign string, naming the array', () => {
    expect(() => decodeUints('<', 'refFlags')).toThrow(/refFlags ends inside a number/);
    expect(() => decodeUints('a b', 'refFlags')).toThrow(/refFlags has a stray character at 1/);
    expect(() => decodeDeltas(undefined as unknown as string, 'firstChild')).toThrow(/firstChild is missing/);
    expect(decodeUints('', 'x')).toHaveLength(0);
  });
});
