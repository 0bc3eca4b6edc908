/**
 * Accent- and case-insensitive terms for search: "Société Générale" and "societe generale" give
 * the same terms. Used for indexing (build time) and querying (run time): both must agree, so it
 * lives in one place.
 */

/** Lower-case, NFD-decompose and drop combining marks; ß → ss, æ → ae, ø → o, ł → l. */
export function foldText(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/ß/g, 'ss')
    .replace(/æ/g, 'ae')
    .replace(/œ/g, 'oe')
    .replace(/ø/g, 'o')
    .replace(/ł/g, 'l');
}

/** MiniSearch processTerm: folded term, or null to drop an empty one. */
export function processTerm(term: string): string | null {
  const folded = foldText(term);
  return folded === '' ? null : folded;
}

/** Split folded text into words (letters and digits), as the tokenizer sees them. */
export function words(text: string): string[] {
  return foldText(text).split(/[^\p{L}\p{N}]+/u).filter((w) => w !== '');
}

/** Folded text with punctuation collapsed to single spaces, for whole-string comparison. */
export function foldPhrase(text: string): string {
  return words(text).join(' ');
}
