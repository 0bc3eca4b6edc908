/**
 * Listing datasets -> company drafts: S&P 500 constituents (+ market caps), pytickersymbols
 * index constituents (Europe and others). Each fact cites the dataset; as-of is the dataset's
 * commit date, except pytickersymbols figures, which have no date and stay "undated".
 */
import type { Candidate } from '../prefer';
import type { FactValue, Source } from '../schema';
import { parseCsv } from './csv';
import type { EntityDraft } from './draft';

export const SP500: Source = {
  id: 'ds:sp500-companies',
  url: 'https://github.com/datasets/s-and-p-500-companies',
  title: 'S&P 500 constituents (datasets/s-and-p-500-companies, from Wikipedia "List of S&P 500 companies")',
  date: '2026-08-08',
  authority: 'dataset',
  licence: 'ODC-PDDL-1.0; compiled from Wikipedia, CC BY-SA 4.0',
};
export const SP500_FIN: Source = {
  id: 'ds:sp500-financials',
  url: 'https://github.com/datasets/s-and-p-500-companies-financials',
  title: 'S&P 500 constituents financials snapshot (datasets/s-and-p-500-companies-financials)',
  date: '2026-08-22',
  authority: 'dataset',
  licence: 'Figures from Yahoo Finance via datasets/s-and-p-500-companies-financials (PDDL claimed)',
  note: 'Market capitalisation in USD as of the 2026-08-22 snapshot; changes daily.',
};
export const PYTICKERS: Source = {
  id: 'ds:pytickersymbols',
  url: 'https://github.com/portfolioplus/pytickersymbols',
  title: 'pytickersymbols index constituents (stocks.yaml)',
  date: '2026-04-05',
  authority: 'dataset',
  licence: 'MIT; lists from Wikipedia tables (CC BY-SA 4.0), enriched from Yahoo Finance',
  note: 'Founded and employee figures carry no as-of date in this dataset.',
};

const US_STATES = new Set([
  'Alabama', 'Alaska', 'Arizona', 'Arkansas', 'California', 'Colorado', 'Connecticut', 'Delaware', 'Florida', 'Georgia',
  'Hawaii', 'Idaho', 'Illinois', 'Indiana', 'Iowa', 'Kansas', 'Kentucky', 'Louisiana', 'Maine', 'Maryland',
  'Massachusetts', 'Michigan', 'Minnesota', 'Mississippi', 'Missouri', 'Montana', 'Nebraska', 'Nevada', 'New Hampshire',
  'New Jersey', 'New Mexico', 'New York', 'North Carolina', 'North Dakota', 'Ohio', 'Oklahoma', 'Oregon', 'Pennsylvania',
  'Rhode Island', 'South Carolina', 'South Dakota', 'Tennessee', 'Texas', 'Utah', 'Vermont', 'Virginia', 'Washington',
  'West Virginia', 'Wisconsin', 'Wyoming', 'D.C.', 'District of Columbia',
]);

/** Wikipedia footnote marks copied into the dataset: "Virginia[2]". */
export function stripFootnotes(text: string): string {
  return text.replace(/\[\d+\]/g, '').trim();
}

/** "Saint Paul, Minnesota" -> United States; "Dublin, Ireland" -> Ireland; "none" -> undefined. */
export function countryFromHq(hq: string): string | undefined {
  const last = stripFootnotes(hq).split(',').pop()?.trim();
  if (!last || /^none$/i.test(last) || !hq.includes(',')) return undefined;
  return US_STATES.has(last) ? 'United States' : last;
}

function fact(key: string, value: FactValue, source: Source, asOf = source.date ?? 'undated', note?: string): Candidate {
  const c: Candidate = { key, value, asOf, sources: [source.id], authority: source.authority };
  if (note) c.note = note;
  return c;
}

/** "Alphabet Inc. (Class A)" -> "Alphabet Inc." */
function stripShareClass(name: string): string {
  return name.replace(/\s*\((Class [A-Z]|Series [A-Z])\)\s*$/i, '').trim();
}

