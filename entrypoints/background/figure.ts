/** lookupFigure: gathers candidates from the database, lets lib/figures-context decide. */
import type { FactsDb } from '../../lib/facts/db';
import type { RateBook } from '../../lib/facts/fx';
import { dealsByParty, getEntities, getSources, largestDeals, loadRateBook } from '../../lib/facts/query';
import { readBundleMeta } from '../../lib/facts/seed';
import { figureContext } from '../../lib/figures-context';
import type { FigureDetails, FigureQuery } from '../../lib/messaging/protocol';
import { onDataChanged } from './store';

/** Landmark deals fetched per lookup (figures-context shows a few of them). */
const LANDMARKS_FETCHED = 5;
let rates: { version: string; book: Promise<RateBook> } | undefined;
onDataChanged(() => {
  rates = undefined;
});

async function rateBook(db: FactsDb): Promise<RateBook> {
  const version = (await readBundleMeta(db))?.version ?? '';
  if (rates?.version !== version) rates = { version, book: loadRateBook(db) };
  return rates.book;
}

export async function lookupFigure(db: FactsDb, query: FigureQuery): Promise<FigureDetails> {
  const ids = [...new Set(query.entityIds)];
  const [entities, book, landmarks, dealLists] = await Promise.all([
    getEntities(db, ids),
    rateBook(db),
    largestDeals(db, LANDMARKS_FETCHED),
    Promise.all(ids.map((id) => dealsByParty(db, id))),
  ]);
  const context = figureContext({
    figure: { amount: query.amount, currency: query.currency, kind: query.kind },
    entityIds: ids,
    entities: [...entities.values()],
    candidateDeals: dealLists.flat(),
    landmarks,
    rates: book,
    displayCurrency: query.displayCurrency,
  });
  const packs = [...entities.values()].map((e) => e.pack).concat(context.deal?.pack).filter((p): p is string => !!p);
  const { sourceIds, ...details } = context;
  return { ...details, sources: await getSources(db, sourceIds, packs) };
}
