/**
 * Sets of text positions that are built in text order (candidate starts, where accepted names
 * start and end): a sorted Int32Array answers "is there one at p?" by bisection, with no Set
 * built on every scan.
 */

/** Membership test on positions: all the rules need of such a set. */
export interface PositionSet {
  has(pos: number): boolean;
}

/** Index of the first entry of `sorted` that is >= `pos` (sorted.length when none). */
export function firstAtOrAfter(sorted: Int32Array, pos: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid]! < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** A PositionSet over positions in ascending order (repeats allowed). */
export function positionSet(sorted: Int32Array): PositionSet {
  return {
    has: (pos) => {
      const i = firstAtOrAfter(sorted, pos);
      return i < sorted.length && sorted[i] === pos;
    },
  };
}
