/**
 * The verdict on one (candidate span, alias ref): not a mention (null), a mention that is weak
 * (false: backed by the document), or a mention that is strong evidence itself (true).
 *
 * Order matters: case first (lower case only for distinctive names), then the kinds of alias
 * (ticker, surname), then context that rules a company out (a person's name, a city, an index,
 * a common noun), then evidence for it (a cue, a capital the sentence start does not explain,
 * the entity named plainly elsewhere).
 */
import type { Candidate } from './scan';
import type { MatchIndex } from './load-index';
import type { EntityKind } from '../facts/schema';
import type { PositionSet } from './positions';
import { acronymOfWordsBefore, plusAfter } from './inner-names';
import { datelineAt, inTownList } from './place-lists';
import * as f from './flags';
import { LANGUAGE_COMMON_LENGTHS, LANGUAGE_COMMON_WORDS, LANGUAGE_NEVER_NAMES, NEVER_ALIASES } from './common-words';
import { HONORIFICS, PERSON_TITLES } from './cues';
import { charClass, CLS_WORD } from './fold';
import * as shapes from './case-shape';
import { aliasShape, caseClass, caseMatches, letters, noCapitals, type CaseClass } from './case-shape';
import {
  atSentenceStart, capitalisedWordAfter, hasCompanyCue, isUpperStart, lineStartOf, lineStyle, previousWord, titleBefore,
  tickerContextBefore, type LineStyle,
} from './context';
import {
  arenaAfter, capitalisedPairAfter, streamAfter, regionPairAfter, currencyCodeAt, capitalBeforeLetter, cityBefore, wordInPhrase, placeBefore, placeNounAfter, suspendedHyphenAfter, elidedWord, lowerWhereNameIsUpper, reportedBy, exchangeLabel, familyContext, listedWith, firstNameBefore, germanAdjectiveBefore, germanCompoundHead, indefiniteBefore, indexContext,
  particleNameAfter, venueContext, particleNameBefore, theCommonNoun, ORG_NOUNS, orgNounBefore, englishPossessiveBefore, theOpensOtherName, otherNameOfAfter, longerCompanyAfter,
} from './rules';

// Local copies: under tsx (CLI, bench) imported bindings are getters, a call per use.
const { A_DISTINCTIVE_LOWER, A_HAS_UPPER, A_ONE_LETTER, A_SINGLE_WORD } = shapes;
const { F_ACRONYM, F_AMBIGUOUS, F_BLOCK, F_CASE, F_DOCUMENT_ONLY, F_NEEDS_CONTEXT, F_NICKNAME, F_OWNER_CONTEXT, F_PLACE, F_SURNAME, F_TICKER, F_VARIANT } = f;

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
function firstNamesIn(j: Judge, doc: DocState): Set<string> {
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
}

/** Document evidence reads go through these, so verdicts that never read it can be reused. */
export function strongIn(j: Judge, doc: DocState, entity: number): boolean {
  j.usedDoc = true;
  return doc.strong[entity] === 1;
}

/**
 * A known person's full name on the other side of "di"/"von"/"de": "Generali di Philippe Donnet",
 * "Luca Solca di Bernstein" name the company and the person, not one "Leonardo da Vinci".
 */
