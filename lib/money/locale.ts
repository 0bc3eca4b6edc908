/**
 * What the page language tells the figure parser: which of `.` and `,` is the decimal mark,
 * which base language's scale words apply, and which currency a bare `$` stands for.
 */

export type BaseLang = 'it' | 'en' | 'fr' | 'de' | 'es';

/** The decimal mark, or 'both' where either is one (see LangInfo.decimal). */
export type DecimalMark = '.' | ',' | 'both';

export interface LangInfo {
  base: BaseLang;
  /**
   * The decimal mark of the locale: decides "1.200" (1200 in it) versus "1.200" (1.2 in en).
   * 'both' in Switzerland, which groups thousands with ’ only and writes decimals with either
   * mark ("Fr. 9.80", "5,375 Mrd. Dollar").
   */
  decimal: DecimalMark;
  /** ISO code a bare `$` means on pages of this region (peso in Mexico, AUD in Australia...). */
  dollar: string;
  /** Whose hundredth "c" and "cents" are: the local dollar's in English, the euro's in Irish English and elsewhere. */
  cent: string;
  /** Whose hundredth "centimes" and "centesimi" are: the franc's on Swiss pages, the euro's elsewhere. */
  centime: string;
  /** Whether "cent"/"cents" after a number is money: not in French ("cent" is a hundred), except Quebec's. */
  centsAreMoney: boolean;
  /** South African pages write the rand as a bare "R" before the number ("R1.3bn", "R14.85"). */
  rand: boolean;
  /**
   * Plain spaces group thousands: in French, and on South African pages ("R2 540 million",
   * "1 055c"), whose press follows the SI style.
   */
  spaceGroups: boolean;
}

const BASES: ReadonlySet<string> = new Set(['it', 'en', 'fr', 'de', 'es']);

/** English-speaking regions that count in euro cents ("23.9c per share" in the Irish press). */
const EURO_CENT_REGIONS: ReadonlySet<string> = new Set(['IE', 'MT', 'CY']);

/** Switzerland and Liechtenstein: thousands only with ’, a lone "." or "," is a decimal mark. */
const SWISS_REGIONS: ReadonlySet<string> = new Set(['CH', 'LI']);

/** Regions whose own currency is written with a bare `$`. */
const DOLLAR_BY_REGION: Readonly<Record<string, string>> = {
  AU: 'AUD', CA: 'CAD', NZ: 'NZD', HK: 'HKD', SG: 'SGD',
  MX: 'MXN', AR: 'ARS', CL: 'CLP', CO: 'COP', UY: 'UYU',
};

const FALLBACK_DECIMAL: Readonly<Record<BaseLang, '.' | ','>> = {
  it: ',', en: '.', fr: ',', de: ',', es: ',',
};

const cache = new Map<string, LangInfo>();

function intlDecimal(tag: string): '.' | ',' | null {
  try {
    const parts = new Intl.NumberFormat(tag).formatToParts(1.5);
    const dec = parts.find((p) => p.type === 'decimal')?.value;
    return dec === '.' || dec === ',' ? dec : null;
  } catch {
    return null;
  }
}

export function langInfo(lang: string | undefined): LangInfo {
  const tag = (lang ?? 'en').trim() || 'en';
  const hit = cache.get(tag);
  if (hit) return hit;
  const [first, ...rest] = tag.replace(/_/g, '-').split('-');
  const lower = (first ?? 'en').toLowerCase();
  const base: BaseLang = BASES.has(lower) ? (lower as BaseLang) : 'en';
  const region = rest.find((r) => /^(?:[A-Za-z]{2}|\d{3})$/.test(r))?.toUpperCase();
  // A bare language tag uses the language's own convention (es = Spain), not Intl's default region.
  const decimal = region && SWISS_REGIONS.has(region) ? 'both' : (region ? intlDecimal(`${base}-${region}`) : null) ?? FALLBACK_DECIMAL[base];
  const dollar = (region && DOLLAR_BY_REGION[region]) || 'USD';
  // Quebec counts in Canadian cents like English Canada.
  const quebec = base === 'fr' && region === 'CA';
  const rand = base === 'en' && region === 'ZA';
  const cent = rand ? 'ZAR' : quebec ? dollar : base !== 'en' || (region && EURO_CENT_REGIONS.has(region)) ? 'EUR' : dollar;
  const centime = region && SWISS_REGIONS.has(region) ? 'CHF' : 'EUR';
  const info: LangInfo = { base, decimal, dollar, cent, centime, centsAreMoney: base === 'en' || base === 'de' || quebec, rand, spaceGroups: base === 'fr' || rand };
  cache.set(tag, info);
  return info;
}
