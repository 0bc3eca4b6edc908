/**
 * Pass 1 of findMentions: walk the trie at every word start and collect candidate spans.
 *
 * Only word starts are tried (a unit that is a word unit after a non-word unit), so the cost is
 * one class lookup per unit plus a short walk per word; it does not grow with the dictionary
 * (PERF.md: a trie walked at word starts stays flat from 1k to 50k aliases).
 */
import * as fold from './fold';
import * as filter from './token-filter';
import type { TokenSet } from './token-filter';
import type { MatchIndex } from './load-index';

export interface Candidate {
  start: number;
  /** End of the span; a German genitive "-s" is included ("Musks"), as the press reader sees it. */
  end: number;
  /** The trie node where the name ends (its refs are termStart[term] .. termStart[term+1]-1). */
  term: number;
  /** The name was followed by a genitive "-s" (Musks, Metas). */
  genitive: boolean;
}

// Module-level copies: in Node (CLI, bench) imported bindings may compile to getters, which
// would cost a call per character in the loops below.
const CLASS = fold.CLS;
const FOLDED = fold.FOLD;
const ensure = fold.ensureUnit;
const WORD = fold.CLS_WORD;
const SPACE = fold.CLS_SPACE;
const IGNORABLE = fold.CLS_IGNORABLE;
const MARK = fold.CLS_MARK;
const hasToken = filter.hasToken;
const TOKEN_SEED = filter.TOKEN_SEED;
const LOWER_S = 0x73;
const NEWLINE = 0x0a;

function cls(c: number): number {
  const k = CLASS[c]!;
  if (k !== 0) return k;
  ensure(c);
  return CLASS[c]!;
}

/** Folded unit; valid once cls(c) has been read. */
function foldOf(c: number): number {
  if (CLASS[c] === 0) ensure(c);
  return FOLDED[c]!;
}

/** Record a terminal at j if the name ends on a word boundary (or before a German "-s"). */
function boundary(text: string, start: number, j: number, unit: number, t: number, genitiveS: boolean, out: Candidate[]): void {
  const n = text.length;
  if (j >= n || !(cls(unit) & WORD)) {
    out.push({ start, end: j, term: t, genitive: false });
    return;
  }
  const after = text.charCodeAt(j);
  if (!(cls(after) & WORD)) out.push({ start, end: j, term: t, genitive: false });
  else if (genitiveS && FOLDED[after] === LOWER_S && (j + 1 >= n || !(cls(text.charCodeAt(j + 1)) & WORD))) {
    out.push({ start, end: j + 1, term: t, genitive: true });
  }
}

/**
 * Can a name end at j (what boundary() accepts)? Most trie steps are inside a word, where none
 * can: asking this first spares the read of the terminal table, a cache miss on a deep node.
 */
function mayEnd(text: string, j: number, unit: number, genitiveS: boolean): boolean {
  if (j >= text.length || !(cls(unit) & WORD)) return true;
  const after = text.charCodeAt(j);
  return !(cls(after) & WORD) || (genitiveS && FOLDED[after] === LOWER_S);
}

const MARK_MIN = 0x300; // no combining mark below U+0300: skip the look-ahead for ASCII/Latin-1
const HYPHEN = 0x2d;
const HYPHEN_U = 0x2010;

/** Child of `node` for `unit`, or 0. Children are contiguous and sorted by unit (breadth-first numbering). */
function child(first: Int32Array, chars: Uint16Array, node: number, unit: number): number {
  let lo = first[node]!;
  let hi = first[node + 1]! - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const u = chars[mid]!;
    if (u === unit) return mid;
    if (u < unit) lo = mid + 1;
    else hi = mid - 1;
  }
  return 0;
}

const ASCII = 0x80;
const secondCache = new WeakMap<MatchIndex, Int32Array>();

/**
 * The children of the root's children for ASCII units, by row (node - first[0]) * 128 + unit
 * (0: none). Every walk takes this step, and the first letters of names have the most children
 * (up to ~40: six probes of the binary search): one read instead. Breadth-first numbering puts
 * the root's children at first[0] .. first[1]-1, so no map from node to row is needed. Built on
 * first use per index (~150 rows, 77 KB), not at load.
 */
