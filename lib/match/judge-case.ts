/**
 * judgeRef's case stage (judge.ts): whether the span's capitals fit the alias. A family of its own
 * because these rules read only the span's letters, the alias's shape and the page's language, not
 * the words around the span: a surface without capitals dooms most aliases before any other rule
 * (lowerCaseDooms; capitalsMissing asks it of a whole trie node for resolve.ts); a word common in
 * the page's language or a title-cased acronym ("Mps") makes the ref weaker; a span in lower case
 * is a mention only of a distinctive name.
 */
import type { Candidate } from './scan';
import type { MatchIndex } from './load-index';
import * as f from './flags';
import { LANGUAGE_COMMON_LENGTHS, LANGUAGE_COMMON_WORDS, LANGUAGE_NEVER_NAMES } from './common-words';
import * as shapes from './case-shape';
import { aliasShape, caseClass, caseMatches, letters, noCapitals } from './case-shape';
import { capitalisedWordAfter } from './context';
import { germanAdjectiveBefore, lowerWhereNameIsUpper } from './rules';
import { style, type Judge, type RefState, type Rejection } from './judge';

// Local copies: under tsx (CLI, bench) imported bindings are getters, a call per use.
const { A_DISTINCTIVE_LOWER, A_HAS_UPPER, A_SINGLE_WORD } = shapes;
const { F_ACRONYM, F_AMBIGUOUS, F_BLOCK, F_CASE, F_NEEDS_CONTEXT, F_NICKNAME, F_SURNAME, F_TICKER, F_VARIANT } = f;

const MIN_LOWER_CASE_LENGTH = 3;
/** A capital followed only by lower-case consonants ("Cvc", "Kkr"), as the Italian press writes acronyms. */
const NO_VOWEL_AFTER_CAPITAL_RE = /^\p{Lu}[b-df-hj-np-tv-xz]{2,4}$/u;

/** A capital letter in the line within 80 characters of the span: the line is not set in lower case. */
function capitalNear(text: string, start: number, end: number): boolean {
  const from = Math.max(0, start - 80);
  const to = Math.min(text.length, end + 80);
  const before = text.slice(from, start);
  const after = text.slice(end, to);
  const lineBefore = before.slice(before.lastIndexOf('\n') + 1);
  const nl = after.indexOf('\n');
  return /\p{Lu}/u.test(lineBefore) || /\p{Lu}/u.test(nl < 0 ? after : after.slice(0, nl));
}

/** Flags that make judgeRef's lower-case rule (lowerCaseVerdict below) reject an alias. */
const NOT_IN_LOWER_CASE = F_AMBIGUOUS | F_NEEDS_CONTEXT | F_NICKNAME | F_SURNAME | F_TICKER | F_ACRONYM | F_CASE | F_VARIANT;

/**
 * Whether judgeRef's lower-case rule rejects this alias wherever it is written without capitals:
 * the alias has a capital, and it is weak, generated, an acronym, kept in its case or not
 * distinctive in lower case.
 */
function needsCapitals(flags: number, shape: number): boolean {
  return (shape & A_HAS_UPPER) !== 0 && ((flags & NOT_IN_LOWER_CASE) !== 0 || !(shape & A_DISTINCTIVE_LOWER));
}

/** Whether the candidate's surface holds no capital (asked once per candidate, not per ref). */
function surfaceWithoutCapitals(j: Judge, c: Candidate): boolean {
  if (j.capsOf !== c) {
    j.capsOf = c;
    j.noCaps = noCapitals(j.text, c.start, c.end);
  }
  return j.noCaps!;
}

/**
 * Whether judgeRef's lower-case rule rejects this ref whatever its other rules find (the surface
 * has no capital and the alias needs one). Flags judgeRef adds on the way only make an alias
 * weaker, and every rule before that one only rejects (reading no document evidence), so asking
 * this first changes no verdict. It spares most refs on a long page their other rules: the
 * surnames "Al", "El", "Lo" of dozens of people meet the words "als", "el", "los" there.
 */
export function lowerCaseDooms(j: Judge, c: Candidate, flags: number, shape: number): boolean {
  return needsCapitals(flags, shape) && surfaceWithoutCapitals(j, c);
}

/** Per index and trie node: 1 when no ref ending there blocks and every one needs capitals, 2 otherwise, 0 not asked yet. */
const capitalsOnlyCache = new WeakMap<MatchIndex, Uint8Array>();

function capitalsOnlyTable(ix: MatchIndex): Uint8Array {
  let table = capitalsOnlyCache.get(ix);
  if (!table) capitalsOnlyCache.set(ix, (table = new Uint8Array(ix.termStart.length)));
  return table;
}

function capitalsOnlyTerm(j: Judge, term: number): boolean {
  const { ix } = j;
  for (let r = ix.termStart[term]!; r < ix.termStart[term + 1]!; r++) {
    const flags = ix.refFlags[r]!;
    if (flags & F_BLOCK || !needsCapitals(flags, aliasShape(ix, ix.refAlias[r]!, j.shapes))) return false;
  }
  return true;
}

/**
 * Whether judgeCandidate finds nothing here because every ref's alias needs capitals the surface
 * lacks (lowerCaseDooms for each, and no blocking phrase): "als" holds 29 surnames "Al", each
 * otherwise a ref to loop over, and a long German page says "als" a thousand times. The answer
 * per trie node is kept per index.
 */
export function capitalsMissing(j: Judge, c: Candidate): boolean {
  const table = (j.capitalsOnly ??= capitalsOnlyTable(j.ix));
  let v = table[c.term]!;
  if (v === 0) table[c.term] = v = capitalsOnlyTerm(j, c.term) ? 1 : 2;
  return v === 1 && surfaceWithoutCapitals(j, c);
}

