/**
 * Which words are worth a trie walk. Built from the trie at load time:
 *  - `walk`: first words of aliases that can end there or go on with anything but a space
 *    ("Eni", "L'Oréal", "OpenAI-…");
 *  - `pairOnly`: first words that only go on with a space ("la" of "La Doria", "the" of
 *    "The Walt Disney Company") — common function words, so the scanner first checks
 *  - `pairs`: the first two words joined by one space ("la doria", "the walt").
 * All hold FNV-style hashes of folded units (tokenStep), the same the scanner computes as it reads.
 */
import * as fold from './fold';
import { BASE, END, LAST, MORE, WIDE_BASE, WIDE_END, WIDE_LAST, WIDE_MORE, WIDE_MORE_BASE } from './index-codec';

const charClass = fold.charClass;
const CLS_WORD = fold.CLS_WORD;
const SPACE_UNIT = 0x20;

export const TOKEN_SEED = 0x811c9dc5 | 0;

export function tokenStep(h: number, unit: number): number {
  return Math.imul(h ^ unit, 0x01000193);
}

/**
 * A token set is a bit array indexed by a multiplicative hash of the token's hash: a filter, not
 * a set. A word it holds is always found; one it does not hold is taken for one of its words about
 * once in 64 (it is sized at 64 bits per hash), and then the walker, which decides, finds nothing.
 * Loading one is a pass over its bit positions in order (format 6 ships them), where the exact
 * open-addressing set of format 5 probed a 1 MB table at random for every hash.
 */
export interface TokenSet {
  bits: Int32Array;
  /** 32 - log2 of the number of bits. */
  shift: number;
}

const GOLDEN = 0x9e3779b1 | 0;
const BITS_PER_HASH = 64;
const MIN_LOG2 = 5;
const MAX_LOG2 = 26;

/** log2 of the bit count for `count` hashes (at least 64 bits per hash, at most 2^26 bits). */
export function tokenSetLog2(count: number): number {
  let log2 = MIN_LOG2;
  while (log2 < MAX_LOG2 && 2 ** log2 < count * BITS_PER_HASH) log2++;
  return log2;
}

export function hasToken(bits: Int32Array, shift: number, h: number): boolean {
  const i = Math.imul(h, GOLDEN) >>> shift;
  return (bits[i >>> 5]! & (1 << (i & 31))) !== 0;
}

function emptySet(log2: number): TokenSet {
  return { bits: new Int32Array(2 ** (log2 - 5)), shift: 32 - log2 };
}

function addHash(set: TokenSet, h: number): void {
  const i = Math.imul(h, GOLDEN) >>> set.shift;
  set.bits[i >>> 5]! |= 1 << (i & 31);
}

function tokenSet(hashes: ArrayLike<number>): TokenSet {
  const set = emptySet(tokenSetLog2(hashes.length));
  for (let k = 0; k < hashes.length; k++) addHash(set, hashes[k]!);
  return set;
}

/** The bit positions (ascending, distinct) of the token set of `hashes`: what format 6 ships. */
export function tokenBitPositions(hashes: readonly number[]): number[] {
  const shift = 32 - tokenSetLog2(hashes.length);
  return [...new Set(hashes.map((h) => Math.imul(h, GOLDEN) >>> shift))].sort((a, b) => a - b);
}

/**
 * Format 5: the set of `count` hashes written by encodeUints (index-codec.ts), filled straight
 * from the string. Throws (with `name`) like decodeUints, and when the string holds another
 * number of hashes than `count`.
 */
export function hashSetFromPacked(s: string, count: number, name: string): TokenSet {
  if (typeof s !== 'string') throw new Error(`${name} is missing`);
  if (!(Number.isInteger(count) && count >= 0 && count <= s.length)) throw new Error(`${name}: bad hash count`);
  const set = emptySet(tokenSetLog2(count));
  let v = 0;
  let n = 0;
  for (let k = 0; k < s.length; k++) {
    const c = s.charCodeAt(k);
    if (c >= LAST) {
      if (c >= END || n === count) throw new Error(n === count ? `${name} holds more than ${count} hashes` : `${name} has a stray character at ${k}`);
      addHash(set, (v * BASE + (c - LAST)) | 0);
      n++;
      v = 0;
    } else if (c >= MORE) v = v * BASE + (c - MORE);
    else throw new Error(`${name} has a stray character at ${k}`);
  }
  if (s.length > 0 && s.charCodeAt(s.length - 1) < LAST) throw new Error(`${name} ends inside a number`);
  if (n !== count) throw new Error(`${name} holds ${n} hashes, expected ${count}`);
  return set;
}

/**
 * Format 6: a token set of 2^log2 bits from its `count` bit positions, ascending, written by
 * encodeWideSteps (index-codec.ts): nearly one character each. Throws (with `name`) like
 * hashSetFromPacked, and when a position lies past the end.
 */
