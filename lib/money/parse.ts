/**
 * parseFigures: find money figures in text. One pass over anchors (digits, the first letters
 * of long scale words, the "mbol" of symbolic words, and the "uro" of euro: anchors.ts), each
 * parsed locally (expression.ts, symbolic.ts); then the links a reader makes (links.ts) and the
 * sentence-level decisions (resolve.ts).
 */
import { isSymbolicAnchor, nextAnchor, nextPriceWord } from './anchors.ts';
import { exprAtDigit, exprAtScaleWord, type Expr } from './expression.ts';
import { complete, DURATION_AFTER_RE, partner, share, writtenInFull, writtenLowEnd } from './links.ts';
import { langInfo } from './locale.ts';
import { isWordBefore, mayFollowOfWhich, openerBefore, wordSet } from './look-back.ts';
import { isDigit } from './number.ts';
import { type Candidate, resolve } from './resolve.ts';
import { sentenceAt } from './sentence.ts';
import { priceAtCurrencyWord, priceAtSymbolic } from './symbolic.ts';
import type { Figure, ParseOptions } from './types.ts';
import { COMPARISON_ARTICLES, COMPARISON_WORDS, OF_WHICH_RE, RANGE_OPENERS, YEAR_WORDS } from './words.ts';

export { nextAnchor } from './anchors.ts';

/** Last words of the "di cui" phrases (OF_WHICH_RE), checked before the expression. */
const OF_WHICH_LAST = wordSet(
  'cui which including dont davon cuales ellos que circa about environ rund etwa unos unas'.split(' '),
);
const YEAR_WORD_SET = wordSet(YEAR_WORDS);

const YEAR_MIN = 1800;
const YEAR_MAX = 2199;

/** "nel 2025 euro...", "seit 2002 Euro-Bargeld": a year after a date word, not an amount. */
function isDatedYear(text: string, x: Expr): boolean {
  if (!x.digitsOnly || x.hasScale || x.start !== x.numStart) return false;
  if (!Number.isInteger(x.value) || x.value < YEAR_MIN || x.value > YEAR_MAX) return false;
  return isWordBefore(text, x.start, YEAR_WORD_SET);
}

function isYear(x: Expr): boolean {
  return x.plain && Number.isInteger(x.value) && x.value >= YEAR_MIN && x.value <= YEAR_MAX;
}

/** Where the last candidate ends: a price in words found later may not overlap it. */
function lastEnd(out: Candidate[]): number {
  return out.length > 0 ? out[out.length - 1]!.x.end : 0;
}

