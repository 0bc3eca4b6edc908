/**
 * Entity matcher: companies and people of the fact database in news text (it/en/fr/de/es).
 *
 *   const index = loadMatchIndex(await (await fetch(url)).json());
 *   const mentions = findMentions(index, text, { lang: 'it', site: 'example.com', corrections });
 *
 * Pure: no DOM, no `browser`; shared by the content script and the CLI.
 */
import type { Correction, FindOptions, Mention } from './types';
import type { EntityKind } from '../facts/schema';
import type { MatchIndex } from './load-index';
import { collectCandidates, type Candidate } from './scan';
import { docStateFrom, noDocState, select, type Accepted, type Judge, type Memo } from './resolve';
import { firstAtOrAfter, type PositionSet } from './positions';
import { foldString } from './fold';
import { PUBLIC_BODIES, regionalPublicBodies } from './blocklist';
import { F_AMBIGUOUS, F_BLOCK, F_CASE, F_NEEDS_CONTEXT, F_OWNER_CONTEXT, F_PLACE, F_SURNAME } from './flags';
import { withInitialisms } from './initialisms';
import { withShortForms } from './short-forms';
import { shapeTable } from './case-shape';

export { loadMatchIndex, type MatchIndex } from './load-index';
export { compileMatchIndex, indexAliases, indexedEntities, type MatchIndexData } from './compile-index';
export type { Mention, FindOptions, Correction, AliasEntry, IndexedEntity } from './types';

const BLOCKED_NAMES = new Set(PUBLIC_BODIES.map(foldString));
/**
 * Per index and entity: 1 for an organisation that is really a public body, 2 for any other,
 * 0 not asked yet. Filled as candidates ask (folding all 27 k names up front cost the first scan
 * several milliseconds).
 */
const blockedCache = new WeakMap<MatchIndex, Uint8Array>();

function blockedEntities(index: MatchIndex): (entity: number) => boolean {
  let b = blockedCache.get(index);
  if (!b) blockedCache.set(index, (b = new Uint8Array(index.entityCount)));
  const known = b;
  return (entity) => {
    let v = known[entity]!;
    if (v === 0) {
      const e = index.entity(entity);
      // Any organisation not recorded as the regulator it is (a regulator keeps its own kind and
      // card): the data may file a public body as an investor ("FROB", Spain's bank resolution
      // fund) as well as a company.
      known[entity] = v = e.kind !== 'person' && e.kind !== 'regulator' && BLOCKED_NAMES.has(foldString(e.name)) ? 1 : 2;
    }
    return v === 1;
  };
}

/** Per index: each entity's kind, in one array (judging reads it for every ref; the entity objects are scattered). */
const kindsCache = new WeakMap<MatchIndex, readonly EntityKind[]>();

function entityKinds(index: MatchIndex): readonly EntityKind[] {
  let k = kindsCache.get(index);
  if (!k) {
    k = Array.from({ length: index.entityCount }, (_, e) => index.kindOf(e));
    kindsCache.set(index, k);
  }
  return k;
}

function baseLang(lang: string | undefined): string | undefined {
  return lang ? lang.toLowerCase().split(/[-_]/)[0] : undefined;
}

function correctionsFor(options: FindOptions): Correction[] {
  const site = options.site?.toLowerCase();
  return (options.corrections ?? []).filter((c) => c.site === '*' || (site !== undefined && c.site.toLowerCase() === site));
}

/**
 * Starts of the candidates, in text order (candidates come sorted by start): "is a known name
 * here?" is a bisection (positions.ts), asked for few candidates, not a Set built on every scan.
 */
function startsOf(cands: readonly Candidate[]): Int32Array {
  const starts = new Int32Array(cands.length);
  for (let i = 0; i < cands.length; i++) starts[i] = cands[i]!.start;
  return starts;
}

/**
 * Whether a name the reader knows without the article's help starts at `start`: not a surname
 * that counts only after a full name (a person known from a company's list), nor a name recorded
 * in capitals written otherwise. "le schede Blackwell Ultra" stays a product's name, and "la
 * analista Mercedes Lara" a person's: neither "Blackwell" nor "Lara" is a known name there.
 * Asked for few candidates, like surnameOnlyAt: nothing is built per scan.
 */
function knownNamesAt(index: MatchIndex, text: string, cands: readonly Candidate[], starts: Int32Array): PositionSet {
  const known = (c: Candidate) => {
    // "Lara" is not the brand recorded as "LARA": a name kept in capitals counts only in capitals.
    const second = text.charCodeAt(c.start + 1);
    const capitals = !(second >= 97 && second <= 122);
    for (let r = index.termStart[c.term]!; r < index.termStart[c.term + 1]!; r++) {
      const flags = index.refFlags[r]!;
      if (flags & F_CASE && !capitals) continue;
      // A surname or a place-like name that counts only beside its full name or owner ("Evrard",
      // Exel's brand, in "Evrard Bordier") is no known name before a surname: a first name may be.
      if (!(flags & (F_SURNAME | F_PLACE)) || !(flags & F_OWNER_CONTEXT)) return true;
    }
    return false;
  };
  return { has: (start) => someCandidateAt(cands, starts, start, known) };
}

