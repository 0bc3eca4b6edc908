/**
 * Where the figure parser looks: digits, and the first letters of long scale words (for
 * written-out numbers such as "due miliardi"). A plain char-code loop, close to the cost of
 * reading the text once.
 */
/**
 * Next anchor at or after `i`: a digit, or the start of a long scale word ("miliardi",
 * "Milliarden", "million", "billón", "trilioni"), spotted at its "l" after "mi", "bi", "tri".
 * A plain loop: two comparisons per ordinary character.
 */
export function nextAnchor(text: string, i: number): number {
  const n = text.length;
  for (; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c <= 57) {
      if (c >= 48) return i;
      continue;
    }
    if ((c | 32) !== 108 || i < 2 || (text.charCodeAt(i - 1) | 32) !== 105) continue;
    const b = text.charCodeAt(i - 2) | 32;
    const next = text.charCodeAt(i + 1) | 32;
    if (b === 109 && (next === 105 || next === 108)) return i - 2; // mil[il]
    if (b === 98 && next === 108) return i - 2; // bill
    if (b === 114 && i >= 3 && (text.charCodeAt(i - 3) | 32) === 116) return i - 3; // tril
  }
  return -1;
}
