/**
 * Facts → display rows (pure). Every row keeps its as-of date, its sources (resolved to
 * title + domain + safe URL) and any disagreeing values, so a card can never show a fact
 * without saying where it comes from and how old it is.
 */
import type { Deal, Fact, FactValue, Source, TextTranslations } from '../facts/schema';
import type { Lang } from '../i18n/core';
import { CARD_MESSAGES, type CardMessageKey } from '../i18n/cards';
import { format } from '../i18n/core';
import { localDealTitle } from './deal-title';
import { domainOf, formatIsoDate, formatMoney, formatNumber, safeHttpUrl } from './format';

export interface SourceView {
  id: string;
  title: string;
  domain: string;
  /** Undefined when the URL is not http(s): the title is then shown as plain text. */
  href?: string;
  licence?: string;
  user: boolean;
}

export interface FactRowView {
  key: string;
  label: string;
  value: string;
  asOf: string;
  sources: SourceView[];
  /** "Sources differ: 2021 (wikipedia.org); 2020 (reuters.com)", when sources disagree. */
  conflict?: string;
  /** The fact comes from the user's own fact pack. */
  user: boolean;
  /** A known entity named in `value` (CEO, owner, a role's organisation): the card makes that
   *  name a button that opens its card (issue #8). */
  link?: EntityLinkView;
}

export interface EntityLinkView {
  id: string;
  /** As it appears in the row's value. */
  name: string;
}

export interface NameLookup {
  (id: string | undefined, fallback: string): string;
}

export function t(lang: Lang, key: CardMessageKey, vars?: Record<string, string | number>): string {
  return format(CARD_MESSAGES, lang, key, vars);
}

export function asOfText(asOf: string, lang: Lang): string {
  return asOf === 'undated' ? t(lang, 'undated') : t(lang, 'as_of', { date: formatIsoDate(asOf, lang) });
}

export function resolveSources(ids: readonly string[], sources: Record<string, Source>): SourceView[] {
  const out: SourceView[] = [];
  for (const id of ids) {
    const s = Object.prototype.hasOwnProperty.call(sources, id) ? sources[id] : undefined;
    if (!s) continue; // unresolved ids are a data-build bug; the fact still shows its as-of
    out.push({ id, title: s.title, domain: domainOf(s.url), href: safeHttpUrl(s.url), licence: s.licence, user: s.authority === 'user' });
  }
  return out;
}

/** Items of a list fact shown on a card (founders can be a dozen names). */
export const MAX_LIST_ITEMS = 5;

/** Every distinct source used by the given rows and deals, in order of first use. */
export function collectSources(groups: ReadonlyArray<ReadonlyArray<{ sources: readonly SourceView[] }>>): SourceView[] {
  const seen = new Map<string, SourceView>();
  for (const group of groups) for (const item of group) for (const s of item.sources) if (!seen.has(s.id)) seen.set(s.id, s);
  return [...seen.values()];
}

/**
 * A text in the UI language when the data carries that translation (`i18n`, built from
 * data/sources/curated/descriptions-<lang>.jsonl), else the text as stored (English for the
 * bundled data). `translated` says which one was picked.
 */
export function localText(text: string, i18n: TextTranslations | undefined, lang: Lang): { text: string; translated: boolean } {
  const own = lang === 'en' ? undefined : i18n?.[lang];
  return own ? { text: own, translated: true } : { text, translated: false };
}

export function formatFactValue(value: FactValue, lang: Lang, name: NameLookup): string {
  switch (value.t) {
    case 'text':
      return localText(value.v, value.i18n, lang).text;
    case 'number':
      return value.unit ? `${formatNumber(value.v, lang)} ${value.unit}` : formatNumber(value.v, lang);
    case 'date':
      return formatIsoDate(value.v, lang);
    case 'money':
      return value.label ? `${formatMoney(value.v, lang)} (${value.label})` : formatMoney(value.v, lang);
    case 'entity':
      return name(value.v.id, value.v.name);
    case 'list':
      return value.v.length > MAX_LIST_ITEMS ? `${value.v.slice(0, MAX_LIST_ITEMS).join(', ')} +${value.v.length - MAX_LIST_ITEMS}` : value.v.join(', ');
    case 'ticker':
      return value.exchange ? `${value.exchange}: ${value.symbol}` : value.symbol;
    case 'role': {
      const base = t(lang, 'at_org', { title: value.title, org: name(value.org.id, value.org.name) });
      const period = periodText(value.since, value.until, lang);
      return period ? `${base} (${period})` : base;
    }
  }
}