/** Whether a candidate starting at `start` passes `test` (`starts`: the candidates' starts, sorted). */
function someCandidateAt(cands: readonly Candidate[], starts: Int32Array, start: number, test: (c: Candidate) => boolean): boolean {
  for (let i = firstAtOrAfter(starts, start); i < starts.length && starts[i] === start; i++) if (test(cands[i]!)) return true;
  return false;
}

/**
 * Whether the candidates at `start` are all doubtful names (ambiguous) written like a first name
 * the data's people go by: "Managing director Andrew Harding" opens with a first name, whatever
 * the antenna maker Andrew is called. Asked only where a first name is looked for.
 */
function doubtfulFirstNameAt(index: MatchIndex, text: string, cands: readonly Candidate[], starts: Int32Array): (start: number) => boolean {
  const sure = (c: Candidate) => {
    if (!index.firstNames.has(text.slice(c.start, c.end).toLowerCase())) return true;
    for (let r = index.termStart[c.term]!; r < index.termStart[c.term + 1]!; r++) if (!(index.refFlags[r]! & F_AMBIGUOUS)) return true;
    return false;
  };
  return (start) => !someCandidateAt(cands, starts, start, sure);
}

/**
 * Whether the candidates at `start` are nothing but a surname ("Ruiz"): after "Mercedes" they end
 * a person's name. True when no candidate starts there.
 */
function surnameOnlyAt(index: MatchIndex, cands: readonly Candidate[], starts: Int32Array): (start: number) => boolean {
  const onlySurname = (c: Candidate) => {
    for (let r = index.termStart[c.term]!; r < index.termStart[c.term + 1]!; r++) if (!(index.refFlags[r]! & F_SURNAME)) return false;
    return true;
  };
  return (start) => !someCandidateAt(cands, starts, start, (c) => !onlySurname(c));
}

/**
 * Whether a name the index holds without any doubt starts at `start` (no ambiguity, no need of
 * context, no surname): "Swisscom" in "Swisscom, Sunrise e Salt" makes the row a list of companies.
 */
function plainNameAt(index: MatchIndex, cands: readonly Candidate[], starts: Int32Array): (start: number) => boolean {
  const plain = (c: Candidate) => {
    for (let r = index.termStart[c.term]!; r < index.termStart[c.term + 1]!; r++) if (!(index.refFlags[r]! & (F_AMBIGUOUS | F_NEEDS_CONTEXT | F_SURNAME | F_BLOCK))) return true;
    return false;
  };
  return (start) => someCandidateAt(cands, starts, start, plain);
}

export function findMentions(index: MatchIndex, text: string, options: FindOptions = {}): Mention[] {
  if (typeof text !== 'string') throw new TypeError('findMentions: text must be a string');
  const lang = baseLang(options.lang);
  const cands = collectCandidates(index, text, lang === undefined || lang === 'de');
  if (cands.length === 0) return [];
  const corrections = correctionsFor(options).map((c) => ({ id: c.entityId, surface: foldString(c.surface) }));
  const blocked = blockedEntities(index);
  const regional = regionalPublicBodies(options.lang);
  const rejected = (entity: number, c: Candidate): boolean => {
    if (blocked(entity)) return true;
    if (regional && c.end - c.start <= regional.maxLength && regional.names.has(foldString(text.slice(c.start, c.end)))) return true;
    if (corrections.length === 0) return false;
    const e = index.entity(entity);
    const surface = foldString(text.slice(c.start, c.end));
    // "Musks" is the same correction as "Musk" (German genitive).
    return corrections.some((k) => k.id === e.id && (k.surface === surface || (c.genitive && `${k.surface}s` === surface)));
  };
  const starts = startsOf(cands);
  const judge: Judge = {
    ix: index, text, lang, rejected, shapes: shapeTable(index), kinds: entityKinds(index), starts: knownNamesAt(index, text, cands, starts), surnameOnly: surnameOnlyAt(index, cands, starts), doubtfulFirstName: doubtfulFirstNameAt(index, text, cands, starts), plainName: plainNameAt(index, cands, starts), line: null, cues: new Map(), usedDoc: false, bearers: new Map(),
  };
  // First selection gathers document evidence (who is named plainly, whose full name appears);
  // the second decides with it, so a headline "Musk" counts once "Elon Musk" appears below.
  const memo: Memo = new Array(cands.length);
  const first = select(judge, noDocState(index), cands, memo);
  let accepted = select(judge, docStateFrom(index, judge.kinds, first), cands, memo);
  // A full name the second pass gave to another person of that name (the story names Breedon, so
  // its Rob Wood, not Entain's): the surnames after it follow only with that pass's evidence.
  if (personSwitched(judge.kinds, first, accepted)) accepted = select(judge, docStateFrom(index, judge.kinds, accepted), cands, memo);
  const mentions = withInitialisms(text, accepted.map((a) => {
    const e = index.entity(a.entity);
    const end = e.kind === 'person' ? a.c.end : withLegalForm(text, a.c.start, a.c.end);
    const start = e.kind === 'person' ? a.c.start : a.c.start + leadingCueLength(text.slice(a.c.start, end), e.name);
    return { kind: e.kind, id: e.id, name: e.name, surface: text.slice(start, end), start, end };
  }));
  return withShortForms(mentions, linkedIn(index, accepted));
}