function secondUnits(ix: MatchIndex): Int32Array {
  let table = secondCache.get(ix);
  if (!table) {
    const { first, chars } = ix;
    table = new Int32Array((first[1]! - first[0]!) * ASCII);
    for (let node = first[0]!; node < first[1]!; node++) {
      for (let c = first[node]!; c < first[node + 1]!; c++) if (chars[c]! < ASCII) table[(node - first[0]!) * ASCII + chars[c]!] = c;
    }
    secondCache.set(ix, table);
  }
  return table;
}

/** What a walk reads of the index, gathered once per scan (the table lookup included). */
interface Trie {
  termStart: Int32Array;
  chars: Uint16Array;
  first: Int32Array;
  /** Each node's label: units labelStart[node] .. labelStart[node + 1] - 1 of `labels`. */
  labels: string;
  labelStart: Int32Array;
  rootChild: Int32Array;
  second: Int32Array;
  /** The root's children are depth1 .. depth2-1. */
  depth1: number;
  depth2: number;
}

function trieOf(ix: MatchIndex): Trie {
  const { termStart, chars, first, rootChild, labels, labelStart } = ix;
  return { termStart, chars, first, labels, labelStart, rootChild, second: secondUnits(ix), depth1: first[0]!, depth2: first[1]! };
}

function walk(trie: Trie, text: string, start: number, genitiveS: boolean, out: Candidate[]): void {
  const n = text.length;
  const { termStart, chars, first, labels, labelStart, rootChild, second, depth1, depth2 } = trie;
  let node = 0;
  // Units of the node's label still to meet: labels[at .. stop - 1] (none once the label is met).
  let at = 0;
  let stop = 0;
  let j = start;
  while (j < n) {
    const c = text.charCodeAt(j);
    const k = cls(c);
    let unit: number;
    let adv = 1;
    if (k & SPACE) {
      // A run of spaces matches the one space of the alias; a blank line (new paragraph) does not.
      let lines = 0;
      let e = j;
      while (e < n && cls(text.charCodeAt(e)) & SPACE) {
        if (text.charCodeAt(e) === NEWLINE) lines++;
        e++;
      }
      if (lines > 1) return;
      unit = 0x20;
      adv = e - j;
    } else if (k & IGNORABLE) {
      if (node === 0) return;
      j++;
      continue;
    } else {
      unit = FOLDED[c]!;
      if (j + 1 < n) {
        const d = text.charCodeAt(j + 1);
        if (d >= MARK_MIN && cls(d) & MARK) {
          // Decomposed accent (e + U+0301): compose the pair so it meets the NFC alias.
          const composed = text.slice(j, j + 2).normalize('NFC');
          if (composed.length === 1) {
            unit = foldOf(composed.charCodeAt(0));
            adv = 2;
          }
        }
      }
    }
    if (at < stop) {
      // Inside a label (a chain of the plain trie): one unit can follow, and no name ends here.
      const u = labels.charCodeAt(at);
      if (u !== unit && !(u === 0x20 && (c === HYPHEN || c === HYPHEN_U) && j + 1 < n && cls(text.charCodeAt(j + 1)) & WORD)) return;
      at++;
      j += adv;
      if (at < stop) continue;
    } else {
      let next = node === 0 ? rootChild[unit]! : node < depth2 && unit < ASCII ? second[(node - depth1) * ASCII + unit]! : child(first, chars, node, unit);
      // German compounds join a name's words with hyphens: "Deutsche-Bank-Chef" holds "Deutsche Bank".
      if (next === 0 && node !== 0 && (c === HYPHEN || c === HYPHEN_U) && j + 1 < n && cls(text.charCodeAt(j + 1)) & WORD) {
        next = child(first, chars, node, 0x20);
      }
      if (next === 0) return;
      node = next;
      at = labelStart[node]! + 1;
      stop = labelStart[node + 1]!;
      j += adv;
      if (at < stop) continue;
    }
    if (!mayEnd(text, j, unit, genitiveS)) continue;
    if (termStart[node]! < termStart[node + 1]!) boundary(text, start, j, unit, node, genitiveS, out);
  }
}

