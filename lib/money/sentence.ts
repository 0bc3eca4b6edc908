/**
 * Sentence bounds around an offset, for the figure's context (entities in the same sentence,
 * a currency carried within the sentence). Abbreviation dots ("Mrd.", "Inc.", "S.p.A.") and
 * decimal points do not end a sentence; a line break always does.
 */

/** Longest stretch scanned either way, so a text without punctuation stays linear. */
export const MAX_SENTENCE_CHARS = 1000;

const ABBREVIATIONS: ReadonlySet<string> = new Set(
  ('mrd mio bio tsd mln mld mn bn md mds fr inc corp ltd co jr sr mr mrs ms dr prof st vs etc ' +
    'ca nr sig dott ing avv spa s.p.a p.a u.s e.g i.e z.b bzw evtl sa s.a srl s.r.l no art fig ' +
    'ad rag geom on sen gen').split(' '),
);

/** Longest abbreviation looked at before a dot ("s.p.a", "s.r.l"). */
const MAX_ABBREVIATION_CHARS = 8;

function isWordOrDot(c: number): boolean {
  if (c === 46) return true;
  if (c < 128) return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  return c >= 0xc0 && /\p{L}/u.test(String.fromCharCode(c));
}

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
  // The word before the dot: an abbreviation, an initial ("J. Smith") or a number ("5.") continues.
  let s = i;
  while (s > 0 && i - s < MAX_ABBREVIATION_CHARS && isWordOrDot(text.charCodeAt(s - 1))) s--;
  const word = text.slice(s, i).toLowerCase();
  if (word.length === 1) return false;
  return !ABBREVIATIONS.has(word);
}

function isTerminator(c: number): boolean {
  return c === 46 || c === 33 || c === 63 || c === 0x2026;
}

export function sentenceAt(text: string, offset: number): { start: number; end: number } {
  const at = Math.max(0, Math.min(offset, text.length));
  let start = at;
  const lo = Math.max(0, at - MAX_SENTENCE_CHARS);
  while (start > lo) {
    const c = text.charCodeAt(start - 1);
    if (isBreak(c) || (isTerminator(c) && endsSentence(text, start - 1))) break;
    start--;
  }
  while (start < at && isSpace(text.charCodeAt(start))) start++;
  let end = at;
  const hi = Math.min(text.length, at + MAX_SENTENCE_CHARS);
  while (end < hi) {
    const c = text.charCodeAt(end);
    if (isBreak(c)) break;
    if (isTerminator(c) && endsSentence(text, end)) {
      end++;
      break;
    }
    end++;
  }
  return { start, end };
}