/** Whether the index links two of the accepted entities (by id), in either direction. */
function linkedIn(index: MatchIndex, accepted: readonly Accepted[]): (a: string, b: string) => boolean {
  // Built on the first question: most texts name no group in full with a designator.
  let byId: Map<string, number> | undefined;
  const entityOf = (id: string): number | undefined => {
    if (!byId) {
      byId = new Map();
      for (const x of accepted) if (x.entity >= 0) byId.set(index.entity(x.entity).id, x.entity);
    }
    return byId.get(id);
  };
  const links = (from: number, to: number): boolean => {
    for (let i = index.relatedStart[from]!; i < index.relatedStart[from + 1]!; i++) if (index.related[i] === to) return true;
    return false;
  };
  return (a, b) => {
    const x = entityOf(a);
    const y = entityOf(b);
    return x !== undefined && y !== undefined && (links(x, y) || links(y, x));
  };
}

/** Whether a full name at one place went to a different person in `second` than in `first`. */
function personSwitched(kinds: readonly string[], first: readonly Accepted[], second: readonly Accepted[]): boolean {
  const before = new Map<number, number>();
  for (const a of first) if (kinds[a.entity] === 'person' && !(a.flags & F_SURNAME)) before.set(a.c.start, a.entity);
  for (const a of second) {
    const was = before.get(a.c.start);
    if (was !== undefined && was !== a.entity && kinds[a.entity] === 'person' && !(a.flags & F_SURNAME)) return true;
  }
  return false;
}

/**
 * "l'OL", "agenzia AWP", "diario Gestión", "l'institut GfK": an elided article or a lower-case
 * noun that opens a recorded alias is no part of the name the reader sees (the annotation
 * conventions keep "l'" outside the name), unless the entity's own name opens with it ("L'Oréal",
 * "Fondo Strategico Italiano"). An article stays: the press's nicknames take theirs ("il
 * Cavallino", "la Caisse").
 */
const LEADING_CUE_RE = /^(?:(?:l|d|dell|all|nell|sull|dall)['’]|(?:agenzia|agence|agentur|fondo|fonds|consorzio|sistema|diario|periódico|quotidiano|giornale|quotidien|journal|cabinet|despacho|bufete|institut|istituto|instituto|institute)[ \u00a0]+)(?=\p{Lu})/iu;
function leadingCueLength(surface: string, name: string): number {
  const m = LEADING_CUE_RE.exec(surface);
  if (!m) return 0;
  // The nouns only in lower case ("Agenzia Entrate" may be a name); elisions in either case.
  if (!m[0].includes("'") && !m[0].includes('’') && m[0].charAt(0) !== m[0].charAt(0).toLowerCase()) return 0;
  const cue = m[0].trim().toLowerCase().replace('’', "'");
  return name.toLowerCase().replace('’', "'").startsWith(cue) ? 0 : m[0].length;
}

/** Legal forms written with a final dot ("Enbridge Inc.", "TC Energy Corp."): the dot is the name's. */
const LEGAL_FORM_END = /(?:^|[\s,])(?:Inc|Corp|Ltd|Co|Bros|Cie|Ltda|Cia|S\.A|N\.V|S\.p\.A|S\.r\.l|B\.V|A\.G)$/u;

/** A legal form written after the name the index knows ("TC Energy Corp.", "Sika AG"). */
const LEGAL_FORM_AFTER = /^[ \u00a0](?:Inc\.|Corp\.|Corporation|Ltd\.|Limited|plc|PLC|AG|SE|S\.A\.|S\.p\.A\.|N\.V\.|GmbH|SpA)(?![\p{L}\p{N}])/u;

/**
 * The end of a company mention, past a legal form written after it and the dot that closes one
 * it ends with: the name as written is the whole name. Not on a line in capitals ("FERRARI SE
 * DÉMARQUE": "se" is a verb).
 */
function withLegalForm(text: string, start: number, end: number): number {
  const surface = text.slice(start, end);
  if (surface === surface.toUpperCase() && /\p{Lu}{2}/u.test(surface)) return end;
  const after = LEGAL_FORM_AFTER.exec(text.slice(end, end + 14));
  if (after) end += after[0].length;
  return text.charCodeAt(end) === 46 && LEGAL_FORM_END.test(text.slice(Math.max(start, end - 12), end)) ? end + 1 : end;
}
