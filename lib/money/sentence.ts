/**
 * Sentence bounds around an offset, for the figure's context (entities in the same sentence,
 * a currency carried within the sentence). Abbreviation dots ("Mrd.", "Inc.", "S.p.A.") and
 * decimal points do not end a sentence; a line break always does.
 */

import { isDigit } from './number.ts';
import { isUnicodeLetter } from './words.ts';

/** Longest stretch scanned either way, so a text without punctuation stays linear. */
export const MAX_SENTENCE_CHARS = 1000;

const ABBREVIATIONS: ReadonlySet<string> = new Set(
  ('mrd mio bio tsd mln mld mn bn md mds fr inc corp ltd co jr sr mr mrs ms dr prof st vs etc ' +
    'ca nr sig dott ing avv spa s.p.a p.a u.s e.g i.e z.b bzw evtl sa s.a srl s.r.l no art fig ' +
    'ad rag geom on sen gen').split(' '),
);

/** Longest abbreviation looked at before a dot ("s.p.a", "s.r.l"). */
const MAX_ABBREVIATION_CHARS = 8;

/**
 * A short ASCII word (letters and dots, lower-cased) packed into one number, 7 bits a char, so
 * the abbreviation test needs no slice. -1 when the word is not short ASCII.
 */
const MAX_PACKED_CHARS = 7;
function packWord(text: string, from: number, to: number): number {
  if (to - from > MAX_PACKED_CHARS) return -1;
  let key = 0;
  for (let k = from; k < to; k++) {
    let c = text.charCodeAt(k);
    if (c >= 128) return -1;
    if (c >= 65 && c <= 90) c += 32;
    key = key * 128 + c;
  }
  return key;
}
const packString = (w: string): number => packWord(w, 0, w.length);

const ABBREVIATION_KEYS: ReadonlySet<number> = new Set([...ABBREVIATIONS].map(packString));

function isWordOrDot(c: number): boolean {
  if (c === 46) return true;
  if (c < 128) return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  return c >= 0xc0 && isUnicodeLetter(c);
}

const GERMAN_ORDINAL_NEXT = /^[ \u00a0](?:Januar|Jänner|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember|Quartal|Halbjahr)\b/u;

function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 0xa0 || c === 0x202f || c === 0x2009;
}

function isBreak(c: number): boolean {
  return c === 10 || c === 13 || c === 0x2029 || c === 0x2028;
}

/** Does the terminator at `i` (". ! ? …") end a sentence? */
function endsSentence(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  const next = text.charCodeAt(i + 1);
  if (!(isSpace(next) || isBreak(next) || Number.isNaN(next) || next === 0x201d || next === 0x22 ||
    next === 0xbb || next === 0x2019 || next === 0x29)) return false;
  if (c !== 46) return true;
  // "am 6. November", "im 3. Quartal": a German ordinal's dot before a month or a period.
  if (isDigit(text.charCodeAt(i - 1)) && GERMAN_ORDINAL_NEXT.test(text.slice(i + 1, i + 16))) return false;
  // The word before the dot: an abbreviation, an initial ("J. Smith") or a number ("5.") continues.
  let s = i;
  while (s > 0 && i - s < MAX_ABBREVIATION_CHARS && isWordOrDot(text.charCodeAt(s - 1))) s--;
  if (i - s === 1) return false;
  const key = packWord(text, s, i);
  return key < 0 || !ABBREVIATION_KEYS.has(key);
}

/**
 * Characters below 64 that may end a sentence: 1 for a line break, 2 for a terminator. Above
 * 63 only "…" (U+2026) and the Unicode line and paragraph separators (U+2028, U+2029) do, so
 * letters cost one comparison.
 */
const STOPS = new Uint8Array(64);
STOPS[10] = STOPS[13] = 1;
STOPS[33] = STOPS[46] = STOPS[63] = 2;

function mayStop(c: number): boolean {
  return c < 64 ? STOPS[c] !== 0 : c >= 0x2026 && c <= 0x2029 && c !== 0x2027;
}

export function sentenceAt(text: string, offset: number): { start: number; end: number } {
  const at = Math.max(0, Math.min(offset, text.length));
  // Each inner loop only reads characters (a call inside it makes V8 re-check the string on
  // every character, several times slower); the rare candidate stop is judged outside it.
  let start = at;
  const lo = Math.max(0, at - MAX_SENTENCE_CHARS);
  for (;;) {
    let k = start - 1;
    for (; k >= lo; k--) {
      const c = text.charCodeAt(k);
      if (c < 64 ? STOPS[c] !== 0 : c >= 0x2026 && c <= 0x2029 && c !== 0x2027) break;
    }
    start = k + 1;
    if (start === lo) break;
    const c = text.charCodeAt(start - 1);
    if (isBreak(c) || endsSentence(text, start - 1)) break;
    start--;
  }
  while (start < at && isSpace(text.charCodeAt(start))) start++;
  let end = at;
  const hi = Math.min(text.length, at + MAX_SENTENCE_CHARS);
  for (;;) {
    while (end < hi && !mayStop(text.charCodeAt(end))) end++;
    if (end === hi) break;
    const c = text.charCodeAt(end);
    if (isBreak(c)) break;
    end++;
    if (endsSentence(text, end - 1)) break;
  }
  return { start, end };
}
