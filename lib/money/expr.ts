/** The parts of one money expression, filled in as the parser reads them. */

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
  /** The number read with its one separator as a thousands group ("1,900" -> 1900) when that
   * separator could also be the decimal one; null otherwise. */
  grouped: number | null;
}

/** Result for digits that are not a number we read (a date, a version): skip to `end`. */
export interface Skip {
  skip: number;
}

export function newExpr(start: number, value: number): Expr {
  return {
    start, end: start, value, exp: 0, hasScale: false, weakScale: false, currency: null,
    hasCurrency: false, perShare: false, plain: false, quantity: false, digitsOnly: false,
    numStart: start, grouped: null,
  };
}
