/**
 * Contract of the figure parser (pure: no DOM, no `browser`).
 * parseFigures(text, { lang }) ──▶ Figure[]
 */

export type FigureKind = 'total' | 'per_share' | 'range_low' | 'range_high';

/** A money figure found in text. Offsets are UTF-16 code units into the given text. */
export interface Figure {
  /** Exactly text.slice(start, end): number, scale and currency words as written. */
  surface: string;
  start: number;
  end: number;
  /** Plain number in units of the currency (97,4 miliardi -> 97400000000). */
  amount: number;
  /** ISO 4217, or null when the text gives none and none can be inferred. */
  currency: string | null;
  kind: FigureKind;
}

export interface ParseOptions {
  /** BCP 47 language of the page (it, en, fr, de, es, or a regional tag such as es-MX, de-CH). */
  lang?: string;
}
