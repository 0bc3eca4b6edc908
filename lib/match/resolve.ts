/**
 * Passes 2 and 3 of findMentions: decide which candidates are mentions.
 *
 * Each candidate ref (alias of an entity) is judged on its own evidence (case, sentence start,
 * cues, titles, ticker prefixes) and on document evidence (the entity named unambiguously
 * elsewhere; a person's full name seen). Selection is greedy left to right, longest first, so
 * spans never overlap; a blocking phrase (regulator) consumes its span and reports nothing.
 */
import type { Candidate } from './scan';
import type { MatchIndex } from './load-index';
import * as f from './flags';
import * as fold from './fold';
import {
  atSentenceStart, capitalisedWordAfter, hasCompanyCue, isUpperStart, lineStartOf, lineStyle, previousWord, titleBefore,
  tickerContextBefore, type LineStyle,
} from './context';

// Local copies: under tsx (CLI, bench) imported bindings are getters, a call per character.
const charClass = fold.charClass;
const CLS_LOWER = fold.CLS_LOWER;
const CLS_UPPER = fold.CLS_UPPER;
const { F_ACRONYM, F_AMBIGUOUS, F_BLOCK, F_CASE, F_NEEDS_CONTEXT, F_NICKNAME, F_SURNAME, F_TICKER, F_VARIANT } = f;

export interface DocState {
  /** Entities named with evidence somewhere in the document. */
  strong: Set<number>;
  /** People whose full name (not the surname alone) appears. */
  fullName: Set<number>;
}

export interface Judge {
  ix: MatchIndex;
  text: string;
  lang: string | undefined;
  /** Entity indexes that are blocked (regulators reported as companies) or corrected at a span. */
  rejected: (entity: number, c: Candidate) => boolean;
  /** Starts of all candidates: a following known name does not argue for a person's surname. */
  starts: Set<number>;
  /** The last line whose style was computed (candidates come in text order). */
  line: LineStyle | null;
  /** Company cue found around a candidate, keyed by start (both passes ask the same question). */
  cues: Map<number, boolean>;
}

export interface Accepted {
  c: Candidate;
  entity: number;
  alias: number;
  flags: number;
  /** Accepted on its own strength (counts as document evidence). */
  strong: boolean;
}

const MIN_LOWER_CASE_LENGTH = 3;

/** lower: "openai"; upper: "OPENAI"; mixed: "banco Santander" for "Banco Santander" (a common
 * word before the name, not the name); normal: anything else. */
type CaseClass = 'lower' | 'upper' | 'mixed' | 'normal';

function caseClass(text: string, c: Candidate, alias: string): CaseClass {
  let upper = 0;
  let lower = 0;
  for (let i = c.start; i < c.end; i++) {
    const k = charClass(text.charCodeAt(i));
    if (k & CLS_UPPER) upper++;
    else if (k & CLS_LOWER) lower++;
  }
  if (upper === 0 && /\p{Lu}/u.test(alias)) return 'lower';
  if (lower === 0 && upper >= 2 && /\p{Ll}/u.test(alias)) return 'upper';
  if (charClass(text.charCodeAt(c.start)) & CLS_LOWER && /^\P{L}*\p{Lu}/u.test(alias)) return 'mixed';
  return 'normal';
}

/** Same letters in the same case (for case-sensitive aliases such as "TIM" or tickers). */
function exactCase(text: string, c: Candidate, alias: string): boolean {
  const a = alias.normalize('NFC').replace(/[^\p{L}\p{N}]/gu, '');
  const s = text.slice(c.start, c.end).normalize('NFC').replace(/[^\p{L}\p{N}]/gu, '');
  return a === s;
}

function style(j: Judge, pos: number): LineStyle {
  const last = j.line;
  if (last && pos >= last.start && pos <= last.end) return last;
  return (j.line = lineStyle(j.text, lineStartOf(j.text, pos)));
}

function cueNear(j: Judge, c: Candidate): boolean {
  let v = j.cues.get(c.start);
  if (v === undefined) j.cues.set(c.start, (v = hasCompanyCue(j.text, c.start, c.end, j.lang)));
  return v;
}

