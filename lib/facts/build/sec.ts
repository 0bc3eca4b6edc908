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

/**
 * The SEC file lists registrants largest first. The first SEC_TOP_ROWS rows on Nasdaq or NYSE
 * that no other source covers are added as companies of their own, with only what the SEC
 * file says (CIK, ticker, exchange): large US-listed names that news cites, recognised at least.
 */
export const SEC_TOP_ROWS = 900;
const NOT_AN_OPERATING_COMPANY = /\b(ETF|ETN|Fund|Trust|Acquisition Corp|Warrants?|Units?|Notes|Depositary|Portfolio|Index)\b/i;
const SMALL_WORDS = new Set(['of', 'and', 'the', 'de', 'for']);

/** "ARISTA NETWORKS, INC." -> "Arista Networks, Inc."; mixed-case names are kept. */
const LEGAL_WORDS: Readonly<Record<string, string>> = { LTD: 'Ltd', CORP: 'Corp', INC: 'Inc', CO: 'Co', PLC: 'plc', LLC: 'LLC' };

/** `isWord(lower)`: a dictionary word, so a short all-caps token is a word ("AIR"), not an acronym ("BCE"). */
export function secDisplayName(raw: string, isWord: (lower: string) => boolean = () => false): string {
  // EDGAR appends state/country tags: "BANK OF MONTREAL /CAN/", "CANADIAN PACIFIC ... LTD/CN".
  // EDGAR spells legal forms letter by letter ("TELEFONICA S A", "HEINEKEN HOLDING N V"): written
  // "S.A." they are a legal form again, and the row finds Telefónica instead of becoming a twin.
  // "A S" is the Nordic A/S ("NOVO NORDISK A S"), not "A.S.".
  const name = raw.replace(/\s*\/[A-Za-z]{0,3}\/?\s*$/, '').trim().replace(/((?:\s[A-Z]){2,})$/, (run) => (run.trim() === 'A S' ? ' A/S' : ` ${run.trim().split(/\s+/).join('.')}.`));
  if (name !== name.toUpperCase()) return name;
  return name
    .split(/\s+/)
    .map((w, i) => {
      const lower = w.toLowerCase();
      const legal = LEGAL_WORDS[w.replace(/[.,]/g, '')];
      if (legal) return w.replace(/[A-Z]+/, legal);
      if (w.includes('.')) return w;
      if (i > 0 && SMALL_WORDS.has(lower)) return lower;
      if (/[&0-9]/.test(w) || (w.length <= 3 && !isWord(lower))) return w;
      return w.charAt(0) + w.slice(1).toLowerCase();
    })
    .join(' ');
}

export function secTopUpDrafts(rows: readonly SecRow[], merger: DraftMerger, isWord?: (lower: string) => boolean): EntityDraft[] {
  const out: EntityDraft[] = [];
  const asOf = SEC.date!;
  for (const row of rows.slice(0, SEC_TOP_ROWS)) {
    if (!row.exchange || !/^(Nasdaq|NYSE)$/.test(row.exchange) || row.ticker.includes('-')) continue;
    if (NOT_AN_OPERATING_COMPANY.test(row.name) || merger.findByCik(row.cik) || merger.findByTicker(row.ticker)) continue;
    const name = secDisplayName(row.name, isWord);
    const existing = merger.findByName(name);
    const facts = [
      { key: 'cik', value: { t: 'text' as const, v: row.cik }, asOf, sources: [SEC.id], authority: SEC.authority },
      { key: 'ticker', value: { t: 'ticker' as const, symbol: row.ticker, exchange: row.exchange }, asOf, sources: [SEC.id], authority: SEC.authority },
    ];
    if (existing) {
      if (existing.kind === 'person' || (existing.match.cik && existing.match.cik !== row.cik)) continue;
      existing.candidates.push(...facts);
      existing.match.cik ??= row.cik;
      continue;
    }
    const d: EntityDraft = { kind: 'company', name, aliases: [], candidates: facts, match: { tickers: [row.ticker], isins: [], cik: row.cik }, origin: 'sec-company-tickers' };
    if (merger.add(d) === d) out.push(d);
  }
  return out;
}