const SLOW_UNIT = 0x300; // from here on a word may hold combining marks: always walk

/**
 * After a first word that only ever goes on with a space ("la", "the"): does the next word make
 * a known pair ("la doria")? Mirrors the walker: one run of spaces with at most one line break,
 * or one hyphen inside a compound ("Deutsche-Bank-Chef");
 * true also when the next word holds units the hash cannot judge (then the walker decides).
 */
function pairAhead(text: string, i: number, h: number, pairs: TokenSet, genitiveS: boolean): boolean {
  const n = text.length;
  let e = i;
  let lines = 0;
  const d0 = i < n ? text.charCodeAt(i) : 0;
  if ((d0 === HYPHEN || d0 === HYPHEN_U) && i + 1 < n && cls(text.charCodeAt(i + 1)) & WORD) e++; // "Deutsche-Bank-Chef"
  else {
    while (e < n && cls(text.charCodeAt(e)) & SPACE) {
      if (text.charCodeAt(e) === NEWLINE) lines++;
      e++;
    }
  }
  if (e === i || lines > 1) return false;
  let g = Math.imul(h ^ 0x20, 0x01000193);
  let prev = g;
  let last = 0;
  while (e < n) {
    const d = text.charCodeAt(e);
    const k = cls(d);
    if (!(k & WORD)) {
      if (k & IGNORABLE) return true;
      break;
    }
    if (d >= SLOW_UNIT) return true;
    prev = g;
    last = FOLDED[d]!;
    g = Math.imul(g ^ last, 0x01000193);
    e++;
  }
  if (last === 0) return false;
  return hasToken(pairs.bits, pairs.shift, g) || (genitiveS && last === LOWER_S && hasToken(pairs.bits, pairs.shift, prev));
}

/**
 * All candidate spans, in text order (by start, then by growing end).
 * The outer loop hashes each word as it reads it and walks the trie only from words that are
 * the first word of some alias (or that the hash cannot judge: marks, soft hyphens); a first
 * word that is only ever followed by another word needs that pair too (token-filter.ts).
 */
export function collectCandidates(ix: MatchIndex, text: string, genitiveS: boolean): Candidate[] {
  const out: Candidate[] = [];
  const n = text.length;
  const { bits, shift } = ix.tokens.walk;
  const pairOnly = ix.tokens.pairOnly;
  const pairs = ix.tokens.pairs;
  const trie = trieOf(ix);
  let i = 0;
  while (i < n) {
    let c = text.charCodeAt(i);
    let k = CLASS[c]!;
    if (k === 0) {
      ensure(c);
      k = CLASS[c]!;
    }
    if (!(k & WORD)) {
      i++;
      continue;
    }
    const start = i;
    let h = TOKEN_SEED;
    let prev = h;
    let slow = false;
    for (;;) {
      if (c >= SLOW_UNIT) slow = true;
      prev = h;
      h = Math.imul(h ^ FOLDED[c]!, 0x01000193); // tokenStep, inlined
      if (++i >= n) break;
      c = text.charCodeAt(i);
      k = CLASS[c]!;
      if (k === 0) {
        ensure(c);
        k = CLASS[c]!;
      }
      if (!(k & WORD)) {
        if (k & IGNORABLE) slow = true;
        break;
      }
    }
    // "Musks": the word without its last "s" may be a first word too (asked only when the word is none).
    if (slow || hasToken(bits, shift, h) || (genitiveS && FOLDED[text.charCodeAt(i - 1)] === LOWER_S && hasToken(bits, shift, prev))) {
      walk(trie, text, start, genitiveS, out);
    } else if (hasToken(pairOnly.bits, pairOnly.shift, h) && pairAhead(text, i, h, pairs, genitiveS)) {
      walk(trie, text, start, genitiveS, out);
    }
  }
  return out;
}
