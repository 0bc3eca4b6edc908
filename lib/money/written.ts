/**
 * Written-out numbers before a scale word: "due miliardi", "half a billion", "eine halbe
 * Milliarde", "dos mil millones", "mille miliardi".
 */
import { currencyBefore } from './currency.ts';
import { type Expr, newExpr } from './expr.ts';
import type { LangInfo } from './locale.ts';
import { isDigit, isGap } from './number.ts';
import { compound, finishTail, scaleAt } from './tail.ts';
import { isLetter, NUMBER_WORDS } from './words.ts';

const FRACTION_OF_RE = /(?<![\p{L}])(a|one|two|three)[ \u00a0-]+(quarters?|thirds?)[ \u00a0]+of[ \u00a0]+$/iu;
const FRACTION_COUNT: Record<string, number> = { a: 1, one: 1, two: 2, three: 3, un: 1, deux: 2, trois: 3, uno: 1, tre: 3, tres: 3, dos: 2 };
/** "un quart de milliard", "un quarto di miliardo", "un cuarto de millón": a fraction of the scale. */
const ROMANCE_FRACTION_RE = /(?<![\p{L}])(un|deux|trois|uno|tre|dos|tres)[ \u00a0]+(quarts?|tiers|quart[oi]|terz[oi]|cuartos?|tercios?)[ \u00a0]+(?:de|di|d['’])[ \u00a0]*$/iu;
/**
 * A definite article before a singular scale word is one of it: "superior al billón de euros",
 * "franchit le milliard d'euros", "ha superato il miliardo di euro".
 */
const ARTICLE_ONE: Readonly<Partial<Record<string, ReadonlySet<string>>>> = {
  es: new Set(['el', 'al', 'del']),
  fr: new Set(['le', 'du', 'au']),
  it: new Set(['il', 'del', 'al', 'sul', 'nel']),
};

const IT_HUNDREDS: ReadonlyArray<[string, number]> = [['novecento', 900], ['ottocento', 800], ['settecento', 700], ['seicento', 600], ['cinquecento', 500], ['quattrocento', 400], ['trecento', 300], ['duecento', 200], ['cento', 100]];
const IT_TENS: ReadonlyArray<[string, number]> = [['venti', 20], ['trenta', 30], ['quaranta', 40], ['cinquanta', 50], ['sessanta', 60], ['settanta', 70], ['ottanta', 80], ['novanta', 90]];
const IT_UNITS: Readonly<Record<string, number>> = {
  uno: 1, due: 2, tre: 3, 'tré': 3, quattro: 4, cinque: 5, sei: 6, sette: 7, otto: 8, nove: 9, dieci: 10, undici: 11, dodici: 12,
  tredici: 13, quattordici: 14, quindici: 15, sedici: 16, diciassette: 17, diciotto: 18, diciannove: 19,
};
const DE_UNITS: Readonly<Record<string, number>> = { ein: 1, zwei: 2, drei: 3, vier: 4, 'fünf': 5, sechs: 6, sieben: 7, acht: 8, neun: 9 };
const DE_TENS: Readonly<Record<string, number>> = { zwanzig: 20, 'dreißig': 30, vierzig: 40, 'fünfzig': 50, sechzig: 60, siebzig: 70, achtzig: 80, neunzig: 90 };
const ES_VEINTI: Readonly<Record<string, number>> = { uno: 1, 'ún': 1, dos: 2, 'dós': 2, tres: 3, 'trés': 3, cuatro: 4, cinco: 5, seis: 6, 'séis': 6, siete: 7, ocho: 8, nueve: 9 };

/** Italian tens and units written as one word: "sessanta", "trentacinque", "ventotto". */
function italianBelowHundred(w: string): number | undefined {
  if (w === '') return 0;
  if (IT_UNITS[w] !== undefined) return IT_UNITS[w];
  for (const [t, v] of IT_TENS) {
    // "ventuno", "trentotto": the tens lose their vowel before "uno" and "otto".
    for (const head of [t, t.slice(0, -1)]) {
      if (!w.startsWith(head)) continue;
      const u = w.slice(head.length);
      if (u === '' && head === t) return v;
      const unit = IT_UNITS[u];
      if (unit !== undefined && unit < 10 && (head === t) === !(u === 'uno' || u === 'otto')) return v + unit;
    }
  }
  return undefined;
}

/**
 * A number written as one word ("centosessanta", "venticinque", "fünfundzwanzig",
 * "veinticinco"), for the compounds NUMBER_WORDS does not list; undefined for anything else.
 */
export function compoundNumberWord(word: string, lang: string): number | undefined {
  if (lang === 'it') {
    for (const [h, v] of IT_HUNDREDS) {
      // "centottanta", "centotto": "cento" loses its vowel before "otto" and "ottanta".
      for (const head of [h, h.slice(0, -1)]) {
        if (!word.startsWith(head) || word.length === head.length) continue;
        const rest = word.slice(head.length);
        if ((head !== h) !== rest.startsWith('ott')) continue;
        const below = italianBelowHundred(rest);
        if (below !== undefined && below > 0) return v + below;
      }
    }
    const below = italianBelowHundred(word);
    return below !== undefined && below > 20 ? below : undefined;
  }
  if (lang === 'de') {
    // "einhundert", "zweihundertfünfzig": hundreds, then what compounds after them.
    const h = /^(ein|zwei|drei|vier|fünf|sechs|sieben|acht|neun)?hundert(.*)$/.exec(word);
    if (h) {
      const rest = h[2]!;
      const below = rest === '' ? 0 : (NUMBER_WORDS[rest] ?? compoundNumberWord(rest, 'de'));
      return below !== undefined && below < 100 ? (h[1] ? DE_UNITS[h[1]]! : 1) * 100 + below : undefined;
    }
    const m = /^(ein|zwei|drei|vier|fünf|sechs|sieben|acht|neun)und(zwanzig|dreißig|vierzig|fünfzig|sechzig|siebzig|achtzig|neunzig)$/.exec(word);
    return m ? DE_UNITS[m[1]!]! + DE_TENS[m[2]!]! : undefined;
  }
  if (lang === 'es' && word.startsWith('veinti')) {
    const u = ES_VEINTI[word.slice(6)];
    return u !== undefined ? 20 + u : undefined;
  }
  return undefined;
}

/** "seven and " before "a half billion" (the word before it no letter). */
const WHOLE_AND_RE = /(?<![\p{L}])(\p{L}+)[ \u00a0]+(?:and|e|et|y|und)[ \u00a0]+$/u;

/**
 * "una ventina di milioni", "une dizaine de millions", "un centenar de millones": about twenty,
 * ten, a hundred of the scale. Only the singular with its article: "decine di milioni" (tens of
 * millions) names no amount.
 */
const COLLECTIVES: Readonly<Record<string, number>> = {
  decina: 10, dozzina: 12, quindicina: 15, ventina: 20, trentina: 30, quarantina: 40, cinquantina: 50,
  sessantina: 60, settantina: 70, ottantina: 80, novantina: 90, centinaio: 100,
  dizaine: 10, douzaine: 12, quinzaine: 15, vingtaine: 20, trentaine: 30, quarantaine: 40, cinquantaine: 50,
  soixantaine: 60, centaine: 100,
  decena: 10, docena: 12, veintena: 20, treintena: 30, cincuentena: 50, centenar: 100,
};
const COLLECTIVE_BEFORE_RE = new RegExp(`(?<![\\p{L}])(?:una|un|une)[ \\u00a0]+(${Object.keys(COLLECTIVES).join('|')})[ \\u00a0]+(?:di|de)[ \\u00a0]+$`, 'iu');

/** The written-out number ending right before `i` ("due", "half a", "dos mil"), or null. */
function numberWordBefore(
  text: string, i: number, info: LangInfo, englishScale: boolean,
): { start: number; value: number } | null {
  // The cheap test first: "di"/"de" and one space right before the scale word.
  const last = text.charCodeAt(i - 2) | 32;
  if ((last === 101 || last === 105) && (info.base === 'it' || info.base === 'fr' || info.base === 'es')) {
    const from = Math.max(0, i - 32);
    const m = COLLECTIVE_BEFORE_RE.exec(text.slice(from, i));
    if (m) return { start: from + m.index, value: COLLECTIVES[m[1]!.toLowerCase()]! };
  }
  let j = i;
  if (j > 0 && text.charCodeAt(j - 1) === 45) j--; // "demi-milliard"
  else {
    while (j > 0 && isGap(text.charCodeAt(j - 1))) j--;
    if (j === i) return null;
  }
  let s = j;
  while (s > 0 && isLetter(text.charCodeAt(s - 1))) s--;
  if (s === j || isDigit(text.charCodeAt(s - 1))) return null;
  const word = text.slice(s, j).toLowerCase();
  let value = NUMBER_WORDS[word] ?? compoundNumberWord(word, info.base);
  if (word === 'a' && (info.base === 'en' || englishScale)) {
    // "a quarter of a billion pounds", "three quarters of a million": a fraction of the scale.
    const m = FRACTION_OF_RE.exec(text.slice(Math.max(0, s - 30), s));
    if (m) return { start: s - m[0].length, value: FRACTION_COUNT[m[1]!.toLowerCase()]! / (m[2]!.toLowerCase().startsWith('q') ? 4 : 3) };
    value = 1;
  }
  if (word === 'mil' && info.base === 'es') value = 1000;
  if (ARTICLE_ONE[info.base]?.has(word) && i === j + (text.charCodeAt(j) === 32 || text.charCodeAt(j) === 0xa0 ? 1 : 0)) return { start: i, value: 1 };
  if (value === undefined) {
    const m = info.base === 'fr' || info.base === 'it' || info.base === 'es' ? ROMANCE_FRACTION_RE.exec(text.slice(Math.max(0, i - 30), i)) : null;
    if (m) {
      const kind = m[2]!.toLowerCase();
      return { start: i - m[0].length, value: FRACTION_COUNT[m[1]!.toLowerCase()]! / (/^(?:quart|cuart)/.test(kind) ? 4 : 3) };
    }
    return null;
  }
  // "half a billion", "eine halbe Milliarde", "un demi-milliard", "dos mil", "two hundred".
  const before = numberWordBefore(text, s, info, englishScale);
  if (before) {
    if (word === 'a' && before.value === 0.5) return before;
    if (value === 0.5 && before.value === 1) {
      // "seven and a half billion dollars": the whole number before "and a half".
      const from = Math.max(0, before.start - 24);
      const whole = WHOLE_AND_RE.exec(text.slice(from, before.start));
      const n = whole ? NUMBER_WORDS[whole[1]!.toLowerCase()] : undefined;
      if (whole && n !== undefined && n >= 1 && Number.isInteger(n)) return { start: from + whole.index, value: n + 0.5 };
      return { start: before.start, value: 0.5 };
    }
    // "a hundred million", "one thousand billion", "doscientos mil millones": one of them is the number itself.
    if (((value === 100 && before.value < 100) || (value === 1000 && before.value < 1000)) && before.value >= 1) {
      return { start: before.start, value: before.value * value };
    }
    // "mil quinientos", "dos mil trescientos": thousands and the hundreds after them.
    if (before.value >= 1000 && before.value % 1000 === 0 && value < 1000) return { start: before.start, value: before.value + value };
    // "quatre-vingts": four twenties.
    if (value === 20 && before.value === 4) return { start: before.start, value: 80 };
    // "cent dix", "ciento diez", "vingt-cinq", "soixante-dix", "quatre-vingt-dix": the parts add up.
    const b = before.value;
    const adds = (b >= 100 && b < 1000 && b % 100 === 0 && value >= 1 && value < 100) ||
      (b >= 20 && b < 100 && b % 10 === 0 && value >= 1 && value < 10) ||
      ((b === 60 || b === 80) && value >= 10 && value < 20);
    if (adds) return { start: before.start, value: b + value };
  }
  return { start: s, value };
}

/** Parse the expression whose scale word starts at `i` with a written-out number before it. */
export function exprAtScaleWord(text: string, i: number, info: LangInfo): Expr | null {
  if (i > 0 && isLetter(text.charCodeAt(i - 1))) return null;
  const scale = scaleAt(text, i, info);
  if (!scale || scale.entry.needsCurrency) return null;
  const word = text.slice(i, scale.end).toLowerCase();
  const english = /^(?:b|m|tr)illions?$/.test(word);
  const num = numberWordBefore(text, i, info, english);
  if (!num) return null;
  // "un miliardi", "a billions": an article before a plural is not a number phrase.
  if (num.value === 1 && !scale.entry.singular) return null;
  const x = newExpr(num.start, num.value);
  const pre = currencyBefore(text, num.start, info);
  if (pre) {
    x.start = pre.start;
    x.currency = pre.code;
    x.hasCurrency = true;
  }
  x.hasScale = true;
  x.exp = scale.exp;
  const after = compound(text, x, scale.end, info);
  finishTail(text, x, after, info, after === scale.end ? scale.dotEnd : after);
  return x;
}
