/**
 * Case of a surface against its alias, and the alias's own shape (cached per alias): what lower
 * case, ALL CAPS or a title-cased acronym prove about a name.
 */
import type { Candidate } from './scan';
import type { MatchIndex } from './load-index';
import * as fold from './fold';

// Local copies: under tsx (CLI, bench) imported bindings are getters, a call per use.
const charClass = fold.charClass;
const CLS_LOWER = fold.CLS_LOWER;
const CLS_UPPER = fold.CLS_UPPER;

/** lower: "openai"; upper: "OPENAI"; mixed: "banco Santander" for "Banco Santander"; normal. */
export type CaseClass = 'lower' | 'upper' | 'mixed' | 'normal';

/** Whether text[start, end) holds no capital letter (caseClass's 'lower' for an alias with one). */
export function noCapitals(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (charClass(text.charCodeAt(i)) & CLS_UPPER) return false;
  return true;
}

export function caseClass(text: string, c: Candidate, shape: number): CaseClass {
  let upper = 0;
  let lower = 0;
  for (let i = c.start; i < c.end; i++) {
    const k = charClass(text.charCodeAt(i));
    if (k & CLS_UPPER) upper++;
    else if (k & CLS_LOWER) lower++;
  }
  if (upper === 0 && shape & A_HAS_UPPER) return 'lower';
  if (lower === 0 && upper >= 2 && shape & A_HAS_LOWER) return 'upper';
  if (charClass(text.charCodeAt(c.start)) & CLS_LOWER && shape & A_FIRST_UPPER) return 'mixed';
  return 'normal';
}

// Shape of an alias text, computed once per alias and index (regexes are costly per candidate).
export const A_KNOWN = 1;
export const A_HAS_UPPER = 2;
export const A_HAS_LOWER = 4;
export const A_FIRST_UPPER = 8; // first letter upper case
export const A_SINGLE_WORD = 16;
export const A_ONE_LETTER = 32;
export const A_DISTINCTIVE_LOWER = 64;
const shapes = new WeakMap<MatchIndex, Uint8Array>();

/** The index's table of alias shapes (0: not computed yet); callers judging many refs keep it. */
export function shapeTable(ix: MatchIndex): Uint8Array {
  let table = shapes.get(ix);
  if (!table) shapes.set(ix, (table = new Uint8Array(ix.aliasCount)));
  return table;
}

export function aliasShape(ix: MatchIndex, alias: number, table = shapeTable(ix)): number {
  let v = table[alias]!;
  if (v) return v;
  const t = ix.alias(alias);
  v = A_KNOWN;
  if (/\p{Lu}/u.test(t)) v |= A_HAS_UPPER;
  if (/\p{Ll}/u.test(t)) v |= A_HAS_LOWER;
  if (/^\P{L}*\p{Lu}/u.test(t)) v |= A_FIRST_UPPER;
  if (!/\s/.test(t)) v |= A_SINGLE_WORD;
  if (letters(t).length === 1) v |= A_ONE_LETTER;
  if (distinctiveInLowerCase(t)) v |= A_DISTINCTIVE_LOWER;
  table[alias] = v;
  return v;
}

/** Letters and digits of `s` (NFC), the rest dropped. */
export function letters(s: string): string {
  // Most names are ASCII: there NFC changes nothing and the letters and digits are [A-Za-z0-9],
  // so the string is returned as it is when it has nothing else (no normalize, no Unicode regex).
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0x80) return s.normalize('NFC').replace(/[^\p{L}\p{N}]/gu, '');
    if (!isAsciiAlnum(c)) return asciiLetters(s);
  }
  return s;
}

function isAsciiAlnum(c: number): boolean {
  return (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
}

/** letters() of a string that may still hold non-ASCII units after its first non-alphanumeric one. */
function asciiLetters(s: string): string {
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) >= 0x80) return s.normalize('NFC').replace(/[^\p{L}\p{N}]/gu, '');
  return s.replace(/[^A-Za-z0-9]/g, '');
}

const FRENCH_CAPITAL_E = /[ÉÈÊ]/;
const FRENCH_CAPITAL_E_ALL = /[ÉÈÊ]/g;

/**
 * Same letters in the same case ("TIM", tickers); an acronym may also be written "Mps" for "MPS".
 * Takes letters() of the alias and of the surface (the caller needs them again).
 */
export function caseMatches(aliasLetters: string, surfaceLetters: string, titleCaseOk: boolean): boolean {
  const a = aliasLetters;
  const s = surfaceLetters.slice(0, a.length);
  if (a === s) return true;
  // A French capital with or without its accent is the same letter ("Les Échos", "Les Echos": fold.ts).
  if (FRENCH_CAPITAL_E.test(a) || FRENCH_CAPITAL_E.test(s)) return caseMatches(a.replace(FRENCH_CAPITAL_E_ALL, 'E'), s.replace(FRENCH_CAPITAL_E_ALL, 'E'), titleCaseOk);
  // A name that opens with a lower-case particle takes a capital at a sentence start or by the
  // writer's choice: "Van den Brink said", "De Benedetti".
  const first = a.charAt(0);
  if (first !== first.toUpperCase() && s === first.toUpperCase() + a.slice(1)) return true;
  return titleCaseOk && a.length >= 3 && s === a.charAt(0) + a.slice(1).toLowerCase();
}

/**
 * Lower case proves the name only when it is unlike any word: several words ("elon musk") or
 * capitals inside a mixed-case name ("openai" for OpenAI). "generali", "tesla" stay words: the hunspell
 * lists hold stems, not every inflected form, so an unflagged alias may still be a word.
 */
const ELIDED_ARTICLE = /^(?:l|d|dell|all|dall|nell|sull)['’]/iu;
const LEADING_ARTICLES: ReadonlySet<string> = new Set(['the', 'der', 'die', 'das', 'les', 'los', 'las', 'gli']);

function distinctiveInLowerCase(alias: string): boolean {
  // Several words, none of them short ("el mundo" is a phrase, "elon musk" a name); or a
  // mixed-case single word: an all-caps name ("AVEVA") in lower case is a word ("aveva", it had).
  // A name that opens with an article is a phrase in lower case: "the independent board".
  const words = alias.trim().split(/\s+/);
  if (words.length > 1) return !LEADING_ARTICLES.has(words[0]!.toLowerCase()) && words.every((w) => w.replace(/[^\p{L}]/gu, '').length >= 3);
  // An elided article's capital is no inner capital: "L'Avenir" is "l'avenir" (the future).
  const word = alias.trim().replace(ELIDED_ARTICLE, '');
  return /^.\P{Lu}*\p{Lu}/u.test(word) && /\p{Ll}/u.test(word);
}

