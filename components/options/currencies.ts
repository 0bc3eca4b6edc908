/**
 * Display currencies: the ISO 4217 list the browser knows (Intl.supportedValuesOf), named in
 * the interface language with Intl.DisplayNames, sorted by name, with the most read first.
 */
import type { Lang } from '../../lib/i18n/core';

/** Shown at the top of the list: the currencies of our readers' news. */
export const COMMON_CURRENCIES = ['EUR', 'USD', 'GBP', 'CHF', 'JPY', 'CNY'] as const;

/** Used where Intl.supportedValuesOf is missing (older engines). */
const FALLBACK = ['AUD', 'BRL', 'CAD', 'CHF', 'CNY', 'CZK', 'DKK', 'EUR', 'GBP', 'HKD', 'HUF', 'INR', 'JPY', 'KRW', 'MXN', 'NOK', 'NZD', 'PLN', 'RON', 'SEK', 'SGD', 'TRY', 'USD', 'ZAR'];

export interface CurrencyOption {
  code: string;
  label: string;
}

function isoCodes(): string[] {
  const intl = Intl as typeof Intl & { supportedValuesOf?: (key: string) => string[] };
  try {
    const codes = intl.supportedValuesOf?.('currency');
    if (codes && codes.length > 0) return codes;
  } catch {
    // fall through
  }
  return FALLBACK;
}

export function currencyOptions(lang: Lang, current: string): { common: CurrencyOption[]; all: CurrencyOption[] } {
  let names: Intl.DisplayNames | null = null;
  try {
    names = new Intl.DisplayNames([lang], { type: 'currency' });
  } catch {
    names = null;
  }
  const label = (code: string) => {
    const name = names?.of(code);
    return name && name !== code ? `${name} (${code})` : code;
  };
  const codes = new Set(isoCodes());
  codes.add(current);
  const common = COMMON_CURRENCIES.map((code) => ({ code, label: label(code) }));
  const all = [...codes]
    .filter((code) => !(COMMON_CURRENCIES as readonly string[]).includes(code))
    .map((code) => ({ code, label: label(code) }))
    .sort((a, b) => a.label.localeCompare(b.label, lang));
  return { common, all };
}
