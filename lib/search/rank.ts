/**
 * The ranking rule, on top of MiniSearch's BM25 score: an exact name/alias/ticker beats a prefix
 * match, which beats a fuzzy one; within a tier the higher score wins.
 *
 *   "NVDA"              → ticker NVDA of Nvidia          exact  (tier 3)
 *   "unicr"             → "UniCredit" starts with it     prefix (tier 2)
 *   "unicredt"          → one edit from "unicredit"      fuzzy  (tier 1)
 */
import { foldPhrase, words } from './normalise';

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

function isPrefixMatch(queryWords: string[], candidate: string): boolean {
  const phrase = foldPhrase(candidate);
  if (phrase.startsWith(queryWords.join(' '))) return true;
  // Every query word starts some word of the candidate ("cuccia piazz" still counts).
  const candidateWords = phrase.split(' ');
  return queryWords.every((q) => candidateWords.some((w) => w.startsWith(q)));
}

/** Match tier of a document for a query, and which of its names matched. */
export function matchTier(query: string, names: Names): TierMatch {
  const q = foldPhrase(query);
  const queryWords = q === '' ? [] : q.split(' ');
  const candidates: Array<{ text: string; isName: boolean }> = [
    { text: names.name, isName: true },
    ...names.aliases.map((text) => ({ text, isName: false })),
    ...names.tickers.map((text) => ({ text, isName: false })),
  ];
  const exact = candidates.find((c) => foldPhrase(c.text) === q);
  if (exact) return exact.isName ? { tier: TIER_EXACT } : { tier: TIER_EXACT, matched: exact.text };
  const prefix = candidates.find((c) => isPrefixMatch(queryWords, c.text));
  if (prefix) return prefix.isName ? { tier: TIER_PREFIX } : { tier: TIER_PREFIX, matched: prefix.text };
  // Fuzzy: show the alias sharing the most words with the query, if it is not the name.
  let best: { text: string; isName: boolean; shared: number } | undefined;
  for (const c of candidates) {
    const cw = words(c.text);
    const shared = queryWords.filter((qw) => cw.some((w) => w[0] === qw[0])).length;
    if (!best || shared > best.shared) best = { ...c, shared };
  }
  return best && !best.isName && best.shared > 0 ? { tier: TIER_FUZZY, matched: best.text } : { tier: TIER_FUZZY };
}

/** Score whose integer part is the tier: sorting by it applies the whole rule. */
export function tieredScore(tier: number, rawScore: number): number {
  return tier + rawScore / (1 + rawScore);
}
