/**
 * Reading one written number ("97,4", "1.234.567,89", "5’000’000’000", "1 234,5") at a digit,
 * deciding which separator is the decimal mark from the number's shape first and the page
 * language only when the shape leaves it open ("1.200" with one separator and three digits).
 */
import type { DecimalMark } from './locale.ts';

const NBSP = 0x00a0;
const NNBSP = 0x202f;
const THIN = 0x2009;

export function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/** Space-like characters that may sit between number, scale and currency. */
export function isGap(c: number): boolean {
  return c === 32 || c === NBSP || c === NNBSP || c === THIN;
}

export interface ScannedNumber {
  end: number;
  /** Value under the reading the page language prefers. */
  value: number;
  /** The thousands reading of a "97,400"-shaped number (one separator, three digits), else null. */
  grouped: number | null;
  /** Decimals as written (for precision-aware comparisons). */
  fractionDigits: number;
  /** True when written with no separator at all (a candidate year, "2025"). */
  plain: boolean;
}

/** Why a digit run is not a number we read: a date, version, list, phone number... */
export interface Rejected {
  end: number;
  rejected: true;
}

function digitsEnd(text: string, i: number): number {
  while (i < text.length && isDigit(text.charCodeAt(i))) i++;
  return i;
}

/** Whether "." (46) or "," (44) is the page's decimal mark. */
const isDecimalMark = (mark: number, decimal: DecimalMark): boolean => decimal === 'both' || (mark === 46 ? '.' : ',') === decimal;

/**
 * Scan the digits and separators at `start` (a digit). `spaceGroups` allows plain spaces as
 * thousands separators (French); no-break and narrow spaces are accepted in every language.
 */
export function scanNumber(
  text: string,
  start: number,
  decimal: DecimalMark,
  spaceGroups: boolean,
): ScannedNumber | Rejected {
  let i = digitsEnd(text, start);
  // Fast path: most numbers in news text are plain digit runs ("2025", "40").
  const after = text.charCodeAt(i);
  const sepLike = after === 46 || after === 44 || after === 39 || after === 0x2019 ||
    after === 32 || after === NBSP || after === NNBSP || after === THIN;
  if (!sepLike || !isDigit(text.charCodeAt(i + 1)) || (after === 32 && !spaceGroups)) {
    return { end: i, value: digitsValue(text, start, i, 0), grouped: null, fractionDigits: 0, plain: true };
  }
  const one = oneSeparator(text, start, i, decimal, spaceGroups);
  if (one) return one;
  // Runs of digits as [start, end) pairs and the separator before each run after the first.
  const runStart: number[] = [start];
  const runEnd: number[] = [i];
  const seps: number[] = [];
  for (;;) {
    const c = text.charCodeAt(i);
    if (!isDigit(text.charCodeAt(i + 1))) break;
    const isSpace = c === 32 || c === NBSP || c === NNBSP || c === THIN;
    if (isSpace) {
      if (c === 32 && !spaceGroups) break;
      const j = digitsEnd(text, i + 1);
      // A space only groups "1 234 567": three-digit groups after a short leading run.
      const lastLen = (runEnd[runStart.length - 1]! - runStart[runStart.length - 1]!);
      if (j - (i + 1) !== 3 || lastLen > 3 || (runStart.length > 1 && lastLen !== 3)) break;
      seps.push(39); // normalise to an apostrophe: always a group separator
      runStart.push(i + 1);
      runEnd.push(j);
      i = j;
      continue;
    }
    if (c !== 46 && c !== 44 && c !== 39 && c !== 0x2019) break;
    const j = digitsEnd(text, i + 1);
    seps.push(c === 0x2019 ? 39 : c);
    runStart.push(i + 1);
    runEnd.push(j);
    i = j;
  }
  const end = i;
  const firstLen = (runEnd[0]! - runStart[0]!);
  if (seps.length === 0) return { end, value: digitsValue(text, start, i, 0), grouped: null, fractionDigits: 0, plain: true };
  // Which separator index (if any) is the decimal mark.
  let decimalAt = -1;
  let ambiguous = false;
  const last = seps.length - 1;
  const lastSep = seps[last]!;
  const hasDot = seps.includes(46);
  const hasComma = seps.includes(44);
  if (hasDot && hasComma) {
    // "1.234.567,89" / "1,234,567.89": the last of the two marks is decimal, once, at the end.
    if (lastSep === 39 || seps.indexOf(lastSep) !== last) return { end, rejected: true };
    decimalAt = last;
  } else if (hasDot || hasComma) {
    const mark = hasDot ? 46 : 44;
    let count = 0;
    for (const sp of seps) if (sp === mark) count++;
    if (count > 1) {
      if (seps.includes(39)) return { end, rejected: true };
      decimalAt = -1; // "1.234.567": repeated mark groups
    } else if (seps.includes(39)) {
      // "1’234.5", "1 234,5": apostrophes/spaces group, so the lone mark must be the decimal.
      if (lastSep !== mark) return { end, rejected: true };
      decimalAt = last;
    } else {
      const leadingZero = firstLen === 1 && text.charCodeAt(start) === 48;
      const canGroup = (runEnd[1]! - runStart[1]!) === 3 && firstLen <= 3 && !leadingZero;
      if (!canGroup) decimalAt = 0;
      else {
        ambiguous = true;
        decimalAt = isDecimalMark(mark, decimal) ? 0 : -1;
      }
    }
  }
  // Validate groups: leading run of 1-3 digits, then runs of exactly 3; or the Indian grouping.
  const groupCount = decimalAt === -1 ? seps.length : decimalAt;
  if (groupCount > 0 && !thousandsGroups(runStart, runEnd, groupCount) && !indianGroups(runStart, runEnd, seps, groupCount)) {
    return { end, rejected: true };
  }
  let whole = 0;
  for (let k = 0; k <= groupCount; k++) whole = digitsValue(text, runStart[k]!, runEnd[k]!, whole);
  const fracLen = decimalAt === -1 ? 0 : (runEnd[decimalAt + 1]! - runStart[decimalAt + 1]!);
  const value = fracLen === 0 ? whole : withFraction(text, whole, runStart[decimalAt + 1]!, runEnd[decimalAt + 1]!);
  const grouped = ambiguous ? digitsValue(text, runStart[1]!, runEnd[1]!, digitsValue(text, start, runEnd[0]!, 0)) : null;
  return { end, value, grouped, fractionDigits: fracLen, plain: false };
}

