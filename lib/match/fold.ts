/**
 * Per-UTF-16-unit folding and character classes for the matcher.
 *
 * Folding maps ONE code unit to ONE code unit so that offsets into the original text stay exact:
 * case folding (a French capital É, È, Ê to a plain e), apostrophe variants (’ ʼ ‘ ` ´ → '),
 * space variants (U+00A0, U+202F, thin spaces, tabs, line breaks → ' '), hyphen variants
 * (‐ ‑ ‒ – − → '-'), full-width ASCII → ASCII.
 * Whatever needs more than one unit (a decomposed "e" + U+0301) is handled by the walker.
 *
 * Tables are filled lazily: building all 65,536 entries up front costs milliseconds we do not
 * want in "index ready" time, and a page only ever uses a few hundred distinct characters.
 */

export const CLS_WORD = 1; // letter, digit or combining mark: part of a word
export const CLS_SPACE = 2; // any whitespace (folded to ' ')
export const CLS_IGNORABLE = 4; // soft hyphen, zero-width chars: skipped inside names
export const CLS_MARK = 8; // combining mark (composes with the previous unit)
export const CLS_UPPER = 16;
export const CLS_LOWER = 32;
const CLS_KNOWN = 128;

/** Folded unit and class bits per UTF-16 unit; 0 in CLS means "not computed yet" (see ensureUnit). */
export const FOLD = new Uint16Array(0x10000);
export const CLS = new Uint8Array(0x10000);

const WORD_RE = /[\p{L}\p{N}\p{M}]/u;
const MARK_RE = /\p{M}/u;
const SPACE_RE = /\s/u;
const UPPER_RE = /\p{Lu}|\p{Lt}/u;
const LOWER_RE = /\p{Ll}/u;

const APOSTROPHES = [0x2019, 0x2018, 0x02bc, 0x0060, 0x00b4, 0x2032, 0xff07];
const HYPHENS = [0x2010, 0x2011, 0x2012, 0x2013, 0x2212, 0xfe63, 0xff0d];
const IGNORABLES = [0x00ad, 0x200b, 0x200c, 0x200d, 0x2060, 0xfeff];

/** Fill FOLD[c] and CLS[c]. */
export function ensureUnit(c: number): void {
  let cls = CLS_KNOWN;
  let f = c;
  // Surrogates are not words: an emoji next to a name must not hide it (astral letters are rare in news).
  if (c >= 0xd800 && c <= 0xdfff) {
    FOLD[c] = c;
    CLS[c] = cls;
    return;
  }
  const s = String.fromCharCode(c);
  if (APOSTROPHES.includes(c)) f = 0x27;
  else if (HYPHENS.includes(c)) f = 0x2d;
  else if (IGNORABLES.includes(c)) cls |= CLS_IGNORABLE;
  else if (SPACE_RE.test(s)) {
    f = 0x20;
    cls |= CLS_SPACE;
  } else {
    if (c >= 0xff01 && c <= 0xff5e) f = c - 0xfee0; // full-width ASCII (NFKC)
    const fs = String.fromCharCode(f);
    const lower = fs.toLowerCase();
    if (lower.length === 1) f = lower.charCodeAt(0);
    else if (c === 0x130) f = 0x69; // İ → i (toLowerCase gives two units)
    // French capitals often go without their accent ("Les Echos", "l'Echiquier", "Electricité"),
    // and the data writes either: a capital É, È or Ê folds to a plain "e" (lower-case é stays é).
    if (c === 0xc9 || c === 0xc8 || c === 0xca) f = 0x65;
    const fch = String.fromCharCode(f);
    if (WORD_RE.test(fch) || WORD_RE.test(s)) cls |= CLS_WORD;
    if (MARK_RE.test(s)) cls |= CLS_MARK;
    if (UPPER_RE.test(s)) cls |= CLS_UPPER;
    else if (LOWER_RE.test(s)) cls |= CLS_LOWER;
  }
  FOLD[c] = f;
  CLS[c] = cls;
}

// Latin, Latin-1 and Latin Extended-A/B are hot: fill them eagerly (≈ 0.3 ms).
for (let c = 0; c < 0x250; c++) ensureUnit(c);

/** Character class bits of one UTF-16 unit. */
export function charClass(c: number): number {
  const k = CLS[c]!;
  if (k !== 0) return k;
  ensureUnit(c);
  return CLS[c]!;
}

/** Folded unit (case, apostrophe, space, hyphen variants). */
export function foldUnit(c: number): number {
  if (CLS[c] === 0) ensureUnit(c);
  return FOLD[c]!;
}

/** Is this unit part of a word (letters and digits in any script, combining marks)? */
export function isWordUnit(c: number): boolean {
  return (charClass(c) & CLS_WORD) !== 0;
}

/**
 * Fold a whole string the way the walker folds text: NFC, per-unit fold, ignorables dropped,
 * whitespace runs collapsed to one space, trimmed. Used for aliases at compile time and for
 * comparing surfaces (corrections).
 */
export function foldString(s: string): string {
  const n = s.normalize('NFC');
  let out = '';
  let space = false;
  for (let i = 0; i < n.length; i++) {
    const c = n.charCodeAt(i);
    const k = charClass(c);
    if (k & CLS_IGNORABLE) continue;
    if (k & CLS_SPACE) {
      space = out.length > 0;
      continue;
    }
    if (space) out += ' ';
    space = false;
    out += String.fromCharCode(foldUnit(c));
  }
  return out;
}

/** Remove accents (for accent-free alias variants): "Société Générale" → "Societe Generale". */
export function stripAccents(s: string): string {
  return s.normalize('NFD').replace(/\p{M}+/gu, '').normalize('NFC');
}
