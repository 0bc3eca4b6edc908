/**
 * Locale formatting for cards (pure; Intl only). Dates keep the precision the source gave:
 * "2025" stays a year, "2025-03" a month, "2025-03-31" a day — a card never invents a day.
 */
import type { Lang } from '../i18n/core';
import type { Money } from '../facts/schema';
import { formatAmount } from '../money/format';

/** Cards format in the interface language; en uses en-GB day-month order only for days. */
const LOCALE: Record<Lang, string> = { en: 'en-US', it: 'it-IT', fr: 'fr-FR', de: 'de-DE', es: 'es-ES' };

export function localeOf(lang: Lang): string {
  return LOCALE[lang];
}

/** Format an ISO date at its own precision (YYYY, YYYY-MM, YYYY-MM-DD). Bad input is shown as given. */
export function formatIsoDate(iso: string, lang: Lang): string {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(iso);
  if (!m) return iso;
  const year = Number(m[1]);
  if (m[2] === undefined) return String(year);
  const month = Number(m[2]) - 1;
  const day = m[3] === undefined ? 1 : Number(m[3]);
  const date = new Date(Date.UTC(year, month, day));
  return dateFormat(lang, m[3] === undefined ? 'month' : 'day').format(date);
}

/*
 * Intl formatters are cached: creating one costs ~0.5 ms in Chromium (the first ~20 ms), and a
 * card formats dozens of dates and amounts in the frame after the dwell ends (docs/cards.md).
 */
const dateFormats = new Map<string, Intl.DateTimeFormat>();
function dateFormat(lang: Lang, precision: 'month' | 'day'): Intl.DateTimeFormat {
  const key = `${lang}|${precision}`;
  let f = dateFormats.get(key);
  if (!f) {
    const options: Intl.DateTimeFormatOptions =
      precision === 'month' ? { month: 'short', year: 'numeric', timeZone: 'UTC' } : { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' };
    f = new Intl.DateTimeFormat(LOCALE[lang], options);
    dateFormats.set(key, f);
  }
  return f;
}

const numberFormats = new Map<Lang, Intl.NumberFormat>();

/** Formatted amounts are memoised (bounded): the same valuations recur across cards. */
const moneyMemo = new Map<string, string>();
const MONEY_MEMO_MAX = 500;
function memo(key: string, make: () => string): string {
  let v = moneyMemo.get(key);
  if (v === undefined) {
    v = make();
    if (moneyMemo.size >= MONEY_MEMO_MAX) moneyMemo.clear();
    moneyMemo.set(key, v);
  }
  return v;
}

/** Pay Intl's first-use cost (ICU data) in idle time rather than in the first card's frame. */
export function warmFormatters(lang: Lang): void {
  formatIsoDate('2025-03-31', lang);
  formatIsoDate('2025-03', lang);
  formatNumber(1234.5, lang);
  formatMoney({ amount: 97_400_000_000, currency: 'USD' }, lang);
}

export function formatNumber(value: number, lang: Lang): string {
  let f = numberFormats.get(lang);
  if (!f) {
    f = new Intl.NumberFormat(LOCALE[lang], { maximumFractionDigits: 2 });
    numberFormats.set(lang, f);
  }
  return f.format(value);
}

/**
 * "US$97.4 billion" / "97,4 miliardi USD": MONEY's formatter, scale words spelled out (readers
 * compare magnitudes; "Mld" and "B" are ambiguous across languages).
 */
export function formatMoney(money: Pick<Money, 'amount' | 'currency'>, lang: Lang): string {
  return memo(`${lang}|${money.currency}|${money.amount}`, () => formatAmount(money.amount, money.currency, LOCALE[lang]));
}

/** A number with scale words and no currency ("9,74 miliardi"), for figures without one. */
export function formatBareAmount(amount: number, lang: Lang): string {
  return memo(`${lang}||${amount}`, () => formatAmount(amount, null, LOCALE[lang]));
}

/** Only http(s) links are ever rendered as links (a pack could carry `javascript:`). */
export function safeHttpUrl(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.href : undefined;
  } catch {
    return undefined;
  }
}

/** "www.reuters.com" → "reuters.com", shown next to a source title so readers see who says it. */
export function domainOf(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return '';
  }
}
