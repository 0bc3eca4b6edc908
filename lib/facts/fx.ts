/**
 * ECB euro reference rates (pure, no IndexedDB): the columnar FxTable of the bundle becomes
 * dated rows, and a RateBook answers "rate of X per EUR at date D" with the nearest earlier ECB
 * date. Cross rates go through EUR, as the ECB publishes only EUR rates.
 */
import type { FxTable } from './schema';

export interface FxRow {
  date: string;
  /** Units of each currency per 1 EUR on this date. */
  rates: Record<string, number>;
}

export interface Rate {
  /** Units of the target currency per 1 unit of the source currency. */
  rate: number;
  /** The ECB date the rate comes from (the older of the two legs for cross rates). */
  date: string;
}

export interface RateBook {
  sourceId: string;
  /** Newest ECB date in the table. */
  latestDate: string | undefined;
  /** Units of `currency` per 1 EUR at the nearest ECB date on or before `date` (default: latest). */
  perEur(currency: string, date?: string): Rate | undefined;
  /** Units of `to` per 1 `from` at a date. */
  rate(from: string, to: string, date?: string): Rate | undefined;
}

/** How far back to look for a currency that was not quoted on the nearest date (ECB days). */
export const MAX_GAP_ROWS = 40;

/**
 * Stored shape: one record per calendar year (`date` is "YYYY"), so seeding writes ~30 records
 * instead of ~900 (each IndexedDB put has a fixed cost).
 */
export interface FxYear {
  date: string;
  days: FxRow[];
}

export function fxYears(rows: readonly FxRow[]): FxYear[] {
  const years = new Map<string, FxRow[]>();
  for (const row of rows) {
    const year = row.date.slice(0, 4);
    const days = years.get(year) ?? [];
    days.push(row);
    years.set(year, days);
  }
  return [...years].map(([date, days]) => ({ date, days }));
}

export function fxRowsFromYears(years: readonly FxYear[]): FxRow[] {
  return [...years].sort((a, b) => (a.date < b.date ? -1 : 1)).flatMap((year) => year.days);
}

export function fxRowsFromTable(table: FxTable): FxRow[] {
  const rows: FxRow[] = table.dates.map((date) => ({ date, rates: Object.create(null) as Record<string, number> }));
  table.currencies.forEach((code, c) => {
    const series = table.rates[c] ?? [];
    series.forEach((value, d) => {
      if (value !== null && value !== undefined && Number.isFinite(value) && value > 0) rows[d]!.rates[code] = value;
    });
  });
  return rows.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}

/** "2025" → "2025-12-31", "2025-02" → "2025-02-31": a partial date means "by the end of it". */
export function dateUpperBound(date: string): string {
  if (/^\d{4}$/.test(date)) return `${date}-12-31`;
  if (/^\d{4}-\d{2}$/.test(date)) return `${date}-31`;
  return date;
}

/** Rows must be sorted by date ascending (fxRowsFromTable and the fx store both are). */
export function createRateBook(rows: readonly FxRow[], sourceId: string): RateBook {
  const latestDate = rows.length ? rows[rows.length - 1]!.date : undefined;

  function indexAtOrBefore(date: string): number {
    let lo = 0;
    let hi = rows.length - 1;
    let found = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (rows[mid]!.date <= date) {
        found = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    return found;
  }

  function perEur(currency: string, date?: string): Rate | undefined {
    if (!rows.length) return currency === 'EUR' ? { rate: 1, date: '' } : undefined;
    const start = date ? indexAtOrBefore(dateUpperBound(date)) : rows.length - 1;
    if (start < 0) return undefined;
    if (currency === 'EUR') return { rate: 1, date: rows[start]!.date };
    for (let i = start; i >= 0 && i > start - MAX_GAP_ROWS; i--) {
      const value = rows[i]!.rates[currency];
      if (value !== undefined) return { rate: value, date: rows[i]!.date };
    }
    return undefined;
  }

  function rate(from: string, to: string, date?: string): Rate | undefined {
    const a = perEur(from, date);
    const b = perEur(to, date);
    if (!a || !b) return undefined;
    return { rate: b.rate / a.rate, date: a.date < b.date ? a.date : b.date };
  }

  return { sourceId, latestDate, perEur, rate };
}

/** amount in `from` → amount in `to` at the dated rate, or undefined when either is not quoted. */
export function convert(book: RateBook, amount: number, from: string, to: string, date?: string): (Rate & { value: number }) | undefined {
  if (from === to) return { value: amount, rate: 1, date: date ?? book.latestDate ?? '' };
  const r = book.rate(from, to, date);
  return r && { ...r, value: amount * r.rate };
}
