/**
 * Which known deal a figure in an article refers to: a deal whose parties include an entity
 * named in the same sentence and whose amount is the figure's, within a tolerance after FX
 * conversion (a journalist converts at the rate of the day, so deals convert at their own date).
 */
import { convert, type RateBook } from '../facts/fx';
import { dealParties } from '../facts/keys';
import type { Deal } from '../facts/schema';
import type { FigureKind } from '../money/types';

/** ±3 %: rounding ("97,4 miliardi") and conversions at slightly different rates stay inside. */
export const DEAL_AMOUNT_TOLERANCE = 0.03;

export interface FigureLike {
  amount: number;
  currency: string | null;
  kind: FigureKind;
}

export interface MatchOptions {
  /**
   * Media outlets among the named entities. In news text an outlet is named as the one reporting
   * ("secondo il Financial Times", "Reuters reported"), so it is never counted as a party, except
   * for a deal that is about the outlet itself (it is the target: Nikkei buying the FT).
   */
  outlets?: ReadonlySet<string>;
}

export interface DealMatch {
  deal: Deal;
  /** |figure − deal| / deal, after conversion. */
  difference: number;
  sameCurrency: boolean;
  sharedParties: number;
}

function dealAmountFor(deal: Deal, kind: FigureKind) {
  return kind === 'per_share' ? deal.pricePerShare : deal.amount;
}

/** The deal amount expressed in the figure's currency (or as is when the figure has none). */
function comparableAmount(deal: Deal, figure: FigureLike, rates: RateBook): { value: number; sameCurrency: boolean } | undefined {
  const money = dealAmountFor(deal, figure.kind);
  if (!money) return undefined;
  if (figure.currency === null || figure.currency === money.currency) return { value: money.amount, sameCurrency: true };
  const converted = convert(rates, money.amount, money.currency, figure.currency, deal.announced ?? deal.closed);
  return converted && { value: converted.value, sameCurrency: false };
}

export function rankDealMatches(
  figure: FigureLike,
  entityIds: readonly string[],
  deals: readonly Deal[],
  rates: RateBook,
  tolerance: number = DEAL_AMOUNT_TOLERANCE,
  options: MatchOptions = {},
): DealMatch[] {
  if (!(figure.amount > 0)) return [];
  const named = new Set(entityIds);
  const outlets = options.outlets ?? new Set<string>();
  const counts = (deal: Deal, id: string) => named.has(id) && (!outlets.has(id) || deal.target.id === id);
  const matches: DealMatch[] = [];
  const seen = new Set<string>();
  for (const deal of deals) {
    if (seen.has(deal.id)) continue;
    seen.add(deal.id);
    const sharedParties = dealParties(deal).filter((id) => counts(deal, id)).length;
    if (sharedParties === 0) continue;
    const amount = comparableAmount(deal, figure, rates);
    if (!amount || !(amount.value > 0)) continue;
    const difference = Math.abs(figure.amount - amount.value) / amount.value;
    if (difference > tolerance) continue;
    matches.push({ deal, difference, sameCurrency: amount.sameCurrency, sharedParties });
  }
  // Same currency first (no conversion doubt), then closer amount, more parties named, newer.
  return matches.sort(
    (a, b) =>
      Number(b.sameCurrency) - Number(a.sameCurrency) ||
      a.difference - b.difference ||
      b.sharedParties - a.sharedParties ||
      (b.deal.announced ?? '').localeCompare(a.deal.announced ?? ''),
  );
}

export function matchDeal(
  figure: FigureLike,
  entityIds: readonly string[],
  deals: readonly Deal[],
  rates: RateBook,
  tolerance?: number,
  options?: MatchOptions,
): Deal | undefined {
  return rankDealMatches(figure, entityIds, deals, rates, tolerance, options)[0]?.deal;
}
