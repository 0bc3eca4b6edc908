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

/**
 * Brands an owner lists under the name of an unrelated company already in the bundle, found by
 * the gatherers and reviewers (no country or "Group" tells them apart): the ceramics brand
 * "Leonardo" of Cooperativa Ceramica d'Imola is not the defence group, the yachts "Azimut" of
 * Azimut Benetti not the asset manager Azimut Holding. Neither linked nor drafted.
 */
const NAMESAKE_UNITS: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ["Cooperativa Ceramica d'Imola", new Set(['Leonardo'])],
  ['Azimut Benetti', new Set(['Azimut'])],
]);

export const isNamesakeUnit = (owner: string, unit: string): boolean => NAMESAKE_UNITS.get(owner)?.has(unit) ?? false;

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