export function tokenSetFromGaps(s: string, count: number, log2: number, name: string): TokenSet {
  if (typeof s !== 'string') throw new Error(`${name} is missing`);
  if (!(Number.isInteger(count) && count >= 0)) throw new Error(`${name}: bad bit count`);
  if (count > s.length) throw new Error(`${name} holds fewer than ${count} positions`);
  if (!(Number.isInteger(log2) && log2 >= MIN_LOG2 && log2 <= MAX_LOG2)) throw new Error(`${name}: bad set size`);
  const set = emptySet(log2);
  const bits = set.bits;
  const size = 2 ** log2;
  let v = 0;
  let n = 0;
  let at = 0;
  for (let k = 0; k < s.length; k++) {
    const c = s.charCodeAt(k);
    if (c >= WIDE_LAST) {
      if (c >= WIDE_END || n === count) throw new Error(n === count ? `${name} holds more than ${count} positions` : `${name} has a stray character at ${k}`);
      at += v * WIDE_BASE + (c - WIDE_LAST);
      if (at >= size) throw new Error(`${name} has a position past the end`);
      bits[at >>> 5]! |= 1 << (at & 31);
      n++;
      v = 0;
    } else if (c >= WIDE_MORE) v = v * WIDE_MORE_BASE + (c - WIDE_MORE);
    else throw new Error(`${name} has a stray character at ${k}`);
  }
  if (s.length > 0 && s.charCodeAt(s.length - 1) < WIDE_LAST) throw new Error(`${name} ends inside a number`);
  if (n !== count) throw new Error(`${name} holds ${n} positions, expected ${count}`);
  return set;
}

export interface TokenFilter {
  walk: TokenSet;
  pairOnly: TokenSet;
  pairs: TokenSet;
}

const FIRST = 1; // inside the first word
const AFTER_SPACE = 2; // the space after the first word
const SECOND = 3; // inside the second word

/** The hashes behind a TokenFilter: what the compiler stores (format 3) so loading skips the trie pass. */
export interface TokenHashes {
  walk: number[];
  pairOnly: number[];
  pairs: number[];
}

export function buildTokenFilter(chars: Uint16Array, first: Int32Array, term: Int32Array): TokenFilter {
  return tokenFilterFrom(tokenHashes(chars, first, term));
}

export function tokenFilterFrom(h: { walk: ArrayLike<number>; pairOnly: ArrayLike<number>; pairs: ArrayLike<number> }): TokenFilter {
  return { walk: tokenSet(h.walk), pairOnly: tokenSet(h.pairOnly), pairs: tokenSet(h.pairs) };
}

export function tokenHashes(chars: Uint16Array, first: Int32Array, term: Int32Array): TokenHashes {
  // Breadth-first numbering: one pass in node order sees every parent before its children.
  const nodes = chars.length;
  const hash = new Int32Array(nodes);
  const stage = new Uint8Array(nodes);
  const firstWordHash = new Int32Array(nodes); // for AFTER_SPACE nodes: hash of the first word
  const walk: number[] = [];
  const spaceOnly = new Set<number>();
  const pairs: number[] = [];
  for (let p = 0; p < nodes; p++) {
    const st = p === 0 ? FIRST : stage[p]!;
    if (st === 0) continue;
    let complete = p !== 0 && st === FIRST && term[p]! >= 0;
    let secondEnds = st === SECOND && term[p]! >= 0;
    for (let c = first[p]!; c < first[p + 1]!; c++) {
      const unit = chars[c]!;
      const word = (charClass(unit) & CLS_WORD) !== 0;
      if (st === FIRST || st === SECOND) {
        if (word) {
          stage[c] = st;
          hash[c] = tokenStep(p === 0 ? TOKEN_SEED : hash[p]!, unit);
        } else if (st === SECOND) secondEnds = true;
        else if (unit === SPACE_UNIT && p !== 0) {
          stage[c] = AFTER_SPACE;
          hash[c] = tokenStep(hash[p]!, unit);
          firstWordHash[c] = hash[p]!;
          spaceOnly.add(p);
        } else if (p !== 0) complete = true;
      } else if (word) {
        stage[c] = SECOND;
        hash[c] = tokenStep(hash[p]!, unit);
      } else walk.push(firstWordHash[p]!); // "AT & T": a non-word after the space: always walk
    }
    if (complete) walk.push(hash[p]!);
    if (secondEnds) pairs.push(hash[p]!);
  }
  // A first word that is also complete is walked anyway; the others need their pair.
  const walkSet = new Set(walk.map((h) => h | 1));
  const pairOnly = [...spaceOnly].map((p) => hash[p]!).filter((h) => !walkSet.has(h | 1));
  return { walk, pairOnly, pairs };
}
