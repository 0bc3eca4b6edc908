/**
 * What a reader links between neighbouring numbers: ranges ("$3–4 trillion", "tra 1 e 1,5 mld €",
 * "two to three billion"), lists sharing a scale and currency ("16.170 y los 89.936 millones"),
 * and bracketed prior periods ("1,717 (1,581) Milliarden Euro").
 */
import { currencyBefore } from './currency.ts';
import { exprAtDigit, type Expr } from './expression.ts';
import type { LangInfo } from './locale.ts';
import { openerBefore } from './look-back.ts';
import { isDigit } from './number.ts';
import { monthAfter, skipGaps, wordEnd } from './tail.ts';
import { exprAtScaleWord } from './written.ts';
import {
  AND_RE, DASH_RANGE_RE, isLetter, isUnicodeLetter, NUMBER_WORDS, RANGE_OPENERS, TO_RANGE_RE,
} from './words.ts';

/** Characters looked back from a "from X to Y" pair for a verb of change. */
const CHANGE_LOOKBACK_CHARS = 40;

/** Verbs that make "from X to Y" a before-and-after rather than a range. */
const CHANGE_VERBS = ['salit', 'cresciut', 'aumentat', 'passat', 'sces', 'calat', 'rose', 'risen', 'grew', 'grown',
  'fell', 'fallen', 'increas', 'decreas', 'climb', 'jump', 'drop', 'cut', 'rais', 'lower',
  'stieg', 'gestiegen', 'sank', 'gesunken', 'wuchs', 'gewachsen', 'erhöht', 'gesenkt',
  'subió', 'subido', 'creció', 'crecido', 'bajó', 'bajado', 'cayó', 'caído', 'pasó', 'pasado',
  'passé', 'passer', 'passare', 'pasar', 'porté', 'portée', 'relevé', 'rehaussé', 'grimpé', 'augment', 'baiss', 'progressé', 'chuté', 'recul',
  // a share's move: "shares added €1.15 to €38.20"
  'added', 'gained', 'lost', 'shed', 'slipped', 'slid', 'tumbled', 'soared', 'surged', 'plunged', 'advanced', 'declined', 'rallied', 'edged',
  // "le titre a gagné 8,40 euros à 391,50 euros", "las acciones subieron $6.20 a $318.50"
  // (any tense: "gagnait 1,20 € à 68,04 €")
  'pris', 'gagn', 'perdu', 'perdait', 'cédé', 'cédait', 'lâch', 'subieron', 'bajaron', 'cayeron', 'ganaron', 'perdieron', 'cedieron',
  'guadagnat', 'pers', 'cedut', 'gewann', 'gewonnen', 'verlor', 'verloren',
  // "shares gaining $3.15 to $201.40", "lifted its dividend by 6 cents to $1.60", "le sinergie
  // salgono da 250 a 290 milioni", "i ricavi crescono da ... a ...", "scendono"
  'gain', 'lift', 'salgon', 'cresc', 'scend',
  // "revenue up by €42m to €650m", "costs down by 3 million to 40 million"
  'up(?![\\p{L}])', 'down(?![\\p{L}])',
  // b94: a debt brought down or cut ("la deuda bajará de 92 a 47 millones", "ridurre
  // l'indebitamento da 142 a circa 100 milioni", "reducirá la deuda de ... a ...")
  'bajar', 'subir', 'ridur', 'ridott', 'reduc', 'réduir', 'rédui', 'senk', 'verringer'];
const CHANGE_VERB_RE = new RegExp(`(?<![\\p{L}])(?:${CHANGE_VERBS.join('|')})`, 'iu');
/** The verb right before the first figure ("shares fell 18p to 402p", "è salito di 2 euro a
 * 50"): the change and the level reached, not a range. */
const CHANGE_VERB_JUST_BEFORE_RE = new RegExp(`(?<![\\p{L}])(?:${CHANGE_VERBS.join('|')})\\p{L}*[ \\u00A0]+(?:(?:by|di|de|of|um|en)[ \\u00A0]+)?$`, 'iu');

/** Words before the first figure of "by X to Y" ("um 6 Cent auf", "di 6 centesimi a"). */
const BY_CHANGE: ReadonlySet<string> = new Set(['by', 'um', 'di']);

/** The expression at a digit, or null when there is none (a date, a version...). */
export function parseExpr(text: string, p: number, info: LangInfo): Expr | null {
  if (!isDigit(text.charCodeAt(p))) return null;
  const r = exprAtDigit(text, p, info);
  return r && !('skip' in r) ? r : null;
}

/**
 * Is the bare number `a` nearer the sum `b` read as it is than with `b`'s scale? "1,2 milioni di
 * franchi, contro i 500'000" (parse.ts), "zwischen 500.000 und fünf Millionen Euro" (share below).
 */