/**
 * Lower case proves the name only when it is unlike any word: several words ("elon musk") or
 * capitals inside the name ("openai" for OpenAI, "xai"). "generali", "tesla" stay words: the
 * hunspell lists hold stems, not every inflected form, so an unflagged alias may still be a word.
 */
function distinctiveInLowerCase(alias: string): boolean {
  return /\S\s+\S/.test(alias) || /^.\P{Lu}*\p{Lu}/u.test(alias.trim());
}

const GERMAN_ARTICLES = new Set(['der', 'die', 'das', 'des', 'dem', 'den', 'ein', 'eine', 'einer', 'eines', 'einem', 'einen']);
/** Prepositions of place right before a name that is also a city ("en Santander", "à Vinci"). */
const PLACE_PREPOSITIONS: Record<string, ReadonlySet<string>> = {
  es: new Set(['en', 'a', 'desde', 'hacia']),
  fr: new Set(['à']),
  de: new Set(['nach', 'aus']),
  it: new Set(['a']),
  en: new Set([]),
};

/** Verdict for one ref: null (no), or whether it is strong evidence on its own. */
function judgeRef(j: Judge, doc: DocState, c: Candidate, alias: number, flags: number, entity: number): boolean | null {
  const { text, ix } = j;
  const aliasText = ix.aliases[alias]!.text;
  if (j.rejected(entity, c)) return null;
  if (flags & F_CASE && !exactCase(text, c, aliasText)) return null;
  const cls = caseClass(text, c, aliasText);
  if (cls === 'mixed') return null;
  const weak = flags & (F_AMBIGUOUS | F_NEEDS_CONTEXT | F_NICKNAME | F_SURNAME | F_TICKER);
  if (cls === 'lower') {
    // Lower case only for distinctive names ("openai", "elon musk" in a subtitle), never "meta".
    if (weak || flags & (F_ACRONYM | F_CASE) || !distinctiveInLowerCase(aliasText)) return null;
    return c.end - c.start >= MIN_LOWER_CASE_LENGTH ? !(flags & F_VARIANT) : null;
  }
  const kind = ix.entities[entity]!.kind;
  if (flags & F_TICKER) {
    if (!exactCase(text, c, aliasText)) return null;
    if (tickerContextBefore(text, c.start)) return false;
    return doc.strong.has(entity) && !style(j, c.start).allCaps ? false : null;
  }
  if (flags & F_SURNAME) {
    if (kind === 'person' && j.lang !== 'de' && otherFirstNameBefore(j, c)) return null;
    if (doc.fullName.has(entity) || titleBefore(text, c.start)) return false;
    return flags & (F_AMBIGUOUS | F_NEEDS_CONTEXT) ? null : false;
  }
  if (!weak) return !(flags & F_VARIANT);
  // "Leonardo da Vinci", "Leonardo DiCaprio", "Enzo Ferrari": part of a longer (person) name.
  // (Not in headlines, where every word is capitalised.)
  const longerName =
    (capitalisedWordAfter(text, c.end) && !j.starts.has(nextWordStart(text, c.end))) ||
    (j.lang !== 'de' && otherFirstNameBefore(j, c) && !hasCompanyCue(previousWord(text, c.start).word, 0, 0, j.lang));
  if (longerName && !headline(style(j, c.start))) return null;
  if (cueNear(j, c)) return true;
  // Press nicknames and metonyms ("Cupertino") need a cue or the company named plainly.
  if (flags & F_NICKNAME) return doc.strong.has(entity) ? false : null;
  const prev = previousWord(text, c.start).word.toLowerCase();
  if (PLACE_PREPOSITIONS[j.lang ?? '']?.has(prev)) return doc.strong.has(entity) ? false : null;
  // A common word or a name: a capital that the sentence start or a headline does not explain.
  // German capitalises every noun: after an article ("die Meta des Spiels") a capital proves nothing.
  const capital = cls === 'normal' && isUpperStart(text, c.start) && !atSentenceStart(text, c.start) && !(j.lang === 'de' && GERMAN_ARTICLES.has(prev));
  if (capital && !style(j, c.start).titleCase) return true;
  return doc.strong.has(entity) ? false : null;
}

