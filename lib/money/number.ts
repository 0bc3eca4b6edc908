/**
 * Reading one written number ("97,4", "1.234.567,89", "5’000’000’000", "1 234,5") at a digit,
 * deciding which separator is the decimal mark from the number's shape first and the page
 * language only when the shape leaves it open ("1.200" with one separator and three digits).
 */

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

/**
 * Scan the digits and separators at `start` (a digit). `spaceGroups` allows plain spaces as
 * thousands separators (French); no-break and narrow spaces are accepted in every language.
 */
export function scanNumber(
  text: string,
  start: number,
  decimal: '.' | ',',
  spaceGroups: boolean,
): ScannedNumber | Rejected {
  const runs: string[] = [];
  const seps: number[] = [];
  let i = digitsEnd(text, start);
  runs.push(text.slice(start, i));
  for (;;) {
    const c = text.charCodeAt(i);
    if (!isDigit(text.charCodeAt(i + 1))) break;
    const isSpace = c === 32 || c === NBSP || c === NNBSP || c === THIN;
    if (isSpace) {
      if (c === 32 && !spaceGroups) break;
      const j = digitsEnd(text, i + 1);
      // A space only groups "1 234 567": three-digit groups after a short leading run.
      if (j - (i + 1) !== 3 || runs[runs.length - 1]!.length > 3) break;
      if (runs.length > 1 && runs[runs.length - 1]!.length !== 3) break;
      seps.push(39); // normalise to an apostrophe: always a group separator
      runs.push(text.slice(i + 1, j));
      i = j;
      continue;
    }
    if (c !== 46 && c !== 44 && c !== 39 && c !== 0x2019) break;
    const j = digitsEnd(text, i + 1);
    seps.push(c === 0x2019 ? 39 : c);
    runs.push(text.slice(i + 1, j));
    i = j;
  }
  const end = i;
  const first = runs[0]!;
  if (seps.length === 0) {
    return { end, value: Number(first), grouped: null, fractionDigits: 0, plain: true };
  }
  // Which separator index (if any) is the decimal mark.
  let decimalAt = -1;
  let grouped: number | null = null;
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
    const count = seps.filter((s) => s === mark).length;
    if (count > 1) {
      if (seps.includes(39)) return { end, rejected: true };
      decimalAt = -1; // "1.234.567": repeated mark groups
    } else if (seps.includes(39)) {
      // "1’234.5", "1 234,5": apostrophes/spaces group, so the lone mark must be the decimal.
      if (lastSep !== mark) return { end, rejected: true };
      decimalAt = last;
    } else {
      const after = runs[1]!;
      const canGroup = after.length === 3 && first.length <= 3 && !(first === '0');
      if (!canGroup) decimalAt = 0;
      else {
        const langDecimal = (mark === 46 ? '.' : ',') === decimal;
        decimalAt = langDecimal ? 0 : -1;
        grouped = Number(first + after);
      }
    }
  }
  // Validate groups: leading run of 1-3 digits, then runs of exactly 3.
  const groupCount = decimalAt === -1 ? seps.length : decimalAt;
  if (groupCount > 0) {
    if (first.length > 3) return { end, rejected: true };
    for (let k = 1; k <= groupCount; k++) if (runs[k]!.length !== 3) return { end, rejected: true };
  }
  const intPart = runs.slice(0, groupCount + 1).join('');
  const frac = decimalAt === -1 ? '' : runs[decimalAt + 1]!;
  const value = Number(frac ? `${intPart}.${frac}` : intPart);
  return { end, value, grouped, fractionDigits: frac.length, plain: false };
}
