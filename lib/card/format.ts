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
  const options: Intl.DateTimeFormatOptions =
    m[3] === undefined
      ? { month: 'short', year: 'numeric', timeZone: 'UTC' }
      : { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' };
  return new Intl.DateTimeFormat(LOCALE[lang], options).format(date);
}

export function formatNumber(value: number, lang: Lang): string {
  return new Intl.NumberFormat(LOCALE[lang], { maximumFractionDigits: 2 }).format(value);
}

/**
 * "US$97.4 billion" / "97,4 miliardi USD": MONEY's formatter, scale words spelled out (readers
 * compare magnitudes; "Mld" and "B" are ambiguous across languages).
 */
export function formatMoney(money: Pick<Money, 'amount' | 'currency'>, lang: Lang): string {
  return formatAmount(money.amount, money.currency, LOCALE[lang]);
}

/** A number with scale words and no currency ("9,74 miliardi"), for figures without one. */
export function formatBareAmount(amount: number, lang: Lang): string {
  return formatAmount(amount, null, LOCALE[lang]);
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
