/** Turning schema records into stored rows with their index keys (shared by seeding and packs). */
import type { DealRow, EntityRow } from './db';
import { convert, type RateBook } from './fx';
import { dealParties, entityAliasKeys, entityTickers } from './keys';
import { relationTargetIds } from './relations';
import type { Deal, Entity } from './schema';

export function entityRow(entity: Entity, pack?: string): EntityRow {
  const row: EntityRow = { id: entity.id, kind: entity.kind, aliasKeys: entityAliasKeys(entity), tickers: entityTickers(entity), relTargets: relationTargetIds(entity), entity };
  if (pack !== undefined) row.pack = pack;
  return row;
}

/**
 * The entity of a stored pack row. (Pack rows keep the object: one JSON text per entity was measured
 * slower in Chromium, 325-512 vs 246-320 ms for 2,000 entities; bundled entities are stored as text
 * by the bucket, ~17 to a string, which is what makes text pay, see bucket-text.ts.)
 */
export function entityOf(row: EntityRow): Entity {
  return row.entity;
}

/** Deal amount in EUR at the ECB rate of its announcement (latest rate when undated or unquoted). */
export function amountInEur(deal: Deal, book: RateBook): number | undefined {
  if (!deal.amount) return undefined;
  const { amount, currency } = deal.amount;
  const dated = convert(book, amount, currency, 'EUR', deal.announced ?? deal.closed);
  const converted = dated ?? convert(book, amount, currency, 'EUR');
  return converted?.value;
}

export function dealRow(deal: Deal, book: RateBook, pack?: string): DealRow {
  const row: DealRow = { id: deal.id, parties: dealParties(deal), deal };
  const eur = amountInEur(deal, book);
  if (eur !== undefined && Number.isFinite(eur)) row.amountEur = eur;
  if (pack !== undefined) row.pack = pack;
  return row;
}
