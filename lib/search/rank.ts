/**
 * The ranking rule, on top of MiniSearch's BM25 score: an exact name/alias/ticker beats a prefix
 * match, which beats a fuzzy one; within a tier the higher score wins.
 *
 *   "NVDA"              → ticker NVDA of Nvidia          exact  (tier 3)
 *   "unicr"             → "UniCredit" starts with it     prefix (tier 2)
 *   "unicredt"          → one edit from "unicredit"      fuzzy  (tier 1)
 */
import { foldPhrase } from './normalise';

export const TIER_EXACT = 3;
export const TIER_PREFIX = 2;
export const TIER_FUZZY = 1;

export interface Names {
  name: string;
  aliases: readonly string[];
  tickers: readonly string[];
}

export interface TierMatch {
  tier: number;
  /** The alias or ticker that matched, when it is not the name. */
  matched?: string;
}

/** A document's names, folded once (folding is the costly part of ranking; it is cached). */
export interface FoldedName {
  text: string;
  isName: boolean;
  phrase: string;
  /** The phrase without spaces: "l oreal" → "loreal", so "loreal" is an exact match. */
  compact: string;
  words: string[];
}

export function foldNames(names: Names): FoldedName[] {
  const all = [
    { text: names.name, isName: true },
    ...names.aliases.map((text) => ({ text, isName: false })),
    ...names.tickers.map((text) => ({ text, isName: false })),
  ];
  return all.map((c) => {
    const phrase = foldPhrase(c.text);
    return { ...c, phrase, compact: phrase.replace(/ /g, ''), words: phrase === '' ? [] : phrase.split(' ') };
  });
}

function isPrefixMatch(query: string, queryWords: readonly string[], candidate: FoldedName): boolean {
  if (candidate.phrase.startsWith(query) || candidate.compact.startsWith(query.replace(/ /g, ''))) return true;
  // Every query word starts some word of the candidate ("cuccia piazz" still counts).
  return queryWords.every((q) => candidate.words.some((w) => w.startsWith(q)));
}

const matched = (c: FoldedName, tier: number): TierMatch => (c.isName ? { tier } : { tier, matched: c.text });

/** Match tier for an already folded query (foldPhrase) against folded names. */
export function matchTierFolded(query: string, candidates: readonly FoldedName[]): TierMatch {
  const queryWords = query === '' ? [] : query.split(' ');
  const compactQuery = query.replace(/ /g, '');
  const exact = candidates.find((c) => c.phrase === query || c.compact === compactQuery);
  if (exact) return matched(exact, TIER_EXACT);
  const prefix = candidates.find((c) => isPrefixMatch(query, queryWords, c));
  if (prefix) return matched(prefix, TIER_PREFIX);
  // Fuzzy: show the alias that shares the most with the query (whole-word prefixes count
  // double, then shared initials), if it is not the name.
  let best: { c: FoldedName; shared: number } | undefined;
  for (const c of candidates) {
    const prefixes = queryWords.filter((qw) => c.words.some((w) => w.startsWith(qw))).length;
    const initials = queryWords.filter((qw) => c.words.some((w) => w[0] === qw[0])).length;
    const shared = 2 * prefixes + initials;
    if (!best || shared > best.shared) best = { c, shared };
  }
  return best && !best.c.isName && best.shared > 0 ? matched(best.c, TIER_FUZZY) : { tier: TIER_FUZZY };
}

/** Match tier of a document for a query, and which of its names matched. */
export function matchTier(query: string, names: Names): TierMatch {
  return matchTierFolded(foldPhrase(query), foldNames(names));
}

/** Score whose integer part is the tier: sorting by it applies the whole rule. */
export function tieredScore(tier: number, rawScore: number): number {
  return tier + rawScore / (1 + rawScore);
}
