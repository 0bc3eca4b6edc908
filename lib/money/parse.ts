/**
 * parseFigures: find money figures in text. One pass over anchors (digits and the first letters
 * of long scale words, found by a native regular expression), each parsed locally; then the
 * links a reader makes: ranges, lists and bracketed prior periods sharing a scale and currency,
 * "di cui 14" after a figure, and a currency carried within the sentence.
 */
import { exprAtDigit, exprAtScaleWord, type Expr } from './expression.ts';
import { langInfo, type LangInfo } from './locale.ts';
import { isDigit } from './number.ts';
import { sentenceAt } from './sentence.ts';
import type { Figure, FigureKind, ParseOptions } from './types.ts';
import { currencyBefore } from './currency.ts';
import {
  AND_RE, DASH_RANGE_RE, isLetter, MONEY_CONTEXT_RE, OF_WHICH_RE, RANGE_OPENERS, TO_RANGE_RE, YEAR_WORDS, ARTICLES, PER_SHARE_MAX, SHARE_CONTEXT_RE,
  NUMBER_WORDS, WORD_RANGE_RE,
} from './words.ts';

/**
 * Next anchor at or after `i`: a digit, or the start of a long scale word ("miliardi",
 * "Milliarden", "million", "billón", "trilioni"), spotted at its "l" after "mi", "bi", "tri".
 * A plain loop: two comparisons per ordinary character.
 */
export function nextAnchor(text: string, i: number): number {
  const n = text.length;
  for (; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c <= 57) {
      if (c >= 48) return i;
      continue;
    }
    if ((c | 32) !== 108 || i < 2 || (text.charCodeAt(i - 1) | 32) !== 105) continue;
    const b = text.charCodeAt(i - 2) | 32;
    const next = text.charCodeAt(i + 1) | 32;
    if (b === 109 && (next === 105 || next === 108)) return i - 2; // mil[il]
    if (b === 98 && next === 108) return i - 2; // bill
    if (b === 114 && i >= 3 && (text.charCodeAt(i - 3) | 32) === 116) return i - 3; // tril
  }
  return -1;
}

/** Last words of the "di cui" phrases (OF_WHICH_RE), checked before the expression. */
const OF_WHICH_LAST: ReadonlySet<string> = new Set(
  'cui which including dont davon cuales ellos circa about environ rund etwa unos unas'.split(' '),
);

/** Cheap test before slicing the previous word: it ends in a letter one of OF_WHICH_LAST ends in. */
function mayFollowOfWhich(text: string, i: number): boolean {
  let j = i;
  while (j > 0 && isSpaceCode(text.charCodeAt(j - 1))) j--;
  if (j === i) return false;
  const l = text.charCodeAt(j - 1) | 32;
  // i (cui), h (which), g (including), t (dont, about), n (davon, environ), s, a, d
  return l === 105 || l === 104 || l === 103 || l === 116 || l === 110 || l === 115 || l === 97 || l === 100;
}

const YEAR_MIN = 1800;
const YEAR_MAX = 2199;

interface Candidate {
  x: Expr;
  kind: FigureKind;
  /** Needs the sentence to supply a currency or a money context. */
  needsContext: boolean;
}

function parseExpr(text: string, p: number, info: LangInfo): Expr | null {
  if (!isDigit(text.charCodeAt(p))) return null;
  const r = exprAtDigit(text, p, info);
  return r && !('skip' in r) ? r : null;
}

/** "nel 2025 euro...", "seit 2002 Euro-Bargeld": a year after a date word, not an amount. */
function isDatedYear(text: string, x: Expr): boolean {
  if (!x.digitsOnly || x.hasScale || x.start !== x.numStart) return false;
  if (!Number.isInteger(x.value) || x.value < YEAR_MIN || x.value > YEAR_MAX) return false;
  return YEAR_WORDS.has(wordBefore(text, x.start));
}

function isYear(x: Expr): boolean {
  return x.plain && Number.isInteger(x.value) && x.value >= YEAR_MIN && x.value <= YEAR_MAX;
}

/** The word that opens a range before `i`, skipping articles ("tra i 66 e i 72"). */
function openerBefore(text: string, i: number): string {
  let w = wordBefore(text, i);
  if (ARTICLES.has(w)) w = wordBefore(text, wordStartBefore(text, i));
  return w;
}

/** Start of the word right before `i` (after skipping spaces). */
function wordStartBefore(text: string, i: number): number {
  let j = i;
  while (j > 0 && isSpaceCode(text.charCodeAt(j - 1))) j--;
  while (j > 0 && isLetter(text.charCodeAt(j - 1))) j--;
  return j;
}

