/**
 * One money expression around a number: currency before, the number (digits or words), a scale
 * word, "e 86 milioni" compounds, "di"/"de" and a currency after, "per azione". Everything is
 * matched forward from a known position, so the cost is proportional to the expression.
 */
import { currencyAt, currencyBefore } from './currency.ts';
import type { LangInfo } from './locale.ts';
import { isDigit, isGap, scanNumber } from './number.ts';
import { DOTTED, lookupScale, type ScaleEntry } from './scales.ts';
import {
  AND_HALF_RE, COMPOUND_AND_RE, EN_FUNCTION_WORDS, isLetter, isRomance, isUpper, MONEY_NOUN_RE,
  NUMBER_WORDS, PER_SHARE_RE, PERCENT_RE,
} from './words.ts';

export interface Expr {
  start: number;
  end: number;
  /** Number as written, before the scale ("97,4" -> 97.4). */
  value: number;
  /** Scale exponent (9 for miliardi), 0 without a scale word. */
  exp: number;
  hasScale: boolean;
  /** The scale is a single letter ("5m"): money only with a currency attached. */
  weakScale: boolean;
  currency: string | null;
  hasCurrency: boolean;
  perShare: boolean;
  /** Digits only, no separator, no scale, no currency: maybe a year. */
  plain: boolean;
  /** Written as bare digits ("2025"), whatever follows. */
  digitsOnly: boolean;
  /** Where the number itself starts (after any currency prefix). */
  numStart: number;
  /** Followed by a noun that is not money ("15bn microchips", "10 milioni di utenti"). */
  quantity: boolean;
}

/** Result for digits that are not a number we read (a date, a version): skip to `end`. */
export interface Skip {
  skip: number;
}

/**
 * Cheap first-character checks that spare the regular expressions on the common case
 * (a number followed by an ordinary word).
 */
function mayEndCurrency(text: string, p: number): boolean {
  let c = text.charCodeAt(p - 1);
  if (isGap(c)) c = text.charCodeAt(p - 2);
  return c === 36 || c === 0x20ac || c === 0xa3 || c === 0xa5 || c === 0x20b9 || c === 0x20bd ||
    c === 0x20a9 || c === 46 || (c >= 65 && c <= 90) || c === 98 /* Rmb */;
}

function nextNonGap(text: string, i: number): number {
  let c = text.charCodeAt(i);
  while (isGap(c)) c = text.charCodeAt(++i);
  return c;
}

function mayBePercent(text: string, pos: number): boolean {
  const c = nextNonGap(text, pos);
  return c === 37 || c === 0x2030 || (c | 32) === 112 || (c | 32) === 98;
}

function mayBePerShare(text: string, pos: number): boolean {
  const c = nextNonGap(text, pos) | 32;
  return c === 112 || c === 97 || c === 106 || c === 47 || c === 0x2f;
}

function wordEnd(text: string, i: number): number {
  while (i < text.length && isLetter(text.charCodeAt(i))) i++;
  return i;
}

function skipGaps(text: string, i: number): number {
  while (i < text.length && isGap(text.charCodeAt(i))) i++;
  return i;
}

interface ScaleHit {
  entry: ScaleEntry;
  exp: number;
  end: number;
  /** End including an abbreviation dot ("Mrd."), used when a currency follows. */
  dotEnd: number;
}

/** Scale words start with m, b, t or k in any case: other words are not sliced at all. */
function mayStartScale(c: number): boolean {
  const l = c | 32;
  return l === 109 || l === 98 || l === 116 || l === 107;
}

/** A scale word (or stacked "mil millones") starting exactly at `i`. */
export function scaleAt(text: string, i: number, info: LangInfo): ScaleHit | null {
  const e = wordEnd(text, i);
  if (e === i) return null;
  if (!mayStartScale(text.charCodeAt(i))) return null;
  const entry = lookupScale(text.slice(i, e), info.base);
  if (!entry) return null;
  let exp = entry.exp;
  let end = e;
  if (entry.stacks) {
    const j = skipGaps(text, e);
    if (j > e) {
      const k = wordEnd(text, j);
      const next = k > j ? lookupScale(text.slice(j, k), info.base) : null;
      if (next && next.exp > 3) {
        exp += next.exp;
        end = k;
      }
    }
  }
  if (end === e && text.charCodeAt(end) === 46 && DOTTED.has(text.slice(i, e))) {
    return { entry, exp, end: end + 1, dotEnd: end + 1 };
  }
  const dotEnd = text.charCodeAt(end) === 46 && end - i <= 4 ? end + 1 : end;
  return { entry, exp, end, dotEnd };
}

