/**
 * Sentence-level decisions after the scan: a currency carried within the sentence or from the
 * article, the money context that makes a currency-less "10 miliardi" a figure, and share prices.
 */
import type { Expr } from './expression.ts';
import { sentenceAt } from './sentence.ts';
import type { Figure, FigureKind } from './types.ts';
import { COMPARISON_ARTICLES, COMPARISON_WORDS, hasMoneyContext, hasShareContext, MONEY_NOUN_RE, perShareMax } from './words.ts';

export interface Candidate {
  x: Expr;
  kind: FigureKind;
  /** Needs the sentence to supply a currency or a money context. */
  needsContext: boolean;
  /** The kind is known (a symbolic price is a total even in a sentence about shares). */
  fixedKind?: boolean;
  /**
   * The figure a bare number took its scale from ("18,7 milioni, contro 22,4"): when that one is
   * read as money, so is this, in the same currency.
   */
  lender?: Candidate;
}

function toFigure(text: string, x: Expr, kind: FigureKind): Figure {
  const raw = x.value * (POW10[x.exp] ?? 10 ** x.exp);
  // 97.4 × 10^9 is 97400000000.00002 in binary floating point: snap to the written precision.
  const amount = x.exp > 0
    ? Math.round(raw * 100) / 100
    : Number.isInteger(raw) || isShortDecimal(raw) ? raw : Number(raw.toPrecision(15));
  return {
    surface: text.slice(x.start, x.end),
    start: x.start,
    end: x.end,
    amount,
    currency: x.currency,
    // A range of prices per share ("entre 9,90 et 10,10 € par action") keeps its two ends.
    kind: kind === 'range_low' || kind === 'range_high' ? kind : x.perShare ? 'per_share' : kind,
  };
}

const POW10 = [1, 10, 100, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18];

/**
 * Is `v` already the double nearest a decimal with at most 6 decimals and 15 digits ("14.82")?
 * Then Number(v.toPrecision(15)) is `v` itself, and the string round trip can be skipped.
 */
function isShortDecimal(v: number): boolean {
  return Math.abs(v) < 1e9 && Math.round(v * 1e6) / 1e6 === v;
}

/**
 * "29,90 francs par mois", "€9.99 a month", "2 000 euros par salarié", "0,70 $ US la livre": a price for a period, a unit or a sum
 * per person, not per share, whatever the sentence says of shares; so is a price per unit of
 * volume, weight or energy ("2 euros par hectolitre", "0,12 € per kWh").
 */
const PER_PERIOD_OR_HEAD_AFTER_RE = /^[ \u00a0]+(?:par mois|par an|per month|a month|per year|a year(?! earlier| ago| before)|al mese|all['’]anno|pro monat|im monat|pro jahr|al mes|al año|por mes|por año|par salarié|par employé|par personne|per employee|per worker|per head|a head|per person|per dipendente|a dipendente|a testa|pro mitarbeiter|je mitarbeiter|pro kopf|por empleado|por trabajador|por persona|la livre|la tonne|le baril|l['’]once|per pound|a pound|per tonne|a tonne|per ton|a ton|per barrel|a barrel|per ounce|an ounce|al barile|alla tonnellata|all['’]oncia|la libbra|per libbra|a libbra|al chilo|per oncia|l['’]oncia|per barile|a barile|per tonnellata|a tonnellata|por libra|la libra|por tonelada|la tonelada|por barril|el barril|por onza|la onza|pro tonne|je tonne|pro barrel|je barrel|je unze|pro unze|je pfund|(?:par|per|a|por|pro|je|al|all['’]|el|le|la|l['’])[ \u00a0]?(?:hectolitre|hectolitro|hektoliter|ettolitro|litre|liter|litro|kilo|kg|chilo|mwh|kwh|mégawattheure|megawattora))(?![\p{L}])/iu;

/**
 * A bond's smallest lot is no price per share, whatever the sentence says of securities: "I
 * titoli, con taglio minimo di 1.000 euro", "in denominations of €100,000", "Stückelung von 1.000 Euro".
 */
