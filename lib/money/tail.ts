/**
 * What follows a number: scale word, "e 86 milioni" compounds, "di"/"de"/"d’" and a currency,
 * "per azione", and whether a noun makes it a quantity. Matched forward from known positions.
 */
import { currencyAt } from './currency.ts';
import type { Expr } from './expr.ts';
import type { LangInfo } from './locale.ts';
import { isDigit, isGap, scanNumber } from './number.ts';
import { DOTTED, lookupScaleAt, mayStartScale, type ScaleEntry } from './scales.ts';
import {
  AND_HALF_RE, COMPOUND_AND_RE, EN_FUNCTION_WORDS, isLetter, isRomance, isUpper, MONEY_NOUN_RE,
  PER_SHARE_RE,
} from './words.ts';

/** The first character at or after `i` that is not a space (cheap look-ahead before regexes). */
export function nextNonGap(text: string, i: number): number {
  let c = text.charCodeAt(i);
  while (isGap(c)) c = text.charCodeAt(++i);
  return c;
}

export function mayBePercent(text: string, pos: number): boolean {
  const c = nextNonGap(text, pos);
  return c === 37 || c === 0x2030 || (c | 32) === 112 || (c | 32) === 98;
}

function mayBePerShare(text: string, pos: number): boolean {
  const c = nextNonGap(text, pos) | 32;
  // p(er, ar, or, ro), a (share), j(e), "/", or b(rut)/l(ordo)/n(et)/g(ross) before the phrase.
  return c === 112 || c === 97 || c === 106 || c === 47 || c === 98 || c === 108 || c === 110 || c === 103 ||
    (c === 45 && ((text.charCodeAt(pos + 1) | 32) === 112 || (text.charCodeAt(pos + 1) | 32) === 97)); // "$30-per-share", "$1.27-a-share"
}

export function wordEnd(text: string, i: number): number {
  const n = text.length;
  for (;;) {
    // ASCII letters without a call in the loop (see sentence.ts), other letters one at a time.
    while (i < n && ((text.charCodeAt(i) | 32) - 97) >>> 0 < 26) i++;
    if (i < n && isLetter(text.charCodeAt(i))) i++;
    else return i;
  }
}

export function skipGaps(text: string, i: number): number {
  while (i < text.length && isGap(text.charCodeAt(i))) i++;
  return i;
}

export interface ScaleHit {
  entry: ScaleEntry;
  exp: number;
  end: number;
  /** End including an abbreviation dot ("Mrd."), used when a currency follows. */
  dotEnd: number;
}

/** A scale word (or stacked "mil millones") starting exactly at `i`. */
export function scaleAt(text: string, i: number, info: LangInfo): ScaleHit | null {
  if (!mayStartScale(text.charCodeAt(i))) return null;
  const e = wordEnd(text, i);
  if (e === i) return null;
  let entry = lookupScaleAt(text, i, e, info.base);
  if (!entry) return null;
  let exp = entry.exp;
  let end = e;
  if (entry.stacks) {
    const j = skipGaps(text, e);
    if (j > e) {
      const k = wordEnd(text, j);
      const next = k > j ? lookupScaleAt(text, j, k, info.base) : null;
      if (next && next.exp > 3) {
        exp += next.exp;
        end = k;
        // "50 mil mdp": the Mexican abbreviation brings its currency to the stack.
        if (next.currency) entry = { ...entry, currency: next.currency };
      }
    }
  }
  if (end === e && text.charCodeAt(end) === 46 && DOTTED.has(text.slice(i, e))) {
    return { entry, exp, end: end + 1, dotEnd: end + 1 };
  }
  const dotEnd = text.charCodeAt(end) === 46 && end - i <= 4 ? end + 1 : end;
  return { entry, exp, end, dotEnd };
}

/** After the number and scale: compounds, currency, per share, quantity check. */
export function finishTail(text: string, x: Expr, pos: number, info: LangInfo, dotEnd: number): void {
  let end = currencyAfter(text, dotEnd, x, info);
  if (end < 0 && dotEnd !== pos) end = currencyAfter(text, pos, x, info);
  if (end < 0) end = pos;
  if ((x.hasCurrency || x.hasScale) && mayBePerShare(text, end)) {
    PER_SHARE_RE.lastIndex = end;
    // "close to $750 million apiece": millions each holder receives, not a price per share.
    if (PER_SHARE_RE.test(text) && !(x.hasScale && x.exp >= 6 && /apiece/i.test(text.slice(end, PER_SHARE_RE.lastIndex)))) {
      x.perShare = true;
      end = PER_SHARE_RE.lastIndex;
      // "CHF 3,00 par action A": a share class in a capital letter (case-sensitive, unlike the
      // phrase: "por acción a" is a preposition).
      if (SHARE_CLASS_RE.test(text.slice(end, end + 3))) end += 2;
    } else {
      // "FFO of 47 cents a unit", "a distribution of $0.0965 a unit": a trust's unit is its share.
      const unit = TRUST_UNIT_RE.exec(text.slice(end, end + 16));
      if (unit && TRUST_CONTEXT_RE.test(text.slice(Math.max(0, x.start - 300), end + 100))) {
        x.perShare = true;
        end += unit[0].length;
      }
    }
  }
  x.end = end;
  if (!x.hasCurrency && x.hasScale) x.quantity = followedByThing(text, end, info);
}

