/**
 * Amounts for cards, in the reader's language with human scale words:
 * "97,4 miliardi USD" (it), "US$97.4 billion" (en), "97,4 milliards $US" (fr),
 * "97,4 Milliarden $" (de), "97.400 millones US$" (es).
 */
import { langInfo, type BaseLang } from './locale.ts';

/** words: human scale words; compact: Intl compact ("97 Mrd. $"); full: every digit. */
export type FormatStyle = 'words' | 'compact' | 'full';

interface ScaleName {
  exp: number;
  one: string;
  many: string;
}

/** Largest first. Spanish counts billions in thousands of millions ("97.400 millones"). */
const NAMES: Record<BaseLang, ScaleName[]> = {
  it: [
    { exp: 12, one: 'mille miliardi', many: 'mila miliardi' },
    { exp: 9, one: 'miliardo', many: 'miliardi' },
    { exp: 6, one: 'milione', many: 'milioni' },
  ],
  en: [
    { exp: 12, one: 'trillion', many: 'trillion' },
    { exp: 9, one: 'billion', many: 'billion' },
    { exp: 6, one: 'million', many: 'million' },
  ],
  fr: [
    { exp: 12, one: 'billion', many: 'billions' },
    { exp: 9, one: 'milliard', many: 'milliards' },
    { exp: 6, one: 'million', many: 'millions' },
  ],
  de: [
    { exp: 12, one: 'Billion', many: 'Billionen' },
    { exp: 9, one: 'Milliarde', many: 'Milliarden' },
    { exp: 6, one: 'Million', many: 'Millionen' },
  ],
  es: [
    { exp: 12, one: 'billón', many: 'billones' },
    { exp: 6, one: 'millón', many: 'millones' },
  ],
};

/** Significant decimals kept after scaling (97.4 billion, 1.25 million). */
const MAX_FRACTION_DIGITS = 2;

function isCurrencyCode(code: string): boolean {
  try {
    new Intl.NumberFormat('en', { style: 'currency', currency: code });
    return true;
  } catch {
    return false;
  }
}

function safeLocale(locale: string): string {
  try {
    return Intl.NumberFormat.supportedLocalesOf([locale]).length > 0 ? locale : 'en';
  } catch {
    return 'en';
  }
}

export function formatAmount(
  amount: number,
  currency: string | null,
  locale: string,
  style: FormatStyle = 'words',
): string {
  const loc = safeLocale(locale);
  if (!Number.isFinite(amount)) return String(amount);
  // A code Intl does not accept ("XX") is shown after the number rather than thrown.
  if (currency !== null && !isCurrencyCode(currency)) {
    return `${formatAmount(amount, null, loc, style)} ${currency}`;
  }
  const money = (opts: Intl.NumberFormatOptions): Intl.NumberFormat =>
    currency
      ? new Intl.NumberFormat(loc, { style: 'currency', currency, ...opts })
      : new Intl.NumberFormat(loc, opts);
  if (style === 'full') return plainSpaces(money({}).format(amount));
  if (style === 'compact') {
    return plainSpaces(money({
      notation: 'compact', minimumFractionDigits: 0, maximumFractionDigits: MAX_FRACTION_DIGITS,
    }).format(amount));
  }
  const base = langInfo(loc).base;
  const abs = Math.abs(amount);
  const name = NAMES[base].find((n) => abs >= 10 ** n.exp);
  if (!name) {
    const minimumFractionDigits = Number.isInteger(amount) ? 0 : 2;
    return plainSpaces(money({ minimumFractionDigits, maximumFractionDigits: MAX_FRACTION_DIGITS })
      .format(amount));
  }
  const mantissa = amount / 10 ** name.exp;
  const parts = money({ minimumFractionDigits: 0, maximumFractionDigits: MAX_FRACTION_DIGITS })
    .formatToParts(mantissa);
  const word = Math.abs(mantissa) === 1 ? name.one : name.many;
  // Keep Intl's order of number and currency; put the scale word right after the number.
  let out = '';
  let lastNumeric = -1;
  parts.forEach((p, k) => {
    if (['integer', 'group', 'decimal', 'fraction'].includes(p.type)) lastNumeric = k;
  });
  parts.forEach((p, k) => {
    // A lone "$" is ambiguous for a reader anywhere: say US$.
    out += p.type === 'currency' && p.value === '$' && currency === 'USD' ? 'US$' : p.value;
    if (k === lastNumeric) out += `\u00A0${word}`;
  });
  return plainSpaces(out);
}

/** Intl's no-break and narrow spaces become plain spaces: the card layout decides wrapping. */
function plainSpaces(s: string): string {
  return s.replace(/[\u00A0\u202F]/g, ' ');
}
