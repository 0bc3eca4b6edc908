/**
 * A price of one written in words: "per un euro simbolico", "al prezzo simbolico di un euro",
 * "for one euro", "for a symbolic one pound", "für einen symbolischen Euro", "pour un euro
 * symbolique", "por un euro simbólico". A number word for one and a currency word are an amount
 * only where the sentence prices something: a "symbolic" word next to them (any currency word),
 * or a price preposition right before them ("per", "for", "pour", "für", "por"; euro only, the
 * currency word parse.ts looks for) and nothing after the currency word that makes it the
 * currency itself: "un euro forte", "per un euro digitale", "one euro coins", "Ein Euro ist die
 * Währung…" are not amounts (FORMS.md, "Not money").
 */
import { currencyAt, type CurrencyMatch } from './currency.ts';
import { type Expr, newExpr } from './expr.ts';
import type { LangInfo } from './locale.ts';
import { isGap } from './number.ts';
import { isLetter, PER_SHARE_RE } from './words.ts';

/** Number words for one that open such a price. */
const ONE_WORDS: ReadonlySet<string> = new Set(
  'un uno una one une ein eine einen einem einer'.split(' '),
);

/** Prepositions that make "un euro" a price: "ceduta per un euro", "sold for one pound". */
const PRICE_PREPOSITIONS: ReadonlySet<string> = new Set('per for pour für por'.split(' '));

/**
 * Words that may follow the currency word of an unmarked price ("per un euro, …", "for one
 * euro to the state"); any other word ("forte", "digitale", "coin", "zone") makes it a noun.
 */
const PRICE_FOLLOWERS: ReadonlySet<string> = new Set(
  ('a al alla ai agli da dal dalla dai e ed o con in nel nella su tra fra che di del della per ' +
    'to from by with and or on at of the its their as plus which ' +
    'à au aux de du des et ou avec en sur par pour ' +
    'an von vom und oder mit im auf zu zum zur den dem der die das ' +
    'y por para').split(' '),
);

/** "simbolico", "symbolic", "symbolique", "symbolischen", "simbólico" and their endings. */
const SYMBOLIC_RE = /(?:simbolic|symbolic|symboliq|symbolisch|simbólic)\p{L}*/iuy;

/** Characters looked at after a "symbolic" word for the price ("simbolico di un euro"). */
const SYMBOLIC_REACH_CHARS = 40;

function letterAt(text: string, i: number): boolean {
  return i >= 0 && i < text.length && isLetter(text.charCodeAt(i));
}

/** Start of the word ending at `end` (exclusive), or `end` when no letter precedes it. */
function wordStartBefore(text: string, end: number): number {
  let s = end;
  while (s > 0 && isLetter(text.charCodeAt(s - 1))) s--;
  return s;
}

function wordEnd(text: string, i: number): number {
  while (i < text.length && isLetter(text.charCodeAt(i))) i++;
  return i;
}

/** Start of the gap run (at least one) ending at `i`, or -1. */
function gapBefore(text: string, i: number): number {
  let j = i;
  while (j > 0 && isGap(text.charCodeAt(j - 1))) j--;
  return j < i ? j : -1;
}

/** End of the gap run (at least one) starting at `i`, or -1. */
function gapAfter(text: string, i: number): number {
  let j = i;
  while (j < text.length && isGap(text.charCodeAt(j))) j++;
  return j > i ? j : -1;
}

/** The number word for one ending at `end` (a whole word), as its start, or -1. */
function oneWordBefore(text: string, end: number): number {
  const s = wordStartBefore(text, end);
  if (s === end || end - s > 5) return -1;
  return ONE_WORDS.has(text.slice(s, end).toLowerCase()) ? s : -1;
}

/** A currency written as a word starting at `i` (not a symbol or a code, not a subunit). */
function currencyWordAt(text: string, i: number, info: LangInfo): CurrencyMatch | null {
  if (!letterAt(text, i) || letterAt(text, i - 1)) return null;
  const c = currencyAt(text, i, info);
  if (!c || c.divisor !== 1 || c.code === null || letterAt(text, c.end)) return null;
  const first = text.charCodeAt(i);
  // ISO codes are capitals ("EUR"): only words, whatever their case ("Euro", "EURO").
  if (c.end - i === 3 && first >= 65 && first <= 90 && text.charCodeAt(i + 1) <= 90) return null;
  return c;
}

/** The price from its number word to its currency word, with "per azione" / "a share" after it. */
function priceExpr(text: string, start: number, cur: CurrencyMatch): Expr {
  const x = newExpr(start, 1);
  x.end = cur.end;
  x.currency = cur.code;
  x.hasCurrency = true;
  PER_SHARE_RE.lastIndex = cur.end;
  if (PER_SHARE_RE.test(text)) {
    x.perShare = true;
    x.end = PER_SHARE_RE.lastIndex;
  }
  return x;
}

/**
 * Does what follows the currency word leave it an amount? Punctuation or the end, a function
 * word, or a symbolic word; not a word that makes it a noun ("euro forte", "euro coin",
 * "euro-zone").
 */