export function sp500Drafts(constituentsCsv: string, financialsCsv: string): EntityDraft[] {
  const caps = new Map<string, number>();
  for (const row of parseCsv(financialsCsv)) {
    const cap = Number(row['Market Cap']);
    if (row.Symbol && Number.isFinite(cap) && cap > 0) caps.set(row.Symbol, cap);
  }
  const byCik = new Map<string, EntityDraft>();
  for (const row of parseCsv(constituentsCsv)) {
    const symbol = row.Symbol ?? '';
    const cik = (row.CIK ?? '').replace(/^0+/, '');
    const name = stripShareClass(row.Security ?? symbol);
    const existing = cik ? byCik.get(cik) : undefined;
    const draft: EntityDraft = existing ?? { kind: 'company', name, aliases: [], candidates: [], match: { tickers: [], isins: [], cik }, origin: 'sp500-companies' };
    draft.match.tickers.push(symbol);
    draft.candidates.push(fact('ticker', { t: 'ticker', symbol }, SP500));
    const cap = caps.get(symbol);
    // Dual share classes (GOOGL/GOOG) repeat the company's total market cap: keep one.
    if (cap && !draft.candidates.some((c) => c.key === 'marketCap')) {
      draft.candidates.push(fact('marketCap', { t: 'money', v: { amount: cap, currency: 'USD' }, label: 'market capitalisation' }, SP500_FIN, '2026-08-22'));
    }
    if (!existing) {
      if (row['GICS Sector']) draft.candidates.push(fact('sector', { t: 'text', v: row['GICS Sector'] }, SP500, undefined, 'GICS sector'));
      if (row['GICS Sub-Industry']) draft.candidates.push(fact('industry', { t: 'text', v: row['GICS Sub-Industry'] }, SP500, undefined, 'GICS sub-industry'));
      const hq = stripFootnotes(row['Headquarters Location'] ?? '');
      if (hq && !/^none$/i.test(hq)) draft.candidates.push(fact('hq', { t: 'text', v: hq }, SP500));
      const country = countryFromHq(hq);
      if (country) draft.candidates.push(fact('country', { t: 'text', v: country }, SP500, undefined, 'from the headquarters location'));
      const founded = row.Founded ?? '';
      const year = founded.match(/^\d{4}/)?.[0];
      if (year) draft.candidates.push(fact('founded', { t: 'date', v: year }, SP500, undefined, founded !== year ? `dataset gives "${founded}"` : undefined));
      if (cik) draft.candidates.push(fact('cik', { t: 'text', v: cik }, SP500));
      if (/^\d{4}-\d{2}-\d{2}$/.test(row['Date added'] ?? '')) {
        draft.candidates.push(fact('indexMember', { t: 'text', v: `S&P 500 (added ${row['Date added']})` }, SP500));
      }
      if (cik) byCik.set(cik, draft);
    }
  }
  return [...byCik.values()];
}

interface PyCompany {
  name: string;
  symbol?: string | null;
  country?: string;
  indices?: string[];
  industries?: string[];
  /** `skip`: the dataset's own mark for a quote it does not use (often another company's: Elisa lists Elis's FRA:7EL). */
  symbols?: { yahoo?: string; google?: string; currency?: string; skip?: boolean }[];
  metadata?: { founded?: number; employees?: number };
  isins?: string[];
  akas?: string[];
}

/** A reviewed repair of one stocks.yaml row (see ROW_FIXES). */
export interface RowFix {
  /** The name of the company the row's data describes. */
  name?: string;
  /** Another company's ISINs in the row. */
  dropIsins?: readonly string[];
  /** Index memberships the row gives a company that is not in the index. */
  dropIndices?: readonly string[];
  /** A country the row's other fields contradict: left out, not replaced. */
  dropCountry?: boolean;
  /** The row's own name kept as an alias (a former or legal name). */
  keepName?: boolean;
  /**
   * Another company's data in the row, given back to it: a draft of its own, with only these
   * fields (taken out of the row with dropIsins / dropIndices), which joins that company's entity.
   */
  moveTo?: { name: string; isins?: readonly string[]; indices?: readonly string[] };
}

