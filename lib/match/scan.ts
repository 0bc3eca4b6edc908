/**
 * Pass 1 of findMentions: walk the trie at every word start and collect candidate spans.
 *
 * Only word starts are tried (a unit that is a word unit after a non-word unit), so the cost is
 * one class lookup per unit plus a short walk per word; it does not grow with the dictionary
 * (PERF.md: a trie walked at word starts stays flat from 1k to 50k aliases).
 */
import { charClass, CLS_IGNORABLE, CLS_MARK, CLS_SPACE, CLS_WORD, foldUnit } from './fold';
import type { MatchIndex } from './load-index';

export interface Candidate {
  start: number;
  /** End of the name part (a German genitive "-s" is not included). */
  end: number;
  /** Terminal index (refs are termStart[term] .. termStart[term+1]-1). */
  term: number;
  /** The name was followed by a genitive "-s" (Musks, Metas). */
  genitive: boolean;
}

const ASCII_WORD = new Uint8Array(128);
for (let c = 0; c < 128; c++) ASCII_WORD[c] = charClass(c) & CLS_WORD ? 1 : 0;
const LOWER_S = 0x73;
const NEWLINE = 0x0a;

function isWord(c: number): boolean {
  return c < 128 ? ASCII_WORD[c] === 1 : (charClass(c) & CLS_WORD) !== 0;
}

function child(ix: MatchIndex, node: number, unit: number): number {
  if (node === 0) return ix.rootChild[unit]!;
  let lo = ix.first[node]!;
  let hi = ix.first[node + 1]! - 1;
  const chars = ix.chars;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const c = chars[mid]!;
    if (c === unit) return mid;
    if (c < unit) lo = mid + 1;
    else hi = mid - 1;
  }
  return 0;
}

function walk(ix: MatchIndex, text: string, start: number, genitiveS: boolean, out: Candidate[]): void {
  const n = text.length;
  let node = 0;
  let j = start;
  while (j < n) {
    const c = text.charCodeAt(j);
    const k = c < 128 && ASCII_WORD[c] === 1 ? CLS_WORD : charClass(c);
    let unit: number;
    let adv = 1;
    if (k & CLS_SPACE) {
      // A run of spaces matches the one space of the alias; a blank line (new paragraph) does not.
      let lines = 0;
      let e = j;
      while (e < n && charClass(text.charCodeAt(e)) & CLS_SPACE) {
        if (text.charCodeAt(e) === NEWLINE) lines++;
        e++;
      }
      if (lines > 1) return;
      unit = 0x20;
      adv = e - j;
    } else if (k & CLS_IGNORABLE) {
      if (node === 0) return;
      j++;
      continue;
    } else {
      unit = foldUnit(c);
      if (j + 1 < n && charClass(text.charCodeAt(j + 1)) & CLS_MARK) {
        // Decomposed accent (e + U+0301): compose the pair so it meets the NFC alias.
        const composed = text.slice(j, j + 2).normalize('NFC');
        if (composed.length === 1) {
          unit = foldUnit(composed.charCodeAt(0));
          adv = 2;
        }
      }
    }
    const next = child(ix, node, unit);
    if (next === 0) return;
    node = next;
    j += adv;
    const t = ix.term[node]!;
    if (t < 0) continue;
    if (!(charClass(unit) & CLS_WORD) || j >= n) {
      out.push({ start, end: j, term: t, genitive: false });
      continue;
    }
    const after = text.charCodeAt(j);
    if (!isWord(after)) out.push({ start, end: j, term: t, genitive: false });
    else if (genitiveS && foldUnit(after) === LOWER_S && (j + 1 >= n || !isWord(text.charCodeAt(j + 1)))) {
      out.push({ start, end: j, term: t, genitive: true });
    }
  }
}

/** All candidate spans, in text order (by start, then by growing end). */
export function collectCandidates(ix: MatchIndex, text: string, genitiveS: boolean): Candidate[] {
  const out: Candidate[] = [];
  const n = text.length;
  const rootChild = ix.rootChild;
  let prevWord = false;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    const w = c < 128 ? ASCII_WORD[c] === 1 : (charClass(c) & CLS_WORD) !== 0;
    if (w && !prevWord && (rootChild[foldUnit(c)] !== 0 || c >= 128)) walk(ix, text, i, genitiveS, out);
    prevWord = w;
  }
  return out;
}
