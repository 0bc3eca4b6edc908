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

export const MORE = 0x3c; // '<': first of the 32 non-final digits
export const LAST = 0x5d; // ']': first of the 32 final digits
export const END = LAST + 32; // one past '|'
export const BASE = 32;

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

/**
 * Decodes encodeUints; throws (with `name`) on a character outside the alphabet or a cut number.
 * With `count`, the array is allocated at that length and any other number of values is an error
 * (the loader knows most lengths: no array sized by the string and cut to size afterwards).
 */
export function decodeUints(s: string, name: string, count?: number): Int32Array {
  const out = allocate(s, name, count);
  const cap = out.length;
  let v = 0;
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= LAST) {
      if (c >= END) throw stray(name, i);
      if (n === cap) throw tooMany(name, cap);
      out[n++] = v * BASE + (c - LAST);
      v = 0;
    } else if (c >= MORE) v = v * BASE + (c - MORE);
    else throw stray(name, i);
  }
  return finish(s, name, out, n, count);
}

/** Decodes encodeDeltas (`count` as for decodeUints). */
export function decodeDeltas(s: string, name: string, count?: number): Int32Array {
  const out = allocate(s, name, count);
  const cap = out.length;
  let v = 0;
  let n = 0;
  let prev = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= LAST) {
      if (c >= END) throw stray(name, i);
      if (n === cap) throw tooMany(name, cap);
      const z = v * BASE + (c - LAST);
      out[n++] = prev = (prev + ((z >>> 1) ^ -(z & 1))) | 0;
      v = 0;
    } else if (c >= MORE) v = v * BASE + (c - MORE);
    else throw stray(name, i);
  }
  return finish(s, name, out, n, count);
}

function allocate(s: string, name: string, count: number | undefined): Int32Array {
  if (typeof s !== 'string') throw new Error(`${name} is missing`);
  if (count === undefined) return new Int32Array(s.length); // every number takes at least one character
  if (!(Number.isInteger(count) && count >= 0 && count <= s.length)) throw new Error(`${name} holds fewer than ${count} numbers`);
  return new Int32Array(count);
}

function tooMany(name: string, count: number): Error {
  return new Error(`${name} holds more than ${count} numbers`);
}

/**
 * Decodes encodeUints of string lengths into the start of each string in their concatenation
 * (length count + 1, the last one `total`): format 5's joined string columns.
 */
export function decodeStarts(s: string, name: string, total: number): Int32Array {
  if (typeof s !== 'string') throw new Error(`${name} is missing`);
  const out = new Int32Array(s.length + 1);
  let v = 0;
  let n = 0;
  let at = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= LAST) {
      if (c >= END) throw stray(name, i);
      at += v * BASE + (c - LAST);
      out[++n] = at;
      v = 0;
    } else if (c >= MORE) v = v * BASE + (c - MORE);
    else throw stray(name, i);
  }
  finish(s, name, out, n);
  if (at !== total) throw new Error(`${name} do not add up to the text's length`);
  return n + 1 === out.length ? out : out.subarray(0, n + 1);
}

/**
 * Format 5's node shapes: one character per trie node, SHAPE_ZERO + (children << 1 | terminal).
 * Nodes with one child or none are most of the trie (84 % and 11 % at 46,303 aliases), so the
 * common characters are ']' .. '`'; none needs escaping in JSON, and no value reaches the
 * surrogates (encodeShapes refuses a node with more children than that).
 */
export const SHAPE_ZERO = 0x5d;
const SHAPE_MAX = 0xd7ff - SHAPE_ZERO;

/** `first`: CSR child ranges (length nodes + 1, breadth-first numbering); `terminal`: per node. */
export function encodeShapes(first: ArrayLike<number>, terminal: (node: number) => boolean): string {
  const parts: string[] = [];
  for (let n = 0; n + 1 < first.length; n++) {
    const v = ((first[n + 1]! - first[n]!) << 1) | (terminal(n) ? 1 : 0);
    if (!(v >= 0 && v <= SHAPE_MAX)) throw new Error(`node ${n} has too many children for the index format`);
    parts.push(String.fromCharCode(SHAPE_ZERO + v));
  }
  return parts.join('');
}