/**
 * Rows of stocks.yaml that carry another company's data, keyed by the row's name, or by
 * "name|symbol" where two rows share a name. Reviewed one by one against the row's own fields:
 * - Named after another company while every other field (symbol, akas, ISINs, figures) is the
 *   company in `akas`: left as is, SES S.A. showed Smiths Group's founding year and tickers, and
 *   Stabilus STMicroelectronics' CAC 40 membership and 46,000 staff. SES's own ISIN and its CAC Mid
 *   60 membership (SES is listed in Paris; Smiths Group only in London) go back to SES. The second
 *   "Deutsche Telekom" row (symbol RTKM, aka Rostelecom, MOEX, Moscow quote, RU ISINs) is
 *   Rostelecom's; Deutsche Telekom's ISIN in it had merged the two into one entity.
 * - Another company's ISIN and the index membership that came with it: Elisa's row lists Elis's
 *   ISIN (the Elis row's own) and Elis's quote FRA:7EL (marked skip), and its CAC Mid 60 membership
 *   is Elis's (Elisa has no Paris listing); ABB's lists FR0000121709 (Groupe SEB's) and CAC Mid 60;
 *   GE Aerospace's FR0010220475 (Alstom's) and CAC 40. No row of the dataset names SEB or Alstom,
 *   so those two memberships are left out rather than moved.
 * - A membership with nothing in the row behind it: Boeing (CAC 40, EURO STOXX 50; no Paris quote,
 *   US ISIN only: the dataset's Airbus row carries Boeing's NYSE:BA, marked skip, so the two rows
 *   were crossed), Deutsche Börse in the BEL 20, Abengoa in the MDAX, BP in the MOEX. Left out.
 * - Two companies in one row: "Verallia" has Verallia Deutschland AG's wiki name, alias, ISIN,
 *   Frankfurt quote, country and CDAX membership, and the French Verallia's name and CAC Mid 60
 *   membership. The row becomes Verallia Deutschland AG; CAC Mid 60 goes back to Verallia.
 * - A country the row's own ISIN and index contradict: Siemens Gamesa (ES ISIN, Madrid quote,
 *   IBEX 35) is given Germany, its parent's country; MMK (RU ISIN, MOEX) Togo; Catalent and
 *   Organon (New Jersey companies, NYSE quote only, S&P 500) the United Kingdom. Left out.
 * - A Wikipedia topic for a name: "Solar power in Spain" (IBEX 35, symbol SLR) is Solaria Energía
 *   y Medio Ambiente (SLR on the Madrid exchange); its country (Finland) is left out by
 *   countryContradicted.
 * Four rows carry a former or legal name the other sources do not share, which left two entities
 * for one company (Shell and "Royal Dutch Shell PLC"): they take the name the company goes by now
 * and keep the row's name as an alias (`keepName`). Royal Dutch Shell's "Netherlands" is the former
 * company's (Shell plc has been based in London since 2022, GB ISIN, FTSE 100): left out.
 */
export const ROW_FIXES: Readonly<Record<string, RowFix>> = {
  'SES S.A.': { name: 'Smiths Group PLC', dropIsins: ['LU0088087324'], dropIndices: ['CAC Mid 60'], moveTo: { name: 'SES S.A.', isins: ['LU0088087324'], indices: ['CAC Mid 60'] } },
  'STABILUS SE': { name: 'STMicroelectronics N.V.' },
  'Deutsche Telekom|RTKM': { name: 'Rostelecom', dropIsins: ['DE0005557508'] },
  Elisa: { dropIsins: ['FR0012435121'], dropIndices: ['CAC Mid 60'], moveTo: { name: 'Elis', isins: ['FR0012435121'], indices: ['CAC Mid 60'] } },
  ABB: { dropIsins: ['FR0000121709'], dropIndices: ['CAC Mid 60'] },
  'GE Aerospace': { dropIsins: ['FR0010220475'], dropIndices: ['CAC 40'] },
  Boeing: { dropIndices: ['CAC 40', 'EURO STOXX 50'] },
  'Deutsche Börse': { dropIndices: ['BEL 20'] },
  'Abengoa S.A.': { dropIndices: ['MDAX'] },
  BP: { dropIndices: ['MOEX'] },
  Verallia: { name: 'Verallia Deutschland AG', dropIndices: ['CAC Mid 60'], moveTo: { name: 'Verallia', indices: ['CAC Mid 60'] } },
  'Siemens Gamesa Renewable Energy SA': { dropCountry: true },
  'Magnitogorski metallurgitscheski kombinat': { dropCountry: true },
  'Catalent, Inc.': { dropCountry: true },
  'Organon & Co.': { dropCountry: true },
  'Solar power in Spain': { name: 'Solaria Energía y Medio Ambiente' },
  'Royal Dutch Shell PLC': { name: 'Shell plc', keepName: true, dropCountry: true },
  'The Royal Bank of Scotland Group PLC': { name: 'NatWest Group plc', keepName: true },
  'The Bank of New York Mellon Corporation': { name: 'BNY Mellon', keepName: true },
  'Marsh & McLennan Companies Inc.': { name: 'Marsh McLennan', keepName: true },
};

