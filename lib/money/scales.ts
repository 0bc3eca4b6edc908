/**
 * Scale words and abbreviations (10^3, 10^6, 10^9, 10^12) in the five languages. Where the same
 * word means different things ("billion": 10^9 in English, 10^12 in French and German; "B":
 * 10^9 in English, 10^12 in Spanish), the page language decides.
 */
import type { BaseLang } from './locale.ts';
import { WordTable } from './word-table.ts';

export interface ScaleEntry {
  exp: number;
  /** Single letters ("5 m", "5 K") are metres or kelvin unless a currency is attached. */
  needsCurrency?: boolean;
  /** Singular forms: "un miliardo" but never "un miliardi". */
  singular?: boolean;
  /** Thousands that may stack on a larger scale ("mil millones", "mila miliardi"). */
  stacks?: boolean;
  /** Mexican "mdd" (millones de dólares) and "mdp" (millones de pesos) carry their currency. */
  currency?: string;
}

type Table = Record<string, ScaleEntry>;

const S6: ScaleEntry = { exp: 6 };
const S6one: ScaleEntry = { exp: 6, singular: true };
const S9: ScaleEntry = { exp: 9 };
const S9one: ScaleEntry = { exp: 9, singular: true };
const S12: ScaleEntry = { exp: 12 };
const S12one: ScaleEntry = { exp: 12, singular: true };
const K3: ScaleEntry = { exp: 3, stacks: true };

/** Full words, matched case-insensitively (headings are often in capitals). */
const WORDS: Table = {
  milione: S6one, milioni: S6, miliardo: S9one, miliardi: S9, trilione: S12one, trilioni: S12,
  mila: K3,
  million: S6one, millions: S6, billion: S9one, billions: S9, trillion: S12one, trillions: S12,
  thousand: K3,
  milliard: S9one, milliards: S9,
  millionen: S6, milliarde: S9one, milliarden: S9, billionen: S12, tausend: K3,
  'millón': S6one, millon: S6one, millones: S6, millardo: S9one, millardos: S9,
  'billón': S12one, billon: S12one, billones: S12,
  // Indian English: a crore is 10^7, a lakh 10^5, and "2.65 lakh crore" 2.65 × 10^12.
  crore: { exp: 7 }, crores: { exp: 7 }, lakh: { exp: 5, stacks: true }, lakhs: { exp: 5, stacks: true },
};

/** Per-language readings that override WORDS. */
const WORDS_BY_LANG: Record<BaseLang, Table> = {
  it: { mille: K3 },
  en: {},
  fr: { billion: S12one, billions: S12, mille: K3 },
  de: { billion: S12one },
  es: { mil: K3 },
};

/** Spanish-language press abbreviations: "MM" millions and "MMM" billions (Chile, Colombia). */
const ES_ABBR: Table = {
  MM: S6, MMM: S9, mdd: { exp: 6, currency: 'USD' }, mdp: { exp: 6, currency: 'MXN' },
  mmdd: { exp: 9, currency: 'USD' },
};

/** Abbreviations, matched with their case as written (plus all-capitals variants). */
const ABBR: Table = {
  mln: S6, Mln: S6, MLN: S6, mn: S6, Mio: S6, MIO: S6, m: { exp: 6, needsCurrency: true },
  M: { exp: 6, needsCurrency: true },
  mld: S9, Mld: S9, MLD: S9, mrd: S9, Mrd: S9, MRD: S9, Md: S9, Mds: S9,
  bn: S9, Bn: S9, BN: S9, bln: S9, Bln: S9, b: { exp: 9, needsCurrency: true },
  B: { exp: 9, needsCurrency: true },
  tn: S12, trn: S12, Bio: S12, T: { exp: 12, needsCurrency: true },
  k: { exp: 3, needsCurrency: true }, K: { exp: 3, needsCurrency: true }, Tsd: K3,
};

