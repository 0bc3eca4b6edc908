/** SEC company tickers: CIK and exchange for companies already known (matched by CIK or US ticker). */
import type { Source } from '../schema';
import type { EntityDraft } from './draft';
import type { DraftMerger } from './merge';

export const SEC: Source = {
  id: 'ds:sec-company-tickers',
  url: 'https://www.sec.gov/files/company_tickers_exchange.json',
  title: 'SEC EDGAR company tickers and exchanges (company_tickers_exchange.json)',
  date: '2025-08-24',
  authority: 'primary',
  licence: 'US SEC, public domain',
};

export interface SecRow {
  cik: string;
  name: string;
  ticker: string;
  exchange?: string;
}

export function parseSec(json: { fields: string[]; data: unknown[][] }): SecRow[] {
  const idx = (f: string) => json.fields.indexOf(f);
  return json.data.map((r) => ({
    cik: String(r[idx('cik')]),
    name: String(r[idx('name')]),
    ticker: String(r[idx('ticker')]),
    exchange: typeof r[idx('exchange')] === 'string' ? (r[idx('exchange')] as string) : undefined,
  }));
}

/** Adds CIK and ticker-with-exchange facts to drafts that match a SEC row. Returns the count enriched. */
export function enrichWithSec(rows: readonly SecRow[], merger: DraftMerger): number {
  const touched = new Set<EntityDraft>();
  for (const row of rows) {
    const d = merger.findByCik(row.cik) ?? merger.findByTicker(row.ticker);
    if (!d || d.kind === 'person') continue;
    // A ticker match must agree on the CIK when the company already has one.
    if (d.match.cik && d.match.cik !== row.cik) continue;
    d.match.cik ??= row.cik;
    const asOf = SEC.date!;
    d.candidates.push({ key: 'cik', value: { t: 'text', v: row.cik }, asOf, sources: [SEC.id], authority: SEC.authority });
    if (row.exchange) {
      d.candidates.push({ key: 'ticker', value: { t: 'ticker', symbol: row.ticker, exchange: row.exchange }, asOf, sources: [SEC.id], authority: SEC.authority });
    }
    touched.add(d);
  }
  return touched.size;
}