export function parseFigures(text: string, options: ParseOptions = {}): Figure[] {
  const info = langInfo(options.lang);
  const out: Candidate[] = [];
  let next = 0;
  // Two anchor streams, each read ahead once and re-read only once passed: the main anchors
  // (digits, scale words, "symbolic") and the currency words of a price in words.
  let p = nextAnchor(text, 0);
  let w = nextPriceWord(text, 0);
  while (p >= 0 || w >= 0) {
    if (p >= 0 && p < next) {
      p = nextAnchor(text, next);
      continue;
    }
    if (w >= 0 && w < next) {
      w = nextPriceWord(text, next);
      continue;
    }
    if (w >= 0 && (p < 0 || w < p)) {
      // "per un euro", "for one euro": a price in words ending at this currency word.
      const x = priceAtCurrencyWord(text, w, Math.max(next, lastEnd(out)), info);
      if (x) {
        out.push({ x, kind: 'total', needsContext: false, fixedKind: true });
        next = x.end;
      }
      w = nextPriceWord(text, Math.max(next, w + 1));
      continue;
    }
    if (isSymbolicAnchor(text, p)) {
      // "un euro simbolico", "al prezzo simbolico di un euro".
      const x = priceAtSymbolic(text, p, Math.max(next, lastEnd(out)), info);
      if (x) out.push({ x, kind: 'total', needsContext: false, fixedKind: true });
      next = Math.max(p + 4, x ? x.end : 0);
      continue;
    }
    // Past the anchor: one digit, or the "mil"/"bill"/"tril" that was spotted.
    const digit = isDigit(text.charCodeAt(p));
    next = digit ? p + 1 : p + 4;
    let a: Expr | null;
    if (digit) {
      const r = exprAtDigit(text, p, info);
      if (!r) continue;
      if ('skip' in r) {
        next = Math.max(r.skip, p + 1);
        continue;
      }
      a = r;
    } else {
      a = exprAtScaleWord(text, p, info);
      if (!a) continue;
    }
    next = Math.max(a.end, p + 1);
    // "two to three billion dollars", and before a scaled figure in digits after a word that
    // opens a range ("tra due e 2,5 miliardi"; "un millón para uno y 300 millones" is no range):
    // a written low end.
    const low = digit && !a.hasScale ? null : writtenLowEnd(text, a);
    if (low && (!digit || RANGE_OPENERS.has(openerBefore(text, low.start)))) {
      out.push({ x: low, kind: 'range_low', needsContext: !low.hasCurrency });
      out.push({ x: a, kind: 'range_high', needsContext: !a.hasCurrency });
      continue;
    }
    // "ha chiuso alle 17.35 a 41,30 euro": a time of day, not the low end of a range.
    if (!a.hasCurrency && !a.hasScale && timeOfDay(text, a)) continue;
    // "un préstamo de 320 millones de euros a 25 años", "obligaciones por $ 45.000 millones a 18
    // meses": a bare number of months or years is a term, never money nor a range's end.
    if (!a.hasCurrency && !a.hasScale && DURATION_AFTER_RE.test(text.slice(a.end, a.end + 12))) continue;
    // Only a year followed by a currency word could be mistaken for money.
    if (a.hasCurrency && isDatedYear(text, a)) continue;
    const pair = partner(text, a, info);
    // "da 43 miliardi di euro al 2027": a bare year on either side is a date, not the other end.
    if (pair && !(isYear(a) && !complete(a)) && !(isYear(pair.b) && !complete(pair.b))) {
      const { b, range } = pair;
      share(a, b);
      if (complete(a) || complete(b)) {
        out.push({ x: a, kind: range ? 'range_low' : 'total', needsContext: !a.hasCurrency });
        out.push({ x: b, kind: range ? 'range_high' : 'total', needsContext: !b.hasCurrency });
        next = Math.max(b.end, next);
        continue;
      }
    }
    if (a.hasCurrency) out.push({ x: a, kind: 'total', needsContext: false });
    else if (a.hasScale && !a.weakScale) out.push({ x: a, kind: 'total', needsContext: true });
    // "climbed to £82m from 71m": a weak scale ("m") right after a sum of the same scale compares with it.
    else if (a.hasScale && a.weakScale && out[out.length - 1]?.x.hasCurrency && out[out.length - 1]!.x.exp === a.exp && comparedWithSumBefore(text, a, out)) inheritFromPrevious(text, a, out);
    else if (!a.hasScale && mayFollowOfWhich(text, a.start) && isWordBefore(text, a.start, OF_WHICH_LAST) &&
      OF_WHICH_RE.test(text.slice(Math.max(0, a.start - 40), a.start)) && !NAMED_THINGS_AFTER_RE.test(text.slice(a.end, a.end + 3)) && !COUNTED_THINGS_AFTER_RE.test(text.slice(a.end, a.end + 24))) {
      inheritFromPrevious(text, a, out);
    } else if (!a.hasScale && !a.hasCurrency && !RATIO_BEFORE_RE.test(text.slice(Math.max(0, a.start - 24), a.start))) {
      const label = priorPeriodLabel(text, a);
      if (comparedWithPriorPeriod(text, a, label) || comparedWithSumBefore(text, a, out) || listedAfterSum(text, a, out) || extremeAfterPrice(text, a, out)) inheritFromPrevious(text, a, out, label);
      else {
        const later = listedBeforeSum(text, a, info);
        if (later) {
          share(a, later);
          out.push({ x: a, kind: 'total', needsContext: false });
        }
      }
    }
  }
  return resolve(text, out);
}

/**
 * "including 40 Boeing 787-9 jets", "davon 40 Flugzeuge": a bare number before a capitalised word
 * counts the things it names (a German noun, a maker's name), not a part of the sum before it.
 */
const NAMED_THINGS_AFTER_RE = /^[ \u00A0]+\p{Lu}/u;
/** "£12m of annual costs, including 150 roles": what the bare number counts is no sum of the figure before. */
const COUNTED_THINGS_AFTER_RE = /^[ \u00A0]+(?:roles|jobs|posts|positions|people|staff|employees|workers|stores|shops|branches|sites|plants|factories|outlets|posti|dipendenti|lavoratori|negozi|filiali|punti vendita|stabilimenti|postes|emplois|salariés|magasins|agences|usines|Stellen|Arbeitsplätze|Mitarbeiter|Filialen|Werke|empleos|puestos|empleados|trabajadores|tiendas|oficinas|sucursales|plantas)(?![\p{L}])/u;

