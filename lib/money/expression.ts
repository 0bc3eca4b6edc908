/**
 * One money expression around a number written in digits: currency before, the number, then
 * what follows it (tail.ts). Written-out numbers ("due miliardi") are in written.ts.
 */
import { currencyAt, currencyBefore } from './currency.ts';
import { type Expr, newExpr, type Skip } from './expr.ts';
import type { LangInfo } from './locale.ts';
import { isDigit, isGap, scanNumber } from './number.ts';
import { compound, finishTail, mayBePercent, type ScaleHit, scaleAt, skipGaps, wordEnd } from './tail.ts';
import { isLetter, NUMBER_WORDS, PERCENT_RE } from './words.ts';

export type { Expr, Skip } from './expr.ts';
export { exprAtScaleWord } from './written.ts';

const CENT_SIGN = 0xa2;

/**
 * Cheap first-character checks that spare the regular expressions on the common case
 * (a number followed by an ordinary word).
 */
function mayEndCurrency(text: string, p: number): boolean {
  let q = p - 1;
  let c = text.charCodeAt(q);
  if (isGap(c)) c = text.charCodeAt(--q);
  return c === 36 || c === 0x20ac || c === 0xa3 || c === 0xa5 || c === 0x20b9 || c === 0x20bd ||
    c === 0x20a9 || c === 46 || (c >= 65 && c <= 90) || c === 98 /* Rmb */ ||
    (c === 115 && (text.charCodeAt(q - 1) === 36 /* Argentina's "u$s" */ || text.charCodeAt(q - 1) === 82 /* India's "Rs" */)) ||
    (c === 114 && (text.charCodeAt(q - 1) === 75 || text.charCodeAt(q - 1) === 70)) /* the FT's "SKr", "NKr", "DKr", "SFr" */ ||
    (c === 47 && text.charCodeAt(q - 1) === 83) /* Peru's "S/" */;
}

/** Parse the expression whose number starts with the digit at `p`. */
export function exprAtDigit(text: string, p: number, info: LangInfo): Expr | Skip | null {
  const prev = p > 0 ? text.charCodeAt(p - 1) : 32;
  const n = scanNumber(text, p, info.decimal, info.spaceGroups);
  if ('rejected' in n) return { skip: n.end };
  // "G7", "A320", "v2": digits glued to letters are names and versions.
  const pre = mayEndCurrency(text, p) ? currencyBefore(text, p, info) : null;
  // "US50¢ a share" (the Australian press's US cents): the country glued before a cent sign.
  const usCents = !pre && text.charCodeAt(n.end) === CENT_SIGN && p >= 2 && text.slice(p - 2, p) === 'US' && !isLetter(text.charCodeAt(p - 3));
  if (isLetter(prev) && !pre && !usCents) return { skip: n.end };
  let pos = n.end;
  // Swiss "Fr. 10.–": a dot and a dash for no cents belong to the whole number.
  if (text.charCodeAt(pos) === 46 && (text.charCodeAt(pos + 1) === 0x2013 || text.charCodeAt(pos + 1) === 45) && !isDigit(text.charCodeAt(pos + 2))) pos += 2;
  const c = text.charCodeAt(pos);
  // Followed by ":" or "/" and a digit: a time, a date, a fraction.
  if ((c === 58 || c === 47) && isDigit(text.charCodeAt(pos + 1))) return { skip: pos + 1 };
  if (mayBePercent(text, pos)) {
    PERCENT_RE.lastIndex = pos;
    if (PERCENT_RE.test(text)) return { skip: pos };
  }
  const x = newExpr(p, n.value);
  if (pre) {
    x.start = pre.start;
    x.currency = pre.code;
    x.hasCurrency = true;
    if (pre.exp) {
      x.hasScale = true;
      x.exp = pre.exp;
    }
  }
  // "68¢", "1.2¢ a share": the cent sign, in the local dollar's cents.
  if (c === CENT_SIGN) {
    x.value = n.value / 100;
    if (usCents) {
      x.start = p - 2;
      x.currency = 'USD';
    }
    x.currency = x.currency ?? info.cent;
    x.hasCurrency = true;
    finishTail(text, x, pos + 1, info, pos + 1);
    return x;
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
        x.currency = x.currency ?? (w === 'p' ? 'GBP' : info.cent);
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
    // "di cui 1,25 mia. dal canone", "17,8 Mia. bleiben": the Swiss abbreviation with its dot is
    // no "mia" (my), so it counts like "Mrd." without a currency beside it.
    x.weakScale = !!scale.entry.needsCurrency && !/^mia\.$/i.test(text.slice(scale.dotEnd - 4, scale.dotEnd));
    if (info.base === 'es' && n.grouped !== null && scale.exp === 6) x.value = n.grouped;
    if (info.base === 'es' && scale.exp > 3 && !x.hasCurrency) {
      // "ganó mil 50 millones" (Mexican press): one thousand of the scale, then its count.
      const mil = bareMilBefore(text, x.start);
      if (mil >= 0) {
        x.value += 1000;
        x.start = mil;
      }
    }
    pos = scale.end;
    dotEnd = scale.dotEnd;
    const after = compound(text, x, pos, info);
    if (after !== pos) pos = dotEnd = after;
  }
  // "Euro 480 Mio.", "Euro 88,40" (Austrian style): the currency word before the number, only with
  // a scale or cents after it, so "Euro 6" (the emissions norm) stays no money.
  if (!x.hasCurrency && (x.hasScale || /^[.,]\d\d(?!\d)/.test(text.slice(n.end - 3, n.end))) && EURO_BEFORE_RE.test(text.slice(Math.max(0, p - 5), p))) {
    x.start = p - 5;
    x.currency = 'EUR';
    x.hasCurrency = true;
  }
  x.plain = n.plain && !x.hasScale && !x.hasCurrency;
  x.digitsOnly = n.plain;
  x.grouped = n.grouped;
  finishTail(text, x, pos, info, dotEnd);
  return x;
}

/** "Euro " ending right before a number, as a word (capitalised or in capitals). */
const EURO_BEFORE_RE = /(?:^|[^\p{L}])(?:Euro|EURO)[ \u00a0]$/u;

/** Start of a bare "mil" right before `start` ("mil 50 millones"), not "dos mil" or "3 mil"; or -1. */
function bareMilBefore(text: string, start: number): number {
  let j = start;
  while (j > 0 && isGap(text.charCodeAt(j - 1))) j--;
  const k = j - 3;
  if (j === start || k < 0 || text.slice(k, j).toLowerCase() !== 'mil' || (k > 0 && isLetter(text.charCodeAt(k - 1)))) return -1;
  let q = k;
  while (q > 0 && isGap(text.charCodeAt(q - 1))) q--;
  if (q > 0 && isDigit(text.charCodeAt(q - 1))) return -1;
  let r = q;
  while (r > 0 && isLetter(text.charCodeAt(r - 1))) r--;
  return NUMBER_WORDS[text.slice(r, q).toLowerCase()] === undefined ? k : -1;
}
