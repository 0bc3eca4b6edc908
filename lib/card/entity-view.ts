/**
 * EntityDetails → what an entity card shows (pure, testable without a DOM).
 * Companies and organisations: key facts in a fixed reading order, then "more facts".
 * People: current and past roles, then personal facts. Both: deals and a data-date footer.
 */
import type { EntityDetails } from '../messaging/protocol';
import type { Fact, TextTranslations } from '../facts/schema';
import type { Lang } from '../i18n/core';
import { isRelationKey } from '../facts/relations';
import { formatIsoDate } from './format';
import { asOfText, collectSources, dealView, factRow, localText, resolveSources, sortDeals, t, type DealView, type FactRowView, type NameLookup, type SourceView } from './fact-view';
import { ownerViews, unitSections, type OwnerView, type UnitsView } from './relations-view';

/** Reading order of the key facts on organisation cards (issue 5, "Cards"). */
const ORG_KEYS = ['founded', 'hq', 'country', 'ceo', 'chair', 'keyPeople', 'founders', 'sector', 'industry', 'ticker', 'employees', 'revenue', 'netIncome', 'valuation', 'marketCap', 'aum'];
const PERSON_KEYS = ['role', 'born', 'birthplace', 'nationality', 'education'];
/** Shown elsewhere on the card (subtitle) or not useful to readers. */
const HIDDEN_KEYS = new Set(['description', 'website', 'cik']);
/** Deals listed on a card; more are a search away in the popup. */
export const MAX_DEALS = 4;

export interface EntityCardView {
  id: string;
  /** The name without a trailing bracketed qualifier, which goes in `qualifier`. */
  name: string;
  /** "Switzerland" of "Coop (Switzerland)", "Iliad" of "Free (Iliad)": shown after the name, muted. */
  qualifier?: string;
  kind: string;
  isPerson: boolean;
  /** In the UI language when translated, else English (`lang: 'en'`, so the card can mark it);
   *  `lang` is left out for a user pack's text, whose language we do not know. */
  description?: { text: string; lang?: Lang; asOf: string; sources: SourceView[] };
  keyFacts: FactRowView[];
  currentRoles: FactRowView[];
  pastRoles: FactRowView[];
  moreFacts: FactRowView[];
  /** Who owns, controls or manages it (issue #8): under the description, linked. */
  owners: OwnerView[];
  /** Its brands and units, or the funds it manages (issue #8); empty for people. */
  units: UnitsView[];
  deals: DealView[];
  /** The whole record comes from the user's own fact pack. */
  userEntity: boolean;
  /** Every source on the card, for the list at the bottom. */
  sources: SourceView[];
  dataDate: string;
  /** One line for screen readers: "OpenAI, company, San Francisco, CEO Sam Altman". */
  summary: string;
}

