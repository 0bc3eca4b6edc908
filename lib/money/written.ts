/**
 * Written-out numbers before a scale word: "due miliardi", "half a billion", "eine halbe
 * Milliarde", "dos mil millones", "mille miliardi".
 */
import { currencyBefore } from './currency.ts';
import { type Expr, newExpr } from './expr.ts';
import type { LangInfo } from './locale.ts';
import { isDigit, isGap } from './number.ts';
import { compound, finishTail, scaleAt } from './tail.ts';
import { isLetter, NUMBER_WORDS } from './words.ts';

const FRACTION_OF_RE = /(?<![\p{L}])(a|one|two|three)[ \u00a0]+(quarters?|thirds?)[ \u00a0]+of[ \u00a0]+$/iu;
const FRACTION_COUNT: Record<string, number> = { a: 1, one: 1, two: 2, three: 3 };

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
  if (word === 'a' && (info.base === 'en' || englishScale)) {
    // "a quarter of a billion pounds", "three quarters of a million": a fraction of the scale.
    const m = FRACTION_OF_RE.exec(text.slice(Math.max(0, s - 30), s));
    if (m) return { start: s - m[0].length, value: FRACTION_COUNT[m[1]!.toLowerCase()]! / (m[2]!.toLowerCase().startsWith('q') ? 4 : 3) };
    value = 1;
  }
  if (word === 'mil' && info.base === 'es') value = 1000;
  // "superior al billón de euros", "el millón de euros": a Spanish article before a singular scale is one.
  if (info.base === 'es' && (word === 'el' || word === 'al' || word === 'del')) return { start: i, value: 1 };
  if (value === undefined) return null;
  // "half a billion", "eine halbe Milliarde", "un demi-milliard", "dos mil", "two hundred".
  const before = numberWordBefore(text, s, info, englishScale);
  if (before) {
    if (word === 'a' && before.value === 0.5) return before;
    if (value === 0.5 && before.value === 1) return { start: before.start, value: 0.5 };
    if ((value === 100 || value === 1000) && before.value > 1 && before.value < 100) {
      return { start: before.start, value: before.value * value };
    }
    // "mil quinientos", "dos mil trescientos": thousands and the hundreds after them.
    if (before.value >= 1000 && before.value % 1000 === 0 && value < 1000) return { start: before.start, value: before.value + value };
    // "quatre-vingts": four twenties.
    if (value === 20 && before.value === 4) return { start: before.start, value: 80 };
    // "cent dix", "ciento diez", "vingt-cinq", "soixante-dix", "quatre-vingt-dix": the parts add up.
    const b = before.value;
    const adds = (b >= 100 && b < 1000 && b % 100 === 0 && value >= 1 && value < 100) ||
      (b >= 20 && b < 100 && b % 10 === 0 && value >= 1 && value < 10) ||
      ((b === 60 || b === 80) && value >= 10 && value < 20);
    if (adds) return { start: before.start, value: b + value };
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