/** The word right before `i`, skipping spaces, lower-cased. */
function wordBefore(text: string, i: number): string {
  let j = i;
  while (j > 0 && isSpaceCode(text.charCodeAt(j - 1))) j--;
  return text.slice(wordStartBefore(text, j), j).toLowerCase();
}

function isSpaceCode(c: number): boolean {
  return c === 32 || c === 10 || c === 9 || c === 13 || c === 0xa0 || c === 0x202f || c === 0x2009;
}

/** Give each end of a pair what the other has: "$3–4 trillion", "16.170 y los 89.936 millones". */
function share(a: Expr, b: Expr): void {
  if (!a.hasScale && b.hasScale && !a.perShare) {
    a.exp = b.exp;
    a.hasScale = true;
    a.weakScale = b.weakScale;
  } else if (a.hasScale && !b.hasScale && !b.perShare) {
    b.exp = a.exp;
    b.hasScale = true;
  }
  if (!a.hasCurrency && b.hasCurrency) {
    a.currency = b.currency;
    a.hasCurrency = true;
  } else if (a.hasCurrency && !b.hasCurrency) {
    b.currency = a.currency;
    b.hasCurrency = true;
  }
  if (b.perShare) a.perShare = true;
  a.plain = b.plain = false;
  a.quantity = a.quantity || b.quantity;
}

interface Pair {
  b: Expr;
  range: boolean;
}

/** A second number joined to `a` by a dash, "to/bis/a", "e/and/y", or a bracket. */
function partner(text: string, a: Expr, info: LangInfo): Pair | null {
  const end = a.end;
  const c = text.charCodeAt(end);
  // "1,717 (1,581) Milliarden Euro": the bracketed prior period shares what follows it.
  if (c === 40 || (c === 32 && text.charCodeAt(end + 1) === 40)) {
    const open = c === 40 ? end : end + 1;
    const b = parseExpr(text, open + 1, info);
    if (b && text.charCodeAt(b.end) === 41 && !b.hasScale && !b.hasCurrency) {
      const tail = parseTailAfter(text, b.end + 1, info);
      if (tail) {
        share(b, tail);
        if (!a.hasScale && !a.hasCurrency) share(a, tail);
        return { b, range: false };
      }
    }
    return null;
  }
  if (!mayJoin(text, end)) return null;
  const opener = openerBefore(text, a.start);
  let b = joinAt(text, DASH_RANGE_RE, end, info);
  // "page 3 - $5bn": a hyphen with spaces after a bare number is a clause dash, not a range.
  if (b && !(isBare(a) && text.slice(end, b.start).includes(' - '))) return { b, range: true };
  b = joinAt(text, TO_RANGE_RE, end, info);
  if (b) {
    const change = (opener === 'from' || opener === 'da' || opener === 'de' || opener === 'von') &&
      !TO_BIS.test(text.slice(a.end, b.start)) && a.hasCurrency && (a.hasScale || !b.hasScale);
    return { b, range: !change };
  }
  b = joinAt(text, AND_RE, end, info);
  if (!b) return null;
  const range = RANGE_OPENERS.has(opener) && opener !== 'de' && opener !== 'da';
  // A list ("$72 billion, or $27.75 a share") only links when the first needs the second.
  if (!range && (a.hasCurrency || a.hasScale || b.perShare !== a.perShare)) return null;
  return { b, range };
}

const TO_BIS = /bis/i;

/** The number (with an optional currency before it) right after connector `re` at `end`. */
function joinAt(text: string, re: RegExp, end: number, info: LangInfo): Expr | null {
  re.lastIndex = end;
  const m = re.exec(text);
  if (!m) return null;
  const j = end + m[0].length;
  if (isDigit(text.charCodeAt(j))) return parseExpr(text, j, info);
  const cur = currencyBefore(text, j + 1, info) ?? currencyBefore(text, j + 4, info);
  if (cur && cur.start === j) {
    let k = cur.end;
    while (k < text.length && !isDigit(text.charCodeAt(k)) && k - cur.end < 2) k++;
    return parseExpr(text, k, info);
  }
  return null;
}

/** Dash, comma or a short connector word ahead: only then try the range and list patterns. */
function mayJoin(text: string, end: number): boolean {
  let i = end;
  let c = text.charCodeAt(i);
  while (c === 32 || c === 0xa0 || c === 0x202f) c = text.charCodeAt(++i);
  if (c === 45 || c === 0x2013 || c === 0x2014 || c === 44) return true;
  if (i === end) return false;
  // "to", "bis", "a", "à", "al", "au", "e", "and", "et", "y", "und", "o", "or", "ou", "oder".
  let j = i;
  while (j - i < 5 && isLetter(text.charCodeAt(j))) j++;
  return j > i && j - i <= 4 && isDigitOrSymbolAhead(text, j);
}