/**
 * Currency after the number or scale: gap or German hyphen, optional "di"/"de"/"d’", then a
 * symbol, code or word. Sets it on `x` and returns where it ends, or -1.
 */
function currencyAfter(text: string, from: number, x: Expr, info: LangInfo): number {
  let j = skipGaps(text, from);
  if (j === from && text.charCodeAt(j) === 45) j++; // "500-Milliarden-Dollar"
  let c = currencyAt(text, j, info);
  if (!c) {
    const l = linkerEnd(text, j);
    if (l > j) c = currencyAt(text, l, info);
    // "JPY 90 billion of yen bonds": with the currency already given, "of yen" before a
    // security names what was sold, not the sum's currency ("$68.5 mil millones de pesos" keeps it).
    if (c && x.hasCurrency && SECURITY_AFTER_RE.test(text.slice(c.end, c.end + 16))) return -1;
  }
  // "un carnet de commandes de 17,5 milliards US": the Quebec press's US dollars after a French
  // scale word (only there: "5 million US customers" are people).
  if (!c && x.hasScale && !x.hasCurrency && info.base === 'fr' && text.startsWith('US', j) && !isLetter(text.charCodeAt(j + 2)) && text.charCodeAt(j + 2) !== 36) {
    x.currency = 'USD';
    x.hasCurrency = true;
    return j + 2;
  }
  if (!c) return -1;
  if (x.hasCurrency && c.code !== x.currency) return -1;
  // "19 Euro-Länder": a currency word opening a German compound names things, not an amount
  // (with a scale it is money: "500-Milliarden-Dollar-Projekt").
  if (!x.hasScale && text.charCodeAt(c.end) === 45 && isLetter(text.charCodeAt(c.end + 1))) return -1;
  if (c.divisor !== 1) {
    if (x.hasScale || x.hasCurrency) return -1; // "5 million cents" is not how money is written
    x.value /= c.divisor;
  }
  x.currency = c.code;
  x.hasCurrency = true;
  return c.end;
}

const SECURITY_AFTER_RE = /^[ \u00a0]+(?:bonds?|notes?|debt|loans?|deposits?|bills?|paper|obbligazioni|bonos|obligations|anleihen)(?![\p{L}])/iu;

/** "di ", "de ", "of ", "d’" before a currency or noun; returns the position after it. */
function linkerEnd(text: string, j: number): number {
  const c0 = text.charCodeAt(j) | 32;
  const c1 = text.charCodeAt(j + 1);
  if (c0 === 100 && (c1 === 39 || c1 === 0x2019)) return j + 2;
  const c1l = c1 | 32;
  const two = (c0 === 100 && (c1l === 105 || c1l === 101)) || (c0 === 111 && c1l === 102);
  if (two && isGap(text.charCodeAt(j + 2))) {
    return skipGaps(text, j + 2);
  }
  return j;
}

/** Articles and demonstratives after "di"/"de" (see followedByThing). */
// A singular possessive too: "los 1.300 millones de su anterior ampliación" is the sum of its last
// round (millions of one thing are not counted; "millones de sus clientes" still count).
const DETERMINERS: ReadonlySet<string> = new Set(['un', 'uno', 'una', 'questo', 'questa', 'quello', 'quella', 'esa', 'ese', 'este', 'esta', 'esos', 'esas', 'cette', 'ce', 'cet',
  'su', 'suo', 'sua', 'son', 'sa', 'leur',
  // "1,5 milliard d'ici 2030": by when, not what is counted.
  'ici',
  // "par rapport aux 127 millions de la même période", "los 90 millones del año anterior" (del
  // is read as one word): a definite article starts the period or the sum compared with.
  'la', 'le', 'les', 'el', 'los', 'las', 'il', 'lo', 'gli']);

/** Is the scaled number followed by a noun that makes it a count of things? */
const ORDERS_COUNTED_RE = /^(?:ordini|orders|commandes|pedidos|órdenes|ordres)$/iu;