/**
 * The inverse of encodeShapes: `first` (node 0's children start at 1) and `term` (per node the
 * index of its terminal in node order, or -1), and in the same pass `units` (the nodes' edge units,
 * a string of the same length) as a typed array: the walker reads that faster than the string
 * (10 % of the scan). A character below SHAPE_ZERO or child counts that do not add up to the node
 * count are an error, so every `first` value lies in 1 .. nodes.
 */
export function decodeShapes(s: string, name: string, units: string): { first: Int32Array; term: Int32Array; terminals: number; chars: Uint16Array } {
  if (typeof s !== 'string') throw new Error(`${name} is missing`);
  const nodes = s.length;
  if (typeof units !== 'string' || units.length !== nodes) throw new Error(`${name} length does not match nodeChars`);
  const first = new Int32Array(nodes + 1);
  const term = new Int32Array(nodes);
  const chars = new Uint16Array(nodes);
  let next = 1;
  let t = 0;
  let low = 0;
  first[0] = 1;
  for (let i = 0; i < nodes; i++) {
    const v = s.charCodeAt(i) - SHAPE_ZERO;
    low |= v; // negative once any character lies below SHAPE_ZERO
    const b = v & 1;
    t += b;
    term[i] = (t - 1) | (b - 1); // t - 1 for a terminal, -1 otherwise
    next += v >> 1;
    first[i + 1] = next;
    chars[i] = units.charCodeAt(i);
  }
  if (low < 0) throw new Error(`${name} has a character outside the alphabet`);
  if (nodes > 0 && next !== nodes) throw new Error(`${name}: the child counts do not add up to the node count`);
  return { first, term, terminals: t, chars };
}

/**
 * Format 6's label lengths: one character per node of the path-compressed trie, SHAPE_ZERO + the
 * number of units its label holds in nodeChars (at least one; most labels are short, and none
 * comes near the limit, which encodeLabelLengths checks).
 */
export function encodeLabelLengths(lengths: ArrayLike<number>): string {
  const parts: string[] = [];
  for (let n = 0; n < lengths.length; n++) {
    const v = lengths[n]!;
    if (!(v >= 1 && v <= SHAPE_MAX)) throw new Error(`node ${n} has a label too long for the index format`);
    parts.push(String.fromCharCode(SHAPE_ZERO + v));
  }
  return parts.join('');
}

/**
 * Format 6's node shapes: one character per node of the path-compressed trie, SHAPE_ZERO +
 * (children << 2 | refs), refs being how many refs (alias + flags) end at the node, 3 standing for
 * three or more (their number less 3 then follows in `more`, encodeWide, node by node): 98 % of
 * the terminals hold one ref, so the refs' CSR starts need no string of their own.
 */
export function encodeRadixShapes(first: ArrayLike<number>, refs: (node: number) => number): { shape: string; more: string } {
  const parts: string[] = [];
  const more: number[] = [];
  for (let n = 0; n + 1 < first.length; n++) {
    const r = refs(n);
    const v = ((first[n + 1]! - first[n]!) << 2) | Math.min(r, 3);
    if (!(v >= 0 && v <= SHAPE_MAX)) throw new Error(`node ${n} has too many children for the index format`);
    if (r >= 3) more.push(r - 3);
    parts.push(String.fromCharCode(SHAPE_ZERO + v));
  }
  return { shape: parts.join(''), more: encodeWide(more) };
}

