/** The string form of the index's integer arrays (format 3, wide in format 6), trie shape (format 5) and labels (format 6) gives back exactly what went in. */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { decodeDeltas, decodeRadixShapes, decodeShapes, decodeStarts, decodeUints, decodeWide, decodeWideSteps, encodeDeltas, encodeLabelLengths, encodeRadixShapes, encodeShapes, encodeUints, encodeWide, encodeWideSteps } from '../../../lib/match/index-codec';
import { hasToken, hashSetFromPacked, tokenBitPositions, tokenSetFromGaps, tokenSetLog2 } from '../../../lib/match/token-filter';

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

  it('fills a token set straight from the packed hashes (format 5): every hash is found, and a count that does not match is refused', () => {
    fc.assert(fc.property(fc.array(fc.integer({ min: -(2 ** 31), max: 2 ** 31 - 1 }), { maxLength: 200 }), fc.integer({ min: -(2 ** 31), max: 2 ** 31 - 1 }), (xs, probe) => {
      const { bits, shift } = hashSetFromPacked(encodeUints(xs), xs.length, 'tokenPairs');
      for (const h of xs) expect(hasToken(bits, shift, h)).toBe(true);
      if (xs.includes(probe)) expect(hasToken(bits, shift, probe)).toBe(true);
    }));
    expect(() => hashSetFromPacked(encodeUints([1, 2, 3]), 2, 'tokenWalk')).toThrow(/tokenWalk holds more than 2 hashes/);
    expect(() => hashSetFromPacked(encodeUints([100, 2000, 3]), 4, 'tokenWalk')).toThrow(/tokenWalk holds 3 hashes, expected 4/);
    expect(() => hashSetFromPacked('<', 0, 'tokenWalk')).toThrow(/tokenWalk ends inside a number|bad hash count/);
    expect(() => hashSetFromPacked(undefined as unknown as string, 0, 'tokenWalk')).toThrow(/tokenWalk is missing/);
  });

  it('gives the same token set from its bit positions (format 6) as from its hashes, and rarely takes a foreign word for one of its own', () => {
    fc.assert(fc.property(fc.array(fc.integer({ min: -(2 ** 31), max: 2 ** 31 - 1 }), { maxLength: 300 }), (xs) => {
      const at = tokenBitPositions(xs);
      const set = tokenSetFromGaps(encodeWideSteps(at), at.length, tokenSetLog2(xs.length), 'tokenPairs');
      expect(set).toEqual(hashSetFromPacked(encodeUints(xs), xs.length, 'tokenPairs'));
      for (const h of xs) expect(hasToken(set.bits, set.shift, h)).toBe(true);
    }));
    // Sized at 64 bits per hash: about one foreign hash in 64 passes.
    const xs = Array.from({ length: 5000 }, (_, i) => Math.imul(i + 1, 0x01000193));
    const at = tokenBitPositions(xs);
    const set = tokenSetFromGaps(encodeWideSteps(at), at.length, tokenSetLog2(xs.length), 'tokenWalk');
    let passed = 0;
    for (let i = 0; i < 100_000; i++) if (hasToken(set.bits, set.shift, Math.imul(i + 1, 0x2545f491) ^ 0x5bd1e995)) passed++;
    expect(passed).toBeLessThan(100_000 / 40);
    const s = encodeWideSteps(at);
    expect(() => tokenSetFromGaps(s, at.length - 1, tokenSetLog2(xs.length), 'tokenWalk')).toThrow(/tokenWalk holds more than \d+ positions/);
    expect(() => tokenSetFromGaps(s, at.length + 1, tokenSetLog2(xs.length), 'tokenWalk')).toThrow(/tokenWalk holds (fewer than )?\d+ positions/);
    expect(() => tokenSetFromGaps(s, at.length, 8, 'tokenWalk')).toThrow(/tokenWalk has a position past the end/);
    expect(() => tokenSetFromGaps(s, at.length, 40, 'tokenWalk')).toThrow(/tokenWalk: bad set size/);
    expect(() => tokenSetFromGaps(`${s} `, at.length, tokenSetLog2(xs.length), 'tokenWalk')).toThrow(/tokenWalk has a stray character/);
  });

  it('round-trips any uint32 array wide, mostly one character per number, with nothing JSON must escape', () => {
    fc.assert(fc.property(fc.array(fc.integer({ min: 0, max: 2 ** 32 - 1 })), (xs) => {
      const s = encodeWide(xs);
      expect(Array.from(decodeWide(s, 'xs', xs.length, 0, 2 ** 32)).map((x) => x >>> 0)).toEqual(xs);
      expect(Array.from(decodeWide(s, 'xs', undefined, 0, 2 ** 32)).map((x) => x >>> 0)).toEqual(xs);
      expect(JSON.parse(JSON.stringify(s))).toBe(s);
      expect(JSON.stringify(s)).toBe(`"${s}"`);
      expect(s).not.toMatch(/[\ud800-\udfff]/);
    }));
    expect(encodeWide([0, 1, 55_039, 57_065])).toHaveLength(5);
    expect(Array.from(decodeWide(encodeWide([0, 5, 9]), 'refAlias', 3, -1, 9, -1))).toEqual([-1, 4, 8]);
    expect(() => decodeWide(encodeWide([0, 5, 9]), 'refAlias', 3, -1, 8, -1)).toThrow(/refAlias 2 is out of range/);
    expect(() => decodeWide(encodeWide([1, 2]), 'related', 3, 0, 9)).toThrow(/related holds fewer than 3 numbers/);
    expect(() => decodeWide(encodeWide([1, 200_000]), 'related', 3, 0, 2 ** 20)).toThrow(/related holds 2 numbers, expected 3/);
    expect(() => decodeWide(encodeWide([1, 2]), 'related', 1, 0, 9)).toThrow(/related holds more than 1 numbers/);
    expect(() => decodeWide(']', 'related', undefined, 0, 9)).toThrow(/related ends inside a number/);
    expect(() => decodeWide('a"', 'related', undefined, 0, 9)).toThrow(/related has a stray character at 1/);
    expect(() => decodeWide(undefined as unknown as string, 'related', 1, 0, 9)).toThrow(/related is missing/);
  });

  it('round-trips the steps of a non-decreasing array as its running sums after a 0', () => {
    fc.assert(fc.property(fc.array(fc.integer({ min: 0, max: 2 ** 20 })), (steps) => {
      const sums = steps.map((_, i) => steps.slice(0, i + 1).reduce((a, b) => a + b, 0));
      const s = encodeWideSteps(sums);
      const total = sums.at(-1) ?? 0;
      expect(Array.from(decodeWideSteps(s, 'termStart', steps.length, total))).toEqual([0, ...sums]);
      expect(Array.from(decodeWideSteps(s, 'termStart', undefined))).toEqual([0, ...sums]);
    }));
    expect(() => decodeWideSteps(encodeWideSteps([2, 5]), 'names lengths', 2, 4)).toThrow(/names lengths do not add up to 4/);
    expect(() => decodeWideSteps(encodeWideSteps([2, 5]), 'termStart', 3)).toThrow(/termStart holds fewer than 3 numbers/);
    expect(() => decodeWideSteps(`${encodeWideSteps([2, 5])}${String.fromCharCode(0x100)}`, 'termStart', 2)).toThrow(/termStart holds more than 2 numbers/);
    expect(() => decodeWideSteps(String.fromCharCode(0xd7ff).repeat(40_000), 'termStart', undefined)).toThrow(/termStart \d+ is out of range/);
  });

  it('round-trips a path-compressed trie (child ranges, refs per node, labels), one JSON-safe character per node for each', () => {
    // Root with 2 children ('a' 'b'); 'a' has 2 ('bc', 'x'); 'bc' has 1 ('d'). Refs: 'bc' 1, 'x' 4, 'd' 2.
    const first = [1, 3, 5, 5, 6, 6, 6];
    const refs = [0, 0, 0, 1, 4, 2];
    const units = '\0abbcxd';
    const lengths = [1, 1, 1, 2, 1, 1];
    const { shape, more } = encodeRadixShapes(first, (n) => refs[n]!);
    const labels = encodeLabelLengths(lengths);
    expect(JSON.stringify(labels)).toBe(`"${labels}"`);
    expect(JSON.stringify(shape)).toBe(`"${shape}"`);
    const back = decodeRadixShapes(shape, labels, more, 'nodeShape', units);
    expect(Array.from(back.first)).toEqual(first);
    expect(Array.from(back.termStart)).toEqual([0, 0, 0, 0, 1, 5, 7]);
    expect(Array.from(back.labelStart)).toEqual([0, 1, 2, 3, 5, 6, 7]);
    expect(String.fromCharCode(...back.chars)).toBe('\0abbxd');
    expect(() => decodeRadixShapes(shape, labels.slice(1), more, 'nodeShape', units)).toThrow(/nodeLabels length does not match nodeShape/);
    expect(() => decodeRadixShapes(shape, encodeLabelLengths([1, 1, 1, 2, 1, 2]), more, 'nodeShape', units)).toThrow(/label lengths do not add up to nodeChars/);
    expect(() => decodeRadixShapes(shape, `${labels.slice(0, -1)}${String.fromCharCode(0x5d)}`, more, 'nodeShape', units)).toThrow(/outside the alphabet/);
    expect(() => decodeRadixShapes(shape, labels, '', 'nodeShape', units)).toThrow(/nodeRefs holds 0 numbers, expected 1/);
    expect(() => decodeRadixShapes(shape, labels, `${more}${more}`, 'nodeShape', units)).toThrow(/nodeRefs holds 2 numbers, expected 1/);
    expect(() => encodeLabelLengths([0])).toThrow(/label too long/);
  });
});