export function writtenInFull(a: Expr, b: Expr): boolean {
  if (b.exp === 0 || a.value <= 0 || b.value <= 0) return false;
  const whole = b.value * 10 ** b.exp;
  return Math.abs(Math.log(a.value / whole)) < Math.abs(Math.log((a.value * 10 ** b.exp) / whole));
}

/** Is `a` larger than `b`, `a` read with `b`'s scale when it has none ("da 142 a 100 milioni")? */
function descending(a: Expr, b: Expr): boolean {
  const aExp = a.hasScale ? a.exp : b.hasScale && !writtenInFull(a, b) ? b.exp : 0;
  return a.value * 10 ** aExp > b.value * 10 ** b.exp;
}

/** A number of years or months after a figure: "a 25 años", "a 18 meses", "over 10 years". */
export const DURATION_AFTER_RE = /^[ \u00a0]+(?:años|año|meses|mes|anni|anno|mesi|ans|an|mois|years|year|months|Jahre|Jahren|Monate|Monaten)(?![\p{L}])/u;

/** Give each end of a pair what the other has: "$3–4 trillion", "16.170 y los 89.936 millones". */
export function share(a: Expr, b: Expr): void {
  // A low end of thousands written in full keeps its size ("zwischen 500.000 und fünf Millionen Euro").
  if (!a.hasScale && b.hasScale && !a.perShare && !(a.value >= 1000 && writtenInFull(a, b))) {
    a.exp = b.exp;
    a.hasScale = true;
    a.weakScale = b.weakScale;
    // "entre US$ 1,900 y US$ 2,100 millones": the low end reads its comma as the high end did.
    if (a.grouped !== null && b.grouped !== null && b.value === b.grouped) a.value = a.grouped;
  } else if (a.hasScale && !b.hasScale && !b.perShare) {
    b.exp = a.exp;
    b.hasScale = true;
  }
  // "entre 120 mil y 150 mil millones": the low end drops the "millones" the high end spells out
  // (a range from thousands to billions means nothing to a reader).
  if (a.hasScale && b.hasScale && a.exp === 3 && b.exp === 9) a.exp = 9;
  // A currency written on either end makes both money, whatever noun follows ("in the $1–2
  // billion range" is no count of ranges).
  if (!a.hasCurrency && b.hasCurrency) {
    a.currency = b.currency;
    a.hasCurrency = true;
    a.quantity = false;
  } else if (a.hasCurrency && !b.hasCurrency) {
    b.currency = a.currency;
    b.hasCurrency = true;
    b.quantity = false;
  }
  if (b.perShare) a.perShare = true;
  a.plain = b.plain = false;
  a.quantity = a.quantity || b.quantity;
}

export interface Pair {
  b: Expr;
  range: boolean;
}

