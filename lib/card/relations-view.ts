/**
 * Ownership on cards (issue #8), pure:
 *   - an owned entity (brand, unit, outlet, fund) gets an owner line: "Owned by Stellantis", cited
 *     and dated like any fact, with 1-3 of the owner's key facts and a link to the owner's card;
 *   - an owner gets a short list of its brands and units (or funds it manages), each name a link,
 *     each with the as-of date and source of the fact that ties it to the owner.
 */
import type { EntityDetails } from '../messaging/protocol';
import { isRelationKey, type RelationKey } from '../facts/relations';
import type { Fact } from '../facts/schema';
import type { Lang } from '../i18n/core';
import type { CardMessageKey } from '../i18n/cards';
import { asOfText, factRow, resolveSources, t, type EntityLinkView, type FactRowContext, type FactRowView, type SourceView } from './fact-view';

/** Units named on an owner's card; the rest are counted ("+3 more"), the popup searches them all. */
export const MAX_UNITS = 8;

export interface OwnerView {
  key: RelationKey;
  /** "Owned by", "Parent company", "Managed by". */
  label: string;
  name: string;
  /** Set when the owner is in the database: its name opens its card. */
  link?: EntityLinkView;
  /** The owner's kind ("Company"), when known. */
  kind?: string;
  asOf: string;
  sources: SourceView[];
  conflict?: string;
  user: boolean;
  /** A few of the owner's own key facts (HQ, CEO, listing), each cited. */
  facts: FactRowView[];
}

export interface UnitItemView {
  id: string;
  name: string;
  asOf: string;
  sources: SourceView[];
}

export interface UnitsView {
  /** 'units' (owner, parent) or 'managed' (manager): the section's data attribute. */
  group: 'units' | 'managed';
  title: string;
  items: UnitItemView[];
  /** Units not named ("+3 more"); 0 when all are shown. */
  more: number;
}

const OWNER_LABEL: Record<RelationKey, CardMessageKey> = { owner: 'rel_owner', parent: 'rel_parent', manager: 'rel_manager' };

/** Relation facts as owner lines; the caller leaves them out of the other fact lists. */
export function ownerViews(details: EntityDetails, relationFacts: readonly Fact[], ctx: FactRowContext): OwnerView[] {
  const { lang } = ctx;
  const summaries = new Map((details.owners ?? []).map((o) => [o.id, o]));
  const out: OwnerView[] = [];
  for (const fact of relationFacts) {
    if (!isRelationKey(fact.key) || fact.value.t !== 'entity') continue;
    const row = factRow(fact, ctx);
    const owner = fact.value.v.id ? summaries.get(fact.value.v.id) : undefined;
    const view: OwnerView = { key: fact.key, label: t(lang, OWNER_LABEL[fact.key]), name: row.value, asOf: row.asOf, sources: row.sources, user: row.user, facts: [] };
    if (row.link) view.link = row.link;
    if (row.conflict) view.conflict = row.conflict;
    if (owner) {
      view.kind = t(lang, `kind_${owner.kind}`);
      // The owner's facts are not the user's unless their sources say so.
      view.facts = owner.facts.map((f) => factRow(f, { ...ctx, userEntity: false }));
    }
    out.push(view);
  }
  return out;
}

/** The owner's units, grouped into brands/units and managed funds, each capped at MAX_UNITS. */
export function unitSections(details: EntityDetails, lang: Lang): UnitsView[] {
  const units = details.units ?? [];
  const groups: Array<[UnitsView['group'], CardMessageKey, typeof units]> = [
    ['units', 'units_title', units.filter((u) => u.rel !== 'manager')],
    ['managed', 'units_managed', units.filter((u) => u.rel === 'manager')],
  ];
  return groups
    .filter(([, , list]) => list.length > 0)
    .map(([group, title, list]) => ({
      group,
      title: t(lang, title),
      items: list.slice(0, MAX_UNITS).map((u) => ({ id: u.id, name: u.name, asOf: asOfText(u.asOf, lang), sources: resolveSources(u.sources, details.sources) })),
      more: Math.max(0, list.length - MAX_UNITS),
    }));
}

/** The name of an entity a card links to, for "Looking up {name}…" while its card loads. */
export function linkedEntityName(details: EntityDetails, id: string): string | undefined {
  if (Object.prototype.hasOwnProperty.call(details.related, id)) return details.related[id]!.name;
  return details.units?.find((u) => u.id === id)?.name ?? details.owners?.find((o) => o.id === id)?.name;
}
