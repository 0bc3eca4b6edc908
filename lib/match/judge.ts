/**
 * The verdict on one (candidate span, alias ref): not a mention (null), a mention that is weak
 * (false: backed by the document), or a mention that is strong evidence itself (true).
 *
 * Order matters: case first (lower case only for distinctive names), then the kinds of alias
 * (ticker, surname), then context that rules a company out (a person's name, a city, an index,
 * a common noun), then evidence for it (a cue, a capital the sentence start does not explain,
 * the entity named plainly elsewhere).
 *
 * judgeRef (at the end) asks the families of rules in that order, each from its own file:
 *   judge-case.ts          the span's case against the alias's (lower case, common words, title-cased acronyms)
 *   judge-other-names.ts   the span read as another name or as a word (a longer name, a legal form, a family…)
 *   judge-tickers.ts       a ticker alias
 *   judge-surnames.ts      a person's surname alone
 *   judge-person-names.ts  a one-word organisation's name read as (part of) a person's name
 *   judge-places.ts        the span read as a place (a town, a site, a row of towns), and the place word lists
 *   judge-evidence.ts      a weak name: the last rules against it, then the evidence for it
 * This file keeps the Judge and DocState, the ref's state the stages share (RefState), and the
 * small reads they all use (the document's evidence, the line's style).
 */
import type { Candidate } from './scan';
import type { MatchIndex } from './load-index';
import type { EntityKind } from '../facts/schema';
import type { PositionSet } from './positions';
import * as f from './flags';
import { aliasShape, type CaseClass } from './case-shape';
import { isUpperStart, lineStartOf, lineStyle, previousWord, type LineStyle } from './context';
import { caseOfRef, lowerCaseDooms, lowerCaseVerdict } from './judge-case';
import { longerNameOpened, otherNameFirst, otherNameOrWord } from './judge-other-names';
import { tickerVerdict } from './judge-tickers';
import { surnameVerdict } from './judge-surnames';
import { personNameOfOrg, placeNamedAfterPerson, spanishSecondSurname } from './judge-person-names';
import { placeOrThing, strongNameVerdict, townAdjective, townRowOrDateline } from './judge-places';
import { weakNameVerdict } from './judge-evidence';

export { capitalsMissing } from './judge-case';

// Local copies: under tsx (CLI, bench) imported bindings are getters, a call per use.
const { F_AFTER_CONTRACTION, F_SURNAME, F_TICKER } = f;
/** Prepositions an article went into: French au/du/aux/des, Italian al/del/dal/nel/sul/allo/dello/alla/della/dalla/nella/sulla, Spanish al/del. */
const CONTRACTIONS: ReadonlySet<string> = new Set(['au', 'du', 'aux', 'des', 'al', 'del', 'dal', 'nel', 'sul', 'allo', 'dello', 'alla', 'della', 'dalla', 'nella', 'sulla']);

export interface DocState {
  /** 1 for the entities named with evidence somewhere in the document (by entity index). */
  strong: Uint8Array;
  /**
   * The name (trie node) by which an entity named with evidence was so named, when always the
   * same one (-1: by several): a rival's name is no evidence for it there ("de Chausson à
   * Challenger", "les résultats de Metro" in a story about Jean Coutu's owner): the first pass
   * gave the word to one of its bearers, which says nothing of which one is meant.
   */
  strongTerm?: Map<number, number>;
  /** People whose full name (not the surname alone) appears, with where it appears. */
  fullName: Map<number, number[]>;
  /** Where those full names start and end: "Generali di Philippe Donnet", "Luca Solca di Bernstein". */
  personStarts?: PositionSet;
  personEnds?: PositionSet;
  /** First names of those people, lower-cased (made on first use). */
  firstNames?: Set<string>;
}

/** "eredi del fondatore, Leonardo" after "Leonardo Maria Del Vecchio": first names the document gives in full names. */
export function firstNamesIn(j: Judge, doc: DocState): Set<string> {
  j.usedDoc = true;
  if (!doc.firstNames) {
    const names = new Set<string>();
    for (const list of doc.fullName.values()) for (const p of list) {
      const m = /^\p{L}+/u.exec(j.text.slice(p, p + 40));
      if (m) names.add(m[0].toLowerCase());
    }
    doc.firstNames = names;
  }
  return doc.firstNames;
}