function followedByThing(text: string, end: number, info: LangInfo): boolean {
  const j = skipGaps(text, end);
  if (j === end && text.charCodeAt(j) !== 45) return false;
  const l = linkerEnd(text, text.charCodeAt(j) === 45 ? j + 1 : j);
  const e = wordEnd(text, l);
  if (e === l) return false;
  const word = text.slice(l, e);
  // "ha eseguito 4,2 milioni di ordini": orders after "di" are counted (their value is "ordini per
  // 4,2 milioni" or "4,2 milioni di euro di ordini").
  if (l > j && ORDERS_COUNTED_RE.test(word)) return true;
  if (MONEY_NOUN_RE.test(word)) return false;
  // "500 milioni di linee bancarie": credit lines are money; "10 milioni di linee fisse" are counted.
  if (l > j && CREDIT_LINE_RE.test(text.slice(l, l + 32))) return false;
  // "139 mln di un anno prima", "3.100 millones de esa cantidad": an article or a demonstrative
  // after "di"/"de" starts a phrase about time or the sum, not the things counted.
  if (l > j && DETERMINERS.has(word.toLowerCase())) return false;
  // "5.200 millones de junio", "dei 3 miliardi di marzo": a month names when, not what is counted.
  if (l > j && MONTHS.has(word.toLowerCase())) return false;
  // "contro 52,7 milioni di sei mesi prima", "11,9 millions de six mois plus tôt": a span of time
  // after "di"/"de" says when, not what is counted.
  if (l > j && TIME_UNIT_AFTER_RE.test(text.slice(e, e + 16))) return false;
  // "visait encore nonante millions de plus", "500 milioni di meno": more or less of the sum.
  if (l > j && MORE_OR_LESS.has(word.toLowerCase())) return false;
  // "sank auf 31,2 Mrd. Der Vorstand ...": after the dot that ends both the abbreviation and the
  // sentence, an article or pronoun starts the next sentence; it counts nothing.
  if (info.base === 'de') {
    if (isUpper(word.charCodeAt(0))) return !GERMAN_SENTENCE_OPENERS.has(word.toLowerCase());
    // "31,9 Millionen ausstehenden Papieren": an adjective, then the noun counted ("2 Milliarden
    // neue Schulden" stays a sum: a money noun).
    if (word.length < 4 || GERMAN_SENTENCE_OPENERS.has(word) || !GERMAN_ADJECTIVE_RE.test(word)) return false;
    const l2 = skipGaps(text, e);
    const e2 = wordEnd(text, l2);
    const noun = text.slice(l2, e2);
    return e2 > l2 && l2 > e && isUpper(noun.charCodeAt(0)) && !MONEY_NOUN_RE.test(noun) && !GERMAN_SENTENCE_OPENERS.has(noun.toLowerCase());
  }
  if (l > j) return true; // "10 milioni di utenti", "billions of users"
  // "500 mila tonnellate", "2 millions de barils" without "de": units and counted things.
  // "una red de más de 50 mil distribuidoras", "200 mila aziende": a noun right after the
  // thousands counts it (a sum of thousands names its currency there: "50 mil pesos").
  if (isRomance(info.base) && /(?:^|[^\p{L}])(?:mil|mila|mille)$/iu.test(text.slice(Math.max(0, end - 6), end)) && /^\p{Ll}{4,}$/u.test(word)) return true;
  if (isRomance(info.base)) return UNIT_NOUNS.has(word.toLowerCase());
  // "20 million GPUs", "3 million EVs": an acronym's plural counts things.
  if (/^\p{Lu}{2,}s$/u.test(word)) return true;
  return !EN_FUNCTION_WORDS.has(word.toLowerCase()) && !isUpper(word.charCodeAt(0));
}

const TRUST_UNIT_RE = /^[ \u00A0]+(?:a|per)[ \u00A0]+(?:trust[ \u00A0]+)?unit(?![\p{L}])/u;
const TRUST_CONTEXT_RE = /(?<![\p{L}])(?:REIT|trust|unitholders?|distributions?|FFO)(?![\p{L}])/u;
const SHARE_CLASS_RE = /^[ \u00A0][AB](?![\p{L}\p{N}])/u;

const CREDIT_LINE_RE = /^(?:linee|linea|líneas|línea|lignes|ligne)[ \u00A0]+(?:bancarie|bancaria|di credito|de crédito|de crédit|bancaires|bancaire|bancarias|revolving)(?![\p{L}])/iu;

const GERMAN_ADJECTIVE_RE = /^\p{Ll}+(?:en|e|er|es|em)$/u;
const GERMAN_SENTENCE_OPENERS: ReadonlySet<string> = new Set('der die das den dem des ein eine einer eines im am zum zur vom beim er sie es wir man nach vor seit bei mit für auf in an auch doch damit dabei zudem außerdem so'.split(' '));

