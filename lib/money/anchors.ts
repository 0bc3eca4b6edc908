/**
 * Where the figure parser looks: digits, the first letters of long scale words (for
 * written-out numbers such as "due miliardi", "MILIARDI", "billón", "trilioni"), and "mbol" of
 * "simbolico"/"symbolic"/"symbolique"/"symbolisch"/"simbólico" (a price in words, symbolic.ts).
 * A native regular expression over a character class and a few literals: measured faster than
 * a char-code loop in JavaScript (about 0.7× the floor). Adding "mb[oó]l" costs nothing
 * measurable ("m" is already a first letter); a word with a frequent first letter ("euro")
 * would double the scan, so the price in words has its own scan below.
 */
const ANCHOR_RE = /[0-9]|[Mm]il[il]|MIL[IL]|[Bb]ill|BILL|[Tt]ril|TRIL|mb[oó]l/g;

/**
 * The currency word of an unmarked price in words ("per un euro", "for one euro", "für einen
 * Euro"), found by its "uro": a single literal, which String.prototype.indexOf skips through
 * (about 0.2× the floor; a regular expression "[Ee]uro|[Pp]ound|[Dd]ollar" costs 0.3×, and other
 * currencies need a "symbolic" word). A separate scan, read ahead lazily by parse.ts.
 */
export function nextPriceWord(text: string, i: number): number {
  // The "uro" at or after i + 1, as the start of its "euro" (checked by symbolic.ts), or -1.
  const k = text.indexOf('uro', i + 1);
  return k < 0 ? -1 : k - 1;
}

/** Is the anchor at `p` the "mbol" of a symbolic word? */
export function isSymbolicAnchor(text: string, p: number): boolean {
  return text.charCodeAt(p) === 109 && text.charCodeAt(p + 1) === 98;
}

/** Index of the next anchor at or after `i`, or -1. */
export function nextAnchor(text: string, i: number): number {
  ANCHOR_RE.lastIndex = i;
  // test() builds no match array: the anchor is one digit or four letters ending at lastIndex.
  if (!ANCHOR_RE.test(text)) return -1;
  const end = ANCHOR_RE.lastIndex;
  const c = text.charCodeAt(end - 1);
  return c >= 48 && c <= 57 ? end - 1 : end - 4;
}