/** A second number joined to `a` by a dash, "to/bis/a", "e/and/y", or a bracket. */
export function partner(text: string, a: Expr, info: LangInfo): Pair | null {
  const end = a.end;
  const c = text.charCodeAt(end);
  // "1,717 (1,581) Milliarden Euro": the bracketed prior period shares what follows it.
  if (c === 40 || (c === 32 && text.charCodeAt(end + 1) === 40)) {
    const open = c === 40 ? end : end + 1;
    const b = parseExpr(text, open + 1, info);
    // "8,1 (8,82 Milliarden Euro)": a bare number before a complete one in brackets shares it.
    if (b && text.charCodeAt(b.end) === 41 && !a.hasScale && !a.hasCurrency && b.hasScale && b.hasCurrency) {
      share(a, b);
      return { b, range: false };
    }
    if (b && text.charCodeAt(b.end) === 41 && !b.hasScale && !b.hasCurrency) {
      const tail = parseTailAfter(text, b.end + 1, info);
      if (tail) {
        share(b, tail);
        if (!a.hasScale && !a.hasCurrency) share(a, tail);
        return { b, range: false };
      }
    }
    return null;
  }
  if (!mayJoin(text, end)) return null;
  let b = joinAt(text, DASH_RANGE_RE, end, info);
  // "page 3 - $5bn": a hyphen with spaces after a bare number is a clause dash, not a range.
  if (b && !(isBare(a) && text.slice(end, b.start).includes(' - '))) return { b, range: true };
  b = joinAt(text, TO_RANGE_RE, end, info);
  // "dépassait 1,2 milliard au 31 mars": a bare number before a month is a day, not the range's end;
  // "320 millones de euros a 25 años" is a loan's term.
  if (b && isBare(b) && (monthAfter(text, b.end) || DURATION_AFTER_RE.test(text.slice(b.end, b.end + 12)))) b = null;
  // "una ampliación de 15 millones a US$ 3,20 por acción": the price a sum was raised at, no pair.
  if (b && b.perShare && !a.perShare && a.hasScale && !b.hasScale) b = null;
  if (b) {
    const opener = openerBefore(text, a.start);
    // "from X to Y" after a verb of change ("rose from 5 to 7 billion") or between two complete
    // figures is a before and after: two totals. Otherwise ("da 5 a 7 miliardi") a range.
    const fromWord = FROM_OPENERS.has(opener);
    const between = text.slice(a.end, b.start);
    const before = text.slice(Math.max(0, a.start - CHANGE_LOOKBACK_CHARS), a.start);
    // "would range from €4bn to €4.4bn": the verb says range, whatever the figures.
    if (fromWord && RANGE_VERB_BEFORE_RE.test(before)) return { b, range: true };
    const change = AUF.test(between) || (fromWord && !TO_BIS.test(between) &&
      ((a.hasCurrency && (a.hasScale || !b.hasScale)) || CHANGE_VERB_RE.test(before))) ||
      (!fromWord && complete(a) && complete(b) && CHANGE_VERB_JUST_BEFORE_RE.test(before)) ||
      // "lifted its quarterly dividend by 6 cents to $1.60": the change "by" a figure, then the level.
      (BY_CHANGE.has(opener) && CHANGE_VERB_RE.test(before)) ||
      // "da 142 a circa 100 milioni": a range runs upwards, so a fall is a before and after.
      (fromWord && descending(a, b));
    return { b, range: !change };
  }
  b = joinAt(text, AND_RE, end, info);
  if (!b) return null;
  const opener = openerBefore(text, a.start);
  // "tra 1 e 1,5 miliardi", "zwischen 1,90 und 2,00 Euro"; after a from-word "and" lists two ("eine
  // Dividende von 1,99 Euro je Vorzugsaktie und 1,93 Euro je Stammaktie").
  const range = RANGE_OPENERS.has(opener) && !FROM_OPENERS.has(opener);
  // A list ("$72 billion, or $27.75 a share") only links when the first needs the second, and
  // "por US$ 7.400 y 523 millones, respectivamente" (a currency, then the scale) when each needs the other.
  const complements = a.hasCurrency && !a.hasScale && b.hasScale && !b.hasCurrency && !b.quantity;
  if (!range && !complements && (a.hasCurrency || a.hasScale || b.perShare !== a.perShare)) return null;
  return { b, range };
}

/** Range openers that say "from": "from X to Y" may be a before and after, "from X and Y" is a list. */
const FROM_OPENERS: ReadonlySet<string> = new Set(['from', 'da', 'de', 'von']);
const TO_BIS = /bis/i;
const RANGE_VERB_BEFORE_RE = /(?:^|[^\p{L}])(?:range|ranges|ranging|ranged|vary|varies|varying|oscillare|oscillerà|oscilla|osciller|oscillera|oscilar|oscilará|schwanken|van|vanno|vont)[ \u00A0]+(?:from|da|de|von|entre|tra)[ \u00A0]+$/iu;
const AUF = /auf/i;

/** The number (with an optional currency before it) right after connector `re` at `end`. */
function joinAt(text: string, re: RegExp, end: number, info: LangInfo): Expr | null {
  re.lastIndex = end;
  if (!re.test(text)) return null;
  const j = re.lastIndex;
  if (isDigit(text.charCodeAt(j))) return parseExpr(text, j, info);
  // "entre 500 millions et un milliard d'euros": a written number and its scale word.
  const written = writtenAt(text, j, info);
  if (written) return written;
  // "$10bn", "US$10bn", "EUR 10bn": a currency of up to three characters before the digit.
  let d = j;
  while (d < text.length && d - j < 5 && !isDigit(text.charCodeAt(d))) d++;
  const cur = currencyBefore(text, j + 1, info) ?? currencyBefore(text, d, info) ?? currencyBefore(text, j + 4, info);
  if (cur && cur.start === j) {
    let k = cur.end;
    while (k < text.length && !isDigit(text.charCodeAt(k)) && k - cur.end < 2) k++;
    return parseExpr(text, k, info);
  }
  return null;
}

/** A figure written as one number word and a scale word ("un milliard", "two billion") at `j`. */
function writtenAt(text: string, j: number, info: LangInfo): Expr | null {
  const w = wordEnd(text, j);
  if (w === j || NUMBER_WORDS[text.slice(j, w).toLowerCase()] === undefined) return null;
  const x = exprAtScaleWord(text, skipGaps(text, w), info);
  return x && x.start === j ? x : null;
}

