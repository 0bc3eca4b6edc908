/**
 * Brands and subsidiaries named in curated company records become entities of their own
 * (kind 'brand' or 'company') with an owner / parent fact citing the same pages, so that
 * "Gucci" or "PIMCO" get a card linking to Kering or Allianz (head start on issue 8).
 */
import type { Candidate } from '../prefer';
import type { EntityDraft } from './draft';
import { splitQualifier } from './fact-helpers';

const MAX_NAME_WORDS = 6;
/** Items that are not a single named business ("stakes in Eni, Poste ...") or are only a stake. */
const NOT_AN_ENTITY = /^\p{Ll}/u;
const ONLY_A_STAKE = /\b(stake|associate)\b/i;

export interface RelationTarget {
  name: string;
  detail?: string;
  kind: 'brand' | 'company';
  key: 'owner' | 'parent';
}

export function relationTargets(list: readonly string[], kind: 'brand' | 'company'): RelationTarget[] {
  const out: RelationTarget[] = [];
  for (const item of list) {
    const { name, detail } = splitQualifier(item);
    if (!name || NOT_AN_ENTITY.test(name) || name.split(/\s+/).length > MAX_NAME_WORDS) continue;
    out.push({ name, detail, kind, key: kind === 'brand' ? 'owner' : 'parent' });
  }
  return out;
}

/** The owner fact for a brand / subsidiary, cited by the owner record's brands/subsidiaries sources. */
export function ownerCandidate(from: Candidate, target: RelationTarget, ownerName: string): Candidate | undefined {
  if (target.detail && ONLY_A_STAKE.test(target.detail)) return undefined;
  const c: Candidate = {
    key: target.key,
    value: { t: 'entity', v: { name: ownerName } },
    asOf: from.asOf,
    sources: [...from.sources],
    authority: from.authority,
  };
  if (target.detail) c.note = target.detail.replace(/^\(|\)$/g, '');
  return c;
}

export function relationDraft(target: RelationTarget, owner: Candidate): EntityDraft {
  return { kind: target.kind, name: target.name, aliases: [], candidates: [owner], match: { tickers: [], isins: [] }, origin: 'curated-relation' };
}