/** After the number and scale: compounds, currency, per share, quantity check. */
function finishTail(text: string, x: Expr, pos: number, info: LangInfo, dotEnd: number): void {
  let end = currencyAfter(text, dotEnd, x, info);
  if (end < 0 && dotEnd !== pos) end = currencyAfter(text, pos, x, info);
  if (end < 0) end = pos;
  PER_SHARE_RE.lastIndex = end;
  const ps = mayBePerShare(text, end) ? PER_SHARE_RE.exec(text) : null;
  if (ps && (x.hasCurrency || x.hasScale)) {
    x.perShare = true;
    end += ps[0].length;
  }
  x.end = end;
  if (!x.hasCurrency && x.hasScale) x.quantity = followedByThing(text, end, info);
}

/**
 * Currency after the number or scale: gap or German hyphen, optional "di"/"de"/"d’", then a
 * symbol, code or word. Sets it on `x` and returns where it ends, or -1.
 */
function currencyAfter(text: string, from: number, x: Expr, info: LangInfo): number {
  let j = skipGaps(text, from);
  if (j === from && text.charCodeAt(j) === 45) j++; // "500-Milliarden-Dollar"
  let c = currencyAt(text, j, info);
  if (!c) {
    const l = linkerEnd(text, j);
    if (l > j) c = currencyAt(text, l, info);
  }
  if (!c) return -1;
  if (x.hasCurrency && c.code !== x.currency) return -1;
  if (c.divisor !== 1) {
    if (x.hasScale || x.hasCurrency) return -1; // "5 million cents" is not how money is written
    x.value /= c.divisor;
  }
  x.currency = c.code;
  x.hasCurrency = true;
  return c.end;
}

/** "di ", "de ", "of ", "d’" before a currency or noun; returns the position after it. */
function linkerEnd(text: string, j: number): number {
  const c0 = text.charCodeAt(j) | 32;
  const c1 = text.charCodeAt(j + 1);
  if (c0 === 100 && (c1 === 39 || c1 === 0x2019)) return j + 2;
  const c1l = c1 | 32;
  const two = (c0 === 100 && (c1l === 105 || c1l === 101)) || (c0 === 111 && c1l === 102);
  if (two && isGap(text.charCodeAt(j + 2))) {
    return skipGaps(text, j + 2);
  }
  return j;
}

/** Is the scaled number followed by a noun that makes it a count of things? */
function followedByThing(text: string, end: number, info: LangInfo): boolean {
  const j = skipGaps(text, end);
  if (j === end && text.charCodeAt(j) !== 45) return false;
  const l = linkerEnd(text, text.charCodeAt(j) === 45 ? j + 1 : j);
  const e = wordEnd(text, l);
  if (e === l) return false;
  const word = text.slice(l, e);
  if (MONEY_NOUN_RE.test(word)) return false;
  if (info.base === 'de') return isUpper(word.charCodeAt(0));
  if (l > j) return true; // "10 milioni di utenti", "billions of users"
  if (isRomance(info.base)) return false;
  return !EN_FUNCTION_WORDS.has(word.toLowerCase()) && !isUpper(word.charCodeAt(0));
}

/** Read "e 86 milioni" / "e mezzo" after a scale, adding to the value. */
function compound(text: string, x: Expr, pos: number, info: LangInfo): number {
  AND_HALF_RE.lastIndex = pos;
  const half = AND_HALF_RE.exec(text);
  if (half) {
    x.value += 0.5;
    return pos + half[0].length;
  }
  COMPOUND_AND_RE.lastIndex = pos;
  const and = COMPOUND_AND_RE.exec(text);
  if (!and) return pos;
  const j = pos + and[0].length;
  if (!isDigit(text.charCodeAt(j))) return pos;
  const n = scanNumber(text, j, info.decimal, info.base === 'fr');
  if ('rejected' in n) return pos;
  const k = skipGaps(text, n.end);
  const s = scaleAt(text, k, info);
  if (!s || s.exp >= x.exp || s.entry.needsCurrency) return pos;
  x.value += n.value * 10 ** (s.exp - x.exp);
  return s.end;
}

function newExpr(start: number, value: number): Expr {
  return {
    start, end: start, value, exp: 0, hasScale: false, weakScale: false, currency: null,
    hasCurrency: false, perShare: false, plain: false, quantity: false, digitsOnly: false,
    numStart: start,
  };
}