/** Dash, comma or a short connector word ahead: only then try the range and list patterns. */
function mayJoin(text: string, end: number): boolean {
  let i = end;
  let c = text.charCodeAt(i);
  while (c === 32 || c === 0xa0 || c === 0x202f) c = text.charCodeAt(++i);
  if (c === 45 || c === 0x2013 || c === 0x2014 || c === 44) return true;
  if (i === end) return false;
  // "to", "bis", "a", "à", "al", "au", "e", "and", "et", "y", "und", "o", "or", "ou", "oder".
  let j = i;
  while (j - i < 5 && isLetter(text.charCodeAt(j))) j++;
  return j > i && j - i <= 4 && isDigitOrSymbolAhead(text, j);
}

function isDigitOrSymbolAhead(text: string, j: number): boolean {
  // Skip the gap and one optional article or hedge ("y los", "e i", "a circa") before the number or currency.
  for (let hops = 0; hops < 2; hops++) {
    let c = text.charCodeAt(j);
    if (!(c === 32 || c === 0xa0 || c === 0x202f)) return false;
    while (c === 32 || c === 0xa0 || c === 0x202f) c = text.charCodeAt(++j);
    if (isDigit(c) || c === 36 || c === 0x20ac || c === 0xa3 || c === 0xa5 || c === 0x20b9 || c === 0x20bd || c === 0x20a9 || (c >= 65 && c <= 90)) return true;
    const k = j;
    // (up to seven letters: a hedge, "a circa 100 milioni", "à environ 7 milliards")
    while (j - k < 7 && isLetter(text.charCodeAt(j))) j++;
    // "et un milliard": a number word, then its scale.
    if (j > k && !isLetter(text.charCodeAt(j)) && NUMBER_WORDS[text.slice(k, j).toLowerCase()] !== undefined) return true;
  }
  return false;
}

/** Scale and currency after a bracket: "(1,581) Milliarden Euro". */
function parseTailAfter(text: string, pos: number, info: LangInfo): Expr | null {
  // Reuse the digit parser on a virtual "1" so the tail rules stay in one place.
  const probe = `1${text.slice(pos, pos + 60)}`;
  const x = exprAtDigit(probe, 0, info);
  if (!x || 'skip' in x || (!x.hasScale && !x.hasCurrency)) return null;
  return x;
}

export function isBare(x: Expr): boolean {
  return !x.hasCurrency && !x.hasScale;
}

export function complete(x: Expr): boolean {
  return x.hasCurrency || (x.hasScale && !x.weakScale);
}

/** Characters looked back from a written figure for its written low end. */
const WORD_RANGE_LOOKBACK_CHARS = 40;

/** The connectors of WORD_RANGE_RE, matched at a known start and followed by a gap. */
const WORD_RANGE_CONNECTOR_RE = /(?:to|or|bis|oder|a|o|ou|à|e|et|y|and|und|-|–)(?=[ \u00A0])/iuy;

function isRangeGap(c: number): boolean {
  return c === 32 || c === 0xa0;
}

function isLetterUnit(c: number): boolean {
  return c < 128 ? (c >= 65 && c <= 90) || (c >= 97 && c <= 122) : isUnicodeLetter(c);
}

/**
 * "two to three billion dollars": the written low end before a written figure. Read backwards
 * from the figure (gaps, connector, gaps, word), with the answer of WORD_RANGE_RE on the
 * 40 characters before it.
 */
export function writtenLowEnd(text: string, a: Expr): Expr | null {
  const from = Math.max(0, a.start - WORD_RANGE_LOOKBACK_CHARS);
  let j = a.start;
  if (j <= from || !isRangeGap(text.charCodeAt(j - 1))) return null;
  while (j > from && isRangeGap(text.charCodeAt(j - 1))) j--;
  const connectorEnd = j;
  while (j > from && !isRangeGap(text.charCodeAt(j - 1))) j--;
  if (j === connectorEnd || j === from) return null;
  WORD_RANGE_CONNECTOR_RE.lastIndex = j;
  if (!WORD_RANGE_CONNECTOR_RE.test(text)) return null;
  while (j > from && isRangeGap(text.charCodeAt(j - 1))) j--;
  const wordEnd = j;
  while (j > from && isLetterUnit(text.charCodeAt(j - 1))) j--;
  if (j === wordEnd) return null;
  // An astral letter before it would belong to the word: no number word has one.
  if (j - 2 >= from && (text.charCodeAt(j - 1) & 0xfc00) === 0xdc00 &&
    (text.charCodeAt(j - 2) & 0xfc00) === 0xd800 && ASTRAL_LETTER_RE.test(text.slice(j - 2, j))) return null;
  const start = j;
  const word = text.slice(start, wordEnd);
  const value = NUMBER_WORDS[word.toLowerCase()];
  // A smaller whole number only ("half a billion" is one figure, not a range).
  if (value === undefined || value < 1 || value >= a.value) return null;
  return { ...a, start, end: start + word.length, numStart: start, value, perShare: false };
}

const ASTRAL_LETTER_RE = /^\p{L}$/u;