/**
 * The span's case against the alias's. Adds to r.flags what it finds (F_AMBIGUOUS |
 * F_NEEDS_CONTEXT for a word common in the page's language, F_AMBIGUOUS for a title-cased
 * acronym) and sets r.titleCased, r.cls and r.weak for the stages after it.
 */
export function caseOfRef(j: Judge, r: RefState): Rejection {
  const { text } = j;
  const { c, aliasText, shape } = r;
  let flags = r.flags;
  // "Generali e colonnelli" in Italian news, "mit der Generali" (the insurer) in German news; "VAT-free
  // shopping": a word never a name in the page's language is read as the one-word alias, or as the
  // surface for a name met through a shortened form ("VAT" of VAT Group).
  const single = shape & A_SINGLE_WORD;
  if (LANGUAGE_COMMON_LENGTHS.has(single ? aliasText.length : c.end - c.start)) {
    const folded = (single ? aliasText : text.slice(c.start, c.end)).toLowerCase();
    if (j.lang !== undefined && LANGUAGE_NEVER_NAMES.get(folded)?.includes(j.lang)) return null;
    const langs = single ? LANGUAGE_COMMON_WORDS.get(folded) : undefined;
    if (langs && !(flags & F_AMBIGUOUS) && (j.lang === undefined || langs.includes(j.lang))) {
      flags |= F_AMBIGUOUS | F_NEEDS_CONTEXT;
      // "eng im europäischen Verbund eingebunden": the German noun after an adjective, even where
      // the story names the company too ("die Mutter Verbund").
      if (j.lang === 'de' && germanAdjectiveBefore(text, c.start) && !capitalisedWordAfter(text, c.end)) return null;
    }
  }
  let titleCased = false;
  if (flags & F_CASE) {
    const aliasLetters = letters(aliasText);
    const surfaceLetters = letters(text.slice(c.start, c.end));
    // "RIO TINTO WALKS AWAY": a several-word name kept in its exact case ("Rio Tinto", whose words
    // are words elsewhere) is still itself in a heading set in capitals.
    const shouted = !(shape & A_SINGLE_WORD) && surfaceLetters === aliasLetters.toUpperCase() && aliasLetters !== surfaceLetters && style(j, c.start).allCaps;
    // A title-cased form stands for an acronym ("Mps" for "MPS"), never for a several-word name
    // ("Banque nationale" is not "Banque Nationale").
    if (!shouted && !caseMatches(aliasLetters, surfaceLetters, !(flags & (F_TICKER | F_AMBIGUOUS)) && (shape & A_SINGLE_WORD) !== 0)) return null;
    // "Mps" for "MPS": a title-cased acronym may be a first name ("Tim"), so it needs evidence
    // other than its capital (a cue, a list of names, the company named plainly), and never
    // before a surname ("Tim Wright").
    titleCased = !shouted && !surfaceLetters.startsWith(aliasLetters);
  }
  if (titleCased) {
    if (capitalisedWordAfter(text, c.end)) return null;
    // "Big Tech's AI Bill Tops $400 Billion": in a title-cased headline every word has a capital,
    // so a title-cased acronym there is the word ("Tops"), not TOPS.
    if (style(j, c.start).titleCase) return null;
    // "Cvc", "Kkr", "Bpm": with no vowel after its capital the form is no word or first name of any
    // of the five languages, only the Italian press's way of writing the acronym.
    if (!NO_VOWEL_AFTER_CAPITAL_RE.test(text.slice(c.start, c.end))) flags |= F_AMBIGUOUS;
  }
  const cls = caseClass(text, c, shape);
  if (cls === 'mixed') return null;
  if (!(shape & A_SINGLE_WORD) && cls === 'normal' && lowerWhereNameIsUpper(aliasText, text, c.start, c.end)) return null;
  const weak = flags & (F_AMBIGUOUS | F_NEEDS_CONTEXT | F_NICKNAME | F_SURNAME | F_TICKER);
  r.flags = flags;
  r.titleCased = titleCased;
  r.cls = cls;
  r.weak = weak;
  return undefined;
}

/** A span written in lower case (caseClass 'lower'): a mention only of a distinctive name. */
export function lowerCaseVerdict(j: Judge, r: RefState): boolean | null {
  const { text } = j;
  const { c, entity, aliasText, shape, flags, weak } = r;
  // Lower case only for distinctive names ("openai", "elon musk" in a subtitle), never "meta".
  // Generated forms (shortened, inflected) do not inherit the full alias's shape: never lower case.
  if (weak || flags & (F_ACRONYM | F_CASE | F_VARIANT) || !(shape & A_DISTINCTIVE_LOWER)) return null;
  // "l'air liquide" (liquid air) is no Air Liquide: a company name opening with a three-letter
  // word is a phrase in lower case ("sam altman" stays a person).
  const firstGap = aliasText.search(/[ \u00a0]/);
  if (j.kinds[entity] !== 'person' && firstGap >= 0 && firstGap <= 3) return null;
  // "punta sul gioco digitale" is no Gioco Digitale: an organisation's several-word name in lower
  // case counts only in a line written in lower case (a subtitle, a tag line), not in prose
  // whose other names have their capitals.
  if (j.kinds[entity] !== 'person' && firstGap >= 0 && capitalNear(text, c.start, c.end)) return null;
  return c.end - c.start >= MIN_LOWER_CASE_LENGTH ? true : null;
}