/** The fix for a row: by "name|symbol" first (rows that share a name), then by name. */
export function rowFix(row: { name: string; symbol?: string | null }): RowFix | undefined {
  return (row.symbol ? ROW_FIXES[`${row.name}|${row.symbol}`] : undefined) ?? ROW_FIXES[row.name];
}

/** Each index's home country (EURO STOXX 50 has none). */
export const INDEX_COUNTRY: Readonly<Record<string, string>> = {
  DAX: 'Germany', MDAX: 'Germany', SDAX: 'Germany', CDAX: 'Germany', TECDAX: 'Germany',
  'FTSE 100': 'United Kingdom', 'OMX Helsinki 25': 'Finland', 'CAC 40': 'France', 'CAC Mid 60': 'France',
  'DOW JONES': 'United States', 'NASDAQ 100': 'United States', 'S&P 100': 'United States', 'S&P 500': 'United States', 'S&P 600': 'United States',
  'NIKKEI 225': 'Japan', 'BEL 20': 'Belgium', 'IBEX 35': 'Spain', AEX: 'Netherlands', 'ASX 200': 'Australia',
  'OMX Stockholm 30': 'Sweden', 'Switzerland 20': 'Switzerland', MOEX: 'Russian Federation',
};

/**
 * A row's country with nothing behind it: home to none of the row's indices, and the row has no
 * ISIN and no quote (Laboratorios Rovi and Solaria "in Finland", ALD Automotive "in Germany", all
 * in French or Spanish indices). Left out, not replaced: the curated records give the country where
 * a page states it. An ISIN of another country does not settle it either way (Eurofins, a
 * Luxembourg company, has a French ISIN), so rows with ISINs are fixed one by one (ROW_FIXES).
 */
export function countryContradicted(row: PyCompany, quotes: readonly string[]): boolean {
  const homes = new Set((row.indices ?? []).map((i) => INDEX_COUNTRY[i]).filter((c): c is string => !!c));
  if (!row.country || homes.size === 0 || homes.has(row.country)) return false;
  return (row.isins ?? []).length === 0 && quotes.length === 0;
}

/**
 * A Wikipedia article title for a name: "Rio Tinto (corporation)", "Metso (2020–present)" lose
 * the bracket; a topic ("Solar power in Spain", "List of ...") names no company: the row is left
 * out unless ROW_FIXES names its company.
 */
export function companyNameOfTitle(name: string): string | undefined {
  if (isTopicTitle(name)) return undefined;
  return name.replace(/\s+\((corporation|company|business|[^)]*\d{4}[^)]*)\)\s*$/i, '').trim();
}

const TOPIC_COUNTRIES = [...new Set([...Object.values(INDEX_COUNTRY), 'Europe', 'the United States', 'the United Kingdom', 'the Netherlands', 'Italy', 'Portugal', 'Austria', 'Denmark', 'Norway', 'Ireland', 'Luxembourg', 'China', 'India', 'Russia'])];

/** "Solar power in Spain", "List of companies of France", "Economy of Germany": an encyclopaedia topic, not a company. */
export function isTopicTitle(name: string): boolean {
  if (/^(List|Lists|Outline|History|Economy|Energy) of\b/i.test(name)) return true;
  const m = name.match(/^(.+?) (in|of) (.+)$/);
  // "Solar power in Spain": the words after the first are ordinary words; "Industrial and
  // Commercial Bank of China" is a name.
  const rest = m ? m[1]!.split(' ').slice(1) : [];
  return !!m && rest.length > 0 && rest.every((w) => /^[a-z]/.test(w)) && TOPIC_COUNTRIES.includes(m[3]!);
}

/**
 * A US row's listing symbols for matching: its NYSE/Nasdaq quotes, which are current, before the
 * row's own `symbol`, which can be stale or wrong (DuPont's says DOW, Dow Inc.'s ticker: the two
 * chemical companies became one entity with DuPont's ISIN and quotes on Dow's card).
 */