/** "1.234.567", "1'234": a leading run of 1-3 digits, then runs of exactly 3. */
function thousandsGroups(runStart: readonly number[], runEnd: readonly number[], groupCount: number): boolean {
  if (runEnd[0]! - runStart[0]! > 3) return false;
  for (let k = 1; k <= groupCount; k++) if ((runEnd[k]! - runStart[k]!) !== 3) return false;
  return true;
}

/**
 * "₹1,25,000", "12,34,56,789": the Indian press groups the last three digits, then pairs (lakh,
 * crore), always with commas. Two groups at least, so "1,25" stays a decimal reading.
 */
function indianGroups(runStart: readonly number[], runEnd: readonly number[], seps: readonly number[], groupCount: number): boolean {
  if (groupCount < 2 || runEnd[0]! - runStart[0]! > 2) return false;
  for (let k = 0; k < groupCount; k++) if (seps[k] !== 44) return false;
  for (let k = 1; k < groupCount; k++) if ((runEnd[k]! - runStart[k]!) !== 2) return false;
  return runEnd[groupCount]! - runStart[groupCount]! === 3;
}

/**
 * The common shapes "12,4", "12.500", "1 200", "5’000" (two digit runs, one separator): read
 * without the run arrays, with exactly the general path's answer. Null for anything longer
 * ("1.234.567", "1’234.5"), which the general path reads.
 */
function oneSeparator(
  text: string, start: number, i: number, decimal: DecimalMark, spaceGroups: boolean,
): ScannedNumber | Rejected | null {
  const c = text.charCodeAt(i);
  const j = digitsEnd(text, i + 1);
  // Another separator and digit follow: not this shape.
  const d = text.charCodeAt(j);
  if (isDigit(text.charCodeAt(j + 1)) && (d === 46 || d === 44 || d === 39 || d === 0x2019 ||
    d === NBSP || d === NNBSP || d === THIN || (d === 32 && spaceGroups))) return null;
  const firstLen = i - start;
  const secondLen = j - (i + 1);
  const whole = digitsValue(text, start, i, 0);
  if (c === 32 || c === NBSP || c === NNBSP || c === THIN) {
    // A space groups only "1 234": otherwise the number ends before it.
    if (secondLen !== 3 || firstLen > 3) return { end: i, value: whole, grouped: null, fractionDigits: 0, plain: true };
    return { end: j, value: digitsValue(text, i + 1, j, whole), grouped: null, fractionDigits: 0, plain: false };
  }
  if (c === 39 || c === 0x2019) {
    if (firstLen > 3 || secondLen !== 3) return { end: j, rejected: true };
    return { end: j, value: digitsValue(text, i + 1, j, whole), grouped: null, fractionDigits: 0, plain: false };
  }
  // "." or ",": a decimal mark unless the shape allows thousands and the locale reads it so.
  const leadingZero = firstLen === 1 && text.charCodeAt(start) === 48;
  const canGroup = secondLen === 3 && firstLen <= 3 && !leadingZero;
  if (!canGroup) {
    return { end: j, value: withFraction(text, whole, i + 1, j), grouped: null, fractionDigits: secondLen, plain: false };
  }
  const thousands = digitsValue(text, i + 1, j, whole);
  if (isDecimalMark(c, decimal)) {
    const value = withFraction(text, whole, i + 1, j);
    return { end: j, value, grouped: thousands, fractionDigits: secondLen, plain: false };
  }
  return { end: j, value: thousands, grouped: thousands, fractionDigits: 0, plain: false };
}

const POW10 = [1, 10, 100, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16,
  1e17, 1e18, 1e19, 1e20, 1e21, 1e22];

/**
 * `whole` plus the decimals text[from, to), as Number("whole.decimals") reads it: both parts as
 * one exact integer divided by an exact power of ten is correctly rounded, hence the same double.
 */
function withFraction(text: string, whole: number, from: number, to: number): number {
  const k = to - from;
  if (k < POW10.length) {
    const all = digitsValue(text, from, to, whole);
    if (Number.isSafeInteger(all) && Number.isSafeInteger(whole)) return all / POW10[k]!;
  }
  return Number(`${whole}.${text.slice(from, to)}`);
}

/** Append the digits of text[from, to) to `acc` ("12" then "345" -> 12345). */
function digitsValue(text: string, from: number, to: number, acc: number): number {
  let v = acc;
  for (let k = from; k < to; k++) v = v * 10 + (text.charCodeAt(k) - 48);
  return v;
}
