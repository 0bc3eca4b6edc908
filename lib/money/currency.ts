/**
 * Currency markers: symbols, ISO codes, prefixed dollars and currency words in the five
 * languages, before or after the number. Matching is anchored at a position (sticky regular
 * expressions over literal alternatives), so it costs nothing where there is no number.
 */
import type { LangInfo } from './locale.ts';
import { crownAt } from './crowns.ts';
import { pesoOfSentence } from './pesos.ts';
import { WordTable } from './word-table.ts';

/** Sentinel for the local dollar ("$" means pesos in Mexico, AUD in Australia). */
const LOCAL = '$local';
/** Sentinel for dollar words ("dollars" means CAD on a Canadian page, USD elsewhere). */
const DOLLAR_WORD = '$word';
/** Sentinel for "pesos": the region's peso, unknown elsewhere. */
const PESO = '$peso';
/** Sentinel for a crown named without its country ("Kronen"): the country the text names (crowns.ts). */
const CROWN = '$crown';

const CODES = (
  'USD EUR GBP CHF JPY CNY RMB AUD CAD HKD NZD SGD MXN BRL ARS CLP COP PEN INR RUB KRW ' +
  'SEK NOK DKK PLN CZK HUF TRY ZAR SAR AED ILS TWD CLF MAD'
).split(' ');

/** Symbols and prefixed dollars, written before or after the number. */
const SYMBOLS: Record<string, string> = {
  // "$US14.3 billion", "$A2 billion": the Australian press puts the country after the sign
  // (and French writes "14 $US" after the number).
  'US$': 'USD', 'U$S': 'USD', 'u$s': 'USD', '$US': 'USD', '$A': 'AUD', 'A$': 'AUD', 'AU$': 'AUD', 'C$': 'CAD', 'CA$': 'CAD',
  'HK$': 'HKD', 'NZ$': 'NZD', 'S$': 'SGD', 'R$': 'BRL', 'MX$': 'MXN', 'JP¥': 'JPY',
  'CN¥': 'CNY', Rmb: 'CNY', '$': LOCAL, '€': 'EUR', '£': 'GBP', '¥': 'JPY', '₹': 'INR', '₽': 'RUB',
  '₩': 'KRW', Rs: 'INR', 'Rs.': 'INR', 'Fr.': 'CHF', 'fr.': 'CHF', 'CHF': 'CHF',
  // Peru's sol: "S/ 180 millones".
  'S/': 'PEN',
  // Chile's unidad de fomento, the inflation-indexed unit of its bonds and mortgages: "UF 3 millones".
  UF: 'CLF',
  // The Financial Times' Nordic crowns and Swiss francs before the number: "SKr3.4bn", "NKr520m",
  // "DKr1.2bn", "SFr572m".
  SKr: 'SEK', NKr: 'NOK', DKr: 'DKK', SFr: 'CHF',
};

/**
 * Written after the number only ("$US" and "£GB" are ICU's French forms; the Quebec press writes
 * the other dollars the same way: "259 millions $ AU", "40 M$ CA").
 */
const SUFFIX_ONLY: Record<string, string> = { '$ US': 'USD', '£GB': 'GBP', '$ AU': 'AUD', '$ CA': 'CAD', '$ NZ': 'NZD', '$ HK': 'HKD', '$ SG': 'SGD' };

