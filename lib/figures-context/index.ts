/**
 * Figure context (pure, no IndexedDB): the deal a figure refers to, its value in the reader's
 * currency at a dated ECB rate, and comparables for a sense of scale. The background gathers the
 * candidate deals, entities and rates; this decides.
 */
import { convert, type RateBook } from '../facts/fx';
import type { Deal, Entity } from '../facts/schema';
import type { FigureDetails } from '../messaging/protocol';
import { buildComparables } from './comparables';
import { matchDeal, type FigureLike } from './match-deal';

export { DEAL_AMOUNT_TOLERANCE, matchDeal, rankDealMatches, type DealMatch, type FigureLike, type MatchOptions } from './match-deal';
export { buildComparables, LANDMARK_COUNT, MAX_COMPARABLES, type Comparable } from './comparables';

export interface FigureContextInput {
  figure: FigureLike;
  /** Entities named in the figure's sentence. */
  entityIds: readonly string[];
  /** The same entities' records (valuations, market caps). */
  entities: readonly Entity[];
  /** Deals the named entities are party to (and any others worth considering). */
  candidateDeals: readonly Deal[];
  /** Largest deals in the database, largest first. */
  landmarks: readonly Deal[];
  rates: RateBook;
  displayCurrency: string;
  tolerance?: number;
}

/** FigureDetails without resolved sources: `sourceIds` lists what the background must resolve. */
export interface FigureContext extends Omit<FigureDetails, 'sources'> {
  sourceIds: string[];
}

export function figureContext(input: FigureContextInput): FigureContext {
  const { figure, rates, displayCurrency } = input;
  // Outlets named near a figure are its reporters, not parties (issue #8; see MatchOptions).
  const outlets = new Set(input.entities.filter((e) => e.kind === 'media').map((e) => e.id));
  const deal = figure.kind === 'range_low' || figure.kind === 'range_high'
    ? undefined
    : matchDeal(figure, input.entityIds, input.candidateDeals, rates, input.tolerance, { outlets });
  const result: FigureContext = { comparables: [], sourceIds: [] };
  if (deal) result.deal = deal;

  if (figure.currency && figure.currency !== displayCurrency) {
    const converted = convert(rates, figure.amount, figure.currency, displayCurrency);
    if (converted) {
      result.conversion = {
        value: { amount: converted.value, currency: displayCurrency },
        rate: converted.rate,
        rateDate: converted.date,
        sourceId: rates.sourceId,
      };
      result.sourceIds.push(rates.sourceId);
    }
  }

  // Per-share prices do not compare with deal totals and valuations.
  if (figure.kind !== 'per_share') {
    const { comparables, sourceIds } = buildComparables({
      currency: figure.currency ?? displayCurrency,
      ...(deal ? { matched: deal } : {}),
      // A reporter's own size says nothing about the figure, unless the deal is about it.
      entities: input.entities.filter((e) => !outlets.has(e.id) || deal?.target.id === e.id),
      landmarks: input.landmarks,
      rates,
    });
    result.comparables = comparables;
    result.sourceIds.push(...sourceIds);
  } else if (deal) {
    result.sourceIds.push(...deal.sources);
  }
  result.sourceIds = [...new Set(result.sourceIds)];
  return result;
}