/**
 * The inverse of encodeRadixShapes and encodeLabelLengths, in one pass over the nodes: `first`
 * (child ranges), `termStart` (per node, the start of its refs; length nodes + 1, a node without
 * refs has an empty range), `labelStart` (each node's label in `units`, length nodes + 1) and
 * `chars` (the first unit of each label, what the child search compares). A character below the
 * alphabet, an empty label, child counts that do not add up to the node count or label lengths
 * that do not add up to the units are errors.
 */
export function decodeRadixShapes(s: string, labels: string, more: string, name: string, units: string): { first: Int32Array; termStart: Int32Array; chars: Uint16Array; labelStart: Int32Array } {
  if (typeof s !== 'string') throw new Error(`${name} is missing`);
  if (typeof labels !== 'string') throw new Error('nodeLabels is missing');
  if (typeof units !== 'string') throw new Error('nodeChars is missing');
  const nodes = s.length;
  if (labels.length !== nodes) throw new Error(`nodeLabels length does not match ${name}`);
  const extra = decodeWide(more, 'nodeRefs', undefined, 0, 0x10000);
  const first = new Int32Array(nodes + 1);
  const termStart = new Int32Array(nodes + 1);
  const chars = new Uint16Array(nodes);
  const labelStart = new Int32Array(nodes + 1);
  const total = units.length;
  let next = 1;
  let refs = 0;
  let k = 0;
  let low = 0;
  let at = 0;
  first[0] = 1;
  for (let i = 0; i < nodes; i++) {
    const v = s.charCodeAt(i) - SHAPE_ZERO;
    const length = labels.charCodeAt(i) - SHAPE_ZERO - 1;
    low |= v | length; // negative once any character lies below the alphabet or a label is empty
    const r = v & 3;
    if (r === 3) {
      refs += 3 + (k < extra.length ? extra[k]! : 0);
      k++;
    } else refs += r;
    termStart[i + 1] = refs;
    next += v >> 2;
    first[i + 1] = next;
    chars[i] = units.charCodeAt(at); // NaN (0) past the end: caught below
    at += length + 1;
    labelStart[i + 1] = at;
  }
  if (low < 0) throw new Error(`${name} or nodeLabels has a character outside the alphabet`);
  if (nodes > 0 && next !== nodes) throw new Error(`${name}: the child counts do not add up to the node count`);
  if (at !== total) throw new Error('nodeLabels: the label lengths do not add up to nodeChars');
  if (k !== extra.length) throw new Error(`nodeRefs holds ${extra.length} numbers, expected ${k}`);
  return { first, termStart, chars, labelStart };
}

function stray(name: string, at: number): Error {
  return new Error(`${name} has a stray character at ${at}`);
}

/** The checks after a decoding loop: the string ends on a final digit (`last` and above) and held `count` numbers. */
function checkEnd(s: string, name: string, n: number, count: number | undefined, last: number): void {
  if (s.length > 0 && s.charCodeAt(s.length - 1) < last) throw new Error(`${name} ends inside a number`);
  if (count !== undefined && n !== count) throw new Error(`${name} holds ${n} numbers, expected ${count}`);
}

function finish(s: string, name: string, out: Int32Array, n: number, count?: number, last = LAST): Int32Array {
  checkEnd(s, name, n, count, last);
  // A view, not a copy: a copy of the longer arrays cost a tenth of the load and more garbage.
  return n === out.length ? out : out.subarray(0, n);
}

/**
 * Format 6's integer strings ("wide"): a number is written in a mixed radix, its last digit one of
 * the 55,040 characters U+0100 .. U+D7FF and any digits before it (most significant first) one of
 * the 163 characters ']' .. U+00FF. Every index the match index holds (aliases, entities, steps
 * between sorted values) is below 55,040 today, so nearly every number is one character, where
 * base 32 took one to four: half the characters to parse and to decode. No character needs
 * escaping in JSON, and none is a surrogate.
 */