export function periodText(since: string | undefined, until: string | undefined, lang: Lang): string {
  if (since && until) return t(lang, 'period', { from: formatIsoDate(since, lang), to: formatIsoDate(until, lang) });
  if (since) return t(lang, 'since', { date: formatIsoDate(since, lang) });
  if (until) return t(lang, 'until', { date: formatIsoDate(until, lang) });
  return '';
}

export function factLabel(key: string, lang: Lang): string {
  const k = `fact_${key}` as CardMessageKey;
  return k in CARD_MESSAGES.en ? t(lang, k) : humanizeKey(key);
}

/** Pack facts may use keys we have no label for: "boardSeats" → "Board seats". */
function humanizeKey(key: string): string {
  const words = key.replace(/([a-z0-9])([A-Z])/g, '$1 $2').toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** The entity a fact value names by id, when the card knows it (so its link cannot dead-end). */
export function valueLink(value: FactValue, name: NameLookup, known: (id: string) => boolean): EntityLinkView | undefined {
  const ref = value.t === 'entity' ? value.v : value.t === 'role' ? value.org : undefined;
  if (!ref?.id || !known(ref.id)) return undefined;
  return { id: ref.id, name: name(ref.id, ref.name) };
}

export interface FactRowContext {
  lang: Lang;
  sources: Record<string, Source>;
  name: NameLookup;
  userEntity: boolean;
  /** Ids of entities the card can open; without it no row links. */
  known?: (id: string) => boolean;
}

export function factRow(fact: Fact, ctx: FactRowContext): FactRowView {
  const { lang } = ctx;
  const sources = resolveSources(fact.sources, ctx.sources);
  const row: FactRowView = {
    key: fact.key,
    label: factLabel(fact.key, lang),
    value: formatFactValue(fact.value, lang, ctx.name),
    asOf: asOfText(fact.asOf, lang),
    sources,
    user: ctx.userEntity || sources.some((s) => s.user),
  };
  const link = ctx.known && valueLink(fact.value, ctx.name, ctx.known);
  if (link) row.link = link;
  if (fact.conflicts && fact.conflicts.length > 0) {
    const values = fact.conflicts.map((c) => {
      const who = resolveSources(c.sources, ctx.sources).map((s) => s.domain || s.title).join(', ');
      const value = formatFactValue(c.value, lang, ctx.name);
      const when = c.asOf === 'undated' ? '' : `, ${formatIsoDate(c.asOf, lang)}`;
      return who ? `${value} (${who}${when})` : value;
    });
    row.conflict = t(lang, 'sources_differ', { values: values.join('; ') });
  }
  return row;
}

export interface DealView {
  id: string;
  title: string;
  amount?: string;
  status: string;
  date?: string;
  sources: SourceView[];
  user: boolean;
}

export function dealView(deal: Deal, lang: Lang, sources: Record<string, Source>): DealView {
  const status = t(lang, `deal_${deal.status}` as CardMessageKey);
  const when = deal.closed ?? deal.announced;
  const resolved = resolveSources(deal.sources, sources);
  return {
    id: deal.id,
    title: localDealTitle(deal, lang),
    amount: deal.amount ? formatMoney(deal.amount, lang) : undefined,
    status,
    date: when ? formatIsoDate(when, lang) : undefined,
    sources: resolved,
    user: deal.pack !== undefined || resolved.some((s) => s.user),
  };
}

/** Newest first (announced or closed date); undated deals last. */
export function sortDeals(deals: readonly Deal[]): Deal[] {
  const when = (d: Deal) => d.announced ?? d.closed ?? '';
  return [...deals].sort((a, b) => when(b).localeCompare(when(a)) || a.id.localeCompare(b.id));
}