export interface Judge {
  ix: MatchIndex;
  text: string;
  lang: string | undefined;
  /** Entities blocked (public bodies listed as companies) or corrected at this span. */
  rejected: (entity: number, c: Candidate) => boolean;
  /** The index's alias shapes (case-shape.ts shapeTable: one look-up per scan, not per ref). */
  shapes: Uint8Array;
  /** Each entity's kind (index.kindOf(e), in one array). */
  kinds: readonly EntityKind[];
  /** Starts of all candidates: a known name next to a name is not a first name. */
  starts: PositionSet;
  /** Whether the candidates at a start are only a surname: they may end a name ("Mercedes Ruiz"). */
  surnameOnly: (start: number) => boolean;
  /** Whether the candidates at a start are only doubtful names spelt like a first name ("Andrew"). */
  doubtfulFirstName: (start: number) => boolean;
  /** Whether a name the index holds without doubt (no ambiguity, no context needed) starts there. */
  plainName: (start: number) => boolean;
  /** starts without the surname-only and doubtful first-name ones (nameStarts, made on first use). */
  nameStarts?: Pick<ReadonlySet<number>, 'has'>;
  /** The last line whose style was computed (candidates come in text order). */
  line: LineStyle | null;
  /** Company cue around a candidate, keyed by start (both passes ask the same question). */
  cues: Map<number, boolean>;
  /** Set when a verdict read document evidence (it may change in the second pass). */
  usedDoc: boolean;
  /** Answers about a name in its story, by question, name and block (inStory: another bearer, a family or firm). */
  bearers: Map<string, Map<string, Array<boolean | undefined>>>;
  /** inStory's last question and answer. */
  lastStory?: { question: string; name: string; block: number; found: boolean };
  /** The stretch of text inStory last searched, by block. */
  stretch?: { block: number; text: string };
  /** Per surname, where the story names someone by a first name and it, outside headlines (surnameInProse). */
  proseBearers?: Map<string, number[]>;
  /** The candidate judged last, and whether its surface has no capital (lowerCaseDooms). */
  capsOf?: Candidate;
  noCaps?: boolean;
  /** Per trie node, whether every ref ending there needs capitals (capitalsMissing; kept per index). */
  capitalsOnly?: Uint8Array;
  /** The ref judgeRef is judging, for its stages (one object per Judge, rewritten per call). */
  ref?: RefState;
}

/**
 * The ref judgeRef is judging and what it has read of it so far, for its stages (judge-*.ts): one
 * object per Judge, rewritten by every call, since judgeRef runs for every ref of every candidate.
 */
export interface RefState {
  c: Candidate;
  entity: number;
  aliasText: string;
  /** The alias's shape (case-shape.ts A_* bits). */
  shape: number;
  /**
   * The ref's flags, and what the case stage adds (judge-case.ts caseOfRef): F_AMBIGUOUS |
   * F_NEEDS_CONTEXT for a word common in the page's language, F_AMBIGUOUS for a title-cased acronym.
   */
  flags: number;
  /** Set by the case stage: a title-cased form of an acronym ("Mps"), the span's case class, and the flags that make the name weak (0: strong). */
  titleCased: boolean;
  cls: CaseClass;
  weak: number;
  /** Set by judgeRef past the case stage: the entity's kind, the word before the span and it in lower case. */
  kind: EntityKind;
  before: { word: string; at: number };
  prev: string;
}

/** A stage's answer where it can only reject: null (the ref is no mention) or undefined (ask the next stage). */
export type Rejection = null | undefined;

/** Document evidence reads go through these, so verdicts that never read it can be reused. */
export function strongIn(j: Judge, doc: DocState, entity: number): boolean {
  j.usedDoc = true;
  return doc.strong[entity] === 1;
}

/**
 * A known person's full name on the other side of "di"/"von"/"de": "Generali di Philippe Donnet",
 * "Luca Solca di Bernstein" name the company and the person, not one "Leonardo da Vinci".
 */
export function knownPersonAcrossParticle(j: Judge, doc: DocState, c: Candidate): boolean {
  j.usedDoc = true;
  const m = /^[ \u00a0]+\p{L}+[ \u00a0]+/u.exec(j.text.slice(c.end, c.end + 20));
  if (m && doc.personStarts?.has(c.end + m[0].length)) return true;
  const particle = previousWord(j.text, c.start);
  const before = previousWord(j.text, particle.at);
  return doc.personEnds?.has(before.at + before.word.length) ?? false;
}

export function fullNameIn(j: Judge, doc: DocState, entity: number): boolean {
  j.usedDoc = true;
  return doc.fullName.has(entity);
}

/**
 * An entity tied to this one by a cited fact (its CEO, founder, owner...) is named plainly;
 * `counts` leaves some kin out (resolve.ts: the rival itself, or kin named only at the place judged).
 */
export function relatedStrongIn(j: Judge, doc: DocState, entity: number, counts?: (kin: number) => boolean): boolean {
  const { relatedStart, related } = j.ix;
  const end = relatedStart[entity + 1]!;
  if (relatedStart[entity]! >= end) return false;
  j.usedDoc = true;
  for (let i = relatedStart[entity]!; i < end; i++) if (doc.strong[related[i]!] === 1 && (!counts || counts(related[i]!))) return true;
  return false;
}

