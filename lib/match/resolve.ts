/**
 * Passes 2 and 3 of findMentions: decide which candidates are mentions.
 *
 * Each candidate's refs (aliases of entities) are judged (judge.ts); when several entities
 * accept the same span, the document decides (the one named plainly; for a shared surname, the
 * person whose full name came last before it). Selection is greedy left to right, longest
 * first, so spans never overlap; a blocking phrase (public body) consumes its span silently.
 */
import type { Candidate } from './scan';
import type { EntityKind } from '../facts/schema';
import type { MatchIndex } from './load-index';
import { positionSet } from './positions';
import * as f from './flags';
import { capitalsMissing, fullNameIn, insideNumber, judgeRef, relatedStrongIn, strongIn, type DocState, type Judge } from './judge';
import { previousWord, titleBefore } from './context';
import { ORG_NOUNS } from './rules';
import { STOCK_INDICES } from './blocklist';
import { foldString } from './fold';

export type { DocState, Judge } from './judge';

const { F_BLOCK, F_PRESS_ONLY, F_SURNAME, F_TICKER, pressMeans } = f;
const INDEX_NAMES: ReadonlySet<string> = new Set(STOCK_INDICES.map(foldString));

export interface Accepted {
  c: Candidate;
  entity: number;
  alias: number;
  flags: number;
  /** Accepted on its own strength (counts as document evidence). */
  strong: boolean;
}

/**
 * How well the document backs `entity` at `pos`: nearest full name before, then any evidence.
 * A person's full name elsewhere backs a surname, not the full name itself: "Brunello Cucinelli"
 * is also the company, and the designer named with his title later says nothing of the headline.
 * A full name that comes only after the surname backs it less than an organisation of that name
 * named plainly: "Barceló, copresidido por Simón Pedro Barceló", "Ferragamo, ricavi in calo ...
 * il presidente Leonardo Ferragamo" open with the family's company, not with its member.
 */
function backing(j: Judge, doc: DocState, entity: number, pos: number, flags: number): number {
  j.usedDoc = true;
  const at = doc.fullName.get(entity);
  if (at && flags & F_SURNAME) {
    let first = -1;
    for (const p of at) if (p < pos && (first < 0 || p < first)) first = p;
    return first >= 0 ? 2 + (1e9 - first) / 1e10 : 0.5;
  }
  // A rival named plainly ("Merck & Co.", "MSD") is matched by the other's people or units named
  // ("Belén Garijo", "SpringWorks"): then the page's language decides ("Merck" in German news).
  return (strongIn(j, doc, entity) ? 1 : 0) + (relatedStrongIn(j, doc, entity) ? 1 : 0);
}

/**
 * Whether `entity`'s only evidence is its own first-pass acceptance by this very name while the
 * rival has kin the story names: "de Chausson à Challenger" in a story about Trigano is Trigano's
 * brand, not the Australian annuity group the first pass gave the word to; "Metro" four times in
 * a story about its Jean Coutu pharmacies is Metro Inc., not Metro AG.
 */
function onlySelfAgainstKin(j: Judge, doc: DocState, entity: number, rival: number, c: Candidate): boolean {
  if (doc.strongTerm?.get(entity) !== c.term || relatedStrongIn(j, doc, entity)) return false;
  // The rival's kin other than this entity itself (BAE Systems is the kin of BAE Systems Inc.).
  return relatedStrongIn(j, doc, rival, (kin) => kin !== entity && doc.strongTerm?.get(kin) !== c.term);
}

/**
 * A word right before a name shared by a person and an organisation says which is meant: "il
 * gruppo Prada", "the brand Versace" are the company, "la stilista Prada", "CEO Musk" the person,
 * whatever the document names elsewhere.
 */
function kindByPreviousWord(j: Judge, a: Accepted, b: Accepted, c: Candidate): Accepted | undefined {
  const aPerson = j.kinds[a.entity] === 'person';
  if (aPerson === (j.kinds[b.entity] === 'person')) return undefined;
  const [person, org] = aPerson ? [a, b] : [b, a];
  if (ORG_NOUNS.has(previousWord(j.text, c.start).word.toLowerCase())) return org;
  return titleBefore(j.text, c.start) ? person : undefined;
}