function headline(s: LineStyle): boolean {
  return s.titleCase || s.allCaps;
}

function nextWordStart(text: string, end: number): number {
  let i = end;
  while (i < text.length && (text.charCodeAt(i) === 0x20 || text.charCodeAt(i) === 0xa0)) i++;
  return i;
}

/** "Kimbal Musk" is not Elon Musk: a capitalised word (not a title, not a sentence start) before. */
function otherFirstNameBefore(j: Judge, c: Candidate): boolean {
  const { word, at } = previousWord(j.text, c.start);
  if (!word || !(charClass(word.charCodeAt(0)) & CLS_UPPER) || titleBefore(j.text, c.start)) return false;
  if (atSentenceStart(j.text, at)) return false;
  return !j.starts.has(at); // a known name before ("OpenAI Altman") is not a first name
}

/** Best accepted ref for a candidate, or null. Blocking phrases return a sentinel with entity -1. */
export function judgeCandidate(j: Judge, doc: DocState, c: Candidate): Accepted | null {
  const { ix } = j;
  let best: Accepted | null = null;
  let blocked = false;
  let count = 0;
  for (let r = ix.termStart[c.term]!; r < ix.termStart[c.term + 1]!; r++) {
    const flags = ix.refFlags[r]!;
    const alias = ix.refAlias[r]!;
    if (flags & F_BLOCK) {
      blocked = true;
      continue;
    }
    const entity = ix.aliasEntity[alias]!;
    const verdict = judgeRef(j, doc, c, alias, flags, entity);
    if (verdict === null) continue;
    const cand: Accepted = { c, entity, alias, flags, strong: verdict };
    if (best && best.entity !== entity) {
      count++;
      // Two entities share this name: prefer the one the document backs.
      const bestBacked = doc.strong.has(best.entity) || doc.fullName.has(best.entity);
      const candBacked = doc.strong.has(entity) || doc.fullName.has(entity);
      if (candBacked && !bestBacked) best = cand;
      else if (candBacked === bestBacked && !best.strong && cand.strong) best = cand;
      continue;
    }
    if (!best || (!best.strong && cand.strong)) best = cand;
  }
  // A public body: reported only under its own kind (regulator...), never as a company.
  if (blocked && (!best || ix.entities[best.entity]!.kind === 'company')) return { c, entity: -1, alias: -1, flags: F_BLOCK, strong: false };
  // A surname shared by two people, neither introduced: do not guess.
  if (best && count > 0 && best.flags & F_SURNAME && !doc.fullName.has(best.entity)) return null;
  return best;
}

/** Greedy, longest-first, non-overlapping selection over candidates sorted by start. */
export function select(j: Judge, doc: DocState, cands: readonly Candidate[]): Accepted[] {
  const out: Accepted[] = [];
  let lastEnd = 0;
  let i = 0;
  while (i < cands.length) {
    const start = cands[i]!.start;
    let k = i;
    while (k < cands.length && cands[k]!.start === start) k++;
    if (start >= lastEnd) {
      // Candidates of one start come in growing end order: try the longest first.
      for (let m = k - 1; m >= i; m--) {
        const a = judgeCandidate(j, doc, cands[m]!);
        if (!a) continue;
        lastEnd = cands[m]!.end + (cands[m]!.genitive ? 1 : 0);
        if (a.entity >= 0) out.push(a);
        break;
      }
    }
    i = k;
  }
  return out;
}

/** Document evidence from a first selection. */
export function docStateFrom(ix: MatchIndex, accepted: readonly Accepted[]): DocState {
  const strong = new Set<number>();
  const fullName = new Set<number>();
  for (const a of accepted) {
    if (a.strong) strong.add(a.entity);
    if (ix.entities[a.entity]!.kind === 'person' && !(a.flags & (F_SURNAME | F_TICKER))) fullName.add(a.entity);
  }
  return { strong, fullName };
}