/** "a book-to-bill ratio of 1.15", "un rapporto di 1,3", "un multiple de 12": a ratio is no sum, whatever sum stands before it. */
const RATIO_BEFORE_RE = /(?<![\p{L}])(?:ratio|ratios|rapporto|multiplo|multiple|multiplier|Verhältnis|Faktor|múltiplo|cociente)(?:[ \u00A0]+(?:of|di|de|von|du|del))?[ \u00A0]+(?:(?:about|around|circa|environ|rund|unos|alrededor de)[ \u00A0]+)?$/iu;

/** "frente a una pérdida de 17", "contro un utile di 3,1": the other period's result named. */
const COMPARED_RESULT = '(?:una?|an?|une?|einen?)?[ \\u00A0]*(?:perdita|utile|pérdida|beneficio|ganancia|loss|profit|perte|bénéfice|verlust|gewinn)[ \\u00A0]+(?:di|de|of|von)[ \\u00A0]+';

/**
 * "13,2 miliardi di dollari, contro i 14,4 dell'esercizio precedente", "frente a los 27.100 de
 * un año antes", "3,4 miliardi (3,1 l'anno precedente)", "175,4 Milliarden Euro (Vorjahr: 167,2)":
 * a bare number compared with the figure before it, for the prior period, is the same kind of
 * amount.
 */