function isDigitOrSymbolAhead(text: string, j: number): boolean {
  // Skip the gap and one optional article ("y los", "e i") before the number or currency.
  for (let hops = 0; hops < 2; hops++) {
    let c = text.charCodeAt(j);
    if (!(c === 32 || c === 0xa0 || c === 0x202f)) return false;
    while (c === 32 || c === 0xa0 || c === 0x202f) c = text.charCodeAt(++j);
    if (isDigit(c) || c === 36 || c === 0x20ac || c === 0xa3 || c === 0xa5 || (c >= 65 && c <= 90)) return true;
    const k = j;
    while (j - k < 4 && isLetter(text.charCodeAt(j))) j++;
  }
  return false;
}

/** Scale and currency after a bracket: "(1,581) Milliarden Euro". */
function parseTailAfter(text: string, pos: number, info: LangInfo): Expr | null {
  // Reuse the digit parser on a virtual "1" so the tail rules stay in one place.
  const probe = `1${text.slice(pos, pos + 60)}`;
  const x = exprAtDigit(probe, 0, info);
  if (!x || 'skip' in x || (!x.hasScale && !x.hasCurrency)) return null;
  return x;
}

function toFigure(text: string, x: Expr, kind: FigureKind): Figure {
  const raw = x.value * 10 ** x.exp;
  // 97.4 × 10^9 is 97400000000.00002 in binary floating point: snap to the written precision.
  const amount = x.exp > 0 ? Math.round(raw * 100) / 100 : Number.isInteger(raw) ? raw : Number(raw.toPrecision(15));
  return {
    surface: text.slice(x.start, x.end),
    start: x.start,
    end: x.end,
    amount,
    currency: x.currency,
    kind: x.perShare ? 'per_share' : kind,
  };
}

function isBare(x: Expr): boolean {
  return !x.hasCurrency && !x.hasScale;
}

function complete(x: Expr): boolean {
  return x.hasCurrency || (x.hasScale && !x.weakScale);
}

export function parseFigures(text: string, options: ParseOptions = {}): Figure[] {
  const info = langInfo(options.lang);
  const out: Candidate[] = [];
  let next = 0;
  for (let p = nextAnchor(text, 0); p >= 0; p = nextAnchor(text, next)) {
    // Past the anchor: one digit, or the "mil"/"bill"/"tril" that was spotted.
    next = isDigit(text.charCodeAt(p)) ? p + 1 : p + 4;
    let a: Expr | null;
    if (isDigit(text.charCodeAt(p))) {
      const r = exprAtDigit(text, p, info);
      if (!r) continue;
      if ('skip' in r) {
        next = Math.max(r.skip, p + 1);
        continue;
      }
      a = r;
    } else {
      a = exprAtScaleWord(text, p, info);
      if (!a) continue;
      const low = writtenLowEnd(text, a);
      if (low) {
        out.push({ x: low, kind: 'range_low', needsContext: !low.hasCurrency });
        next = Math.max(a.end, p + 1);
        out.push({ x: a, kind: 'range_high', needsContext: !a.hasCurrency });
        continue;
      }
    }
    next = Math.max(a.end, p + 1);
    if (isDatedYear(text, a)) continue;
    const pair = partner(text, a, info);
    if (pair && !(isYear(a) && !complete(a))) {
      const { b, range } = pair;
      share(a, b);
      if (complete(a) || complete(b)) {
        out.push({ x: a, kind: range ? 'range_low' : 'total', needsContext: !a.hasCurrency });
        out.push({ x: b, kind: range ? 'range_high' : 'total', needsContext: !b.hasCurrency });
        next = Math.max(b.end, next);
        continue;
      }
    }
    if (a.hasCurrency) out.push({ x: a, kind: 'total', needsContext: false });
    else if (a.hasScale && !a.weakScale) out.push({ x: a, kind: 'total', needsContext: true });
    else if (!a.hasScale && mayFollowOfWhich(text, a.start) && OF_WHICH_LAST.has(wordBefore(text, a.start)) &&
      OF_WHICH_RE.test(text.slice(Math.max(0, a.start - 40), a.start))) {
      inheritFromPrevious(text, a, out);
    }
  }
  return resolve(text, out);
}