export function buildEntityView(details: EntityDetails, lang: Lang): EntityCardView {
  const { entity, sources } = details;
  const known = (id: string) => Object.prototype.hasOwnProperty.call(details.related, id);
  const name: NameLookup = (id, fallback) => (id && known(id) ? details.related[id]!.name : fallback);
  const userEntity = entity.pack !== undefined;
  const ctx = { lang, sources, name, userEntity, known };
  const isPerson = entity.kind === 'person';

  const byKey = new Map<string, Fact[]>();
  for (const fact of entity.facts) {
    const list = byKey.get(fact.key) ?? [];
    list.push(fact);
    byKey.set(fact.key, list);
  }

  const descFact = byKey.get('description')?.[0];
  const description = descFact && descFact.value.t === 'text' ? descriptionView(descFact, descFact.value.v, descFact.value.i18n, details, lang) : undefined;

  const order = isPerson ? PERSON_KEYS : ORG_KEYS;
  const keyFacts: FactRowView[] = [];
  const currentRoles: FactRowView[] = [];
  const pastRoles: FactRowView[] = [];
  for (const key of order) {
    for (const fact of byKey.get(key) ?? []) {
      if (fact.value.t === 'role') (fact.value.until ? pastRoles : currentRoles).push(factRow(fact, ctx));
      else keyFacts.push(factRow(fact, ctx));
    }
  }
  // Owner, parent and manager links get their own line on organisation cards (issue #8).
  const relationFacts = isPerson ? [] : entity.facts.filter((f) => isRelationKey(f.key) && f.value.t === 'entity');
  const owners = ownerViews(details, relationFacts, ctx);
  const moreFacts: FactRowView[] = [];
  for (const fact of entity.facts) {
    if (order.includes(fact.key) || HIDDEN_KEYS.has(fact.key) || relationFacts.includes(fact)) continue;
    if (fact.value.t === 'role') (fact.value.until ? pastRoles : currentRoles).push(factRow(fact, ctx));
    else moreFacts.push(factRow(fact, ctx));
  }

  const deals = sortDeals(details.deals).slice(0, MAX_DEALS).map((d) => dealView(d, lang, sources));
  const units = isPerson ? [] : unitSections(details, lang);
  const kind = t(lang, `kind_${entity.kind}`);
  return {
    id: entity.id,
    ...splitQualifier(entity.name),
    kind,
    isPerson,
    description,
    keyFacts,
    currentRoles,
    pastRoles,
    moreFacts,
    owners,
    units,
    deals,
    userEntity,
    sources: collectSources([
      description ? [description] : [],
      owners,
      owners.flatMap((o) => o.facts),
      currentRoles,
      keyFacts,
      pastRoles,
      moreFacts,
      units.flatMap((u) => u.items),
      deals,
    ]),
    dataDate: details.dataDate ? formatIsoDate(details.dataDate, lang) : '',
    summary: entitySummary(details, lang, kind, name),
  };
}

/** The one-liner in the UI language when translated, else as stored (English for bundled data). */
function descriptionView(fact: Fact, text: string, i18n: TextTranslations | undefined, details: EntityDetails, lang: Lang): NonNullable<EntityCardView['description']> {
  const local = localText(text, i18n, lang);
  // A user pack's text is in whatever language its author wrote: no claim about it.
  const textLang: Lang | undefined = local.translated ? lang : details.entity.pack !== undefined ? undefined : 'en';
  return { text: local.text, ...(textLang ? { lang: textLang } : {}), asOf: asOfText(fact.asOf, lang), sources: resolveSources(fact.sources, details.sources) };
}

function plain(fact: Fact | undefined, name: NameLookup): string | undefined {
  if (!fact) return undefined;
  const v = fact.value;
  if (v.t === 'text') return v.v;
  if (v.t === 'entity') return name(v.v.id, v.v.name);
  if (v.t === 'role') return `${v.title}, ${name(v.org.id, v.org.name)}`;
  return undefined;
}

/** Short enough to hear in a breath: name, kind, where, who leads it. */
export function entitySummary(details: EntityDetails, lang: Lang, kind: string, name: NameLookup): string {
  const facts = details.entity.facts;
  const find = (key: string) => facts.find((f) => f.key === key);
  const parts = [details.entity.name, kind.toLowerCase()];
  if (details.entity.kind === 'person') {
    const role = facts.find((f) => f.value.t === 'role' && !f.value.until);
    const r = plain(role, name);
    if (r) parts.push(r);
  } else {
    const hq = plain(find('hq'), name);
    if (hq) parts.push(hq.split(',')[0]!.trim());
    const ceo = plain(find('ceo'), name);
    if (ceo) parts.push(t(lang, 'summary_ceo', { name: ceo }));
    // Only "owner": "part of" reads badly out of context (and German nouns keep their capital).
    const owner = plain(find('owner'), name);
    if (owner) parts.push(t(lang, 'summary_owner', { name: owner }));
  }
  return parts.join(', ');
}

/** "Coop (Switzerland)" -> name "Coop", qualifier "Switzerland"; other names as they are. */
function splitQualifier(full: string): { name: string; qualifier?: string } {
  const m = /^(.*\S)\s+\(([^()]+)\)$/.exec(full);
  return m ? { name: m[1]!, qualifier: m[2]! } : { name: full };
}
