/**
 * A scale picture for a figure: the matched deal, valuations and market caps of the companies
 * named in the same sentence, and landmark deals (the largest in the database), all in one
 * currency so they can be drawn side by side.
 */
import { convert, type RateBook } from '../facts/fx';
import type { Deal, Entity, Fact, Money } from '../facts/schema';
import type { FigureDetails } from '../messaging/protocol';

export type Comparable = FigureDetails['comparables'][number];

/** Fact keys whose money value says how big a company is. */
const SIZE_KEYS: Readonly<Record<string, string>> = { valuation: 'valuation', marketCap: 'market cap' };
/** Landmarks shown next to a figure. */
export const LANDMARK_COUNT = 3;
/** Most comparables in one picture. */
export const MAX_COMPARABLES = 8;

export interface ComparablesInput {
  currency: string;
  matched?: Deal;
  entities: readonly Entity[];
  landmarks: readonly Deal[];
  rates: RateBook;
}

function inCurrency(money: Money, currency: string, rates: RateBook, date?: string): Money | undefined {
  if (money.currency === currency) return { amount: money.amount, currency };
  const dated = date && date !== 'undated' ? convert(rates, money.amount, money.currency, currency, date) : undefined;
  const converted = dated ?? convert(rates, money.amount, money.currency, currency);
  return converted && { amount: converted.value, currency };
}

/** An entity's newest valuation and newest market cap (a history of rounds would crowd the picture). */
function latestSizeFacts(entity: Entity): Fact[] {
  const newest = new Map<string, Fact>();
  for (const fact of entity.facts) {
    if (!SIZE_KEYS[fact.key] || fact.value.t !== 'money') continue;
    const current = newest.get(fact.key);
    // "undated" sorts after digits, so compare dated values only.
    const date = (f: Fact) => (f.asOf === 'undated' ? '' : f.asOf);
    if (!current || date(fact) > date(current)) newest.set(fact.key, fact);
  }
  return [...newest.values()];
}

export function buildComparables(input: ComparablesInput): { comparables: Comparable[]; sourceIds: string[] } {
  const comparables: Comparable[] = [];
  const sourceIds = new Set<string>();
  const addDeal = (deal: Deal, kind: 'deal' | 'landmark') => {
    if (!deal.amount) return;
    const value = inCurrency(deal.amount, input.currency, input.rates, deal.announced);
    if (!value) return;
    // A user's pack deal keeps its own title in every language.
    const about = deal.pack === undefined ? { about: { deal: { kind: deal.kind, acquirers: deal.acquirers, target: deal.target } } } : {};
    comparables.push({ label: deal.title, value, kind, ...(deal.announced ? { asOf: deal.announced } : {}), ...about });
    deal.sources.forEach((id) => sourceIds.add(id));
  };
  if (input.matched) addDeal(input.matched, 'deal');
  for (const entity of input.entities) {
    for (const fact of latestSizeFacts(entity)) {
      const label = SIZE_KEYS[fact.key];
      if (!label || fact.value.t !== 'money') continue;
      const value = inCurrency(fact.value.v, input.currency, input.rates, fact.asOf);
      if (!value) continue;
      const size = fact.key === 'marketCap' ? 'marketCap' : 'valuation';
      comparables.push({ label: `${entity.name} ${label}`, value, kind: 'valuation', asOf: fact.asOf, about: { entity: entity.name, size } });
      fact.sources.forEach((id) => sourceIds.add(id));
    }
  }
  let landmarks = 0;
  for (const deal of input.landmarks) {
    if (landmarks >= LANDMARK_COUNT) break;
    if (deal.id === input.matched?.id) continue;
    addDeal(deal, 'landmark');
    landmarks++;
  }
  return { comparables: comparables.slice(0, MAX_COMPARABLES), sourceIds: [...sourceIds] };
}
