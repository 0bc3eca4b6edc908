/** The string form of the index's integer arrays (format 3) and trie shape (format 5) gives back exactly what went in. */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { decodeDeltas, decodeShapes, decodeStarts, decodeUints, encodeDeltas, encodeShapes, encodeUints } from '../../../lib/match/index-codec';
import { hasToken, hashSetFromPacked } from '../../../lib/match/token-filter';

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
    // With the count the loader expects: exactly that many numbers.
    expect(Array.from(decodeDeltas(encodeDeltas([5, 9, 2]), 'termStart', 3))).toEqual([5, 9, 2]);
    expect(() => decodeUints(encodeUints([1, 2, 3]), 'refFlags', 2)).toThrow(/refFlags holds more than 2 numbers/);
    expect(() => decodeUints(encodeUints([1, 200]), 'refFlags', 3)).toThrow(/refFlags holds 2 numbers, expected 3/);
    expect(() => decodeDeltas(encodeDeltas([1]), 'aliasEntity', 2)).toThrow(/aliasEntity holds fewer than 2 numbers/);
  });

  it('round-trips string lengths as the starts of each string in their concatenation', () => {
    fc.assert(fc.property(fc.array(fc.string()), (xs) => {
      const starts = Array.from(decodeStarts(encodeUints(xs.map((x) => x.length)), 'ids', xs.join('').length));
      expect(starts.map((at, i) => (i + 1 < starts.length ? xs.join('').slice(at, starts[i + 1]) : null)).slice(0, -1)).toEqual(xs);
    }));
    expect(() => decodeStarts(encodeUints([2, 3]), 'names lengths', 4)).toThrow(/names lengths do not add up/);
    expect(() => decodeStarts('<', 'names lengths', 0)).toThrow(/names lengths ends inside a number/);
  });

  it('round-trips a trie shape (child ranges and terminals), one JSON-safe character per node', () => {
    // Root with 3 children (nodes 1-3), node 1 with 2 (4, 5), node 3 with 1 (6); terminals 2, 4, 5, 6.
    const first = [1, 4, 6, 6, 7, 7, 7, 7];
    const terminals = new Set([2, 4, 5, 6]);
    const s = encodeShapes(first, (n) => terminals.has(n));
    expect(s).toHaveLength(7);
    expect(JSON.stringify(s)).toBe(`"${s}"`);
    const units = '\0abcdef';
    const back = decodeShapes(s, 'nodeShape', units);
    expect(Array.from(back.first)).toEqual(first);
    expect(Array.from(back.term)).toEqual([-1, -1, 0, -1, 1, 2, 3]);
    expect(back.terminals).toBe(4);
    expect(String.fromCharCode(...back.chars)).toBe(units);
    expect(() => decodeShapes(`${s.slice(0, -1)}!`, 'nodeShape', units)).toThrow(/nodeShape has a character outside the alphabet/);
    expect(() => decodeShapes(s.slice(1), 'nodeShape', units.slice(1))).toThrow(/child counts do not add up/);
    expect(() => decodeShapes(s.slice(1), 'nodeShape', units)).toThrow(/nodeShape length does not match nodeChars/);
    expect(() => decodeShapes(undefined as unknown as string, 'nodeShape', units)).toThrow(/nodeShape is missing/);
    expect(() => encodeShapes([1, 100_000], () => false)).toThrow(/too many children/);
  });

  it('fills a token hash set straight from the packed hashes, and refuses a count that does not match', () => {
    fc.assert(fc.property(fc.array(fc.integer({ min: -(2 ** 31), max: 2 ** 31 - 1 }), { maxLength: 200 }), fc.integer({ min: -(2 ** 31), max: 2 ** 31 - 1 }), (xs, probe) => {
      const { set, mask } = hashSetFromPacked(encodeUints(xs), xs.length, 'tokenPairs');
      for (const h of xs) expect(hasToken(set, mask, h)).toBe(true);
      expect(hasToken(set, mask, probe)).toBe(xs.some((h) => (h | 1) === (probe | 1)));
    }));
    expect(() => hashSetFromPacked(encodeUints([1, 2, 3]), 2, 'tokenWalk')).toThrow(/tokenWalk holds more than 2 hashes/);
    expect(() => hashSetFromPacked(encodeUints([100, 2000, 3]), 4, 'tokenWalk')).toThrow(/tokenWalk holds 3 hashes, expected 4/);
    expect(() => hashSetFromPacked('<', 0, 'tokenWalk')).toThrow(/tokenWalk ends inside a number|bad hash count/);
    expect(() => hashSetFromPacked(undefined as unknown as string, 0, 'tokenWalk')).toThrow(/tokenWalk is missing/);
  });
});