/** Best accepted ref for a candidate, or null. Blocking phrases return entity -1. */
export function judgeCandidate(j: Judge, doc: DocState, c: Candidate): Accepted | null {
  const { ix } = j;
  if (capitalsMissing(j, c)) return null;
  let best: Accepted | null = null;
  let blocked = false;
  let rivals = 0;
  // Chosen over a rival only because the page's language prefers it ("Merck" in German news).
  let byPress = false;
  // The span's text decides this for every ref alike: asked once per candidate, not per ref.
  const inNumber = insideNumber(j.text, c.start, c.end);
  const end = ix.termStart[c.term + 1]!;
  for (let r = ix.termStart[c.term]!; r < end; r++) {
    const flags = ix.refFlags[r]!;
    const alias = ix.refAlias[r]!;
    if (flags & F_BLOCK) {
      blocked = true;
      continue;
    }
    if (inNumber) continue;
    // "Zurich" is the insurer only where the city goes by another name.
    if (flags & F_PRESS_ONLY && !pressMeans(flags, j.lang)) continue;
    const entity = ix.aliasEntity[alias]!;
    const verdict = judgeRef(j, doc, c, alias, flags, entity);
    if (verdict === null) continue;
    const cand: Accepted = { c, entity, alias, flags, strong: verdict };
    if (!best) best = cand;
    else if (best.entity === entity) {
      if (!best.strong && cand.strong) best = cand;
    } else {
      rivals++;
      const byWord = kindByPreviousWord(j, best, cand, c);
      if (byWord) {
        best = byWord;
        continue;
      }
      // Two people of one full name (Entain's Rob Wood, Breedon's): the one whose company the
      // story names. Their own first-pass acceptance is no evidence: it went to the first of them.
      const namesakes = j.kinds[best.entity] === 'person' && j.kinds[entity] === 'person' && !((best.flags | flags) & F_SURNAME);
      const a = namesakes ? Number(relatedStrongIn(j, doc, best.entity)) : backing(j, doc, best.entity, c.start, best.flags) - Number(onlySelfAgainstKin(j, doc, best.entity, entity, c));
      const b = namesakes ? Number(relatedStrongIn(j, doc, entity)) : backing(j, doc, entity, c.start, flags) - Number(onlySelfAgainstKin(j, doc, entity, best.entity, c));
      if (b !== a || cand.strong !== best.strong) {
        if (b > a || (b === a && cand.strong)) {
          best = cand;
          byPress = false;
        }
        continue;
      }
      const pa = pressMeans(best.flags, j.lang);
      const pb = pressMeans(flags, j.lang);
      if (pb !== pa) {
        if (pb) best = cand;
        byPress = true;
      }
    }
  }
  // A choice the language made is no evidence for the document: "Merck & Co." named plainly
  // must still win the bare "Merck" in Italian news on the second pass.
  if (best && byPress) best = { ...best, strong: false };
  // A public body: reported only under its own kind (regulator...), never as a company. A stock
  // index never at all ("le SMI progressait": not the textile federation).
  if (blocked && (!best || j.kinds[best.entity] === 'company' || INDEX_NAMES.has(foldString(j.text.slice(c.start, c.end))))) {
    return { c, entity: -1, alias: -1, flags: F_BLOCK, strong: false };
  }
  // A surname shared by two people, neither introduced: do not guess.
  if (best && rivals > 0 && best.flags & F_SURNAME && !fullNameIn(j, doc, best.entity)) return null;
  return best;
}

/** Whether a blocking phrase (a public body) starts before `end`, among candidates from `from`, and runs past it. */
function endsInsideBlock(ix: MatchIndex, cands: readonly Candidate[], from: number, end: number): boolean {
  for (let n = from; n < cands.length && cands[n]!.start < end; n++) {
    const c = cands[n]!;
    if (c.end <= end) continue;
    for (let r = ix.termStart[c.term]!; r < ix.termStart[c.term + 1]!; r++) if (ix.refFlags[r]! & F_BLOCK) return true;
  }
  return false;
}