/** Characters looked back from a written figure for its written low end. */
const WORD_RANGE_LOOKBACK_CHARS = 40;

/** "two to three billion dollars": the written low end before a written figure. */
function writtenLowEnd(text: string, a: Expr): Expr | null {
  const from = Math.max(0, a.start - WORD_RANGE_LOOKBACK_CHARS);
  const m = WORD_RANGE_RE.exec(text.slice(from, a.start));
  if (!m) return null;
  const word = m[1]!;
  const value = NUMBER_WORDS[word.toLowerCase()];
  // A smaller whole number only ("half a billion" is one figure, not a range).
  if (value === undefined || value < 1 || value >= a.value) return null;
  const start = from + m.index;
  return { ...a, start, end: start + word.length, numStart: start, value, perShare: false };
}

/** "di cui 14": a bare number takes the scale and currency of the figure before it. */
function inheritFromPrevious(text: string, a: Expr, out: Candidate[]): void {
  const prev = out[out.length - 1];
  if (!prev || !prev.x.hasCurrency) return;
  if (sentenceAt(text, a.start).start > prev.x.start) return;
  a.exp = prev.x.exp;
  a.hasScale = prev.x.hasScale;
  a.currency = prev.x.currency;
  a.hasCurrency = true;
  out.push({ x: a, kind: 'total', needsContext: false });
}

/** Look-back for a currency set earlier in the article ("12 mld" after "2,6 mld di euro"). */
const DOCUMENT_CARRY_CHARS = 2000;

/** Sentence-level decisions: carried currency, money context, share prices. */
function resolve(text: string, cands: Candidate[]): Figure[] {
  const figures: Figure[] = [];
  const cache: SentenceCache = { span: { start: 0, end: 0 }, money: null, share: null };
  for (let i = 0; i < cands.length; i++) {
    const cand = cands[i]!;
    const x = cand.x;
    if (x.quantity) continue;
    if (cand.needsContext) {
      const s = sentenceOf(text, x.start, cache);
      const carried = sameSentence(cands, i, s);
      if (carried) x.currency = carried.x.currency;
      else if (!(cache.money ??= MONEY_CONTEXT_RE.test(text.slice(s.start, s.end)))) continue;
      else x.currency = earlierInArticle(cands, i);
    }
    const f = toFigure(text, x, cand.kind);
    if (f.kind === 'total' && x.exp === 0 && f.amount < PER_SHARE_MAX) {
      const s = sentenceOf(text, x.start, cache);
      if ((cache.share ??= SHARE_CONTEXT_RE.test(text.slice(s.start, s.end)))) f.kind = 'per_share';
    }
    figures.push(f);
  }
  return figures;
}

type Span = { start: number; end: number };

/** The current sentence and what its words say, computed at most once per sentence. */
interface SentenceCache {
  span: Span;
  money: boolean | null;
  share: boolean | null;
}

/** Figures cluster in sentences: reuse the last sentence found when the offset falls inside it. */
function sentenceOf(text: string, offset: number, cache: SentenceCache): Span {
  if (offset >= cache.span.start && offset < cache.span.end) return cache.span;
  cache.span = sentenceAt(text, offset);
  cache.money = null;
  cache.share = null;
  return cache.span;
}

/** The nearest figure with its own currency in the same sentence, before or after. */
function sameSentence(cands: Candidate[], i: number, s: { start: number; end: number }): Candidate | undefined {
  for (let k = i - 1; k >= 0 && cands[k]!.x.start >= s.start; k--) {
    if (cands[k]!.x.hasCurrency && !cands[k]!.needsContext) return cands[k];
  }
  for (let k = i + 1; k < cands.length && cands[k]!.x.start < s.end; k++) {
    if (cands[k]!.x.hasCurrency && !cands[k]!.needsContext) return cands[k];
  }
  return undefined;
}

/** The article's currency near a figure: the closest earlier one, else the closest later one. */
function earlierInArticle(cands: Candidate[], i: number): string | null {
  const at = cands[i]!.x.start;
  for (let k = i - 1; k >= 0 && cands[k]!.x.start >= at - DOCUMENT_CARRY_CHARS; k--) {
    if (cands[k]!.x.hasCurrency && cands[k]!.x.currency) return cands[k]!.x.currency;
  }
  for (let k = i + 1; k < cands.length && cands[k]!.x.start <= at + DOCUMENT_CARRY_CHARS; k++) {
    if (cands[k]!.x.hasCurrency && !cands[k]!.needsContext && cands[k]!.x.currency) return cands[k]!.x.currency;
  }
  return null;
}