const ABBR_BY_LANG: Record<BaseLang, Table> = {
  // ICU's Italian compact form "1,5 Bln" is bilioni (10^12).
  // Swiss Italian writes "fr. 15 mio." for millions and "CHF 1,33 mia." for billions (only with a
  // currency: "mia" is also "my").
  it: { Bln: S12, mio: S6, mia: { exp: 9, needsCurrency: true } },
  en: {},
  // French "Bn" (ICU compact) is billion = 10^12. Quebec's press writes "1,3 G$" (giga) for a
  // milliard de dollars, beside "25 M$".
  // Suisse romande writes "CHF 190 mios" for millions.
  // Morocco's press writes "12 480 MDH" (millions de dirhams) and "36,8 MMDH" (milliards).
  fr: { Bn: S12, G: { exp: 9, needsCurrency: true }, mio: S6, mios: S6, MDH: { exp: 6, currency: 'MAD' }, MMDH: { exp: 9, currency: 'MAD' } },
  // Swiss German writes "CHF 1,3 Mia." for Milliarden (only with a currency, as in Swiss Italian).
  de: { Mia: { exp: 9, needsCurrency: true }, mia: { exp: 9, needsCurrency: true } },
  // Spanish "B" (ICU compact) is billón = 10^12.
  es: { B: { exp: 12, needsCurrency: true }, ...ES_ABBR },
};

/** Abbreviations written with a dot that belongs to them ("Mrd.", "mld."). */
export const DOTTED: ReadonlySet<string> = new Set([
  'Mrd', 'MRD', 'Mio', 'MIO', 'mio', 'mia', 'Mia', 'Bio', 'Tsd', 'mld', 'Mld', 'mln', 'Mln', 'mrd', 'Md', 'Mds',
]);

const BASE_LANGS: readonly BaseLang[] = ['it', 'en', 'fr', 'de', 'es'];

/** Per language, the abbreviations (as written) and the full words (lower-cased), merged. */
const ABBR_TABLES = new Map<BaseLang, WordTable<ScaleEntry>>(
  BASE_LANGS.map((b) => [b, new WordTable(Object.entries({ ...ABBR, ...ABBR_BY_LANG[b] }), false)]),
);
const WORD_TABLES = new Map<BaseLang, WordTable<ScaleEntry>>(
  BASE_LANGS.map((b) => [b, new WordTable(Object.entries({ ...WORDS, ...WORDS_BY_LANG[b] }), true)]),
);

/** Look up the letter run text[from, to) (without a trailing dot) as a scale word. */
export function lookupScaleAt(text: string, from: number, to: number, base: BaseLang): ScaleEntry | null {
  if (!mayStartScale(text.charCodeAt(from))) return null;
  const n = to - from;
  if (n <= MAX_ABBR_LENGTH) {
    const abbr = ABBR_TABLES.get(base)!.get(text, from, to);
    if (abbr) return abbr;
  }
  if (n < 3 || n > MAX_WORD_LENGTH) return null;
  return WORD_TABLES.get(base)!.get(text, from, to) ?? null;
}

const ALL_ABBR = [ABBR, ES_ABBR, ...Object.values(ABBR_BY_LANG)].flatMap((t) => Object.keys(t));
const ALL_WORDS = [WORDS, ...Object.values(WORDS_BY_LANG)].flatMap((t) => Object.keys(t));
/** Longest abbreviation ("mmdd") and longest word ("milliarden"): longer runs are no scale. */
const MAX_ABBR_LENGTH = Math.max(...ALL_ABBR.map((k) => k.length));
const MAX_WORD_LENGTH = Math.max(...ALL_WORDS.map((k) => k.length));

/** First letters (lower-cased ASCII) of every scale word and abbreviation: m, b, t, k, g, c, l. */
const SCALE_INITIALS = new Uint8Array(128);
for (const k of [...ALL_ABBR, ...ALL_WORDS]) SCALE_INITIALS[k.charCodeAt(0) | 32] = 1;

/** Whether a word starting with char code `c` may be a scale word: other words are not sliced at all. */
export function mayStartScale(c: number): boolean {
  return c < 128 && SCALE_INITIALS[c | 32] === 1;
}

