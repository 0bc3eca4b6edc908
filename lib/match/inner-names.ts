/**
 * Where a known name is part of another name the index lacks: an acronym its own words spell in
 * the brackets after them, a name a plus sign goes on.
 */
import type { PositionSet } from './positions';

/**
 * "l'Instituto de Salud Pública (ISP)": an acronym in brackets that the capitalised words before
 * it spell is theirs, not a company's ("ISP" is no Intesa Sanpaolo there), unless those words
 * are a name the index knows ("Banco Bilbao Vizcaya Argentaria (BBVA)").
 */
export function acronymOfWordsBefore(text: string, start: number, end: number, known: PositionSet): boolean {
  if (text.charCodeAt(start - 1) !== 40 || text.charCodeAt(end) !== 41) return false;
  const acronym = text.slice(start, end);
  if (!/^\p{Lu}{2,6}$/u.test(acronym)) return false;
  const words = [...text.slice(Math.max(0, start - 90), start - 1).matchAll(/(?<![\p{L}\p{N}])\p{Lu}[\p{L}'’-]*/gu)];
  if (words.length < acronym.length) return false;
  const spelled = words.slice(-acronym.length);
  if (spelled.map((w) => w[0].charAt(0)).join('') !== acronym) return false;
  const phraseStart = Math.max(0, start - 90) + spelled[0]!.index;
  return !known.has(phraseStart);
}

/** "DAB+", "Disney+": a plus sign right after the name makes another name of it. */
export function plusAfter(text: string, end: number): boolean {
  return text.charCodeAt(end) === 43 && !/[\p{L}\p{N}]/u.test(text.charAt(end + 1));
}
