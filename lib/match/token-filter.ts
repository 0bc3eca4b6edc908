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
import { BASE, END, LAST, MORE } from './index-codec';

const charClass = fold.charClass;
const CLS_WORD = fold.CLS_WORD;
const SPACE_UNIT = 0x20;

export const TOKEN_SEED = 0x811c9dc5 | 0;

export function tokenStep(h: number, unit: number): number {
  return Math.imul(h ^ unit, 0x01000193);
}

/**
 * Where a stored key's probe starts. Inserting and looking up both start from the stored key
 * (h | 1): two hashes that differ only in the low bit are one key and must probe from one slot.
 */
function firstSlot(key: number, mask: number): number {
  return ((key ^ (key >>> 15)) >>> 0) & mask;
}

export function hasToken(set: Int32Array, mask: number, h: number): boolean {
  const key = h | 1; // 0 marks an empty slot
  for (let i = firstSlot(key, mask); set[i] !== 0; i = (i + 1) & mask) if (set[i] === key) return true;
  return false;
}

export interface HashSet {
  set: Int32Array;
  mask: number;
}

function emptySet(count: number): HashSet {
  let size = 16;
  while (size < count * 4) size <<= 1;
  return { set: new Int32Array(size), mask: size - 1 };
}

/** Open addressing with linear probing; a stored hash has its low bit set, so 0 means empty. */
function insertHash(set: Int32Array, mask: number, h: number): void {
  const key = h | 1;
  let i = firstSlot(key, mask);
  while (set[i] !== 0 && set[i] !== key) i = (i + 1) & mask;
  set[i] = key;
}

function hashSet(hashes: ArrayLike<number>): HashSet {
  const { set, mask } = emptySet(hashes.length);
  for (let k = 0; k < hashes.length; k++) insertHash(set, mask, hashes[k]!);
  return { set, mask };
}

/**
 * The set of `count` hashes written by encodeUints (index-codec.ts), built straight from the
 * string (format 5): no intermediate array. Throws (with `name`) like decodeUints, and when the
 * string holds another number of hashes than `count`.
 */
export function hashSetFromPacked(s: string, count: number, name: string): HashSet {
  if (typeof s !== 'string') throw new Error(`${name} is missing`);
  if (!(Number.isInteger(count) && count >= 0 && count <= s.length)) throw new Error(`${name}: bad hash count`);
  const { set, mask } = emptySet(count);
  let v = 0;
  let n = 0;
  for (let k = 0; k < s.length; k++) {
    const c = s.charCodeAt(k);
    if (c >= LAST) {
      if (c >= END || n === count) throw new Error(n === count ? `${name} holds more than ${count} hashes` : `${name} has a stray character at ${k}`);
      insertHash(set, mask, (v * BASE + (c - LAST)) | 0);
      n++;
      v = 0;
    } else if (c >= MORE) v = v * BASE + (c - MORE);
    else throw new Error(`${name} has a stray character at ${k}`);
  }
  if (s.length > 0 && s.charCodeAt(s.length - 1) < LAST) throw new Error(`${name} ends inside a number`);
  if (n !== count) throw new Error(`${name} holds ${n} hashes, expected ${count}`);
  return { set, mask };
}

export interface TokenFilter {
  walk: HashSet;
  pairOnly: HashSet;
  pairs: HashSet;
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
  return { walk: hashSet(h.walk), pairOnly: hashSet(h.pairOnly), pairs: hashSet(h.pairs) };
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
  const walkSet = hashSet(walk);
  const pairOnly = [...spaceOnly].map((p) => hash[p]!).filter((h) => !hasToken(walkSet.set, walkSet.mask, h));
  return { walk, pairOnly, pairs };
}