/**
 * Starts of known names that are not only a surname: "Esteban" (Israel Esteban's surname) and
 * "Mercedes" (a surname too) may still open another person's name ("Esteban Valenzuela").
 */
export function nameStarts(j: Judge): Pick<ReadonlySet<number>, 'has'> {
  return (j.nameStarts ??= { has: (at) => j.starts.has(at) && !j.surnameOnly(at) && !j.doubtfulFirstName(at) });
}

export function style(j: Judge, pos: number): LineStyle {
  const last = j.line;
  if (last && pos >= last.start && pos <= last.end) return last;
  return (j.line = lineStyle(j.text, lineStartOf(j.text, pos)));
}

export function headline(s: LineStyle): boolean {
  return s.titleCase || s.allCaps;
}

export function nextWordStart(text: string, end: number): number {
  let i = end;
  while (i < text.length && (text.charCodeAt(i) === 0x20 || text.charCodeAt(i) === 0xa0)) i++;
  return i;
}

const isDigitAt = (text: string, i: number) => i >= 0 && i < text.length && text.charCodeAt(i) >= 0x30 && text.charCodeAt(i) <= 0x39;
/** Thousands and decimal separators of the five languages, spaces included ("12 888" in French). */
const NUMBER_SEPARATOR = /[.,'’ \u00a0\u202f]/;

/** "12.888 millones": digits after a digit and a separator belong to the number, not to the name "888". */
export function insideNumber(text: string, start: number, end: number): boolean {
  if (isDigitAt(text, start) && isDigitAt(text, start - 2) && NUMBER_SEPARATOR.test(text.charAt(start - 1))) return true;
  return isDigitAt(text, end - 1) && isDigitAt(text, end + 1) && NUMBER_SEPARATOR.test(text.charAt(end));
}

const NO_WORD = { word: '', at: 0 };

function newRefState(c: Candidate): RefState {
  return { c, entity: 0, aliasText: '', shape: 0, flags: 0, titleCased: false, cls: 'normal', weak: 0, kind: 'company', before: NO_WORD, prev: '' };
}

export function judgeRef(j: Judge, doc: DocState, c: Candidate, alias: number, flagsIn: number, entity: number): boolean | null {
  const { text, ix } = j;
  const shape = aliasShape(ix, alias, j.shapes);
  if (lowerCaseDooms(j, c, flagsIn, shape)) return null;
  const r = (j.ref ??= newRefState(c));
  r.c = c;
  r.entity = entity;
  r.aliasText = ix.alias(alias);
  r.shape = shape;
  r.flags = flagsIn;
  if (j.rejected(entity, c)) return null;
  // A news agency's, a wine's or someone else's double name, whatever the case (judge-other-names.ts).
  if (otherNameFirst(j, r) === null) return null;
  // The span's case against the alias's (judge-case.ts): adds to r.flags, sets r.titleCased, r.cls, r.weak.
  if (caseOfRef(j, r) === null) return null;
  if (longerNameOpened(j, r) === null) return null;
  if (r.cls === 'lower') return lowerCaseVerdict(j, r);
  if (townAdjective(j, r) === null) return null;
  r.kind = j.kinds[entity]!;
  const before = previousWord(text, c.start);
  r.before = before;
  r.prev = before.word.toLowerCase();
  // "a déclaré au Monde", "del Giornale": a newspaper's name whose article went into the
  // preposition counts right after that preposition, and nowhere else.
  // A capitalised word before the preposition makes it part of a longer name ("la Coupe du Monde",
  // "la Copa del Mundo"), not the newspaper.
  if (r.flags & F_AFTER_CONTRACTION) return CONTRACTIONS.has(r.prev) && !isUpperStart(text, previousWord(text, before.at).at) && !headline(style(j, c.start)) ? true : null;
  // Context that makes the span another name, a word, a family (judge-other-names.ts).
  if (otherNameOrWord(j, doc, r) === null) return null;
  // The alias's kind: no rule after these is asked of a ticker or a surname.
  if (r.flags & F_TICKER) return tickerVerdict(j, doc, r);
  if (r.flags & F_SURNAME) return surnameVerdict(j, doc, r);
  // A one-word organisation's name read as a person's (judge-person-names.ts), then as a place or
  // a thing named there (judge-places.ts).
  if (placeNamedAfterPerson(r) === null) return null;
  if (personNameOfOrg(j, doc, r) === null) return null;
  if (placeOrThing(j, r) === null) return null;
  if (spanishSecondSurname(j, r) === null) return null;
  if (!r.weak) return strongNameVerdict(j, r);
  // Weak names only from here (judge-places.ts, then judge-evidence.ts).
  if (townRowOrDateline(j, r) === null) return null;
  return weakNameVerdict(j, doc, r);
}