function knownPersonAcrossParticle(j: Judge, doc: DocState, c: Candidate): boolean {
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

const MIN_LOWER_CASE_LENGTH = 3;
/**
 * A definite article (or article + preposition) before a surname that is also a common word
 * makes the common noun: "il Papa riceveva in Vaticano" is the Pope, even in an article about
 * the banker Gianni Franco Papa. The press writes a man's surname alone without an article.
 */
const DEFINITE_ARTICLES: Record<string, ReadonlySet<string>> = {
  it: new Set(['il', 'lo', 'la', 'i', 'gli', 'le', 'del', 'dello', 'della', 'dal', 'dalla', 'al', 'alla', 'nel', 'nella', 'sul', 'sulla', 'col']),
  fr: new Set(['le', 'la', 'les', 'du', 'des', 'au', 'aux']),
  es: new Set(['el', 'la', 'los', 'las', 'del', 'al']),
  en: new Set(['the']),
  de: new Set(['der', 'die', 'das', 'des', 'dem', 'den', 'vom', 'zum', 'zur', 'im', 'am', 'beim']),
};
/** A plural article before a surname names the family: "la scarpa dei Della Valle", "los Del Pino". */
const FAMILY_PLURAL: Record<string, ReadonlySet<string>> = {
  it: new Set(['i', 'gli', 'dei', 'degli', 'ai', 'agli', 'dai', 'dagli', 'coi']),
  es: new Set(['los']),
  fr: new Set(['les']),
};
const isLetterAt = (text: string, i: number): boolean => /\p{L}/u.test(text.charAt(i));
/** A hyphen inside text[start, end): asked for every person ref, so no slice is made. */
function hyphenIn(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (text.charCodeAt(i) === 45) return true;
  return false;
}

/** A capitalised known name (a candidate start) ends one space before this candidate. */
function continuesKnownName(j: Judge, c: Candidate): boolean {
  const { text } = j;
  const sp = text.charCodeAt(c.start - 1);
  if (sp !== 0x20 && sp !== 0xa0) return false;
  const { word, at } = previousWord(text, c.start);
  if (at + word.length !== c.start - 1 || !isUpperStart(text, at)) return false;
  return j.starts.has(at) && !ORG_NOUNS.has(word.toLowerCase());
}
/**
 * "Durable Capital Partners", "the Irish Farmers' Association", "Blue Star Power Systems": a weak
 * name right after a capitalised word the index does not know, mid-sentence, ends the name of
 * something the data lacks. Not in German, whose nouns all take a capital.
 */
function continuesUnknownName(j: Judge, c: Candidate): boolean {
  const { text } = j;
  if (j.lang === 'de') return false;
  // "Foxhaven Healthcare Capital Partners": capitalised words the index knows ("Capital") inside
  // the run before the name do not stop the look back to the unknown word that opens it.
  for (let from = c.start, words = 0; words < 4; words++) {
    const sp = text.charCodeAt(from - 1);
    if (sp !== 0x20 && sp !== 0xa0) return false;
    let i = from - 2;
    // "Farmers' Association": a possessive apostrophe closes the word before.
    if (text.charCodeAt(i) === 0x27 || text.charCodeAt(i) === 0x2019) i--;
    const end = i + 1;
    while (i >= 0 && charClass(text.charCodeAt(i)) & CLS_WORD) i--;
    const at = i + 1;
    if (at >= end || !isUpperStart(text, at) || atSentenceStart(text, at)) return false;
    const word = text.slice(at, end).toLowerCase();
    if (ORG_NOUNS.has(word) || PERSON_TITLES.includes(word)) return false;
    if (!j.starts.has(at)) return !headline(style(j, c.start));
    from = at;
  }
  return false;
}
/**
 * Where the capitalised word a hyphen glues right before `start` begins ("Merceron-" of
 * "Merceron-Vicat", "Mid-" of "Mid-West"), or -1.
 */
function capitalisedHyphenHead(text: string, start: number): number {
  if (start < 2 || text.charCodeAt(start - 1) !== 45 || !(charClass(text.charCodeAt(start - 2)) & CLS_WORD)) return -1;
  let i = start - 2;
  while (i > 0 && charClass(text.charCodeAt(i - 1)) & CLS_WORD) i--;
  return isUpperStart(text, i) ? i : -1;
}
/** "the Mid-West", "Baden-Baden": a name glued by a hyphen to a capitalised word no known name opens. Not in German. */
function hyphenCompoundTail(j: Judge, c: Candidate): boolean {
  if (j.lang === 'de') return false;
  const head = capitalisedHyphenHead(j.text, c.start);
  return head >= 0 && !j.starts.has(head);
}
/** "la famille Merceron-Vicat": the second half of a family's double name, not the company. */
function familyDoubleName(text: string, c: Candidate): boolean {
  const head = capitalisedHyphenHead(text, c.start);
  return head >= 0 && familyContext(text, head, c.end, previousWord(text, head).word.toLowerCase());
}
/** A credit rating's grade (Moody's "B3", "Baa1", "A2"; S&P's "BBB"). */
const CREDIT_GRADE_RE = /^(?:Aaa|Aa[1-3]|A[1-3]|Baa[1-3]|Ba[1-3]|B[1-3]|Caa[1-3]|Ca|AAA|AA[+-]?|A[+-]|BBB[+-]?|BB[+-]?|B[+-]|CCC[+-]?)$/;
/** "ha confermato il rating B3", "rated Baa1 by Moody's", "la note BBB": the grade, not the Brazilian exchange B3. */
const RATING_BEFORE_RE = /(?:rating|ratings|rated|notation|note|calificación|calificacion|bonität|bonitätsnote)[ \u00a0]+(?:(?:di|de|of|a|à|von|des|del|la|le|il|su|en|auf)[ \u00a0]+)?$/iu;
function creditGrade(text: string, c: Candidate): boolean {
  return CREDIT_GRADE_RE.test(text.slice(c.start, c.end)) && RATING_BEFORE_RE.test(text.slice(Math.max(0, c.start - 30), c.start));
}

/** "Évian-les-Bains", "Boulogne-sur-Mer", "Stratford-upon-Avon": the first part of a town's hyphenated name. */
const TOWN_COMPOUND_AFTER_RE = /^[-‐‑](?:les|lès|sur|sous|en|de|du|des|la|le|aux|upon|on)[-‐‑]\p{L}/u;
/** "National Geographic Endeavour II": a name that a capitalised word and a Roman numeral go on from names a ship or a product. */
const VESSEL_AFTER_RE = /^[ \u00a0]+\p{Lu}\p{Ll}+[ \u00a0]+(?:II|III|IV|V|VI|VII|VIII)(?![\p{L}\p{N}])/u;
/** A wine label's noun right before a person's name. */
const WINE_LABEL_BEFORE_RE = /(?:^|[^\p{L}])(?:riserva|cuvée|cuvee|etichetta)[ \u00a0]+$/iu;

/** German articles of the genitive: "des Handelsblatts", "eines Konzerns". */
const GENITIVE_ARTICLES: ReadonlySet<string> = new Set(['des', 'eines', 'dieses', 'jenes']);
const DOUBLE_BARRELLED_AFTER_RE = /^[-‐‑]\p{Lu}\p{Ll}/u;
/** "founded … by (the Galician)", "fondata … da", "fondée … par", "fundada … por", "gegründet … von", right before a name. */
const FOUNDED_BY_BEFORE_RE = /(?<![\p{L}])(?:fundad[ao]s?|founded|fond[ée]e?s?|fondat[ao]|gegründet)(?![\p{L}])[^.;!?]{0,60}?[ \u00a0](?:por|by|par|da|von)(?:[ \u00a0]+(?:el|la|le|the|il|lo|der|dem|den))?(?:[ \u00a0]+\p{Ll}+){0,2}[ \u00a0]+$/u;
/**
 * Whether a wine-label word ends right before `start`. Every label word ends in "a" or "e"/"é":
 * that one-character test comes first, since the RegExp ran for every person's candidate (4 % of
 * the matcher's time on the bench text).
 */
function afterWineLabel(text: string, start: number): boolean {
  let i = start - 1;
  while (i >= 0 && (text.charCodeAt(i) === 0x20 || text.charCodeAt(i) === 0xa0)) i--;
  if (i === start - 1 || i < 0) return false;
  const last = text.charCodeAt(i) | 0x20;
  if (last !== 0x61 && last !== 0x65 && last !== 0xe9) return false;
  return WINE_LABEL_BEFORE_RE.test(text.slice(Math.max(0, start - 12), start));
}
/** "la agencia", "según", "France-Presse" right before "AFP". */
const NEWS_AGENCY_BEFORE_RE = /(?:agencia|agencias|según|France[- ]Presse|informó|citada por|citado por)[^.;]{0,8}$/iu;
const GERMAN_ARTICLES = new Set(['der', 'die', 'das', 'des', 'dem', 'den', 'im', 'am', 'zum', 'zur', 'vom', 'beim', 'ins']);
/**
 * Prepositions of place right before a name that is also a city. "en Santander", "nach
 * Sabadell" say place whatever else the document says; "a"/"à" also mean "to" ("ha venduto a
 * Meta"), so after them the company needs a cue or a plain mention elsewhere.
 */
const PLACE_ONLY: Record<string, ReadonlySet<string>> = {
  es: new Set(['en', 'desde', 'hacia']),
  de: new Set(['nach', 'aus']),
};
/** Before a surname that is also a town's name: "a partire da Palermo", "en Sevilla", "in Parma". */
const TOWN_PREPOSITIONS: Record<string, ReadonlySet<string>> = {
  it: new Set(['a', 'da', 'in', 'con']),
  es: new Set(['en', 'a', 'de', 'desde', 'hacia']),
  fr: new Set(['à', 'en', 'de']),
  de: new Set(['in', 'nach', 'aus']),
  en: new Set(['in', 'to', 'from', 'off']),
};
const CONJUNCTIONS: ReadonlySet<string> = new Set(['e', 'ed', 'y', 'et', 'und', 'and']);
const TOWN_NOUN_AFTER_RE = /^[ \u00a0]+(?:capital|capitale|città|ciudad|ville|Stadt|city)(?![\p{L}])/u;

/**
 * "en Asturias y Santander", "a Torino e Parma": a name that ends a list of places after a
 * preposition of place is a place too. Not when the list's first word is itself a name the index
 * knows ("a rival to Microsoft and Amazon").
 */
function placeListBefore(j: Judge, start: number, prev: string, end = 0): boolean {
  // "en Asturias, Galicia y Castilla": a comma after the place before, as well as a conjunction,
  // when the list goes on after the name ("In Spagna, Santander ha chiuso" is no list).
  const comma = !CONJUNCTIONS.has(prev) && end > 0 && LIST_GOES_ON_RE.test(j.text.slice(end, end + 8)) && commaBefore(j.text, start);
  if (!CONJUNCTIONS.has(prev) && !comma) return false;
  let place = previousWord(j.text, comma ? comma : previousWord(j.text, start).at);
  if (!/^\p{Lu}/u.test(place.word) || j.starts.has(place.at)) return false;
  // "tra Milano, Roma e Napoli": more places before, each after a comma.
  for (let k = 0, c = commaBefore(j.text, place.at); k < 3 && c > 0; k++, c = commaBefore(j.text, place.at)) {
    const before = previousWord(j.text, c);
    if (!/^\p{Lu}/u.test(before.word) || j.starts.has(before.at)) return false;
    place = before;
  }
  const prep = previousWord(j.text, place.at);
  const p = prep.word.toLowerCase();
  // "tra Karlsruhe e Basilea", "between Basel and Karlsruhe": a route between two places.
  if (!TOWN_PREPOSITIONS[j.lang ?? '']?.has(p) && !BETWEEN.has(p)) return false;
  // "liderado por Caja Rural de Asturias y Santander": the preposition inside a name is no place's
  // (not in German, where every noun has its capital).
  const name = previousWord(j.text, prep.at);
  return j.lang === 'de' || !(/^\p{Lu}/u.test(name.word) && !atSentenceStart(j.text, name.at));
}
/** "tra Karlsruhe e Basilea": the two ends of a route or a list of places. */
const BETWEEN: ReadonlySet<string> = new Set(['tra', 'fra', 'entre', 'between', 'zwischen']);
const LIST_GOES_ON_RE = /^[ \u00a0]*(?:,|(?:y|e|et|and|und)[ \u00a0])[ \u00a0]*\p{Lu}/u;
/** Where a comma right before `start` (past spaces) sits, or 0. */
function commaBefore(text: string, start: number): number {
  let i = start - 1;
  while (i > 0 && (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 0xa0)) i--;
  return i > 0 && text.charCodeAt(i) === 44 ? i : 0;
}
const CAPITAL_ARTICLE_BEFORE_RE = /(?:^|[^\p{L}])(?:La|Las|Los|Le|Les|El|Il|Lo)[ \u00a0]$/u;
/** A seat, head office or plant a few words before: "la sede social … a", "das Stammwerk in", "its plant in". */
const SITE_NOUN_RE = /(?<![\p{L}])(?:sede|sedi|siège|sitz|hauptsitz|headquarters|head office|werk|stammwerk|standort|plant|factory|site|sites|facility|facilities|campus|usine|stabiliment\p{L}*|fábrica|planta|domicilio|oficinas|offices|uffici|bureaux|sucursales|filiali|branches|centrale|centrali|centrales|central|kraftwerk|power station|raffineri\p{L}*|refinery|refinería)(?![\p{L}])[^.;:!?]{0,40}$/iu;
/** "lo stabilimento di Fabriano", "l'usine de Fabriano": a plant or office "of" a brand is the town's; brands own no plants. */
const SITE_OF_RE = /(?<![\p{L}])(?:sede|siège|stabiliment\p{L}*|fábrica|planta|usine|plant|factory|cartiera|cartiere)[ \u00a0]+(?:storic[oa][ \u00a0]+)?(?:di|de|du|del|of)[ \u00a0]+$/iu;
function siteNounBefore(text: string, start: number): boolean {
  return SITE_NOUN_RE.test(text.slice(Math.max(0, start - 70), start));
}
/** " (Tarragona)" right after a name: a capitalised word in brackets that opens no known name. */
function provinceAfter(j: Judge, end: number): boolean {
  const m = /^[ \u00a0]\((\p{Lu}\p{Ll}+)\)/u.exec(j.text.slice(end, end + 30));
  return m !== null && !j.starts.has(end + 2);
}
/** "oficinas en Santander y Sabadell": the last of two places after a site noun and a preposition. */
function siteListBefore(j: Judge, start: number, prev: string): boolean {
  if (!CONJUNCTIONS.has(prev)) return false;
  const place = previousWord(j.text, previousWord(j.text, start).at);
  const prep = previousWord(j.text, place.at);
  return /^\p{Lu}/u.test(place.word) && !!TOWN_PREPOSITIONS[j.lang ?? '']?.has(prep.word.toLowerCase()) && prep.word.toLowerCase() !== 'de' && siteNounBefore(j.text, prep.at + prep.word.length);
}
/**
 * The text of block `block` and one block either side, and where it starts. One slice per block
 * (candidates come in text order), not one per name: the slice bounds a search, since an unbounded
 * indexOf past the stretch would read the rest of a long page per name.
 */
function storyStretch(j: Judge, block: number): { from: number; text: string } {
  const from = Math.max(0, (block - 1) * BEARER_REACH);
  if (j.stretch?.block !== block) j.stretch = { block, text: j.text.slice(from, (block + 2) * BEARER_REACH) };
  return { from, text: j.stretch.text };
}
/**
 * Whether `test` holds at some occurrence of `name` in the story around `at`. The story is the
 * block of the name and one block either side (a long page holds many stories), asked once per
 * question, name and block, so every name in a block gets the same answer whichever is asked first.
 */
function inStory(j: Judge, question: string, name: string, at: number, test: (start: number) => boolean): boolean {
  const block = Math.floor(at / BEARER_REACH);
  // Each ref of a candidate asks the same (a surname "Smith" has dozens): the last answer first,
  // before a key is built and hashed.
  const last = j.lastStory;
  if (last && last.block === block && last.question === question && last.name === name) return last.found;
  // Kept per question, name and block: no key string built and hashed per ask.
  let names = j.bearers.get(question);
  if (!names) j.bearers.set(question, (names = new Map()));
  let blocks = names.get(name);
  if (!blocks) names.set(name, (blocks = []));
  let found = blocks[block];
  if (found === undefined) {
    found = false;
    const { from, text: stretch } = storyStretch(j, block);
    for (let k = stretch.indexOf(name); k >= 0 && !found; k = stretch.indexOf(name, k + name.length)) found = test(from + k);
    blocks[block] = found;
  }
  j.lastStory = { question, name, block, found };
  return found;
}
/**
 * Whether the story has introduced someone by a first name and this surname before `at`, outside
 * title-case lines ("Ed Smith, the chair … Smith added"): the press names a person in full first;
 * a headline's capitals make every word look like a name ("Loosens Microsoft's Grip").
 */
function surnameInProse(j: Judge, surname: string, at: number): boolean {
  // The bearers' places are found once per surname and block, in inStory's stretch (reading the
  // whole page per surname cost a fifth of the matcher's time on the bench page), then each
  // candidate asks for one before it within reach.
  const block = Math.floor(at / BEARER_REACH);
  const key = `${surname}@${block}`;
  const cache = (j.proseBearers ??= new Map<string, number[]>());
  let places = cache.get(key);
  if (!places) {
    places = [];
    const { from, text: stretch } = storyStretch(j, block);
    for (let k = stretch.indexOf(surname); k >= 0; k = stretch.indexOf(surname, k + surname.length)) {
      if (firstNameBefore(j.text, from + k, nameStarts(j), j.lang, j.ix.firstNames) && !headline(style(j, from + k))) places.push(from + k);
    }
    cache.set(key, places);
  }
  return places.some((k) => k < at && k >= at - BEARER_REACH);
}
/**
 * Starts of known names that are not only a surname: "Esteban" (Israel Esteban's surname) and
 * "Mercedes" (a surname too) may still open another person's name ("Esteban Valenzuela").
 */
function nameStarts(j: Judge): Pick<ReadonlySet<number>, 'has'> {
  return (j.nameStarts ??= { has: (at) => j.starts.has(at) && !j.surnameOnly(at) && !j.doubtfulFirstName(at) });
}
/** Whether the text names someone by a first name and this surname ("Greg Goodman"): another person. */
function otherBearerNamed(j: Judge, surname: string, at: number): boolean {
  return inStory(j, 'bearer', surname, at, (start) => firstNameBefore(j.text, start, nameStarts(j), j.lang, j.ix.firstNames));
}
/**
 * Whether the story names a family or a firm by this surname ("la famille Lassonde", "Industries
 * Lassonde"): then the surname alone is theirs, not one person's ("il gruppo Caltagirone" is not
 * enough: the press names the man by his group's name and his own alike).
 */
function familyOrFirmNamed(j: Judge, surname: string, at: number): boolean {
  return inStory(j, 'family', surname, at, (start) => {
    const prev = previousWord(j.text, start).word.toLowerCase();
    return FIRM_WORDS_BEFORE.has(prev) || familyContext(j.text, start, start + surname.length, prev);
  });
}
/** A short all-caps token ("BBB", "KKR"): an acronym that may open a company's name. */
const ALL_CAPS_TOKEN_RE = /^\p{Lu}{2,5}$/u;
/** Words before a surname that make it a firm's name in French word order ("Industries Lassonde"). */
const FIRM_WORDS_BEFORE: ReadonlySet<string> = new Set(['industries', 'établissements', 'laboratoires']);
/** How far from a surname another bearer's full name is looked for: a long article's length. */
const BEARER_REACH = 6000;
/**
 * German and Swiss towns' adjectives that are also the names (or short names) of companies: the
 * press writes "der Basler Konzern", "die Zürcher Bank", "der Münchner Versicherer" for a company
 * of that town, so before a noun they say where, not who.
 */
const TOWN_ADJECTIVES: ReadonlySet<string> = new Set([
  'basler', 'zürcher', 'berner', 'genfer', 'luzerner', 'zuger', 'winterthurer', 'schaffhauser',
  'bremer', 'hamburger', 'berliner', 'münchner', 'münchener', 'kölner', 'frankfurter', 'stuttgarter', 'düsseldorfer',
  'nürnberger', 'aachener', 'oldenburger', 'homburger', 'gothaer', 'wiener', 'grazer', 'linzer', 'salzburger', 'innsbrucker',
]);
/** "die frühere Continental-Sparte": a compound on a company noun makes the name the company's after an adjective too. */
const COMPANY_COMPOUND_AFTER_RE = /^[-‐‑]\p{L}*(?:konzern|sparte|aktie|chef|tochter|vorstand|gruppe|werk|zentrale)/iu;
const AIRPORT_PLACE_BEFORE: ReadonlySet<string> = new Set(['at', 'in', 'into', 'from', 'to', 'via', 'near', 'outside', 'through']);
const GERMAN_NOUN_BEFORE: ReadonlySet<string> = new Set(['mit', 'im', 'den', 'einen', 'ein', 'der', 'dem', 'ins', 'zum', 'vom', 'am']);
const CORPORATE_WORD_AFTER_RE = /^[ \u00a0]+(?:Holding|Holdings|Group|Gruppe|Groupe|Gruppo|Grupo|S\.p\.A\.|SpA|AG|GmbH|SE|SA|S\.A\.|Inc\.?|Ltd\.?|plc|Industries|Foundation|Stiftung|Fondazione|Fondation|Développement|Participations|Beteiligungen)(?![\p{L}\p{N}])/u;
const LEGAL_FORMS: ReadonlySet<string> = new Set(['sas', 'sarl', 'sa', 'spa', 'srl', 'gmbh', 'ag', 'se', 'plc', 'sl']);
const LEGAL_FORM_ARTICLES: ReadonlySet<string> = new Set(['en', 'une', 'un', 'als', 'eine', 'einer', 'una', 'in']);
/**
 * "frente a Santander", "al largo di Genova", "au large de Brest", "vicino a Siena": a preposition
 * that says where, before a town's name, makes it the town unless the document names the company
 * plainly ("frente a" and "face à" also mean "against": "frente a Santander" in a bank story).
 */
const FIRM_FORM_AFTER_RE = /^[ \u00a0]+(?:S\.p\.A\.|SpA|Spa|S\.r\.l\.|Srl|GmbH|S\.A\.|SA|Ltd|plc|& C\.|& Co\.?|KG)(?![\p{L}])/u;
const FRENCH_TAX_BEFORE_RE = /(?<![\p{L}])(?:la|de|hors|sans)[ \u00a0]+$/iu;
/** "le bureau néerlandais des statistiques CBS", "dell'Asf, l'autorità di vigilanza": a statistics office, a regulator in apposition. */
const STATISTICS_OFFICE_BEFORE_RE = /(?:statistiques|statistics|statistica|statistik|estadística)[ \u00a0]+$/iu;
const REGULATOR_APPOSITION_AFTER_RE = /^,[ \u00a0]+(?:l['’]autorità|l['’]autorité|the regulator|el regulador|la autoridad|die Aufsicht)/u;
const INDEX_COMPOUND_AFTER_RE = /^[-‐‑]\p{L}*(?:index|indizes|indikator)(?![\p{L}])/iu;
const CODE_AFTER_RE = /^[-‐‑][\p{Lu}\d]{1,4}(?![\p{L}\p{N}\-‐‑])/u;
const CODE_BEFORE_RE = /(?<![\p{L}\p{N}\-‐‑])[\p{Lu}\d]{1,6}[-‐‑]$/u;
const UNIT_NUMBER_BEFORE_RE = /\d[ \u00a0]?$/u;
const TIME_SPAN_NAME_RE = /^\d+[ \u00a0](?:heures|minutes|Minuten|Stunden|minuti|ore|horas|minutos|hours)$/iu;
const TIME_SPAN_BEFORE = new Set(['en', 'dans', 'sous', 'pendant', 'les', 'des', 'aux', 'ces', 'toutes', 'dernières', 'prochaines', 'in', 'innerhalb', 'binnen', 'nach', 'vor', 'den', 'letzten', 'nächsten', 'entro', 'tra', 'fra', 'nelle', 'ogni', 'dopo', 'ultime', 'prossime', 'within', 'every', 'after', 'last', 'next', 'las', 'próximas', 'últimas', 'cada', 'durante']);
const ELIDED_DE_NAME_AFTER_RE = /^[ \u00a0]d['’]\p{Lu}/u;
const GROUP_WORD_AFTER_RE = /^[ \u00a0]+(?:Group|Holdings)(?![\p{L}\p{N}])/u;
/** " Group" or " Holdings" right after `end`; the first two characters are asked before the regex. */
function groupWordAfter(text: string, end: number): boolean {
  const c = text.charCodeAt(end);
  const d = text.charCodeAt(end + 1);
  return (c === 0x20 || c === 0xa0) && (d === 0x47 || d === 0x48) && GROUP_WORD_AFTER_RE.test(text.slice(end, end + 12));
}
/** Whether an alias is the entity's own name, legal form and case aside ("Nestlé" of Nestlé). */
function sameName(alias: string, name: string): boolean {
  return alias.toLowerCase() === name.replace(/\s*\([^)]*\)$/, '').replace(/,?\s+(?:Inc\.?|S\.?A\.?|AG|SE|plc|N\.?V\.?|S\.p\.A\.|SpA|Ltd\.?|Corp\.?|Corporation)$/i, '').toLowerCase();
}

/** Whether an all-caps name is half of a hyphenated model code ("FOX-XP", "XP" of "FOX-XP"). */
function modelCodeAround(text: string, start: number, end: number): boolean {
  const name = text.slice(start, end);
  if (name !== name.toUpperCase() || !/\p{Lu}/u.test(name)) return false;
  return CODE_AFTER_RE.test(text.slice(end, end + 6)) || CODE_BEFORE_RE.test(text.slice(Math.max(0, start - 8), start));
}
/** "Saint-", "Sainte-", "St-", "San-", "Sankt-" right before a name: the name is half of a town's. */
const SAINT_HYPHEN_BEFORE_RE = /(?:^|[^\p{L}])(?:Saint|Sainte|St|Ste|Sankt|San|Santa)[-‐‑]$/u;
const PRODUCT_NOUN_AFTER_RE = /^[ \u00a0]+(?:engine|engines|motore|moteur)(?![\p{L}])/u;
/** "Total revenue climbed", "Net income fell": an English adjective that is a weak name, before the figure it qualifies. */
const ADJECTIVE_NAMES_EN: ReadonlySet<string> = new Set(['total', 'net', 'gross', 'core', 'underlying']);
const FIGURE_NOUN_AFTER_RE = /^[ \u00a0]+(?:revenue|revenues|sales|turnover|income|profit|profits|earnings|costs?|debt|assets|output|production|returns?|spending|investment|volumes?|capacity|advertising|operating|group|annual|underlying|net|gross|adjusted)(?![\p{L}])/u;
const AMPERSAND_NAME_BEFORE_RE = /(?<![\p{L}])\p{Lu}[\p{L}.'’-]*[ \u00a0]?&[ \u00a0]?$/u;
const GOVERNMENT_OF_RE = /(?<![\p{L}])(?:government|governo|gobierno|gouvernement|regierung|people|popolo|pueblo|peuple|republic|repubblica|república|république|republik)[ \u00a0]+(?:of|di|del|de|du|de la|von)[ \u00a0]+$/iu;
const LOCATIVE_HEADS: ReadonlySet<string> = new Set(['frente', 'junto', 'cerca', 'largo', 'fronte', 'vicino', 'près', 'face', 'large', 'costas', 'coste']);
function locativeBefore(text: string, start: number, prev: string): boolean {
  if (prev !== 'a' && prev !== 'de' && prev !== 'di' && prev !== 'à' && prev !== 'of') return false;
  const p = previousWord(text, start);
  return LOCATIVE_HEADS.has(previousWord(text, p.at).word.toLowerCase());
}
/**
 * "apriranno a Capri e Portofino", "la terza corsia tra Verona e Modena": after a preposition of
 * place or "between", a name that opens a list whose next name the index does not know is a place
 * too ("venduto a Meta e Google" stays companies).
 */
const LIST_AFTER_RE = new RegExp(`^[ \\u00a0]+(?:${[...CONJUNCTIONS].join('|')})[ \\u00a0]+(?=\\p{Lu}\\p{Ll})`, 'u');
function placeListAfter(j: Judge, c: Candidate, prev: string): boolean {
  if (!TOWN_PREPOSITIONS[j.lang ?? '']?.has(prev) && !BETWEEN.has(prev)) return false;
  const m = LIST_AFTER_RE.exec(j.text.slice(c.end, c.end + 8));
  return !!m && !j.starts.has(c.end + m[0].length);
}
const PLACE_OR_DATIVE: Record<string, ReadonlySet<string>> = {
  es: new Set(['a']),
  fr: new Set(['à']),
  it: new Set(['a']),
};

function style(j: Judge, pos: number): LineStyle {
  const last = j.line;
  if (last && pos >= last.start && pos <= last.end) return last;
  return (j.line = lineStyle(j.text, lineStartOf(j.text, pos)));
}

/** "…, die als X die …": a relative pronoun and "als" before the name, an article after it. */
const RELATIVE_ALS_RE = /(?:^|[^\p{L}])(?:die|der|das|welche|welcher)[ \u00a0]+als[ \u00a0]+\p{Lu}\p{Ll}+[ \u00a0]+(?:die|den|das|der|dem)[ \u00a0]/u;

/** A capital followed only by lower-case consonants ("Cvc", "Kkr"), as the Italian press writes acronyms. */
const NO_VOWEL_AFTER_CAPITAL_RE = /^\p{Lu}[b-df-hj-np-tv-xz]{2,4}$/u;

function cueNear(j: Judge, c: Candidate): boolean {
  let v = j.cues.get(c.start);
  if (v === undefined) j.cues.set(c.start, (v = hasCompanyCue(j.text, c.start, c.end, j.lang)));
  return v;
}

function headline(s: LineStyle): boolean {
  return s.titleCase || s.allCaps;
}

function nextWordStart(text: string, end: number): number {
  let i = end;
  while (i < text.length && (text.charCodeAt(i) === 0x20 || text.charCodeAt(i) === 0xa0)) i++;
  return i;
}

/**
 * Standalone ticker that is the company's own short name: "UBS" of UBS Group, "KKR", or the
 * initials of its name ("IAG" of International Airlines Group).
 */
function tickerIsName(ix: MatchIndex, entity: number, ticker: string): boolean {
  const name = ix.entity(entity).name;
  const upper = ticker.toUpperCase(); // the Italian press writes "Kkr", "Mps"
  if (name.toUpperCase() === upper || (name.startsWith(ticker) && !/\p{Ll}/u.test(name.charAt(ticker.length)))) return true;
  const initials = name.split(/[\s-]+/).filter((w) => !/^(of|and|&|the|de|di|y)$/i.test(w)).map((w) => w.charAt(0)).join('');
  return initials.length >= 3 && initials.toUpperCase() === upper;
}

const isDigitAt = (text: string, i: number) => i >= 0 && i < text.length && text.charCodeAt(i) >= 0x30 && text.charCodeAt(i) <= 0x39;
/** Thousands and decimal separators of the five languages, spaces included ("12 888" in French). */
const NUMBER_SEPARATOR = /[.,'’ \u00a0\u202f]/;

/** "12.888 millones": digits after a digit and a separator belong to the number, not to the name "888". */
export function insideNumber(text: string, start: number, end: number): boolean {
  if (isDigitAt(text, start) && isDigitAt(text, start - 2) && NUMBER_SEPARATOR.test(text.charAt(start - 1))) return true;
  return isDigitAt(text, end - 1) && isDigitAt(text, end + 1) && NUMBER_SEPARATOR.test(text.charAt(end));
}

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

/**
 * A capital that the sentence start or a headline does not explain. German capitalises every
 * noun: after an article ("die Meta des Spiels") a capital proves nothing there.
 */
function unexplainedCapital(j: Judge, c: Candidate, cls: CaseClass, prev: string): boolean {
  return cls === 'normal' && isUpperStart(j.text, c.start) && !atSentenceStart(j.text, c.start) && !(j.lang === 'de' && GERMAN_ARTICLES.has(prev));
}

/** Flags that make judgeRef's lower-case rule (cls === 'lower' below) reject an alias. */
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
function lowerCaseDooms(j: Judge, c: Candidate, flags: number, shape: number): boolean {
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

export function judgeRef(j: Judge, doc: DocState, c: Candidate, alias: number, flagsIn: number, entity: number): boolean | null {
  const { text, ix } = j;
  const shape = aliasShape(ix, alias, j.shapes);
  if (lowerCaseDooms(j, c, flagsIn, shape)) return null;
  const aliasText = ix.alias(alias);
  let flags = flagsIn;
  if (j.rejected(entity, c)) return null;
  // "AFP Habitat", "las siete AFP": in Spanish-language news (Chile, Peru) an AFP is a pension fund
  // manager (Administradora de Fondos de Pensiones); the French news agency is named as one
  // ("según la agencia AFP", "(AFP)").
  if (j.lang === 'es' && aliasText === 'AFP' && !NEWS_AGENCY_BEFORE_RE.test(text.slice(Math.max(0, c.start - 24), c.start)) && text.charAt(c.start - 1) !== '(') return null;
  // "riserva Giulio Ferrari", "la cuvée Dom Pérignon": a wine named after a person is the wine.
  if (j.kinds[entity] === 'person' && afterWineLabel(text, c.start)) return null;
  // "Geraldine Fraser-Moleketi", "Jean-Louis Servranckx": a known name that a hyphen and a
  // capitalised word go on from is the first part of someone else's double name, for every ref
  // alike whatever its alias (rejecting some refs would leave the others unopposed). German hyphen
  // compounds ("Elon-Musk-Stiftung") keep theirs.
  if (j.kinds[entity] === 'person' && j.lang !== 'de' && DOUBLE_BARRELLED_AFTER_RE.test(text.slice(c.end, c.end + 3))) return null;
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
  // "The Australian Competition …", "Corriere del Ticino": the name opens another, longer one.
  if (j.kinds[entity] !== 'person' && (theOpensOtherName(text, c.start, c.end, aliasText) || otherNameOfAfter(text, c.end, aliasText, () => ix.entity(entity).name))) return null;
  if (cls === 'lower') {
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
  // "die Wolfsburger Fans": a town's adjective that stands for a company ("die Wolfsburger" for
  // Volkswagen) is only the adjective before a noun.
  // So is a company named like a town's adjective: "der Basler Pharmakonzern" (Roche, not Basler
  // AG), "die Zürcher Tochter".
  if (j.lang === 'de' && aliasText.endsWith('er') && (flags & F_NICKNAME || TOWN_ADJECTIVES.has(aliasText.toLowerCase())) && capitalisedWordAfter(text, c.end)) return null;
  const kind = j.kinds[entity]!;
  const before = previousWord(text, c.start);
  const prev = before.word.toLowerCase();
  // "Mitinhaber Jost Hellmann", "Vorstand Günther Schiendl": a name that is a first name the data's
  // people go by, with a capitalised word after it, opens a person's name (before any cue backs it).
  // So does its genitive when that is a first name too ("Vorstandschef Lars Gorissen" is no Lar's).
  if (kind !== 'person' && shape & A_SINGLE_WORD && (j.ix.firstNames.has(aliasText.toLowerCase()) || (c.genitive && j.ix.firstNames.has(text.slice(c.start, c.end).toLowerCase()))) && capitalisedWordAfter(text, c.end) && !ORG_NOUNS.has(prev) && !headline(style(j, c.start))) return null;
  // "Sensoren und Displays senkte": a company name that is also a word, with an "s" and no noun
  // after it to own ("Continentals Reifensparte"), is the word's plural unless the document names
  // the company plainly.
  // So is any company name with an "s" and no noun after it ("Retirement System of Texas auf die"
  // is no genitive of Texa), except after a genitive article ("des Handelsblatts").
  if (c.genitive && kind !== 'person' && !capitalisedWordAfter(text, c.end) && !strongIn(j, doc, entity) && (flags & F_AMBIGUOUS || !GENITIVE_ARTICLES.has(prev))) return null;
  // "growth at Dublin Airport is capped": an airport after a preposition of place is the place,
  // where "the operator of Dublin Airport" names the airport company. So is an airport the press
  // names without the word, after its city or not ("a base at London Gatwick": neither "London
  // Gatwick" nor "Gatwick" is the airport company there). The preposition is asked first: it is
  // the cheap test, and most names never meet one.
  if (j.lang === 'en') {
    const placeBefore = AIRPORT_PLACE_BEFORE.has(prev);
    if (placeBefore && / Airports?$/.test(aliasText)) return null;
    const placeOrCityBefore = placeBefore || (/^\p{Lu}/u.test(before.word) && AIRPORT_PLACE_BEFORE.has(previousWord(text, before.at).word.toLowerCase()));
    if (placeOrCityBefore && kind !== 'person' && / Airports?$/.test(ix.entity(entity).name)) return null;
  }
  // "gli occhiali smart": a brand written in lower case that is also a word (smart, tesa) is the
  // word unless a noun names the brand ("il marchio smart", "die Drogeriemarktkette dm") or the
  // document names it in full.
  if (flags & F_AMBIGUOUS && /^\p{Ll}+$/u.test(aliasText) && !orgNounBefore(prev, j.lang) && !strongIn(j, doc, entity)) return null;
  if (exchangeLabel(text, c.end) || elidedWord(text, c.end, j.lang)) return null;
  // "la copertura in DAB+": a plus sign makes another name (a standard, a product), unless the
  // story names the company plainly ("la plateforme RTL+" in a story about RTL Group).
  if (kind !== 'person' && !aliasText.endsWith('+') && plusAfter(text, c.end) && !strongIn(j, doc, entity)) return null;
  if (kind !== 'person' && (STATISTICS_OFFICE_BEFORE_RE.test(text.slice(Math.max(0, c.start - 16), c.start)) || REGULATOR_APPOSITION_AFTER_RE.test(text.slice(c.end, c.end + 20)))) return null;
  // "la TVA sur les billets": the French value-added tax, not Quebec's broadcaster TVA (named
  // without the feminine article).
  if (j.lang === 'fr' && aliasText === 'TVA' && FRENCH_TAX_BEFORE_RE.test(text.slice(Math.max(0, c.start - 12), c.start))) return null;
  // "l'Instituto de Salud Pública (ISP)": the acronym of the words before it.
  if (kind !== 'person' && flags & F_ACRONYM && acronymOfWordsBefore(text, c.start, c.end, j.starts)) return null;
  if (kind !== 'person' && currencyCodeAt(text, c.start, c.end)) return null;
  // "der Swiss Market Index", "Swiss Steel": a word kept as a name only for some languages' press
  // (common-words.ts NEVER_ALIASES) starts another name when a capitalised word goes on from it.
  if (flags & f.F_PRESS_ONLY && NEVER_ALIASES.has(aliasText.toLowerCase()) && /^[ \u00a0]+\p{Lu}\p{Ll}/u.test(text.slice(c.end, c.end + 3))) return null;
  // "La Serena", "Le Havre", "La Spezia": a capitalised article before a one-word name inside a
  // sentence begins another name (a town's, mostly).
  if (kind !== 'person' && shape & A_SINGLE_WORD && CAPITAL_ARTICLE_BEFORE_RE.test(text.slice(Math.max(0, c.start - 6), c.start)) && !atSentenceStart(text, before.at)) return null;
  if (kind !== 'person' && shape & A_SINGLE_WORD && placeListAfter(j, c, prev)) return null;
  // "constituée en SAS", "als AG", "in una Srl": a legal form named as such, not the airline SAS.
  if (kind !== 'person' && LEGAL_FORM_ARTICLES.has(prev) && LEGAL_FORMS.has(aliasText.toLowerCase())) return null;
  // "gli eredi del fondatore, Leonardo" in a story that names Leonardo Maria Del Vecchio: a first
  // name the document gives a person is that person's, unless a noun makes it the company ("il
  // gruppo Leonardo"). Names that are first names are flagged ambiguous (flagFirstNames), so only
  // those ask the document.
  if (kind !== 'person' && flags & F_AMBIGUOUS && shape & A_SINGLE_WORD && firstNamesIn(j, doc).has(aliasText.toLowerCase()) && !ORG_NOUNS.has(prev)) return null;
  if (kind !== 'person' && flags & (F_PLACE | F_AMBIGUOUS) && locativeBefore(text, c.start, prev) && !strongIn(j, doc, entity)) return null;
  // "a trademark battle with the government of Iceland": a government's country, even in a story
  // about the supermarket chain of its name.
  if (kind !== 'person' && shape & A_SINGLE_WORD && flags & F_PLACE && GOVERNMENT_OF_RE.test(text.slice(Math.max(0, c.start - 30), c.start))) return null;
  // "Carlos José García Moreno": a person's name of several words with a capitalised word on both
  // sides is the middle of a longer name, someone else's (not in German, where nouns have capitals).
  if (kind === 'person' && j.lang !== 'de' && !(shape & A_SINGLE_WORD) && /^\p{Lu}\p{Ll}/u.test(before.word) && !atSentenceStart(text, before.at) && !titleBefore(text, c.start) && capitalisedWordAfter(text, c.end)) return null;
  // "la holding Federico De Nora Spa": a person's name with a legal form after it names the firm
  // (neither the person nor the company of the surname).
  if (FIRM_FORM_AFTER_RE.test(text.slice(c.end, c.end + 12)) && (kind === 'person' || j.ix.firstNames.has(prev))) return null;
  // "Mr Philips has promised savings": a form of address makes the word a person's name.
  if (kind !== 'person' && shape & A_SINGLE_WORD && HONORIFICS.has(prev)) return null;
  // "der GfK-Konsumklimaindex", "der Ifo-Index": a German compound whose head is an index names the index.
  if (kind !== 'person' && j.lang === 'de' && INDEX_COMPOUND_AFTER_RE.test(text.slice(c.end, c.end + 30))) return null;
  if (kind !== 'person' && (indexContext(text, c.end, prev) || familyContext(text, c.start, c.end, prev, true) || familyDoubleName(text, c) || hyphenCompoundTail(j, c) || VESSEL_AFTER_RE.test(text.slice(c.end, c.end + 30)) || TOWN_COMPOUND_AFTER_RE.test(text.slice(c.end, c.end + 8)) || creditGrade(text, c) || venueContext(text, c.start, c.end) || arenaAfter(text, c.end) || streamAfter(text, c.end) || regionPairAfter(text, c.end, prev))) return null;
  // "das Hasso-Plattner-Institut", "die Robert-Bosch-Stiftung": a name joined by hyphens names
  // what is named after the person.
  if (kind === 'person' && hyphenIn(text, c.start, c.end) && !aliasText.includes('-')) return null;
  // "attraverso Prada Holding", "Agnelli Holding": a person's name before a corporate word names
  // the company, not the person; a genitive is still the person's ("Křetínskýs Holding").
  if (kind === 'person' && c.end - c.start === aliasText.length && CORPORATE_WORD_AFTER_RE.test(text.slice(c.end, c.end + 16))) return null;
  // "i Caltagirone", "les Mulliez": a plural article before a one-word name is the family, and a
  // company is singular ("la Caltagirone", "il gruppo Caltagirone").
  if (kind !== 'person' && shape & A_SINGLE_WORD && FAMILY_PLURAL[j.lang ?? '']?.has(prev)) return null;
  // A weak one-word name in a phrase that makes it a word: "Durante l'incontro" (a preposition
  // before an article at a sentence start), "im Verbund mit" (a German idiom), "Line 5" (a
  // common word before a number names a thing: a pipeline, a model).
  if (weak && shape & A_SINGLE_WORD && wordInPhrase(text, c.start, c.end, prev, j.lang)) return null;
  // "jene Frauenfigur, die als Helvetia die Schweizer Münzen ziert": a relative clause's "als" gives
  // the figure a role, and an article after the name opens the clause's object.
  if (prev === 'als' && shape & A_SINGLE_WORD && j.lang?.startsWith('de') && RELATIVE_ALS_RE.test(text.slice(Math.max(0, c.start - 12), c.end + 6))) return null;
  // "Stone Canyon Industries": capitalised words and a corporate word make another company's name.
  if (weak && shape & A_SINGLE_WORD && kind !== 'person' && longerCompanyAfter(text, c.end)) return null;
  // "dijo Patricio Supervielle, presidente": a family's company name after a first name the data's
  // people go by is that person's surname, not the company (Grupo Supervielle). The first-name test
  // is the one surnames use (firstNameBefore), asked only for a listed first name.
  if (weak && shape & A_SINGLE_WORD && kind !== 'person' && j.ix.firstNames.has(prev) && firstNameBefore(text, c.start, nameStarts(j), j.lang, j.ix.firstNames)) return null;
  // "a Castel d'Azzano", "Monte d'Oro": a weak word an elided "d'" and a capital go on from is the
  // first word of a place's name (Groupe Castel is "Castel" alone).
  if (weak && shape & A_SINGLE_WORD && kind !== 'person' && ELIDED_DE_NAME_AFTER_RE.test(text.slice(c.end, c.end + 4))) return null;
  // "la livraison en 24 heures", "in 20 Minuten am Ziel": an outlet named after a span of time is
  // that span after a preposition or a determiner of time.
  if (TIME_SPAN_BEFORE.has(prev) && kind !== 'person' && TIME_SPAN_NAME_RE.test(aliasText)) return null;
  // "Endeavour Group" (the Australian liquor retailer) is no Endeavour Mining: a short form followed
  // by "Group" or "Holdings" names another company; the entity's own name ("Nestlé Group") does not.
  if (shape & A_SINGLE_WORD && kind !== 'person' && groupWordAfter(text, c.end) && !sameName(aliasText, ix.entity(entity).name)) return null;
  // "Shannon Free Zone", "United Launch Alliance": a weak name two capitalised words go on from
  // opens another, longer name (not in German, where nouns have capitals; not in a title-cased line).
  if (weak && shape & A_SINGLE_WORD && kind !== 'person' && j.lang !== 'de' && capitalisedPairAfter(text, c.end) && !style(j, c.start).titleCase && !style(j, c.start).allCaps) return null;
  // "BBB Foods": a weak word after an unknown all-caps token continues that company's name.
  if (weak && shape & A_SINGLE_WORD && kind !== 'person' && ALL_CAPS_TOKEN_RE.test(before.word) && c.start - before.at - before.word.length === 1 && !j.starts.has(before.at) && !style(j, c.start).allCaps) return null;
  // "dont Assassin's Creed": outside English, an English possessive before a weak name makes a title.
  if (weak && shape & A_SINGLE_WORD && kind !== 'person' && j.lang !== 'en' && englishPossessiveBefore(text, c.start)) return null;
  // "Anglo-Saxon", "franco-allemand": outside German (where "Allianz-Chef" is the company), a weak
  // word joined by a hyphen to a capitalised word is the first half of a compound adjective.
  if (weak && shape & A_SINGLE_WORD && kind !== 'person' && j.lang !== 'de' && /^[-‐‑]\p{Lu}\p{Ll}/u.test(text.slice(c.end, c.end + 3))) return null;
  if (flags & F_TICKER) {
    if (tickerContextBefore(text, c.start)) return false;
    if (style(j, c.start).allCaps) return null;
    return strongIn(j, doc, entity) || tickerIsName(ix, entity, aliasText) ? false : null;
  }
  if (flags & F_SURNAME) {
    // "ein Brand in einer Trafostation": in German an indefinite article makes a surname that is
    // also a noun the noun (a person is named without one).
    if (j.lang === 'de' && indefiniteBefore(text, c.start, j.lang)) return null;
    // "la famiglia Agnelli", "the Murdoch family": the family, not the one person with the name.
    if (familyContext(text, c.start, c.end, prev) || FAMILY_PLURAL[j.lang ?? '']?.has(prev)) return null;
    // "la familia Santo Domingo": a surname of two words met by its second; the family is named
    // before both.
    if (/^\p{Lu}\p{Ll}/u.test(before.word) && familyContext(text, before.at, c.end, previousWord(text, before.at).word.toLowerCase())) return null;
    if (firstNameBefore(text, c.start, nameStarts(j), j.lang, j.ix.firstNames)) return null; // "Kimbal Musk"
    // "… at the NCLT. Priya Agarwal Hebbar, chairperson": a capitalised word before and after, even
    // at a sentence start, makes the surname the middle of another person's name.
    if (j.lang !== 'de' && /^\p{Lu}\p{Ll}+$/u.test(before.word) && !j.starts.has(before.at) && !titleBefore(text, c.start) && !headline(style(j, c.start)) && /^[ \u00a0]\p{Lu}\p{Ll}+(?:[ \u00a0]*[,;.)]|[ \u00a0]+\p{Ll})/u.test(text.slice(c.end, c.end + 40))) return null;
    // "Chief executive Greg Goodman … Goodman securities rose": the story names another bearer of
    // the surname in full, so the surname alone is hers, not the one the index knows.
    if (!fullNameIn(j, doc, entity) && otherBearerNamed(j, text.slice(c.start, c.end), c.start)) return null;
    if (flags & F_AMBIGUOUS && DEFINITE_ARTICLES[j.lang ?? '']?.has(prev)) return null; // "il Papa"
    // "Hasso-Plattner-Institut": a surname inside a hyphen compound names what bears it.
    if (c.start > 1 && text.charCodeAt(c.start - 1) === 45 && isLetterAt(text, c.start - 2)) return null;
    // "a partire da Palermo", "en Sevilla": a surname that is a town's name, after a preposition
    // of place, is the town even after the person's full name.
    if (flags & F_PLACE && (TOWN_PREPOSITIONS[j.lang ?? '']?.has(prev) || placeListBefore(j, c.start, prev, c.end))) return null;
    // "Madrid y Sevilla capital", "Milano città": a town-named surname with a town noun after it.
    if (flags & F_PLACE && TOWN_NOUN_AFTER_RE.test(text.slice(c.end, c.end + 12))) return null;
    if (flags & F_OWNER_CONTEXT) return fullNameIn(j, doc, entity) ? false : null;
    if (fullNameIn(j, doc, entity)) return false;
    if (familyOrFirmNamed(j, text.slice(c.start, c.end), c.start)) return null;
    // "el puerto de Lázaro Cárdenas": a surname that another capitalised word continues is
    // someone else's name, unless the full name came first.
    if (j.lang !== 'de' && capitalisedWordAfter(text, c.end)) return null;
    if (titleBefore(text, c.start)) return false;
    return flags & (F_AMBIGUOUS | F_NEEDS_CONTEXT) ? null : false;
  }
  // "Leonardo da Vinci" (from either end), "Enzo Ferrari": a person's name, whatever else is known.
  // A first name that is only some known person's surname ("John" of Elton John) is still a first
  // name here: "John Hess" is no Hess Corporation.
  if (shape & A_SINGLE_WORD && kind !== 'person') {
    // A particle makes a person only of a name that can be a first name or a surname ("Leonardo
    // da Vinci"); "Unicredit di Andrea Orcel", "Lufthansa von Carsten Spohr", "Mutter von Lidl"
    // are the company, and so is "il gruppo Caltagirone di Francesco Gaetano Caltagirone".
    const personName =
      !ORG_NOUNS.has(prev) &&
      ((flags & (F_AMBIGUOUS | F_NEEDS_CONTEXT) && (particleNameAfter(text, c.end) || particleNameBefore(text, c.start, j.lang)) && !knownPersonAcrossParticle(j, doc, c)) ||
        firstNameBefore(text, c.start, nameStarts(j), j.lang, j.ix.firstNames));
    if (personName && !headline(style(j, c.start))) return null;
    // "Ed Smith, Assura's chair … Smith added": a one-word company name that is also a word
    // ("smith") and that the story gave someone as a surname is his, unless the story names the
    // company plainly.
    if (flags & F_AMBIGUOUS && !strongIn(j, doc, entity) && surnameInProse(j, text.slice(c.start, c.end), c.start)) return null;
  }
  // "fundada en Lisboa en 1792 por el gallego Jerónimo Martins": the founder whose name the
  // company took, not the company.
  if (kind !== 'person' && !(shape & A_SINGLE_WORD) && FOUNDED_BY_BEFORE_RE.test(text.slice(Math.max(0, c.start - 90), c.start))) return null;
  // "una Ferrari", "eine Allianz", "an apple": an indefinite article makes a product or a common
  // noun (English "a Meta spokesman" keeps the company: there a lower-case noun follows; in every
  // language a hyphen compound takes the article, "ein Vontobel-Analyst").
  if (kind !== 'person' && shape & A_SINGLE_WORD && indefiniteBefore(text, c.start, j.lang)) {
    const after = text.slice(c.end, c.end + 3);
    if (weak || !(/^[-‐‑]\p{L}/u.test(after) || (j.lang === 'en' && /^[ \u00a0]+\p{Ll}/u.test(after)))) return null;
  }
  // "a poor catch off Iceland", "en Asturias y Santander": a country or town, or a weak name that
  // ends a list of places, is the place.
  // (A town the press uses for the company, "a Cupertino", is the nickname rule's below.)
  if (shape & A_SINGLE_WORD && kind !== 'person' && !(flags & F_NICKNAME) && ((flags & F_PLACE && TOWN_PREPOSITIONS[j.lang ?? '']?.has(prev)) || (weak && placeListBefore(j, c.start, prev, c.end)))) return null;
  // "devolverá su sede social a Sabadell", "das Stammwerk in Salzgitter": a seat or a plant moved
  // to or sited in a place names the town, whatever the story says of the bank.
  if (shape & A_SINGLE_WORD && kind !== 'person' && ((TOWN_PREPOSITIONS[j.lang ?? '']?.has(prev) && prev !== 'de' && siteNounBefore(text, c.start)) || siteListBefore(j, c.start, prev))) return null;
  if (shape & A_SINGLE_WORD && kind === 'brand' && SITE_OF_RE.test(text.slice(Math.max(0, c.start - 40), c.start))) return null;
  // "fabrica en Vila-seca y Flix (Tarragona)", "Sabadell (Barcelona)": a one-word name with a
  // capitalised word in brackets after it that no known name opens is a town and its province.
  if (shape & A_SINGLE_WORD && kind !== 'person' && j.lang !== 'en' && provinceAfter(j, c.end)) return null;
  // "Vila-seca", "Vilanova-i-la-Geltrú": in Romance text a name a hyphen glues to a lower-case
  // word is part of another word (English keeps "xAI-led", German its compounds).
  if (shape & A_SINGLE_WORD && kind !== 'person' && (j.lang === 'es' || j.lang === 'it' || j.lang === 'fr') && /^[-‐‑]\p{Ll}{3,}/u.test(text.slice(c.end, c.end + 5))) return null;
  // "im Vogesenstädtchen Vittel", "la ciudad de Santander": the town, whatever else backs the brand.
  if (shape & A_SINGLE_WORD && kind !== 'person' && placeBefore(text, c.start, prev, !(flags & F_NICKNAME))) return null;
  // "near Macquarie Park": the suburb, not the bank.
  if (shape & A_SINGLE_WORD && kind !== 'person' && placeNounAfter(text, c.end)) return null;
  // "its FOX-XP test system": a name in capitals glued by a hyphen to another short code in capitals
  // is a model's name, not the broadcaster and the broker.
  if (shape & A_SINGLE_WORD && kind !== 'person' && modelCodeAround(text, c.start, c.end)) return null;
  // "over 3 GW by 2030", "a 450 MW plant", "1,2 dm lang": a short name in capitals or in lower case
  // right after a number is its unit.
  if (shape & A_SINGLE_WORD && kind !== 'person' && c.end - c.start <= 3 && UNIT_NUMBER_BEFORE_RE.test(text.slice(Math.max(0, c.start - 8), c.start)) && /^(?:\p{Lu}+|\p{Ll}+)$/u.test(text.slice(c.start, c.end))) return null;
  // "la clinique de Saint-Grégoire", "Sankt-Peter": a name glued to a saint's title is a town.
  if (shape & A_SINGLE_WORD && kind !== 'person' && SAINT_HYPHEN_BEFORE_RE.test(text.slice(Math.max(0, c.start - 8), c.start))) return null;
  // "Pablo González Figari": Spanish names carry two surnames, so a known person's two words before
  // a capitalised word that is no company of its own name someone the data lacks.
  if (kind === 'person' && j.lang === 'es' && !(shape & A_SINGLE_WORD) && capitalisedWordAfter(text, c.end) && !headline(style(j, c.start))) {
    const next = nextWordStart(text, c.end);
    if (!j.starts.has(next) || j.surnameOnly(next)) return null;
  }
  if (!weak) {
    // "principalmente en Antofagasta, Concepción y Temuco": even a name the data holds without
    // doubt is a town in a row of three or more whose other words the index does not know at all.
    // (A weak name meets the looser row test below, which this one implies.)
    if (shape & A_SINGLE_WORD && kind !== 'person' && inTownList(text, c.start, c.end, j.starts, j.plainName, true)) return null;
    return !(flags & F_VARIANT);
  }
  // "VENEZIA – Il gruppo SAVE", "gli scali di Venezia, Treviso, Verona e Brescia": a dateline's
  // town, one town of a row of them (place-lists.ts), not the club or the utility of its name.
  if (shape & A_SINGLE_WORD && kind !== 'person' && (datelineAt(text, c.start, c.end) || inTownList(text, c.start, c.end, j.starts, j.plainName))) return null;
  // "our own Cobra engine": a weak name before the noun of a product is the product's name.
  if (shape & A_SINGLE_WORD && kind !== 'person' && PRODUCT_NOUN_AFTER_RE.test(text.slice(c.end, c.end + 10))) return null;
  if (j.lang === 'en' && kind !== 'person' && ADJECTIVE_NAMES_EN.has(aliasText.toLowerCase()) && FIGURE_NOUN_AFTER_RE.test(text.slice(c.end, c.end + 14))) return null;
  // "Heckler & Koch", "Dow & Jones": a word after a capitalised word and "&" ends a firm's name.
  if (shape & A_SINGLE_WORD && kind !== 'person' && AMPERSAND_NAME_BEFORE_RE.test(text.slice(Math.max(0, c.start - 24), c.start))) return null;
  if (cityBefore(text, c.start, !(flags & F_NICKNAME)) || theCommonNoun(text, c.start, c.end, j.lang)) return null;
  // "Wind- und Solarparks": a word that is also a name, as the first half of a compound whose
  // end the next word gives ("Siemens- und Bosch-Aktien" name both companies: those are not weak).
  if (suspendedHyphenAfter(text, c.end)) return null;
  // "die Sparte Nestlé Waters": a weak one-word name right after another known name continues
  // it (a unit the data may not hold), unless the document names this entity or its kin plainly.
  if (shape & A_SINGLE_WORD && kind !== 'person' && continuesKnownName(j, c) && !strongIn(j, doc, entity) && !relatedStrongIn(j, doc, entity)) return null;
  if (kind !== 'person' && continuesUnknownName(j, c) && !strongIn(j, doc, entity)) return null;
  // A genitive before the noun it owns ("sonst werde Eons Netzgeschäft ...") is a name whatever
  // word ending in "e" stands before it.
  const owns = c.genitive && capitalisedWordAfter(text, c.end);
  if (j.lang === 'de' && ((germanAdjectiveBefore(text, c.start) && !owns && !COMPANY_COMPOUND_AFTER_RE.test(text.slice(c.end, c.end + 24))) || germanCompoundHead(text, c.start))) return null; // "eine strategische Allianz", "US-Investors"
  if (shape & A_ONE_LETTER && capitalBeforeLetter(text, c.start)) return null; // "Generation X"
  // "Leonardo DiCaprio": a capitalised word after, unless the document names the company plainly
  // (not in German, where the next noun is capitalised anyway: "Metas Antwort") or a noun such
  // as "gruppo" before it makes it an organisation.
  const after = nextWordStart(text, c.end);
  const capitalAfter = j.lang !== 'de' && capitalisedWordAfter(text, c.end) && !ORG_NOUNS.has(prev);
  const nameGoesOn = capitalAfter && (!j.starts.has(after) || j.surnameOnly(after));
  if (nameGoesOn && !strongIn(j, doc, entity) && !headline(style(j, c.start)) && !knownPersonAcrossParticle(j, doc, c)) return null;
  // "Fibra Macquarie", "Fibra Prologis": an ambiguous word before another known name opens a longer
  // name the data lacks (a Mexican REIT), not two names side by side.
  if (weak && shape & A_SINGLE_WORD && kind !== 'person' && capitalAfter && j.starts.has(after) && !strongIn(j, doc, entity) && !headline(style(j, c.start))) return null;
  if (shape & A_SINGLE_WORD && PLACE_ONLY[j.lang ?? '']?.has(prev)) return null;
  // "The Austrian lender", "Norwegian oil fund", "criteri ESG": a nationality or a business term,
  // whatever cue is near; the company named plainly (or its people) makes it its short name.
  if (flags & F_DOCUMENT_ONLY) return strongIn(j, doc, entity) || relatedStrongIn(j, doc, entity) ? false : null;
  // A brand known only from its owner's list, named by an ordinary word ("Ora" of Great Wall,
  // "Utile" of Coopérative U): business news always has a company cue, so only its owner or the
  // brand named plainly, or a capital nothing explains (not in German), backs it.
  if (flags & F_OWNER_CONTEXT) {
    // "due boutique a Monaco e Amsterdam": after "a"/"à" a brand named by a town needs its owner.
    if (PLACE_OR_DATIVE[j.lang ?? '']?.has(prev)) return strongIn(j, doc, entity) || relatedStrongIn(j, doc, entity) ? false : null;
    if (strongIn(j, doc, entity) || relatedStrongIn(j, doc, entity)) return false;
    // "lo stabilimento di Fabriano", "a Greggs in Derby": a town's name has its capital anyway.
    if (flags & F_PLACE) return null;
    return j.lang !== 'de' && unexplainedCapital(j, c, cls, prev) && !style(j, c.start).titleCase ? true : null;
  }
  // "based in Mountain View", "a Cupertino": a town named for the company counts only where the
  // company is named plainly; a company cue nearby is not enough (the start-up is based there).
  if (flags & F_NICKNAME && flags & F_PLACE) return strongIn(j, doc, entity) ? false : null;
  // An outlet's name that is also a word ("Blick", "cash", "Fortune") is cited as a source, not
  // traded: a company cue nearby says nothing about it ("richtet sich der Blick auf die Börse").
  if (kind !== 'media' && cueNear(j, c)) return true;
  if (kind === 'media' && reportedBy(text, c.start, c.end)) return true;
  // "mit Blick auf Hamburg", "im Blick": an outlet named by a German noun is the noun after a
  // preposition or article unless it is cited as a source.
  if (kind === 'media' && j.lang === 'de' && GERMAN_NOUN_BEFORE.has(prev)) return null;
  // An acronym written exactly as recorded ("FAZ", "KKR") outside an all-caps line is a name,
  // even at a sentence start or after a German article, where a capital proves nothing.
  if (flags & F_ACRONYM && !titleCased && c.end - c.start >= 3 && text.slice(c.start, c.end) === aliasText && !style(j, c.start).allCaps) return true;
  // Press nicknames: several words ("il Leone di Trieste", "Piazzetta Cuccia") are the press's
  // own names for the company; one word needs the company named plainly in the text.
  if (flags & F_NICKNAME) return strongIn(j, doc, entity) || !(shape & A_SINGLE_WORD) ? false : null;
  if (PLACE_OR_DATIVE[j.lang ?? '']?.has(prev)) return strongIn(j, doc, entity) ? false : null;
  const capital = unexplainedCapital(j, c, cls, prev);
  // One-letter names ("X") and title-cased acronyms ("Tim") get nothing from a capital.
  if (capital && !titleCased && !(shape & A_ONE_LETTER) && !style(j, c.start).titleCase) return true;
  if (strongIn(j, doc, entity)) return false;
  if (shape & A_ONE_LETTER) return null;
  // "Tesla, run by Elon Musk, ...": its people or owner named plainly in the same text.
  if (relatedStrongIn(j, doc, entity)) return false;
  // A sentence-initial name listed with another known name: "Amazon and Alphabet raised...".
  const next = cls === 'normal' ? listedWith(text, c.end) : -1;
  return next >= 0 && j.starts.has(next) && isUpperStart(text, next) && !style(j, c.start).titleCase ? false : null;
}