function usMatchTickers(row: PyCompany, quotes: readonly string[]): string[] {
  if (row.country !== 'United States') return [];
  const us = quotes.filter((g) => /^(NYSE|NASDAQ):/.test(g)).map((g) => g.split(':')[1]!);
  return us.length ? [...new Set(us)] : row.symbol ? [row.symbol] : [];
}

/**
 * A few European rows give "United States", the country of a US listing (BBVA, IAG, Aegon, Alcon,
 * Universal Music Group): no US ISIN and only European indices. Their country is left out rather
 * than shown wrong; the curated records give it where a page states it.
 */
function listingCountryOnly(row: PyCompany): boolean {
  const isins = row.isins ?? [];
  const usIndex = (row.indices ?? []).some((i) => /^(S&P|NASDAQ|DOW)/.test(i));
  return row.country === 'United States' && isins.length > 0 && !isins.some((i) => i.startsWith('US')) && !usIndex;
}

export function pytickerDrafts(yamlDoc: { companies: PyCompany[] }): EntityDraft[] {
  const out: EntityDraft[] = [];
  for (const row of yamlDoc.companies) {
    if (!row.name) continue;
    const fix = rowFix(row);
    const name = fix?.name ?? companyNameOfTitle(row.name);
    if (!name) continue;
    const co: PyCompany = {
      ...row,
      name,
      isins: (row.isins ?? []).filter((i) => !fix?.dropIsins?.includes(i)),
      indices: (row.indices ?? []).filter((i) => !fix?.dropIndices?.includes(i)),
    };
    const c: Candidate[] = [];
    const undatedNote = 'the dataset gives no as-of date for this figure';
    const quotes = (co.symbols ?? []).filter((s) => s.google && !s.skip).map((s) => s.google!);
    if (co.country && !fix?.dropCountry && !listingCountryOnly(co) && !countryContradicted(co, quotes)) c.push(fact('country', { t: 'text', v: co.country }, PYTICKERS));
    for (const isin of co.isins ?? []) c.push(fact('isin', { t: 'text', v: isin }, PYTICKERS));
    if (co.industries?.length) c.push(fact('industries', { t: 'list', v: co.industries.slice(0, 12) }, PYTICKERS));
    if (co.indices?.length) c.push(fact('indices', { t: 'list', v: [...co.indices].sort() }, PYTICKERS));
    const founded = co.metadata?.founded;
    if (founded && founded > 1000 && founded < 2100) c.push(fact('founded', { t: 'date', v: String(founded) }, PYTICKERS, 'undated', undatedNote));
    const employees = co.metadata?.employees;
    if (employees && employees > 0) c.push(fact('employees', { t: 'number', v: employees, unit: 'employees' }, PYTICKERS, 'undated', undatedNote));
    const local = (co.symbols ?? []).filter((s) => s.google && !s.skip && !/^OTCMKTS:/.test(s.google)).map((s) => s.google!);
    for (const g of [...new Set(local)].slice(0, 3)) {
      const [exchange, symbol] = g.split(':');
      if (exchange && symbol) c.push(fact('ticker', { t: 'ticker', symbol, exchange }, PYTICKERS));
    }
    const akas = (co.akas ?? []).filter((a) => typeof a === 'string');
    out.push({
      kind: 'company',
      name: co.name,
      aliases: [...(fix?.keepName ? [row.name] : []), ...akas].map((text) => ({ text })),
      candidates: c,
      match: { tickers: usMatchTickers(co, local), isins: co.isins ?? [] },
      origin: 'pytickersymbols',
    });
    if (fix?.moveTo) out.push(movedDraft(fix.moveTo));
  }
  return out;
}

/** The fields of a row that are another company's, as that company's draft (RowFix.moveTo). */
function movedDraft(m: NonNullable<RowFix['moveTo']>): EntityDraft {
  const c: Candidate[] = (m.isins ?? []).map((isin) => fact('isin', { t: 'text', v: isin }, PYTICKERS));
  if (m.indices?.length) c.push(fact('indices', { t: 'list', v: [...m.indices].sort() }, PYTICKERS));
  return { kind: 'company', name: m.name, aliases: [], candidates: c, match: { tickers: [], isins: [...(m.isins ?? [])] }, origin: 'pytickersymbols' };
}