export const WIDE_MORE = 0x5d;
export const WIDE_LAST = 0x100;
export const WIDE_END = 0xd800;
export const WIDE_MORE_BASE = WIDE_LAST - WIDE_MORE;
export const WIDE_BASE = WIDE_END - WIDE_LAST;

function wideDigits(v: number): string {
  if (!(Number.isInteger(v) && v >= 0 && v <= 0xffffffff)) throw new Error(`encodeWide: ${v} is not a uint32`);
  let s = String.fromCharCode(WIDE_LAST + (v % WIDE_BASE));
  for (v = Math.floor(v / WIDE_BASE); v > 0; v = Math.floor(v / WIDE_MORE_BASE)) s = String.fromCharCode(WIDE_MORE + (v % WIDE_MORE_BASE)) + s;
  return s;
}

/** Values in 0 .. 2^32-1, one after the other. */
export function encodeWide(values: ArrayLike<number>): string {
  const parts: string[] = [];
  for (let i = 0; i < values.length; i++) parts.push(wideDigits(values[i]!));
  return parts.join('');
}

/** A non-decreasing array of non-negative values as its steps (the first value, then each difference). */
export function encodeWideSteps(values: ArrayLike<number>): string {
  const parts: string[] = [];
  for (let i = 0; i < values.length; i++) parts.push(wideDigits(values[i]! - (i ? values[i - 1]! : 0)));
  return parts.join('');
}

/**
 * Decodes encodeWide into `count` values (undefined: as many as the string holds), each plus
 * `offset`, and each (after the offset) in lo .. hi - 1: a damaged string throws naming `name`.
 */
export function decodeWide(s: string, name: string, count: number | undefined, lo: number, hi: number, offset = 0): Int32Array {
  const out = allocate(s, name, count);
  const cap = out.length;
  let v = 0;
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= WIDE_LAST) {
      if (c >= WIDE_END) throw stray(name, i);
      if (n === cap) throw tooMany(name, cap);
      const x = v * WIDE_BASE + (c - WIDE_LAST) + offset;
      if (!(x >= lo && x < hi)) throw outOfRange(name, n);
      out[n++] = x;
      v = 0;
    } else if (c >= WIDE_MORE) v = v * WIDE_MORE_BASE + (c - WIDE_MORE);
    else throw stray(name, i);
  }
  return finish(s, name, out, n, count, WIDE_LAST);
}

/**
 * Decodes encodeWideSteps of `count` steps (undefined: as many as the string holds) into their
 * running sums after a leading 0: length count + 1, the k-th sum at k + 1 (CSR starts: each
 * string's or entity's start, the last one the total). The total must be `total` when given, and
 * below 2^31 in any case.
 */
export function decodeWideSteps(s: string, name: string, count: number | undefined, total?: number): Int32Array {
  if (typeof s !== 'string') throw new Error(`${name} is missing`);
  if (count !== undefined && !(Number.isInteger(count) && count >= 0 && count <= s.length)) throw new Error(`${name} holds fewer than ${count} numbers`);
  const out = new Int32Array((count ?? s.length) + 1);
  const cap = out.length - 1;
  let v = 0;
  let n = 0;
  let at = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= WIDE_LAST) {
      if (c >= WIDE_END) throw stray(name, i);
      if (n === cap) throw tooMany(name, cap);
      at += v * WIDE_BASE + (c - WIDE_LAST);
      if (at > 0x7fffffff) throw outOfRange(name, n);
      out[++n] = at;
      v = 0;
    } else if (c >= WIDE_MORE) v = v * WIDE_MORE_BASE + (c - WIDE_MORE);
    else throw stray(name, i);
  }
  checkEnd(s, name, n, count, WIDE_LAST);
  if (total !== undefined && at !== total) throw new Error(`${name} do not add up to ${total}`);
  return n + 1 === out.length ? out : out.subarray(0, n + 1);
}

function outOfRange(name: string, at: number): Error {
  return new Error(`${name} ${at} is out of range`);
}