/** Currency words (case-insensitive), longest phrases first at build time. */
const WORDS: Record<string, string> = {
  // US dollar
  dollaro: DOLLAR_WORD, dollari: DOLLAR_WORD, dollar: DOLLAR_WORD, dollars: DOLLAR_WORD,
  'dólar': DOLLAR_WORD, 'dólares': DOLLAR_WORD, dolares: DOLLAR_WORD,
  'dollari usa': 'USD', 'dollari americani': 'USD', 'dollari statunitensi': 'USD',
  'us dollars': 'USD', 'us dollar': 'USD', 'us-dollar': 'USD', 'us-dollars': 'USD',
  'u.s. dollars': 'USD', 'dollars américains': 'USD', 'dollars us': 'USD',
  'dólares estadounidenses': 'USD', 'dólares americanos': 'USD', 'amerikanische dollar': 'USD',
  // other dollars
  'dollari australiani': 'AUD', 'australian dollars': 'AUD', 'dollars australiens': 'AUD',
  'dólares australianos': 'AUD', 'australische dollar': 'AUD',
  'dollari canadesi': 'CAD', 'canadian dollars': 'CAD', 'dollars canadiens': 'CAD',
  'dólares canadienses': 'CAD', 'kanadische dollar': 'CAD',
  'hong kong dollars': 'HKD', 'dollari di hong kong': 'HKD', 'hongkong-dollar': 'HKD',
  // euro
  euro: 'EUR', euros: 'EUR',
  // pound sterling
  sterlina: 'GBP', sterline: 'GBP', 'sterline britanniche': 'GBP', sterling: 'GBP',
  'pounds sterling': 'GBP', pound: 'GBP', pounds: 'GBP', 'livres sterling': 'GBP',
  livre: 'GBP', livres: 'GBP', pfund: 'GBP', 'britische pfund': 'GBP', 'pfund sterling': 'GBP',
  libra: 'GBP', libras: 'GBP', 'libras esterlinas': 'GBP',
  // yen, yuan
  yen: 'JPY', yens: 'JPY', yenes: 'JPY', yuan: 'CNY', yuanes: 'CNY', renminbi: 'CNY',
  // Swiss franc
  'franchi svizzeri': 'CHF', 'franco svizzero': 'CHF', 'swiss francs': 'CHF', 'swiss franc': 'CHF',
  'francs suisses': 'CHF', 'franc suisse': 'CHF', franken: 'CHF', 'schweizer franken': 'CHF',
  'francos suizos': 'CHF', 'franco suizo': 'CHF',
  // CFA franc: XOF (West Africa). The Central African XAF shares the name and the same euro peg
  // (655.957 per euro), so reading either as XOF converts to the same value.
  'francs cfa': 'XOF', 'franc cfa': 'XOF', 'franchi cfa': 'XOF', 'franco cfa': 'XOF',
  'francos cfa': 'XOF', 'cfa francs': 'XOF', 'cfa franc': 'XOF', 'cfa-franc': 'XOF',
  // others the press quotes
  pesos: PESO, peso: PESO, 'pesos mexicanos': 'MXN', 'pesos messicani': 'MXN', 'pesos mexicains': 'MXN',
  // A peso named by its country, whatever the page's region: "4,2 billones de pesos argentinos"
  // on a Chilean page is Argentina's.
  'pesos argentinos': 'ARS', 'peso argentino': 'ARS', 'pesos argentini': 'ARS', 'argentine pesos': 'ARS', 'pesos argentins': 'ARS',
  'pesos chilenos': 'CLP', 'peso chileno': 'CLP', 'pesos cileni': 'CLP', 'chilean pesos': 'CLP', 'pesos chiliens': 'CLP',
  'pesos colombianos': 'COP', 'peso colombiano': 'COP', 'pesos colombiani': 'COP', 'colombian pesos': 'COP', 'pesos colombiens': 'COP',
  'pesos uruguayos': 'UYU', 'peso uruguayo': 'UYU', 'mexican pesos': 'MXN', 'peso mexicano': 'MXN',
  // Polish złoty
  'złoty': 'PLN', 'zloty': 'PLN', 'złotych': 'PLN', 'zlotys': 'PLN', 'zloties': 'PLN',
  // Peru's sol ("quinientos millones de soles"); "sol" alone is the sun, so only the plural.
  soles: 'PEN', 'nuevos soles': 'PEN',
  // Moroccan dirham: "5,9 milliards de dirhams", "712 DH", "6,85 milliards de DH" (the Moroccan
  // press's abbreviation, only after a number).
  dirham: 'MAD', dirhams: 'MAD', 'dírham': 'MAD', 'dírhams': 'MAD', 'dirhams marocains': 'MAD', 'dirham marocain': 'MAD', 'moroccan dirhams': 'MAD',
  dh: 'MAD', dhs: 'MAD',
  // The Emirates' dirham named as such ("2,45 dírhams emiratíes").
  'dírhams emiratíes': 'AED', 'dirhams emiratíes': 'AED', 'uae dirhams': 'AED', 'emirati dirhams': 'AED', 'dirhams émiratis': 'AED',
  // Thai baht
  baht: 'THB', bahts: 'THB',
  // South African rand
  rand: 'ZAR', rands: 'ZAR', 'south african rand': 'ZAR',
  // South Korea's won ("20,1 Billionen Won", "104.500 Won"): only after a number, where it is no verb.
  won: 'KRW', 'südkoreanische won': 'KRW', 'won sudcoreani': 'KRW', 'wons': 'KRW', wones: 'KRW', 'wones surcoreanos': 'KRW',
  // Romanian lei ("1,20 lei per azione", "3 miliarde de lei").
  lei: 'RON', leu: 'RON',
  rupie: 'INR', rupees: 'INR', roupies: 'INR', rupien: 'INR', rupias: 'INR',
  rubli: 'RUB', rubles: 'RUB', roubles: 'RUB', rubel: 'RUB', rublos: 'RUB',
  reais: 'BRL', reales: 'BRL', francs: 'CHF', franchi: 'CHF', franc: 'CHF', franco: 'CHF', francos: 'CHF',
  // Swedish kronor (the Danish and Norwegian kroner only with their country: "kroner" alone is either)
  kronor: 'SEK', 'swedish kronor': 'SEK', 'couronnes suédoises': 'SEK', 'corone svedesi': 'SEK',
  'schwedische kronen': 'SEK', 'schwedischen kronen': 'SEK', 'coronas suecas': 'SEK',
  'danish kroner': 'DKK', 'couronnes danoises': 'DKK', 'corone danesi': 'DKK', 'dänische kronen': 'DKK', 'dänischen kronen': 'DKK', 'coronas danesas': 'DKK',
  'norwegian kroner': 'NOK', 'couronnes norvégiennes': 'NOK', 'corone norvegesi': 'NOK', 'norwegische kronen': 'NOK', 'norwegischen kronen': 'NOK', 'coronas noruegas': 'NOK',
  kronen: CROWN, corone: CROWN, couronnes: CROWN, coronas: CROWN, kroner: CROWN,
};

