/**
 * Exact or lower-cased look-ups of a stretch of text, text[from, to), without slicing it: the
 * scale and currency tables are consulted on almost every number, and a slice, toLowerCase and
 * a string-keyed map cost more than hashing the few characters in place.
 */

/** Per-unit lower case (1:1 for every letter our tables hold), tabulated on first use. */
const LOWER = new Uint16Array(0x10000);

function lowerUnit(c: number): number {
  if (c < 128) return c >= 65 && c <= 90 ? c + 32 : c;
  let l = LOWER[c]!;
  if (l === 0) {
    const s = String.fromCharCode(c).toLowerCase();
    // A unit whose lower case is longer ("İ") matches no table word: keep it as it is.
    l = s.length === 1 ? s.charCodeAt(0) : c;
    LOWER[c] = l;
  }
  return l;
}

/** Lower case, with no-break and narrow no-break spaces as spaces ("dollari\u00A0americani"). */
function foldedUnit(c: number): number {
  if (c < 128) return c >= 65 && c <= 90 ? c + 32 : c;
  return c === 0xa0 || c === 0x202f ? 32 : lowerUnit(c);
}

interface Entry<V> {
  key: string;
  value: V;
}

export class WordTable<V> {
  private readonly buckets = new Map<number, Entry<V>[]>();

  /**
   * `fold`: compare lower-cased, with no-break spaces as spaces (keys are given that way);
   * otherwise exactly as written.
   */
  constructor(entries: Iterable<readonly [string, V]>, private readonly fold: boolean) {
    for (const [key, value] of entries) {
      const h = this.hash(key, 0, key.length);
      const list = this.buckets.get(h);
      if (list?.some((e) => e.key === key)) continue; // first entry wins, as with a map
      if (list) list.push({ key, value });
      else this.buckets.set(h, [{ key, value }]);
    }
  }

  private hash(text: string, from: number, to: number): number {
    let h = to - from;
    if (this.fold) {
      for (let k = from; k < to; k++) h = (Math.imul(h, 31) + foldedUnit(text.charCodeAt(k))) | 0;
    } else {
      for (let k = from; k < to; k++) h = (Math.imul(h, 31) + text.charCodeAt(k)) | 0;
    }
    return h;
  }

  /** The value for text[from, to), or undefined. */
  get(text: string, from: number, to: number): V | undefined {
    const list = this.buckets.get(this.hash(text, from, to));
    if (!list) return undefined;
    const n = to - from;
    for (const e of list) {
      if (e.key.length !== n) continue;
      let k = 0;
      if (this.fold) while (k < n && e.key.charCodeAt(k) === foldedUnit(text.charCodeAt(from + k))) k++;
      else while (k < n && e.key.charCodeAt(k) === text.charCodeAt(from + k)) k++;
      if (k === n) return e.value;
    }
    return undefined;
  }
}