const DENOMINATION_BEFORE_RE = /(?:tagli[oe](?: minim[oi])?|denominations?|stückelung|coupures?|valor nominal|valore nominale|nennwert|valeur nominale)[ \u00a0]+(?:di|da|of|von|de|à|a)[ \u00a0]+$/iu;

/** A price per unit of a commodity somewhere in the sentence (PER_PERIOD_OR_HEAD_AFTER_RE's units; not "livre", a book too). */
const PER_UNIT_IN_SENTENCE_RE = /(?<![\p{L}])(?:per|a|por|par|pro|je|la|le|el|al|alla|all['’])[ \u00a0]+(?:tonne|ton|tonelada|tonnellata|barrel|baril|barril|barile|ounce|once|onza|oncia|pound|libra|libbra|litre|liter|litro|kilo|kg)(?![\p{L}])/iu;

const BOOKS_PER_PERIOD_RE = /(?<![\p{L}])livres[ \u00a0]+par[ \u00a0]+(?:année|an|jour|mois|semaine)(?![\p{L}])/iu;

/**
 * "8 million pounds of milk a day": a weight when a commodity follows "of" ("£2bn of upgrades",
 * "two billion pounds of bulk annuity deals" stay sums).
 */
const POUNDS_OF_GOODS_RE = /^pounds[ \u00a0]+of[ \u00a0]+(?:raw[ \u00a0]+)?(?:milk|cheese|butter|beef|pork|chicken|poultry|meat|fish|salmon|shrimp|coffee|sugar|cocoa|tea|copper|aluminium|aluminum|nickel|zinc|lead|lithium|uranium|cotton|wheat|corn|grain|soybeans|potatoes|fruit|produce|food|waste|plastic|steel|scrap|cargo|feed|fertili[sz]er)(?![\p{L}])/iu;
function poundsOfThings(text: string, end: number): boolean {
  return end >= 6 && POUNDS_OF_GOODS_RE.test(text.slice(end - 6, end + 40));
}

const CEILING_BEFORE_RE = /(?:ceiling|capacity)[ \u00a0]+(?:to|of|at)[ \u00a0]+(?:(?:about|some|around|circa|rund|environ|unos)[ \u00a0]+)?$/iu;

/** "l'iniziativa "200 franchi bastano!"": a figure that opens the title of a popular vote is its name. */
const VOTE_TITLE_BEFORE_RE = /(?:iniziativa|initiative|initiativ|iniciativa|referendum|référendum|referéndum|volksinitiative)[ \u00a0]+["«„“‘'][ \u00a0]?$/iu;

/** Look-back for a currency set earlier in the article ("12 mld" after "2,6 mld di euro"). */
const DOCUMENT_CARRY_CHARS = 2000;

/** Sentence-level decisions: carried currency, money context, share prices. */
export function resolve(text: string, cands: Candidate[]): Figure[] {
  const figures: Figure[] = [];
  const unscaled: Figure[] = [];
  const money = new Set<Candidate>();
  const cache: SentenceCache = { span: { start: 0, end: 0 }, share: null };
  let dominant: string | null | undefined;
  for (let i = 0; i < cands.length; i++) {
    const cand = cands[i]!;
    const x = cand.x;
    if (x.quantity) continue;
    if (cand.needsContext && cand.lender && money.has(cand.lender)) x.currency = cand.lender.x.currency;
    else if (cand.needsContext) {
      const s = sentenceOf(text, x.start, cache);
      // "i clienti sono ormai 71 milioni": a count of the people named before it, not money.
      if (countedBefore(text, x.start, s.start)) continue;
      // "to lift the ceiling to 40 million": a bare number a ceiling or a capacity sets is a count.
      if (CEILING_BEFORE_RE.test(text.slice(Math.max(s.start, x.start - 32), x.start))) continue;
      // "to carry 215 million passengers this year, although growth at Dublin is capped at 32
      // million": a bare number after a count of the same scale, nearer than any sum, goes on counting.
      if (countContinued(text, cands, i, s)) continue;
      const carried = sameSentence(text, cands, i, s);
      if (carried) x.currency = carried.x.currency;
      else if (!moneyWordNear(text, x, s)) continue;
      else x.currency = earlierInArticle(cands, i, dominant ??= dominantCurrency(cands));
    }
    // "traiter 12 millions de livres par année": books processed in a year, not pounds sterling.
    if (BOOKS_PER_PERIOD_RE.test(text.slice(x.start, x.end + 24))) continue;
    if (poundsOfThings(text, x.end) || VOTE_TITLE_BEFORE_RE.test(text.slice(Math.max(0, x.start - 24), x.start))) continue;
    const f = toFigure(text, x, cand.kind);
    // "37c a share" is in the cents of the dollars or euros the article has been counting in
    // (CRH's dividend in US cents on an Irish page, Ryanair's in euro cents).
    if (CENTS_SURFACE_RE.test(f.surface)) f.currency = sentenceCentCurrency(text, cands, i, cache) ?? earlierCentCurrency(cands, i, f.currency) ?? f.currency;
    if (f.kind === 'total' && x.exp === 0 && f.amount < perShareMax(f.currency) && !cand.fixedKind && !PER_PERIOD_OR_HEAD_AFTER_RE.test(text.slice(x.end, x.end + 16)) && !DENOMINATION_BEFORE_RE.test(text.slice(Math.max(0, x.start - 32), x.start))) {
      const s = sentenceOf(text, x.start, cache);
      // "la celulosa cotizaba a US$ 560 por tonelada, lejos de los US$ 800 de hace dos años": a
      // sentence that prices a commodity per unit quotes no share.
      if ((cache.share ??= hasShareContext(text, s.start, s.end) && !PER_UNIT_IN_SENTENCE_RE.test(text.slice(s.start, s.end)))) f.kind = 'per_share';
    }
    if (f.kind === 'total' && x.exp === 0 && !cand.fixedKind) unscaled.push(f);
    figures.push(f);
    money.add(cand);
  }
  // "Shawbrook prices London listing at 345p" in the headline of a story whose body prices it at
  // "345p a share": an unscaled sum the story gives per share elsewhere is that price.
  // One pass over the figures, not one per unscaled sum (a number-dense page has thousands of each).
  if (unscaled.length > 0) {
    const perShare = new Set(figures.filter((g) => g.kind === 'per_share').map((g) => `${g.amount}|${g.currency}`));
    for (const f of unscaled) if (perShare.has(`${f.amount}|${f.currency}`)) f.kind = 'per_share';
  }
  return figures;
}

/**
 * People counted right before a bare scaled number, with only linking words between ("i clienti
 * sono ormai 71 milioni", "customers now number 12 million", "die Kunden sind inzwischen 9
 * Millionen"). Nouns, not verbs, decide: "clients' assets reached 71 billion" has one between.
 */
const COUNTED_BEFORE_RE = new RegExp(
  // "restituirà ai soci 8,6 miliardi", "pays shareholders... to members 2 billion": the people a sum goes to are not counted.
  '(?<![\\p{L}])(?<!(?:ai|agli|alle|aux|to|an|den|a los|a las)[ \\u00a0]+)(?:clienti|dipendenti|utenti|abbonati|lavoratori|passeggeri|iscritti|soci|correntisti|' +
    'customers|clients|employees|users|subscribers|passengers|members|staff|visits|visitors|shoppers|guests|admissions|spectators|' +
    // "passenger numbers edged up to": a singular before "numbers"
    'passenger|customer|subscriber|visitor|user|member|' +
    'visite|visitatori|visites|visiteurs|besucher|visitas|visitantes|' +
    'salariés|abonnés|utilisateurs|passagers|sociétaires|' +
    'kunden|mitarbeiter|mitarbeitende|beschäftigten|nutzer|abonnenten|passagiere|mitglieder|' +
    'clientes|empleados|usuarios|abonados|pasajeros|trabajadores|socios)' +
    // "i clienti della fibra sono arrivati a 2,4 milioni": what the counted are of
    '(?:[ \\u00a0]+(?:di|del|della|dei|delle|de|del|des|du|of|of the|der|des)[ \\u00a0]+\\p{L}+)?' +
    '(?:[ \\u00a0]+(?:sono|erano|ormai|oltre|circa|quasi|più|di|a|salgono|saliti|salite|arrivano|superano|hanno|superato|raggiunto|toccato|quota|' +
    // "i clienti attivi sono ormai 170mila", "gli abbonati sono scesi sotto 1,7 milioni"
    'attivi|paganti|scesi|scese|scendono|sotto|sopra|' +
    'are|were|now|number|numbered|rose|grew|to|reached|topped|exceeded|passed|total|totalled|about|nearly|over|more|than|' +
    // "passenger numbers edged up to 12.3 million"
    'numbers|edged|up|down|climbed|increased|fell|declined|dropped|slipped|' +
    'sont|étaient|désormais|plus|de|près|environ|atteignent|à|' +
    'sind|waren|inzwischen|mittlerweile|rund|über|knapp|etwa|auf|stieg|stiegen|' +
    'arrivati|arrivate|giunti|giunte|arrivés|arrivées|llegado|llegaron|' +
    'son|eran|ya|más|unos|casi|alcanzan|suman|llegan))*[ \\u00a0]+$', 'iu');

/** German compounds end in the counted noun ("Die Zahl der Haushaltskunden sank leicht auf rund eine Million"). */
const COUNTED_BEFORE_DE_RE = /\p{Ll}(?:kunden|nutzer|abonnenten|passagiere|mitglieder|besucher|mitarbeiter|beschäftigten)(?:[ \u00a0]+(?:sank|sanken|stieg|stiegen|wuchs|wuchsen|fiel|fielen|leicht|deutlich|auf|rund|knapp|über|etwa|inzwischen|mittlerweile|ist|sind|war|waren))*[ \u00a0]+$/u;

function countedBefore(text: string, start: number, sentenceStart: number): boolean {
  const before = text.slice(Math.max(sentenceStart, start - 60), start);
  return COUNTED_BEFORE_RE.test(before) || COUNTED_BEFORE_DE_RE.test(before);
}

type Span = { start: number; end: number };

/** The current sentence and what its words say, computed at most once per sentence. */
interface SentenceCache {
  span: Span;
  share: boolean | null;
}

/** Figures cluster in sentences: reuse the last sentence found when the offset falls inside it. */
function sentenceOf(text: string, offset: number, cache: SentenceCache): Span {
  if (offset >= cache.span.start && offset < cache.span.end) return cache.span;
  cache.span = sentenceAt(text, offset);
  cache.share = null;
  return cache.span;
}

/**
 * A later figure lends its currency only to a bare number in the same list ("16.170 y los
 * 89.936 millones de dólares"): nothing but a separator, a conjunction and an article between.
 * "trips grew to 3.1 billion in the quarter and cash flow reached $2.5bn" lends nothing.
 */
const LIST_LINK_RE = /^[\s\u00a0\u202f]*(?:[,;/]|e|ed|y|o|and|or|und|oder|et|ou)?[\s\u00a0\u202f]*(?:(?:i|gli|le|los|las|les|die|the|di|de|del|des|dei)[\s\u00a0\u202f]+)?$/iu;
/**
 * The same for a comparison: "restituirà 8,6 miliardi, contro i 7,7 miliardi di euro", "8,6
 * Milliarden nach 7,7 Milliarden Euro", "8.6 billion, against 7.7 billion euros": the reader reads
 * the first sum in the second one's currency.
 */
const COMPARISON_LINK_RE = new RegExp(`^[\\s\\u00a0\\u202f]*,?[\\s\\u00a0\\u202f]*(?:${COMPARISON_WORDS})[\\s\\u00a0\\u202f]+(?:(?:${COMPARISON_ARTICLES})[\\s\\u00a0\\u202f]+)?$`, 'iu');

/**
 * Two sums of one scale joined as parallel items of one sentence lend the second's currency to
 * the first: "ricavi per 3,1 milioni e una perdita netta di 17,4 milioni di euro", "revenue of
 * 3.1 million and a net loss of 17.4 million euros". A few words, no figure, between.
 */
const PARALLEL_LINK_RE = /^[\s\u00a0\u202f]*,?[\s\u00a0\u202f]*(?:e|ed|y|and|und|et)[\s\u00a0\u202f]+(?:[\p{L}'’]+[\s\u00a0\u202f]+){1,5}$/iu;

/**
 * "140 millions de fonds propres et 180 millions d'euros de dette", "3 Millionen Eigenkapital und
 * 5 Millionen Euro Kredit": the first sum's money noun, then "and", then the second sum.
 */
const MONEY_NOUN_THEN_AND_RE = /^[\s\u00a0\u202f]+(?:(?:de|di|of|von|an|en)[\s\u00a0\u202f]+|d['’])?([\p{L}-]+)(?:[\s\u00a0\u202f]+[\p{L}-]+)?[\s\u00a0\u202f]*,?[\s\u00a0\u202f]+(?:e|ed|y|and|und|et)[\s\u00a0\u202f]+$/iu;
function moneyNounThenAnd(link: string): boolean {
  const m = MONEY_NOUN_THEN_AND_RE.exec(link);
  return m !== null && MONEY_NOUN_RE.test(m[1]!);
}

/** Whether the nearest count or sum before candidate `i` in its sentence is a count of the same scale (a scaled number goes on counting). */
function countContinued(text: string, cands: Candidate[], i: number, s: Span): boolean {
  const x = cands[i]!.x;
  if (!x.hasScale) return false;
  for (let k = i - 1; k >= 0 && cands[k]!.x.start >= s.start; k--) {
    const y = cands[k]!.x;
    // "6,9 millions d'abonnés ... avec une perte d'exploitation ramenée à 45 millions": a money word
    // between the count and the number starts a sum.
    if (y.quantity) return y.exp === x.exp && !hasMoneyContext(text, y.end, x.start);
    if (y.hasCurrency) return false;
  }
  return false;
}

/** The nearest figure with its own currency earlier in the sentence, or the next one in a list. */
function sameSentence(text: string, cands: Candidate[], i: number, s: { start: number; end: number }): Candidate | undefined {
  for (let k = i - 1; k >= 0 && cands[k]!.x.start >= s.start; k--) {
    if (cands[k]!.x.hasCurrency && !cands[k]!.needsContext) return cands[k];
  }
  let end = cands[i]!.x.end;
  for (let k = i + 1; k < cands.length && cands[k]!.x.start < s.end; k++) {
    const link = text.slice(end, cands[k]!.x.start);
    // A comparison lends only between two sums of the same scale ("8,6 miliardi, contro i 7,7 miliardi di euro").
    if (k === i + 1 && cands[i]!.x.hasScale && cands[k]!.x.hasCurrency && cands[k]!.x.exp === cands[i]!.x.exp && (COMPARISON_LINK_RE.test(link) || PARALLEL_LINK_RE.test(link) || moneyNounThenAnd(link))) return cands[k];
    if (!LIST_LINK_RE.test(link)) return undefined;
    if (cands[k]!.x.hasCurrency && !cands[k]!.needsContext) return cands[k];
    end = cands[k]!.x.end;
  }
  return undefined;
}

/** Money words count when they are in the figure's own part of the sentence. */
const MONEY_WORD_BEFORE_CHARS = 60;
const MONEY_WORD_AFTER_CHARS = 40;

function moneyWordNear(text: string, x: Expr, s: Span): boolean {
  const from = Math.max(s.start, x.start - MONEY_WORD_BEFORE_CHARS);
  const to = Math.min(s.end, x.end + MONEY_WORD_AFTER_CHARS);
  return hasMoneyContext(text, from, to);
}

/** The article's currency near a figure: the closest earlier one, else the closest later one. */
const CENTS_SURFACE_RE = /^\d[\d.,]*[ \u00a0]?(?:c|cents?|¢)(?![\p{L}])/iu;
const CENT_CURRENCIES: ReadonlySet<string> = new Set(['USD', 'EUR', 'CAD', 'AUD', 'NZD', 'HKD', 'SGD']);
/**
 * The cents of the currency the article has been counting in: the page's own cents (`own`) when
 * an earlier figure is in that currency ("$4.02-billion" on a Canadian page, then "US$310-million",
 * then "17 cents a share" in Canadian cents), else the nearest earlier figure's (CRH's US cents on
 * an Irish page that counts only in dollars).
 */
function earlierCentCurrency(cands: Candidate[], i: number, own: string | null): string | null {
  if (own && currencyOfFigureBefore(cands, i, (c) => c === own)) return own;
  return currencyOfFigureBefore(cands, i, (c) => CENT_CURRENCIES.has(c));
}

/**
 * The currency of another figure in the cents' own sentence, nearest first: "a dividend of 26
 * cents per share alongside a $110 billion buyback" is in dollars, whatever euro fine came before.
 */
function sentenceCentCurrency(text: string, cands: Candidate[], i: number, cache: SentenceCache): string | null {
  const s = sentenceOf(text, cands[i]!.x.start, cache);
  // A figure in a currency with cents that is not itself in cents.
  const inUnits = (x: Expr): boolean => x.hasCurrency && !!x.currency && CENT_CURRENCIES.has(x.currency) && !CENTS_SURFACE_RE.test(text.slice(x.start, x.end));
  let before: Expr | undefined;
  for (let k = i - 1; k >= 0 && cands[k]!.x.start >= s.start && !before; k--) if (inUnits(cands[k]!.x)) before = cands[k]!.x;
  let after: Expr | undefined;
  for (let k = i + 1; k < cands.length && cands[k]!.x.start < s.end && !after; k++) if (inUnits(cands[k]!.x)) after = cands[k]!.x;
  if (after && (!before || after.start - cands[i]!.x.end < cands[i]!.x.start - before.end)) return after.currency;
  return before?.currency ?? null;
}

/** The currency of the nearest figure before candidate `i` in the article that `accept` takes. */
function currencyOfFigureBefore(cands: Candidate[], i: number, accept: (code: string) => boolean = () => true, within = DOCUMENT_CARRY_CHARS): string | null {
  const at = cands[i]!.x.start;
  for (let k = i - 1; k >= 0 && cands[k]!.x.start >= at - within; k--) {
    const c = cands[k]!.x.currency;
    if (cands[k]!.x.hasCurrency && c && accept(c)) return c;
  }
  return null;
}

/** The currency most of the article's own-currency figures are in, when one has most of them. */
function dominantCurrency(cands: Candidate[]): string | null {
  const counts = new Map<string, number>();
  let total = 0;
  for (const c of cands) if (c.x.hasCurrency && c.x.currency && !c.needsContext) { counts.set(c.x.currency, (counts.get(c.x.currency) ?? 0) + 1); total++; }
  for (const [code, n] of counts) if (n * 3 >= total * 2) return code;
  return null;
}

/** A sum in a currency this close before a bare one lends it that currency whatever the article counts in. */
const NEAR_CARRY_CHARS = 200;

function earlierInArticle(cands: Candidate[], i: number, dominant: string | null): string | null {
  const before = currencyOfFigureBefore(cands, i);
  if (before) {
    // "i costi del Sassuolo per circa 45 milioni", paragraphs after a sentence on North American
    // dollars: far from any sum in a currency, the article's own currency wins over a passing one.
    const near = currencyOfFigureBefore(cands, i, () => true, NEAR_CARRY_CHARS);
    return dominant === null || near === before ? before : dominant;
  }
  const at = cands[i]!.x.start;
  for (let k = i + 1; k < cands.length && cands[k]!.x.start <= at + DOCUMENT_CARRY_CHARS; k++) {
    if (cands[k]!.x.hasCurrency && !cands[k]!.needsContext && cands[k]!.x.currency) return cands[k]!.x.currency;
  }
  return null;
}