/** Sentinel for "cents": the local dollar's cent in English, the euro cent in German. */
const CENT = '$cent';
/** Sentinel for "centimes", "centesimi": the Swiss franc's on Swiss pages, the euro's elsewhere. */
const CENTIME = '$centime';

/** Subunits, worth a hundredth of the currency: "15 cents a share", "50 centesimi di euro". */
const SUBUNITS: Record<string, string> = {
  cent: CENT, cents: CENT, pence: 'GBP', penny: 'GBP',
  // "82 centimes" on a Swiss page is 0.82 francs ("le litre de lait à 82 centimes").
  centesimi: CENTIME, centesimo: CENTIME, 'centesimi di euro': 'EUR', 'centesimo di euro': 'EUR',
  centimes: CENTIME, centime: CENTIME, "centimes d'euro": 'EUR', 'centimes d’euro': 'EUR',
  // Spanish pence: "58,2 peniques por acción".
  peniques: 'GBP', penique: 'GBP',
  'céntimos': 'EUR', 'céntimo': 'EUR', 'céntimos de euro': 'EUR',
  // A cent named by its currency: "60 US cents a share" on an Australian page, "5.5 euro cents".
  'us cents': 'USD', 'us cent': 'USD', 'us-cent': 'USD', 'us-cents': 'USD', 'euro cents': 'EUR', 'euro cent': 'EUR', 'eurocents': 'EUR',
  'singapore cents': 'SGD', 'singapore cent': 'SGD', 'australian cents': 'AUD', 'hong kong cents': 'HKD', 'canadian cents': 'CAD',
  'centesimi di dollaro': 'USD', 'centimes de dollar': 'USD', 'céntimos de dólar': 'USD', 'centavos de dólar': 'USD',
  // Swiss cents named by the franc: "27 centesimi di franco", "50 Rappen".
  'centesimi di franco': 'CHF', 'centesimi di franchi': 'CHF', 'centimes de franc': 'CHF', rappen: 'CHF',
};
/** Hundredths per unit. */
const SUBUNIT_DIVISOR = 100;

const PESO_BY_DOLLAR: Record<string, string> = { MXN: 'MXN', ARS: 'ARS', CLP: 'CLP', COP: 'COP' };
const LOCAL_DOLLAR_WORDS = new Set(['AUD', 'CAD', 'NZD', 'HKD', 'SGD']);

function resolve(code: string, info: LangInfo): string | null {
  if (code === LOCAL) return info.dollar;
  if (code === DOLLAR_WORD) return LOCAL_DOLLAR_WORDS.has(info.dollar) ? info.dollar : 'USD';
  if (code === PESO) return PESO_BY_DOLLAR[info.dollar] ?? null;
  if (code === CENT) return info.cent;
  if (code === CENTIME) return info.centime;
  return code;
}

const esc = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const GAP = '[ \\u00A0\\u202F]';
const byLength = (a: string, b: string): number => b.length - a.length;
const alt = (keys: string[]): string =>
  keys.sort(byLength).map((k) => esc(k).replace(/ /g, GAP)).join('|');