function followerOk(text: string, end: number): boolean {
  let k = end;
  while (k < text.length && isGap(text.charCodeAt(k))) k++;
  const c = text.charCodeAt(k);
  if (c === 45 && letterAt(text, k + 1)) return false;
  if (k === end || !isLetter(c)) return true;
  const e = wordEnd(text, k);
  return PRICE_FOLLOWERS.has(text.slice(k, e).toLowerCase()) || symbolicAt(text, k) >= 0;
}

/** Does a "symbolic" word start at `i`? Returns its end, or -1. */
function symbolicAt(text: string, i: number): number {
  if (letterAt(text, i - 1)) return -1;
  SYMBOLIC_RE.lastIndex = i;
  return SYMBOLIC_RE.test(text) && !letterAt(text, SYMBOLIC_RE.lastIndex) ? SYMBOLIC_RE.lastIndex : -1;
}

/** "un euro" with its number word starting at `i`: number word, gap, currency word. */
function oneCurrencyAt(text: string, i: number, info: LangInfo): Expr | null {
  if (letterAt(text, i - 1)) return null;
  let e = i;
  while (e < text.length && e - i <= 5 && isLetter(text.charCodeAt(e))) e++;
  if (e === i || e - i > 5 || !ONE_WORDS.has(text.slice(i, e).toLowerCase())) return null;
  const g = gapAfter(text, e);
  if (g < 0) return null;
  const cur = currencyWordAt(text, g, info);
  return cur && followerOk(text, cur.end) ? priceExpr(text, i, cur) : null;
}

/**
 * The price around a "symbolic" word whose "mbol" starts at `p`:
 * "un euro simbolico", "einen symbolischen Euro", "al prezzo simbolico di un euro",
 * "for a symbolic one pound". Only at or after `from` (nothing found before may overlap).
 */
export function priceAtSymbolic(text: string, p: number, from: number, info: LangInfo): Expr | null {
  // Every symbolic word has two letters before its "mbol" ("si", "sy"): look there only, so a
  // long run of letters is never read backwards from each anchor in it.
  const ws = p - 2;
  if (ws < 0) return null;
  const we = symbolicAt(text, ws);
  if (we < 0) return null;
  const gb = gapBefore(text, ws);
  if (gb >= 0) {
    // "un euro simbolico": number word, currency word, then the symbolic word.
    const cs = wordStartBefore(text, gb);
    const g2 = cs < gb ? gapBefore(text, cs) : -1;
    const os = g2 >= 0 ? oneWordBefore(text, g2) : -1;
    if (os >= from) {
      const cur = currencyWordAt(text, cs, info);
      if (cur && cur.end === gb) return priceExpr(text, os, cur);
    }
    // "einen symbolischen Euro": the symbolic word between the number and the currency.
    const os2 = oneWordBefore(text, gb);
    const ga = gapAfter(text, we);
    if (os2 >= from && ga >= 0) {
      const cur = currencyWordAt(text, ga, info);
      if (cur && followerOk(text, cur.end)) return priceExpr(text, os2, cur);
    }
  }
  // "simbolico di un euro", "symbolique d’un euro", "symbolic one pound": a few words on.
  // Only words, gaps and elisions in between: a number, a sign or punctuation ends the reach, so
  // a figure after it is never skipped.
  const limit = Math.min(text.length, we + SYMBOLIC_REACH_CHARS);
  for (let i = we; i < limit; i++) {
    const c = text.charCodeAt(i);
    if (!isLetter(c)) {
      if (isGap(c) || c === 39 || c === 0x2019) continue;
      break;
    }
    if (letterAt(text, i - 1)) continue;
    const x = oneCurrencyAt(text, i, info);
    if (x) return x;
  }
  return null;
}

/**
 * The price whose currency word starts at `cs`, without a symbolic word: "per un euro",
 * "for one euro", "für einen Euro" — after a price preposition, and not followed by a word
 * that makes the currency a noun ("per un euro forte", "for one euro coins") — or before a
 * per-share phrase ("un euro per azione").
 */
export function priceAtCurrencyWord(text: string, cs: number, from: number, info: LangInfo): Expr | null {
  // Cheap look first: a gap, and before it the last letter of a number word for one
  // (un, uno, una, one, une, ein, eine, einen, einem, einer).
  let j = cs;
  while (j > 0 && isGap(text.charCodeAt(j - 1))) j--;
  if (j === cs || j === 0) return null;
  const l = text.charCodeAt(j - 1) | 32;
  if (l !== 110 && l !== 111 && l !== 97 && l !== 101 && l !== 114 && l !== 109) return null;
  const cur = currencyWordAt(text, cs, info);
  if (!cur) return null;
  const g = gapBefore(text, cs);
  const os = g >= 0 ? oneWordBefore(text, g) : -1;
  if (os < from) return null;
  // "una cedola di un euro per azione", "one dollar a share": a price per share needs no preposition.
  PER_SHARE_RE.lastIndex = cur.end;
  if (PER_SHARE_RE.test(text)) return priceExpr(text, os, cur);
  const g2 = gapBefore(text, os);
  if (g2 < 0) return null;
  const ps = wordStartBefore(text, g2);
  if (ps === g2 || letterAt(text, ps - 1) || !PRICE_PREPOSITIONS.has(text.slice(ps, g2).toLowerCase())) return null;
  return followerOk(text, cur.end) ? priceExpr(text, os, cur) : null;
}
