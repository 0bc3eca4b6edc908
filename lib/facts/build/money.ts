/**
 * Money reference data: ISO 4217 codes with CLDR English names and symbols, and the ECB euro
 * reference rates. FX size policy (docs/data.md): every ECB business day from FX_DAILY_FROM,
 * the last quoted day of each month before that, so the history back to 1999 stays in the
 * bundle at about a tenth of the daily size.
 */
import type { Currency, FxTable, Source } from '../schema';
import { parseCsv } from './csv';

export const FX_DAILY_FROM = '2024-01-01';

export const ECB: Source = {
  id: 'ds:ecb-reference-rates',
  url: 'https://www.ecb.europa.eu/stats/policy_and_exchange_rates/euro_reference_exchange_rates/html/index.en.html',
  title: 'ECB euro foreign exchange reference rates (history to 2026-04-13)',
  date: '2026-04-13',
  authority: 'primary',
  licence: 'Source: European Central Bank',
  note: `Daily rates from ${FX_DAILY_FROM}; month-end rates before that.`,
};
export const ISO4217: Source = {
  id: 'ds:iso4217-currency-codes',
  url: 'https://github.com/datasets/currency-codes',
  title: 'ISO 4217 currency codes (datasets/currency-codes)',
  date: '2026-02-01',
  authority: 'reference',
  licence: 'ODC-PDDL-1.0',
};
export const CLDR: Source = {
  id: 'ds:cldr-currency-names',
  url: 'https://github.com/unicode-org/cldr-json',
  title: 'Unicode CLDR 48 currency names and symbols (English)',
  authority: 'reference',
  licence: 'Unicode License v3',
};

interface CldrEntry {
  displayName?: string;
  symbol?: string;
  'symbol-alt-narrow'?: string;
}

export function buildCurrencies(isoCsv: string, cldrJson: { main: { en: { numbers: { currencies: Record<string, CldrEntry> } } } }): Currency[] {
  const cldr = cldrJson.main.en.numbers.currencies;
  const byCode = new Map<string, Currency>();
  for (const row of parseCsv(isoCsv)) {
    const code = row.AlphabeticCode ?? '';
    if (!/^[A-Z]{3}$/.test(code) || row.WithdrawalDate || byCode.has(code)) continue;
    const c = cldr[code];
    const cur: Currency = { code, name: (c?.displayName ?? row.Currency ?? code).slice(0, 200) };
    if (c?.symbol && c.symbol.length <= 10) cur.symbol = c.symbol;
    const narrow = c?.['symbol-alt-narrow'];
    if (narrow && narrow.length <= 10) cur.narrowSymbol = narrow;
    const minor = Number(row.MinorUnit);
    if (row.MinorUnit && Number.isInteger(minor)) cur.minorUnit = minor;
    byCode.set(code, cur);
  }
  return [...byCode.values()].sort((a, b) => (a.code < b.code ? -1 : 1));
}

export function buildFxTable(ecbCsv: string): FxTable {
  const rows = parseCsv(ecbCsv)
    .filter((r) => /^\d{4}-\d{2}-\d{2}$/.test(r.Date ?? ''))
    .sort((a, b) => (a.Date! < b.Date! ? -1 : 1));
  const kept = rows.filter((r, i) => r.Date! >= FX_DAILY_FROM || rows[i + 1]?.Date?.slice(0, 7) !== r.Date!.slice(0, 7));
  const header = Object.keys(rows[0] ?? {}).filter((k) => /^[A-Z]{3}$/.test(k));
  const currencies = header.filter((code) => kept.some((r) => Number.isFinite(Number.parseFloat(r[code] ?? ''))));
  currencies.sort();
  return {
    base: 'EUR',
    source: ECB.id,
    currencies,
    dates: kept.map((r) => r.Date!),
    rates: currencies.map((code) =>
      kept.map((r) => {
        const v = Number.parseFloat(r[code] ?? '');
        return Number.isFinite(v) ? v : null;
      }),
    ),
  };
}