const SYMBOL_KEYS = [...Object.keys(SYMBOLS), ...CODES];
/** Symbols/codes directly before the number, with at most one space. */
// Not after "/": "EUR/USD 1.08" is an exchange-rate pair, not dollars.
const PREFIX_RE = new RegExp(`(?<![\\p{L}\\p{N}/])(?:${alt([...SYMBOL_KEYS])})${GAP}?$`, 'u');
const SUFFIX_SYMBOL_RE = new RegExp(
  `(?:${alt([...SYMBOL_KEYS, ...Object.keys(SUFFIX_ONLY)])})(?![\\p{L}\\p{N}])`, 'uy');
const WORD_RE = new RegExp(
  `(?:${alt([...Object.keys(WORDS), ...Object.keys(SUBUNITS)])})(?![\\p{L}\\p{N}])`, 'iuy');

/** Two lower-cased leading char codes as one number. */
function lower2(c0: number, c1: number): number {
  const l0 = c0 >= 65 && c0 <= 90 ? c0 + 32 : c0;
  const l1 = c1 >= 65 && c1 <= 90 ? c1 + 32 : c1;
  return l0 * 0x10000 + l1;
}

/** Beginnings of every marker that starts with an ASCII character. */
const PREFIX2: ReadonlySet<number> = new Set(
  [...SYMBOL_KEYS, ...Object.keys(SUFFIX_ONLY), ...Object.keys(WORDS), ...Object.keys(SUBUNITS)]
    .filter((k) => k.charCodeAt(0) < 0x80)
    .map((k) => lower2(k.charCodeAt(0), k.charCodeAt(1))),
);

const normalise = (s: string): string =>
  s.indexOf('\u00A0') < 0 && s.indexOf('\u202F') < 0 ? s : s.replace(/[\u00A0\u202F]/g, ' ');

/** The tables as maps: looked up with sliced, non-internalised strings on every number. */
const SYMBOL_MAP: ReadonlyMap<string, string> = new Map(Object.entries(SYMBOLS));
const SUFFIX_ONLY_MAP: ReadonlyMap<string, string> = new Map(Object.entries(SUFFIX_ONLY));
const CODE_SET: ReadonlySet<string> = new Set(CODES);

/** A currency or subunit word, looked up lower-cased in place (word-table.ts). */
interface WordEntry {
  code: string;
  /** 100 for a subunit ("cents", "centesimi"), else 1. */
  divisor: number;
  /** "cent"/"cents": a hundred in French, money only in English and German. */
  centWord: boolean;
}
const WORD_TABLE = new WordTable<WordEntry>([
  ...Object.entries(WORDS).map(([k, code]): [string, WordEntry] => [k, { code, divisor: 1, centWord: false }]),
  ...Object.entries(SUBUNITS).map(([k, code]): [string, WordEntry] => [
    k, { code, divisor: SUBUNIT_DIVISOR, centWord: k === 'cent' || k === 'cents' }]),
], true);

/** First code units of the symbols and codes after a number (matched with their case). */
const SYMBOL_FIRST: ReadonlySet<number> = new Set(
  [...SYMBOL_KEYS, ...Object.keys(SUFFIX_ONLY)].map((k) => k.charCodeAt(0)),
);

/**
 * WORD_RE split by the lower-cased first letter of its words (all ASCII): where a word starts
 * with an ASCII character only the few words sharing that letter are tried. A non-ASCII start
 * (which case-folds to nothing here, or to "k" in the case of the Kelvin sign) uses WORD_RE.
 */
const WORD_RE_BY_FIRST: ReadonlyMap<number, RegExp> = (() => {
  const groups = new Map<number, string[]>();
  for (const k of [...Object.keys(WORDS), ...Object.keys(SUBUNITS)]) {
    const f = k.toLowerCase().charCodeAt(0);
    if (f >= 0x80) throw new Error(`currency word with a non-ASCII first letter: ${k}`);
    groups.set(f, [...(groups.get(f) ?? []), k]);
  }
  return new Map([...groups].map(([f, keys]) => [f, new RegExp(`(?:${alt(keys)})(?![\\p{L}\\p{N}])`, 'iuy')]));
})();

export interface CurrencyMatch {
  code: string | null;
  start: number;
  end: number;
  /** 100 for a subunit ("cents", "centesimi"): the amount is in hundredths. */
  divisor: number;
  /** A scale the sign carries ("MMUS$": 6). */
  exp?: number;
}

function symbolCode(surface: string): string | undefined {
  const s = normalise(surface);
  return SYMBOL_MAP.get(s) ?? SUFFIX_ONLY_MAP.get(s) ?? (CODE_SET.has(s) ? s : undefined);
}