const COMPARED_BEFORE_RE = new RegExp(`(?:(?:${COMPARISON_WORDS})[ \\u00A0]+(?:(?:${COMPARISON_ARTICLES})[ \\u00A0]+)?(?:${COMPARED_RESULT})?|\\()$`, 'iu');
const PRIOR_PERIOD_AFTER_RE = /^[ \u00A0]+(?:del piano precedente|del precedente piano|del plan anterior|du plan précédent|of the previous plan|des vorherigen Plans|dell['’]esercizio precedente|dell['’]anno precedente|nell['’]esercizio precedente|nell['’]anno precedente|l['’]anno precedente|di un anno prima|un anno prima|del año anterior|de un año antes|del ejercicio anterior|un an plus tôt|de l['’]an dernier|l['’]an dernier|l['’]année dernière|l['’]an passé|last year|l['’]anno scorso|lo scorso anno|el año pasado|de l['’]exercice précédent|a year earlier|a year ago|the year before|in the prior year|im vorjahr|des vorjahres|ein jahr zuvor|(?:en el|nello|nel|dello|del|in the|of the|au cours de la|sur la|dans la|de la|im|in der|des) (?:mismo|stesso|same|même|gleichen) (?:periodo|período|period|période|trimestre|quarter|semestre|zeitraum|quartal)|(?:en|en el|in|nel|im jahr|im|en) (?:19|20)\d\d(?!\d)|(?:nel|in the|au|im|en el|del|durante el|dans le) (?:primo|secondo|terzo|quarto|first|second|third|fourth|premier|deuxième|troisième|quatrième|ersten|zweiten|dritten|vierten|primer|segundo|tercer|cuarto) (?:semestre|trimestre|half|quarter|halbjahr|quartal)|(?:nei primi|in the first|au cours des|in den ersten|en los primeros) (?:nove|sei|tre|nine|six|three|neuf|six|trois|neun|sechs|drei|nueve|seis|tres) (?:mesi|months|mois|monaten|meses))/iu;
/** "(Vorjahr: 167,2)", "(prior year: 3.1)", "(2024: 167,2)": the prior period named as a label before it. */
const PRIOR_PERIOD_LABEL_RE = /\([ \u00A0]*(?:vorjahr|vorjahreszeitraum|vorjahresquartal|vj\.|prior year|previous year|year earlier|anno precedente|anno prima|esercizio precedente|año anterior|ejercicio anterior|an dernier|année précédente|exercice précédent|(?:19|20)\d\d)[ \u00A0]*:[ \u00A0]*$/iu;
function priorPeriodLabel(text: string, a: Expr): RegExpExecArray | null {
  return PRIOR_PERIOD_LABEL_RE.exec(text.slice(Math.max(0, a.start - 28), a.start));
}
function comparedWithPriorPeriod(text: string, a: Expr, label: RegExpExecArray | null): boolean {
  if (label && text.charAt(a.end) === ')') return true;
  return PRIOR_PERIOD_AFTER_RE.test(text.slice(a.end, a.end + 32)) && COMPARED_BEFORE_RE.test(text.slice(Math.max(0, a.start - 40), a.start));
}

/**
 * "23,5 miliardi di dollari, contro i 22,8 indicati a marzo": a bare number compared right after a
 * scaled sum, of the same order as its number, is a sum of that kind even when no prior period is
 * named. "contro i 700" after "2,1 miliardi" is not (700 what?), nor a bare number far from it.
 */
const COMPARED_GAP_CHARS = 24;
/**
 * "150 milioni di euro entro il 2028, contro i 100 indicati": the year the sum is due by may stand
 * between it and the comparison.
 */
const DUE_BY_YEAR_RE = /^[ \u00A0]+(?:entro il|entro fine|nel|by|in|bis|bis Ende|im Jahr|d['’]ici|en|para|hasta|hacia)[ \u00A0]+(?:19|20)\d\d(?!\d)/iu;
/** "in aumento del 3,1%", "up 3.1%", "en hausse de 3,1 %", "ein Plus von 3,1 %", or the direction alone ("45 milioni di euro, in aumento rispetto ai 38"): a change before the comparison. */
const CHANGE_CLAUSE_RE = /^[ \u00A0,;]*(?:in (?:aumento|crescita|calo|flessione|rialzo|ribasso|progresso)|up|down|en (?:hausse|baisse|progression|recul)|(?:ein )?(?:Plus|Minus)|con un (?:aumento|calo)|un (?:aumento|alza|descenso))(?:(?:[ \u00A0]+(?:del|di|de|by|von|of))?[ \u00A0]+\d+(?:[.,]\d+)?[ \u00A0\u202F]?%)?[ \u00A0]*$/iu;
const CHANGE_CLAUSE_CHARS = 32;
function comparedWithSumBefore(text: string, a: Expr, out: Candidate[]): boolean {
  // "más de 2.500 millones desde 2023": a year after "desde", "since", "dal" dates the sum.
  if (isYear(a)) return false;
  const prev = out[out.length - 1]?.x;
  // "è sceso a 4,1 milioni da 8,7": a scaled sum still waiting for its currency compares too.
  if (!prev || !prev.hasScale || (!prev.hasCurrency && !waitingSum(prev))) return false;
  const dueBy = DUE_BY_YEAR_RE.exec(text.slice(prev.end, prev.end + 24));
  const from = prev.end + (dueBy ? dueBy[0].length : 0);
  if (a.start - from > COMPARED_GAP_CHARS + CHANGE_CLAUSE_CHARS) return false;
  // Nothing but the comparison between them: "…, contro i 22,8", not "… a year before, versus 3";
  // a percentage change may come first ("412,6 milioni, in aumento del 3,1% sui 400,2").
  const gap = text.slice(from, a.start);
  const m = COMPARED_BEFORE_RE.exec(gap);
  if (!m) return false;
  const lead = gap.slice(0, m.index);
  if (/[^ \u00A0,;]/.test(lead) ? !CHANGE_CLAUSE_RE.test(lead) : a.start - from > COMPARED_GAP_CHARS) return false;
  if (countedAfter(text, a.end)) return false;
  // "1,2 milioni di franchi, contro i 500'000": the bare number may also be written in full.
  const ratio = a.value / prev.value;
  const inFull = a.value / (prev.value * 10 ** prev.exp);
  return (ratio >= 0.2 && ratio <= 5) || (prev.exp > 0 && inFull >= 0.2 && inFull <= 5);
}

/**
 * "contro i 100 negozi", "versus 100 stores", "gegenüber 100 Filialen": a noun right after the bare
 * number says what it counts. A participle ("contro i 100 indicati", "versus 100 forecast"), a
 * preposition or an article ("contro i 14,4 dell'anno prima") leaves it the sum's kind.
 */
const WORD_AFTER_RE = /^[ \u00A0]+(\p{L}+)/u;
const NOT_A_COUNT_RE = /^(?:\p{Ll}+(?:at[aeio]|it[aeio]|ut[aeio]|ad[oa]s?|id[oa]s?|ée?s?|ed|en)|pr[ée]vu[e]?s?|attendu[e]?s?|di|del|dei|dell|della|degli|de|des|du|of|in|nel|nella|a|al|alla|au|aux|im|am|vom|vor|zuvor|the|last|l|un|una|en|el|la|los|las|le|les|il|i|lo|gli|forecast|expected|y|e|et|and|und|o|or|ou|oder)$/u;
function countedAfter(text: string, end: number): boolean {
  const m = WORD_AFTER_RE.exec(text.slice(end, end + 30));
  if (!m) return false;
  const word = m[1]!;
  if (/^\p{Lu}/u.test(word)) return !/^Vorjahr/u.test(word);
  return !NOT_A_COUNT_RE.test(word);
}

/**
 * "ricavi per 800 milioni di dollari e una perdita operativa di 95", "la raccolta è salita a 142,5
 * e gli impieghi a 118 miliardi di euro": two amounts listed in one clause, only one of them
 * written out in full; the bare one is read with the other's scale and currency. Each is the
 * amount of a noun ("di 95", "a 142,5"), the bare one ends its part of the list, nothing but words
 * stands between them, and they are of a comparable size.
 */
const LIST_GAP_CHARS = 60;
/** The conjunctions that join two amounts of one list ("… di 800 milioni e una perdita di 95"). */
const LIST_AND = 'e|ed|and|et|und|y|sowie|mentre|while|während|mientras';
// "6.480 milioni di euro, con un utile netto di 512": "con"/"with" joins two amounts too (after the sum only).
// "un chiffre d'affaires de 420 M€ pour un Ebitda de 148": the French "pour un" pairs a result with the sales.
const LIST_AND_RE = new RegExp(`(?:^|[ \\u00A0,])(?:${LIST_AND}|tandis que|con|with|avec|mit|pour une?)[ \\u00A0]`, 'iu');
const LIST_AND_AFTER_RE = new RegExp(`^[ \\u00A0]*,?[ \\u00A0]*(?:${LIST_AND})[ \\u00A0]`, 'iu');
const AMOUNT_OF = wordSet('di a per da of at to de à von auf bei um en por du des sur by'.split(' '));
// A German clause ends on its verb: "… 21,2 Mrd. Euro umgesetzt und ein Ebitda von 6,1 erzielt".
const LIST_PART_END_RE = new RegExp(`^[ \\u00A0]*(?:[,;:)]|\\.(?!\\d)|$|(?:${LIST_AND}|tandis)[ \\u00A0]|(?:erzielt|erwirtschaftet|verbucht|ausgewiesen|eingefahren|verdient|erreicht)(?![\\p{L}]))`, 'iu');
/** "Los ingresos alcanzaron 3.071 millones y el ebitda, 1.942": a comma standing for the verb after a result's name. */
const ELLIPSIS_BEFORE_RE = /(?:ebitda|ebit|beneficio|resultado|utile|bénéfice|résultat|gewinn|profit)[ \u00A0]*,[ \u00A0]*$/iu;
function listable(text: string, a: Expr): boolean {
  return !isYear(a) && isWordBefore(text, a.start, AMOUNT_OF);
}
// A profit can be a fiftieth of the sales it is listed with ("ricavi per 199,6 milioni e un utile di 4,2").
function comparable(x: Expr, y: Expr): boolean {
  const ratio = x.value / y.value;
  return ratio >= 0.01 && ratio <= 20;
}
/**
 * The sum may itself wait for its currency ("ricavi per 5.432 milioni e un utile netto di 839"):
 * the bare number then waits with it (inheritFromPrevious).
 */
function listedAfterSum(text: string, a: Expr, out: Candidate[]): boolean {
  const prev = out[out.length - 1]?.x;
  // A weak scale is certain once a currency stands with it ("420 M€", "£82m").
  if (!prev || !prev.hasScale || (prev.weakScale && !prev.hasCurrency) || prev.perShare || a.start - prev.end > LIST_GAP_CHARS) return false;
  const gap = text.slice(prev.end, a.start);
  if (/[\d.;:!?]/.test(gap) || !LIST_AND_RE.test(gap)) return false;
  return (listable(text, a) || ELLIPSIS_BEFORE_RE.test(text.slice(Math.max(0, a.start - 24), a.start))) && LIST_PART_END_RE.test(text.slice(a.end, a.end + 12)) && comparable(a, prev);
}
function listedBeforeSum(text: string, a: Expr, info: ReturnType<typeof langInfo>): Expr | null {
  const after = text.slice(a.end, a.end + LIST_GAP_CHARS);
  if (!listable(text, a) || !LIST_AND_AFTER_RE.test(after)) return null;
  const d = after.search(/\d/);
  if (d < 0 || /[.;:!?]/.test(after.slice(0, d))) return null;
  const r = exprAtDigit(text, a.end + d, info);
  if (!r || 'skip' in r || !r.hasCurrency || !r.hasScale || r.perShare) return null;
  if (!isWordBefore(text, r.start, AMOUNT_OF) || !comparable(a, r)) return null;
  return r;
}

/**
 * "Il titolo ha chiuso a 3,48 euro, dopo aver toccato un massimo di 3,55", "closed at $142.60
 * after a high of 145.10": the day's high or low, a bare number with decimals after a price in
 * the same sentence, is a price in the same currency.
 */
const EXTREME_BEFORE_RE = /(?:massimo|minimo|picco|high|low|peak|hoch|tief|tageshoch|tagestief|höchststand|tiefststand|máximo|mínimo|plus haut|plus bas|sommet)[ \u00A0]+(?:di|a|of|at|von|bei|de|à|en)[ \u00A0]+$/iu;
const EXTREME_GAP_CHARS = 80;
function extremeAfterPrice(text: string, a: Expr, out: Candidate[]): boolean {
  const prev = out[out.length - 1]?.x;
  if (!prev || !prev.hasCurrency || prev.hasScale || a.start - prev.end > EXTREME_GAP_CHARS) return false;
  if (!/[.,]\d/.test(text.slice(a.start, a.end)) || /[.;:!?]\s/.test(text.slice(prev.end, a.start))) return false;
  if (!EXTREME_BEFORE_RE.test(text.slice(Math.max(0, a.start - 24), a.start))) return false;
  const ratio = a.value / prev.value;
  return ratio >= 0.5 && ratio <= 2;
}

/** Words before a time of day: "alle 17.35", "um 17.30", "à 17h35", "at 4.30", "a las 17.30". */
const TIME_BEFORE = wordSet('alle ore dalle entro um gegen ab bis à vers at by las'.split(' '));
const CLOCK_RE = /^(?:[01]?\d|2[0-3])[.:h][0-5]\d$/;
function timeOfDay(text: string, a: Expr): boolean {
  return CLOCK_RE.test(text.slice(a.start, a.end)) && isWordBefore(text, a.start, TIME_BEFORE);
}

/**
 * A scaled sum still waiting for its currency ("ricavi per 5.432 milioni", "un bénéfice de 680
 * millions"): the sentence gives its currency later (resolve.ts), and a bare number after it may
 * take its scale. A count ("10 milioni di utenti") is none.
 */
function waitingSum(x: Expr): boolean {
  return x.hasScale && !x.weakScale && !x.quantity;
}

/** "di cui 14": a bare number takes the scale and currency of the figure before it. */
function inheritFromPrevious(text: string, a: Expr, out: Candidate[], label: RegExpExecArray | null = null): void {
  const prev = out[out.length - 1];
  // A sum without its currency yet ("ricavi per 5.432 milioni e un utile di 839", "un bénéfice de 680
  // millions, dont 510") lends its scale. A count is no sum.
  if (!prev || prev.x.quantity || (!prev.x.hasCurrency && !waitingSum(prev.x))) return;
  if (sentenceAt(text, a.start).start > prev.x.start) return;
  // "margin was 12% (prior year: 11)": a labelled prior-period number is compared with the number
  // right before it, which here is no money.
  if (label && /\d/.test(text.slice(prev.x.end, a.start - label[0].length))) return;
  // The scale too, unless the number is already written in full: "1,2 milioni di franchi, contro i
  // 500'000" is read as the size closer to the sum's ("di cui 14" after 50 billion is 14 billion).
  if (!writtenInFull(a, prev.x)) {
    a.exp = prev.x.exp;
    a.hasScale = prev.x.hasScale;
  }
  a.currency = prev.x.currency;
  a.hasCurrency = prev.x.hasCurrency;
  a.perShare = prev.x.perShare;
  out.push({ x: a, kind: prev.kind === 'per_share' ? 'per_share' : 'total', needsContext: !prev.x.hasCurrency, lender: prev });
}