/** Parse the expression whose number starts with the digit at `p`. */
export function exprAtDigit(text: string, p: number, info: LangInfo): Expr | Skip | null {
  const prev = p > 0 ? text.charCodeAt(p - 1) : 32;
  const n = scanNumber(text, p, info.decimal, info.base === 'fr');
  if ('rejected' in n) return { skip: n.end };
  // "G7", "A320", "v2": digits glued to letters are names and versions.
  const pre = mayEndCurrency(text, p) ? currencyBefore(text, p, info) : null;
  if (isLetter(prev) && !pre) return { skip: n.end };
  const x = newExpr(p, n.value);
  if (pre) {
    x.start = pre.start;
    x.currency = pre.code;
    x.hasCurrency = true;
  }
  let pos = n.end;
  const c = text.charCodeAt(pos);
  // Followed by ":" or "/" and a digit: a time, a date, a fraction.
  if ((c === 58 || c === 47) && isDigit(text.charCodeAt(pos + 1))) return { skip: pos + 1 };
  if (mayBePercent(text, pos)) {
    PERCENT_RE.lastIndex = pos;
    if (PERCENT_RE.test(text)) return { skip: pos };
  }
  let dotEnd = pos;
  let scale: ScaleHit | null = null;
  if (isLetter(c)) {
    // Glued letters: "44bn", "500mila", "3.78p", "10c"; anything else ("1st", "5G") is not money.
    scale = scaleAt(text, pos, info);
    if (!scale) {
      const e = wordEnd(text, pos);
      const w = text.slice(pos, e);
      if (info.base === 'en' && e === pos + 1 && (w === 'p' || w === 'c')) {
        x.value = n.value / 100;
        x.currency = x.currency ?? (w === 'p' ? 'GBP' : info.dollar);
        x.hasCurrency = true;
        finishTail(text, x, e, info, e);
        return x;
      }
      const cur = currencyAt(text, pos, info);
      if (!cur) return { skip: e };
    }
  } else {
    let j = skipGaps(text, pos);
    if (j === pos && c === 45 && isLetter(text.charCodeAt(pos + 1))) j = pos + 1; // "$350-billion"
    if (j > pos) scale = scaleAt(text, j, info);
  }
  if (scale) {
    x.hasScale = true;
    x.exp = scale.exp;
    if (scale.entry.currency && !x.hasCurrency) {
      x.currency = scale.entry.currency;
      x.hasCurrency = true;
    }
    x.weakScale = !!scale.entry.needsCurrency;
    if (info.base === 'es' && n.grouped !== null && scale.exp === 6) x.value = n.grouped;
    pos = scale.end;
    dotEnd = scale.dotEnd;
    const after = compound(text, x, pos, info);
    if (after !== pos) pos = dotEnd = after;
  }
  x.plain = n.plain && !x.hasScale && !x.hasCurrency;
  x.digitsOnly = n.plain;
  finishTail(text, x, pos, info, dotEnd);
  return x;
}

/** The written-out number ending right before `i` ("due", "half a", "dos mil"), or null. */
function numberWordBefore(
  text: string, i: number, info: LangInfo, englishScale: boolean,
): { start: number; value: number } | null {
  let j = i;
  if (j > 0 && text.charCodeAt(j - 1) === 45) j--; // "demi-milliard"
  else {
    while (j > 0 && isGap(text.charCodeAt(j - 1))) j--;
    if (j === i) return null;
  }
  let s = j;
  while (s > 0 && isLetter(text.charCodeAt(s - 1))) s--;
  if (s === j || isDigit(text.charCodeAt(s - 1))) return null;
  const word = text.slice(s, j).toLowerCase();
  let value = NUMBER_WORDS[word];
  if (word === 'a' && (info.base === 'en' || englishScale)) value = 1;
  if (word === 'mil' && info.base === 'es') value = 1000;
  if (value === undefined) return null;
  // "half a billion", "eine halbe Milliarde", "un demi-milliard", "dos mil", "two hundred".
  const before = numberWordBefore(text, s, info, englishScale);
  if (before) {
    if (word === 'a' && before.value === 0.5) return before;
    if (value === 0.5 && before.value === 1) return { start: before.start, value: 0.5 };
    if ((value === 100 || value === 1000) && before.value > 1 && before.value < 100) {
      return { start: before.start, value: before.value * value };
    }
  }
  return { start: s, value };
}

/** Parse the expression whose scale word starts at `i` with a written-out number before it. */
export function exprAtScaleWord(text: string, i: number, info: LangInfo): Expr | null {
  if (i > 0 && isLetter(text.charCodeAt(i - 1))) return null;
  const scale = scaleAt(text, i, info);
  if (!scale || scale.entry.needsCurrency) return null;
  const word = text.slice(i, scale.end).toLowerCase();
  const english = /^(?:b|m|tr)illions?$/.test(word);
  const num = numberWordBefore(text, i, info, english);
  if (!num) return null;
  // "un miliardi", "a billions": an article before a plural is not a number phrase.
  if (num.value === 1 && !scale.entry.singular) return null;
  const x = newExpr(num.start, num.value);
  const pre = currencyBefore(text, num.start, info);
  if (pre) {
    x.start = pre.start;
    x.currency = pre.code;
    x.hasCurrency = true;
  }
  x.hasScale = true;
  x.exp = scale.exp;
  const after = compound(text, x, scale.end, info);
  finishTail(text, x, after, info, after === scale.end ? scale.dotEnd : after);
  return x;
}