/**
 * The Chilean press's scaled dollar signs: "MMUS$ 1.250" (millions of US dollars), "MUS$ 800"
 * (thousands), "MM$ 45.300" (millions of the local dollar, pesos).
 */
const SCALED_PREFIX_RE = /(?<![\p{L}\p{N}])(M{1,2})(US\$|\$)[ \u00A0]?$/u;

/** A currency symbol or code ending right before `pos` (one space allowed). */
export function currencyBefore(text: string, pos: number, info: LangInfo): CurrencyMatch | null {
  const from = Math.max(0, pos - 6);
  const m = PREFIX_RE.exec(text.slice(from, pos));
  if (!m) return randBefore(text, pos, info) ?? scaledPrefixBefore(text, pos, info);
  const surface = m[0].replace(/[ \u00A0\u202F]$/, '');
  const code = symbolCode(surface);
  if (code === undefined) return null;
  return {
    code: resolve(code, info), start: from + m.index, end: from + m.index + surface.length, divisor: 1,
  };
}

/**
 * "R1.3bn", "R14.85": the rand, written as a bare "R" glued to the number, on South African pages
 * only (elsewhere "R2" is a road or a model). Not a symbol of the tables: after a number "R" is
 * no currency ("R&D").
 */
function randBefore(text: string, pos: number, info: LangInfo): CurrencyMatch | null {
  if (!info.rand || text.charCodeAt(pos - 1) !== 82) return null;
  if (/[\p{L}\p{N}]/u.test(text.charAt(pos - 2))) return null;
  return { code: 'ZAR', start: pos - 1, end: pos, divisor: 1 };
}

function scaledPrefixBefore(text: string, pos: number, info: LangInfo): CurrencyMatch | null {
  if (text.charCodeAt(pos - 1) !== 36 && text.charCodeAt(pos - 2) !== 36) return null;
  const from = Math.max(0, pos - 7);
  const m = SCALED_PREFIX_RE.exec(text.slice(from, pos));
  if (!m) return null;
  const start = from + m.index;
  return {
    code: resolve(m[2] === '$' ? LOCAL : 'USD', info), start, end: start + m[1]!.length + m[2]!.length,
    divisor: 1, exp: m[1]!.length === 2 ? 6 : 3,
  };
}

/** A currency symbol, code or word starting exactly at `pos`. */
export function currencyAt(text: string, pos: number, info: LangInfo): CurrencyMatch | null {
  const c = text.charCodeAt(pos);
  // Every marker starts with a currency sign or with one of a known set of two-letter
  // beginnings; ordinary words after numbers ("dipendenti", "people") stop here.
  if (c < 0x80) {
    if (c !== 36 && !PREFIX2.has(lower2(c, text.charCodeAt(pos + 1)))) return null;
  } else if (c < 0xa2) return null;
  // test() and lastIndex: no match arrays on this path, which every number takes.
  SUFFIX_SYMBOL_RE.lastIndex = pos;
  if (SYMBOL_FIRST.has(c) && SUFFIX_SYMBOL_RE.test(text)) {
    const end = SUFFIX_SYMBOL_RE.lastIndex;
    const code = symbolCode(text.slice(pos, end));
    if (code !== undefined) {
      return { code: resolve(code, info), start: pos, end, divisor: 1 };
    }
  }
  const wordRe = c < 0x80 ? WORD_RE_BY_FIRST.get(c >= 65 && c <= 90 ? c + 32 : c) : WORD_RE;
  if (!wordRe) return null;
  wordRe.lastIndex = pos;
  if (wordRe.test(text)) {
    const end = wordRe.lastIndex;
    const w = WORD_TABLE.get(text, pos, end);
    if (w && w.code === CROWN) {
      // No country named: "12 corone" may be a jeweller's crowns, so no currency at all.
      const code = crownAt(text, pos, end);
      return code === null ? null : { code, start: pos, end, divisor: 1 };
    }
    if (w && w.code === PESO && !PESO_BY_DOLLAR[info.dollar]) return { code: pesoOfSentence(text, pos), start: pos, end, divisor: 1 };
    if (w && w.divisor === 1) return { code: resolve(w.code, info), start: pos, end, divisor: 1 };
    // "cent" is a hundred in French: subunit words count where they mean money (locale.ts).
    if (w && !(w.centWord && !info.centsAreMoney)) {
      return { code: resolve(w.code, info), start: pos, end, divisor: SUBUNIT_DIVISOR };
    }
  }
  return null;
}