const MORE_OR_LESS: ReadonlySet<string> = new Set(['plus', 'moins', 'più', 'meno', 'más', 'menos']);
/** A unit of time right after the word that follows "di"/"de" ("di sei mesi", "de tres meses"). */
const TIME_UNIT_AFTER_RE = /^[ \u00A0]+(?:mesi|anni|giorni|settimane|trimestri|mois|ans|années|semaines|trimestres|meses|años|días|semanas|months|years|weeks|quarters)(?![\p{L}])/u;
const MONTHS: ReadonlySet<string> = new Set(('gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre ' +
  'enero febrero marzo abril mayo junio julio agosto septiembre setiembre octubre noviembre diciembre ' +
  'janvier février mars avril mai juin juillet août septembre octobre novembre décembre ' +
  'january february march april may june july august september october november december ' +
  'januar februar märz mai juni juli oktober dezember').split(' '));

/** A month name right after `pos` (past gaps): "au 31 mars", "to 31 March", "al 30 de junio" date a number. */
export function monthAfter(text: string, pos: number): boolean {
  let j = skipGaps(text, pos);
  let e = wordEnd(text, j);
  if (j === pos || e === j) return false;
  // Spanish dates put "de" between day and month ("30 de junio"); English may write "30th of June".
  if (DATE_LINK.has(text.slice(j, e).toLowerCase())) {
    const k = skipGaps(text, e);
    if (k === e) return false;
    j = k;
    e = wordEnd(text, j);
  }
  return e > j && MONTHS.has(text.slice(j, e).toLowerCase());
}
const DATE_LINK: ReadonlySet<string> = new Set(['de', 'of']);

/** Units and counted things that follow a Romance scale word directly ("500 mila tonnellate"). */
const UNIT_NOUNS: ReadonlySet<string> = new Set(('tonnellate tonnellata tonnes tonne toneladas tonelada barili barils barriles metri mètres metros ' +
  'chilometri kilomètres kilómetros litri litres litros ettari hectares hectáreas unità unités unidades pezzi pièces piezas azioni actions acciones ' +
  'abitanti habitants habitantes clienti clients clientes utenti utilisateurs usuarios dipendenti salariés empleados passeggeri passagers pasajeros ' +
  'veicoli véhicules vehículos visitatori visiteurs visitantes abbonati abonnés abonados ' +
  'empleos puestos posti emplois trabajadores lavoratori').split(' '));

/** Read "e 86 milioni" / "e mezzo" after a scale, adding to the value. */
export function compound(text: string, x: Expr, pos: number, info: LangInfo): number {
  // Both patterns start with a gap and "e", "a", "y" or "u" (e, et, and, y, und), any case.
  const c = text.charCodeAt(pos);
  if (c !== 32 && c !== 0xa0) return pos;
  if (info.base === 'es' && x.exp === 3) {
    const t = thousandsOfScale(text, x, pos, info);
    if (t !== pos) return t;
  }
  const l = nextNonGap(text, pos) | 32;
  if (l !== 101 && l !== 97 && l !== 121 && l !== 117) return pos;
  AND_HALF_RE.lastIndex = pos;
  if (AND_HALF_RE.test(text)) {
    x.value += 0.5;
    return AND_HALF_RE.lastIndex;
  }
  COMPOUND_AND_RE.lastIndex = pos;
  if (!COMPOUND_AND_RE.test(text)) return pos;
  const j = COMPOUND_AND_RE.lastIndex;
  if (!isDigit(text.charCodeAt(j))) return pos;
  const n = scanNumber(text, j, info.decimal, info.base === 'fr');
  if ('rejected' in n) return pos;
  const k = skipGaps(text, n.end);
  const s = scaleAt(text, k, info);
  if (!s || s.exp >= x.exp || s.entry.needsCurrency) return pos;
  x.value += n.value * 10 ** (s.exp - x.exp);
  return s.end;
}

/**
 * Mexican and Central American press: "28 mil 400 millones de pesos" is 28,400 million, and
 * "mil 50 millones" 1,050 million: thousands of the larger scale that follows, then its count.
 */
function thousandsOfScale(text: string, x: Expr, pos: number, info: LangInfo): number {
  const j = skipGaps(text, pos);
  if (!isDigit(text.charCodeAt(j))) return pos;
  const n = scanNumber(text, j, info.decimal, false);
  if ('rejected' in n || n.value >= 1000 || n.value !== Math.floor(n.value)) return pos;
  const k = skipGaps(text, n.end);
  if (k === n.end) return pos;
  const s = scaleAt(text, k, info);
  if (!s || s.exp <= 3 || s.entry.needsCurrency) return pos;
  x.value = x.value * 1000 + n.value;
  x.exp = s.exp;
  return s.end;
}
