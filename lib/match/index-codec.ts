/**
 * Integer arrays of the match index as short strings (format 3). JSON.parse of a long array of
 * numbers costs about 20 ns per number, a string of printable ASCII a fraction of that, so the
 * trie arrays travel as strings (in the JSON file, in runtime messages, in IndexedDB) and are
 * decoded into typed arrays by one loop each.
 *
 * Each number is written in base 32, most significant digit first: non-final digits are the 32
 * characters '<' .. '[', the final digit one of ']' .. '|'. No character needs escaping in JSON
 * (neither '"' nor '\\' is used), and a number below 32 takes one character.
 */

const MORE = 0x3c; // '<': first of the 32 non-final digits
const LAST = 0x5d; // ']': first of the 32 final digits
const END = LAST + 32; // one past '|'
const BASE = 32;

function digits(v: number): string {
  let s = String.fromCharCode(LAST + (v % BASE));
  for (v = Math.floor(v / BASE); v > 0; v = Math.floor(v / BASE)) s = String.fromCharCode(MORE + (v % BASE)) + s;
  return s;
}

/** Values in 0 .. 2^32-1 (int32 values are written as their unsigned bits). */
export function encodeUints(values: ArrayLike<number>): string {
  const parts: string[] = [];
  for (let i = 0; i < values.length; i++) parts.push(digits(values[i]! >>> 0));
  return parts.join('');
}

/** Int32 values as zigzagged differences to the previous one: small for sorted arrays. */
export function encodeDeltas(values: ArrayLike<number>): string {
  const parts: string[] = [];
  let prev = 0;
  for (let i = 0; i < values.length; i++) {
    const d = (values[i]! - prev) | 0;
    parts.push(digits(((d << 1) ^ (d >> 31)) >>> 0));
    prev = values[i]!;
  }
  return parts.join('');
}

// The two decoders are written out separately: one loop with a mode flag ran half as fast.

/** Decodes encodeUints; throws (with `name`) on a character outside the alphabet or a cut number. */
export function decodeUints(s: string, name: string): Int32Array {
  if (typeof s !== 'string') throw new Error(`${name} is missing`);
  // Every number takes at least one character, so s.length bounds the count.
  const out = new Int32Array(s.length);
  let v = 0;
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= LAST) {
      if (c >= END) throw stray(name, i);
      out[n++] = v * BASE + (c - LAST);
      v = 0;
    } else if (c >= MORE) v = v * BASE + (c - MORE);
    else throw stray(name, i);
  }
  return finish(s, name, out, n);
}

/** Decodes encodeDeltas. */
export function decodeDeltas(s: string, name: string): Int32Array {
  if (typeof s !== 'string') throw new Error(`${name} is missing`);
  const out = new Int32Array(s.length);
  let v = 0;
  let n = 0;
  let prev = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= LAST) {
      if (c >= END) throw stray(name, i);
      const z = v * BASE + (c - LAST);
      out[n++] = prev = (prev + ((z >>> 1) ^ -(z & 1))) | 0;
      v = 0;
    } else if (c >= MORE) v = v * BASE + (c - MORE);
    else throw stray(name, i);
  }
  return finish(s, name, out, n);
}

function stray(name: string, at: number): Error {
  return new Error(`${name} has a stray character at ${at}`);
}

function finish(s: string, name: string, out: Int32Array, n: number): Int32Array {
  if (s.length > 0 && s.charCodeAt(s.length - 1) < LAST) throw new Error(`${name} ends inside a number`);
  return n === out.length ? out : out.slice(0, n);
}
