/** Curated deals.jsonl records -> Deal rows (parties resolved to entity ids, titles in our own words). */
import { builtDealTitle } from '../../card/deal-title';
import type { Candidate } from '../prefer';
import type { Deal, DealKind, DealStatus, EntityRef, Fact, Money, TextTranslations } from '../schema';
import type { CuratedAmount, CuratedDeal } from './curated-types';
import { pushDefined } from './draft';
import { candidate, dateFromText, isIsoDate, moneyValue, registerRecordSources, textValue } from './fact-helpers';
import type { IdAllocator } from './ids';
import type { NameResolver } from './resolver';
import type { SourceRegistry } from './source-registry';

const KINDS: readonly DealKind[] = ['acquisition', 'merger', 'bid', 'investment', 'funding_round', 'ipo', 'licensing'];

export function dealStatus(rec: CuratedDeal): DealStatus {
  switch (rec.status) {
    case 'completed':
    case 'rejected':
    case 'withdrawn':
    case 'pending':
    case 'terminated':
      return rec.status;
    default:
      return typeof rec.terminated === 'string' ? 'terminated' : 'unknown';
  }
}

/** "SoftBank Group (lead)" -> "SoftBank Group"; "Facebook (now Meta Platforms)" -> "Facebook". */
export function partyName(text: string): string {
  const cleaned = text.replace(/\s*\(.*$/, '').trim();
  return cleaned || text.trim();
}

function ref(name: string, resolver: NameResolver): EntityRef {
  const clean = partyName(name).slice(0, 300);
  const id = resolver.resolve(name) ?? resolver.resolve(clean);
  return id ? { id, name: clean } : { name: clean };
}

/** Short display form: legal suffix dropped, people by surname. */
/** The English title; cards build the same one in the reader's language (lib/card/deal-title.ts). */
export function dealTitle(kind: DealKind, acquirers: EntityRef[], target: EntityRef): string {
  return builtDealTitle({ kind, acquirers, target }, 'en');
}

/** "54.20 USD in cash" -> { amount: 54.2, currency: 'USD' }. */
export function parsePrice(text: unknown): Money | undefined {
  if (typeof text !== 'string') return undefined;
  const m = text.match(/^(?:about\s+)?(\d+(?:\.\d+)?)\s+([A-Z]{3})\b/);
  if (!m) return undefined;
  const money: Money = { amount: Number(m[1]), currency: m[2]! };
  if (text.trim() !== `${m[1]} ${m[2]}`) money.text = text.slice(0, 200);
  return money;
}

export function convertDeal(rec: CuratedDeal, registry: SourceRegistry, resolver: NameResolver, ids: IdAllocator, i18n?: TextTranslations): Deal {
  const rs = registerRecordSources(registry, rec.sources);
  const kind = KINDS.includes(rec.kind as DealKind) ? (rec.kind as DealKind) : 'acquisition';
  const acquirers = rec.acquirer_or_investors.map((n) => ref(n, resolver));
  const target = ref(rec.target, resolver);
  const s = (k: string) => (typeof rec[k] === 'string' ? (rec[k] as string) : undefined);
  const announced = isIsoDate(s('announced')) ? s('announced') : undefined;
  const closed = isIsoDate(s('completed')) ? s('completed') : undefined;
  const when = announced ?? closed ?? dateFromText(s('agreement_signed')) ?? 'undated';
  const id = ids.allocate('d', `${when}-${target.id ? target.id.replace(/^[a-z]:/, '') : target.name}-${kind}`);

  const facts: Candidate[] = [];
  const amt = rec.amount ?? {};
  const hasMoney = typeof amt.value_number === 'number' && !!amt.currency && /^[A-Z]{3}$/.test(amt.currency);
  if (!hasMoney && amt.value) pushDefined(facts, candidate(rs, 'amount', 'amount', textValue([amt.value, amt.currency].filter(Boolean).join(' ')), when === 'undated' ? undefined : when, amt.note));
  const text = (field: string, key: string) => {
    const v = s(field);
    if (v) pushDefined(facts, candidate(rs, field, key, textValue(v)));
  };
  const date = (field: string, key: string) => {
    const v = s(field);
    if (isIsoDate(v)) pushDefined(facts, candidate(rs, field, key, { t: 'date', v }, v));
  };
  text('amount_note', 'amountNote');
  const pmv = rec.post_money_valuation as CuratedAmount | undefined;
  if (pmv) {
    const v = moneyValue(pmv, 'post-money valuation');
    if (v) pushDefined(facts, candidate(rs, 'post_money_valuation', 'valuation', v, when === 'undated' ? undefined : when));
  }
  for (const r of Array.isArray(rec.related_amounts) ? (rec.related_amounts as CuratedAmount[]) : []) {
    const v = moneyValue(r, r.label);
    if (v) pushDefined(facts, candidate(rs, 'related_amounts', 'relatedAmount', v));
  }
  text('consideration', 'consideration');
  date('agreement_signed', 'agreementSigned');
  date('rejected', 'rejected');
  date('withdrawn', 'withdrawn');
  date('terminated', 'terminated');
  date('result', 'result');
  text('result_note', 'resultNote');
  text('status_note', 'statusNote');
  text('completed_note', 'completedNote');
  text('date_conflict', 'dateConflict');
  text('conflicts', 'conflicts');
  text('notes', 'notes');
  if (Array.isArray(rec.related_deals)) {
    const v = (rec.related_deals as unknown[]).filter((x): x is string => typeof x === 'string').map((x) => x.slice(0, 300));
    if (v.length) pushDefined(facts, candidate(rs, 'related_deals', 'relatedDeals', { t: 'list', v }));
  }

  const deal: Deal = {
    id,
    kind,
    title: dealTitle(kind, acquirers, target).slice(0, 300),
    acquirers,
    target,
    status: dealStatus(rec),
    sources: [...new Set(rs.ids)],
  };
  if (hasMoney) deal.amount = { amount: amt.value_number!, currency: amt.currency!, ...(amt.value && /about|approx|over|more|up to|nearly|almost/i.test(amt.value) ? { text: amt.value } : {}) };
  const pps = parsePrice(rec.price_per_share);
  if (pps) deal.pricePerShare = pps;
  if (announced) deal.announced = announced;
  if (closed) deal.closed = closed;
  const summary = s('summary_en');
  if (summary) deal.summary = summary.slice(0, 2000);
  // Translations of the summary (descriptions-<lang>.jsonl), cited by the same deal sources.
  if (summary && i18n && Object.keys(i18n).length > 0) deal.summaryI18n = { ...i18n };
  if (facts.length) {
    deal.facts = facts.map((c): Fact => (c.note ? { key: c.key, value: c.value, asOf: c.asOf, sources: c.sources, note: c.note } : { key: c.key, value: c.value, asOf: c.asOf, sources: c.sources }));
  }
  return deal;
}