/** Verdicts by candidate index (undefined: not judged yet, or judged with document evidence). */
export type Memo = Array<Accepted | null | undefined>;

/**
 * Greedy, longest-first, non-overlapping selection over candidates sorted by start. `memo`
 * carries verdicts that read no document evidence from the first pass to the second.
 */
export function select(j: Judge, doc: DocState, cands: readonly Candidate[], memo: Memo): Accepted[] {
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
        const a = verdict(j, doc, cands, memo, m);
        if (!a) continue;
        // "The European Commission": a name that ends inside a public body's name is part of it.
        if (a.entity >= 0 && endsInsideBlock(j.ix, cands, k, cands[m]!.end)) continue;
        // "La Caisse de dépôt et placement du Québec": a name that opens with its article ("la
        // Caisse") gives way to a longer name starting after the article.
        if (a.entity >= 0 && ARTICLE_AT_START.test(j.text.slice(start, start + 5)) && longerFromInside(j, doc, cands, k, cands[m]!.end, memo)) continue;
        lastEnd = cands[m]!.end;
        if (a.entity >= 0) out.push(a);
        break;
      }
    }
    i = k;
  }
  return out;
}

/** An article opening a recorded name ("la Caisse", "il Biscione", "die Bahn", "the Big Four"). */
const ARTICLE_AT_START = /^(?:la|le|il|lo|el|the|der|die|das)[ \u00A0]/i;

/** Whether a candidate starting inside (after `from`'s start, before `end`) and ending after `end` is accepted. */
function longerFromInside(j: Judge, doc: DocState, cands: readonly Candidate[], from: number, end: number, memo: Memo): boolean {
  for (let n = from; n < cands.length && cands[n]!.start < end; n++) {
    if (cands[n]!.end <= end) continue;
    const a = verdict(j, doc, cands, memo, n);
    if (a && a.entity >= 0) return true;
  }
  return false;
}

/** Candidate `m`'s verdict, from `memo` when it read no document evidence the first time. */
function verdict(j: Judge, doc: DocState, cands: readonly Candidate[], memo: Memo, m: number): Accepted | null {
  let a = memo[m];
  if (a === undefined) {
    j.usedDoc = false;
    a = judgeCandidate(j, doc, cands[m]!);
    if (!j.usedDoc) memo[m] = a;
  }
  return a;
}

/** The document state of the first selection: no evidence yet. */
export function noDocState(ix: MatchIndex): DocState {
  return { strong: noneStrong(ix), fullName: new Map() };
}

/** Per index: an all-zero `strong` for first passes, shared (never written) so short texts allocate none. */
const noneCache = new WeakMap<MatchIndex, Uint8Array>();

function noneStrong(ix: MatchIndex): Uint8Array {
  let none = noneCache.get(ix);
  if (!none) noneCache.set(ix, (none = new Uint8Array(ix.entityCount)));
  return none;
}

/** Document evidence from a first selection (accepted names come in text order). */
export function docStateFrom(ix: MatchIndex, kinds: readonly EntityKind[], accepted: readonly Accepted[]): DocState {
  const strong = new Uint8Array(ix.entityCount);
  const strongTerm = new Map<number, number>();
  const fullName = new Map<number, number[]>();
  const personStarts: number[] = [];
  const personEnds: number[] = [];
  for (const a of accepted) {
    if (a.strong) {
      strong[a.entity] = 1;
      const term = strongTerm.get(a.entity);
      if (term !== a.c.term) strongTerm.set(a.entity, term === undefined ? a.c.term : -1);
    }
    if (kinds[a.entity] === 'person' && !(a.flags & (F_SURNAME | F_TICKER))) {
      personStarts.push(a.c.start);
      personEnds.push(a.c.end);
      const list = fullName.get(a.entity);
      if (list) list.push(a.c.start);
      else fullName.set(a.entity, [a.c.start]);
    }
  }
  return { strong, strongTerm, fullName, personStarts: positionSet(Int32Array.from(personStarts)), personEnds: positionSet(Int32Array.from(personEnds)) };
}
