/** Reading the words before a position: range openers ("tra", "between"), date words, "di cui". */
import { WordTable } from './word-table.ts';
import { isLetter, ARTICLES } from './words.ts';

/** The word that opens a range before `i`, skipping articles ("tra i 66 e i 72"). */
export function openerBefore(text: string, i: number): string {
  let w = wordBefore(text, i);
  if (ARTICLES.has(w)) w = wordBefore(text, wordStartBefore(text, i));
  return w;
}

/** Start of the word right before `i` (after skipping spaces). */
export function wordStartBefore(text: string, i: number): number {
  let j = i;
  while (j > 0 && isSpaceCode(text.charCodeAt(j - 1))) j--;
  while (j > 0 && isLetter(text.charCodeAt(j - 1))) j--;
  return j;
}

/** The word right before `i`, skipping spaces, lower-cased. */
export function wordBefore(text: string, i: number): string {
  let j = i;
  while (j > 0 && isSpaceCode(text.charCodeAt(j - 1))) j--;
  return text.slice(wordStartBefore(text, j), j).toLowerCase();
}

/** Cheap test before slicing the previous word: it ends in a letter one of OF_WHICH_LAST ends in. */
export function mayFollowOfWhich(text: string, i: number): boolean {
  let j = i;
  while (j > 0 && isSpaceCode(text.charCodeAt(j - 1))) j--;
  if (j === i) return false;
  const l = text.charCodeAt(j - 1) | 32;
  // i (cui), h (which), g (including), t (dont, about), n (davon, environ), s, a, d, e (que)
  return l === 105 || l === 104 || l === 103 || l === 116 || l === 110 || l === 115 || l === 97 || l === 100 || l === 101;
}

export function isSpaceCode(c: number): boolean {
  return c === 32 || c === 10 || c === 9 || c === 13 || c === 0xa0 || c === 0x202f || c === 0x2009;
}

/** Is the word right before `i` (skipping spaces, any case) in `table`? No slice is made. */
export function isWordBefore(text: string, i: number, table: WordTable<true>): boolean {
  let j = i;
  while (j > 0 && isSpaceCode(text.charCodeAt(j - 1))) j--;
  let s = j;
  while (s > 0 && isLetter(text.charCodeAt(s - 1))) s--;
  return s < j && table.get(text, s, j) === true;
}

/** A set of lower-case words for isWordBefore. */
export function wordSet(words: Iterable<string>): WordTable<true> {
  return new WordTable([...words].map((w): [string, true] => [w, true]), true);
}
