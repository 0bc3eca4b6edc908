/**
 * Lookup keys for aliases and tickers, the same at seed time and at query time.
 * Alias keys: NFKC, case-folded, accents removed, apostrophes/dashes unified, spaces collapsed,
 * so "Société Générale", "societe generale" and "SOCIÉTÉ  GÉNÉRALE" share one key.
 */
import type { Deal, Entity } from './schema';

const MARKS = /\p{M}+/gu;
const APOSTROPHES = /[\u2018\u2019\u02bc\u0060\u00b4]/g;
const DASHES = /[\u2010-\u2015\u2212]/g;
const SPACES = /[\s\u00a0\u202f]+/g;

/** Printable ASCII: no marks, compatibility forms or special quotes to fold (most aliases). */
const PLAIN_ASCII = /^[\x20-\x7e]*$/;

export function aliasKey(text: string): string {
  // Fast path, same result: seeding computes ~5,000 keys and Unicode normalisation is the cost.
  if (PLAIN_ASCII.test(text)) return text.toLowerCase().replace(/ {2,}|`/g, (m) => (m === '`' ? "'" : ' ')).trim();
  return text
    .normalize('NFKD')
    .replace(MARKS, '')
    .normalize('NFC')
    .toLowerCase()
    .replace(/ß/g, 'ss')
    .replace(APOSTROPHES, "'")
    .replace(DASHES, '-')
    .replace(SPACES, ' ')
    .trim();
}

export function tickerKey(symbol: string): string {
  return symbol.trim().toUpperCase();
}

/** Every alias key of an entity: its name and each alias. */
export function entityAliasKeys(entity: Entity): string[] {
  const keys = new Set<string>([aliasKey(entity.name)]);
  for (const alias of entity.aliases) keys.add(aliasKey(alias.text));
  keys.delete('');
  return [...keys];
}

/** Ticker symbols from ticker facts (and their conflicts) and ticker-flagged aliases. */
export function entityTickers(entity: Entity): string[] {
  const keys = new Set<string>();
  for (const fact of entity.facts) {
    for (const value of [fact.value, ...(fact.conflicts ?? []).map((c) => c.value)]) {
      if (value.t === 'ticker') keys.add(tickerKey(value.symbol));
    }
  }
  for (const alias of entity.aliases) if (alias.flags?.ticker) keys.add(tickerKey(alias.text));
  return [...keys];
}

/** Entity ids of a deal's parties (acquirers and target); parties known only by name are skipped. */
export function dealParties(deal: Deal): string[] {
  const ids = new Set<string>();
  for (const ref of [...deal.acquirers, deal.target]) if (ref.id) ids.add(ref.id);
  return [...ids];
}
