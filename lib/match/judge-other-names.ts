/**
 * The span read as another name or as a word, whatever entity the alias names: a longer name it
 * opens ("The Australian Competition …"), a news agency, a wine, someone else's double name, a
 * legal form ("constituée en SAS"), a family ("i Caltagirone"), an index, a vessel, a credit
 * grade, a firm's name after a first name, "Endeavour Group", a span of time, a phrase that makes
 * it a word. These are the rules judgeRef (judge.ts) asks of every ref before its alias's kind
 * (judge-tickers.ts, judge-surnames.ts). The order of rules puts a few places named in passing
 * among them (an airport, a list of towns, a locative, a government's country): their word lists
 * are judge-places.ts's.
 */
import * as f from './flags';
import { NEVER_ALIASES } from './common-words';
import { HONORIFICS } from './cues';
import { charClass, CLS_WORD } from './fold';
import * as shapes from './case-shape';
import { acronymOfWordsBefore, plusAfter } from './inner-names';
import { atSentenceStart, capitalisedWordAfter, isUpperStart, previousWord, titleBefore } from './context';
import {
  arenaAfter, capitalisedPairAfter, currencyCodeAt, elidedWord, englishPossessiveBefore, exchangeLabel, familyContext, firstNameBefore, indexContext,
  longerCompanyAfter, orgNounBefore, otherNameOfAfter, regionPairAfter, streamAfter, theOpensOtherName, venueContext, wordInPhrase, ORG_NOUNS,
} from './rules';
import type { Candidate } from './scan';
import {
  AIRPORT_PLACE_BEFORE, CAPITAL_ARTICLE_BEFORE_RE, ELIDED_DE_NAME_AFTER_RE, GOVERNMENT_OF_RE, locativeBefore, placeListAfter, TOWN_COMPOUND_AFTER_RE,
} from './judge-places';
import { firstNamesIn, headline, nameStarts, strongIn, style, type DocState, type Judge, type RefState, type Rejection } from './judge';

// Local copies: under tsx (CLI, bench) imported bindings are getters, a call per use.
const { A_SINGLE_WORD } = shapes;
const { F_ACRONYM, F_AMBIGUOUS, F_PLACE } = f;

/**
 * Capitalised words that open a foundation's name before a company's ("Fondazione Cariplo"). Not
 * Spanish "Fundación": the press writes "la Fundación La Caixa" for the foundation the bundle
 * calls La Caixa.
 */
const FOUNDATION_WORDS: ReadonlySet<string> = new Set(['Fondazione', 'Fondation', 'Foundation', 'Stiftung']);

/** A wine label's noun right before a person's name. */
/** "Pharmacia & ": where the capitalised word before " & " starts, if no known name starts there. */
function ampersandFirmHead(j: Judge, start: number): boolean {
  const m = AMPERSAND_HEAD_RE.exec(j.text.slice(Math.max(0, start - 30), start));
  return !!m && !j.starts.has(start - m[0].length);
}
const AMPERSAND_HEAD_RE = /(?<![\p{L}\p{N}])\p{Lu}\p{Ll}+[ \u00a0]&[ \u00a0]$/u;
/** First letters of those articles (L, I, E): asked before the regex, as most names start otherwise. */
const ARTICLE_INITIALS: ReadonlySet<number> = new Set([76, 73, 69]);
const ARTICLE_FIRST_RE = /^(?:L['’]|La |Le |Les |Il |Lo |El |Los |Las )/u;
const SCOPE_ADJECTIVE_AFTER_RE = /^[ \u00a0]+(?:française|français|européenne|européen|suisse|belge|italienne|italien|allemande|espagnole|nationale|national|internationale|italiana|italiano|europea|europeo|svizzera|svizzero|nazionale|internazionale|española|español|europea|nacional|internacional|suiza|suizo)(?![\p{L}])/u;
const WINE_LABEL_BEFORE_RE = /(?:^|[^\p{L}])(?:riserva|cuvée|cuvee|etichetta)[ \u00a0]+$/iu;
const DOUBLE_BARRELLED_AFTER_RE = /^[-‐‑]\p{Lu}\p{Ll}/u;
/**
 * Whether a wine-label word ends right before `start`. Every label word ends in "a" or "e"/"é":
 * that one-character test comes first, since the RegExp ran for every person's candidate (4 % of
 * the matcher's time on the bench text).
 */
function afterWineLabel(text: string, start: number): boolean {
  let i = start - 1;
  while (i >= 0 && (text.charCodeAt(i) === 0x20 || text.charCodeAt(i) === 0xa0)) i--;
  if (i === start - 1 || i < 0) return false;
  const last = text.charCodeAt(i) | 0x20;
  if (last !== 0x61 && last !== 0x65 && last !== 0xe9) return false;
  return WINE_LABEL_BEFORE_RE.test(text.slice(Math.max(0, start - 12), start));
}
/** "la agencia", "según", "France-Presse" right before "AFP". */
const NEWS_AGENCY_BEFORE_RE = /(?:agencia|agencias|según|France[- ]Presse|informó|citada por|citado por)[^.;]{0,8}$/iu;
/** A plural article before a surname names the family: "la scarpa dei Della Valle", "los Del Pino". */
export const FAMILY_PLURAL: Record<string, ReadonlySet<string>> = {
  it: new Set(['i', 'gli', 'dei', 'degli', 'ai', 'agli', 'dai', 'dagli', 'coi']),
  es: new Set(['los']),
  fr: new Set(['les']),
};
/** A hyphen inside text[start, end): asked for every person ref, so no slice is made. */
function hyphenIn(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (text.charCodeAt(i) === 45) return true;
  return false;
}
/**
 * Where the capitalised word a hyphen glues right before `start` begins ("Merceron-" of
 * "Merceron-Vicat", "Mid-" of "Mid-West"), or -1.
 */
function capitalisedHyphenHead(text: string, start: number): number {
  if (start < 2 || text.charCodeAt(start - 1) !== 45 || !(charClass(text.charCodeAt(start - 2)) & CLS_WORD)) return -1;
  let i = start - 2;
  while (i > 0 && charClass(text.charCodeAt(i - 1)) & CLS_WORD) i--;
  return isUpperStart(text, i) ? i : -1;
}
/** "the Mid-West", "Baden-Baden": a name glued by a hyphen to a capitalised word no known name opens. Not in German. */
function hyphenCompoundTail(j: Judge, c: Candidate): boolean {
  if (j.lang === 'de') return false;
  const head = capitalisedHyphenHead(j.text, c.start);
  return head >= 0 && !j.starts.has(head);
}
/** "la famille Merceron-Vicat": the second half of a family's double name, not the company. */
function familyDoubleName(text: string, c: Candidate): boolean {
  const head = capitalisedHyphenHead(text, c.start);
  return head >= 0 && familyContext(text, head, c.end, previousWord(text, head).word.toLowerCase());
}
/** A credit rating's grade (Moody's "B3", "Baa1", "A2"; S&P's "BBB"). */
const CREDIT_GRADE_RE = /^(?:Aaa|Aa[1-3]|A[1-3]|Baa[1-3]|Ba[1-3]|B[1-3]|Caa[1-3]|Ca|AAA|AA[+-]?|A[+-]|BBB[+-]?|BB[+-]?|B[+-]|CCC[+-]?)$/;
/** "ha confermato il rating B3", "rated Baa1 by Moody's", "la note BBB": the grade, not the Brazilian exchange B3. */
const RATING_BEFORE_RE = /(?:rating|ratings|rated|notation|note|calificación|calificacion|bonität|bonitätsnote)[ \u00a0]+(?:(?:di|de|of|a|à|von|des|del|la|le|il|su|en|auf)[ \u00a0]+)?$/iu;
function creditGrade(text: string, c: Candidate): boolean {
  return CREDIT_GRADE_RE.test(text.slice(c.start, c.end)) && RATING_BEFORE_RE.test(text.slice(Math.max(0, c.start - 30), c.start));
}
/** "National Geographic Endeavour II": a name that a capitalised word and a Roman numeral go on from names a ship or a product. */
const VESSEL_AFTER_RE = /^[ \u00a0]+\p{Lu}\p{Ll}+[ \u00a0]+(?:II|III|IV|V|VI|VII|VIII)(?![\p{L}\p{N}])/u;
/** German articles of the genitive: "des Handelsblatts", "eines Konzerns". */
const GENITIVE_ARTICLES: ReadonlySet<string> = new Set(['des', 'eines', 'dieses', 'jenes']);
/** A short all-caps token ("BBB", "KKR"): an acronym that may open a company's name. */
const ALL_CAPS_TOKEN_RE = /^\p{Lu}{2,5}$/u;
const CORPORATE_WORD_AFTER_RE = /^[ \u00a0]+(?:Holding|Holdings|Group|Gruppe|Groupe|Gruppo|Grupo|S\.p\.A\.|SpA|AG|GmbH|SE|SA|S\.A\.|Inc\.?|Ltd\.?|plc|Industries|Foundation|Stiftung|Fondazione|Fondation|Développement|Participations|Beteiligungen)(?![\p{L}\p{N}])/u;
const LEGAL_FORMS: ReadonlySet<string> = new Set(['sas', 'sarl', 'sa', 'spa', 'srl', 'gmbh', 'ag', 'se', 'plc', 'sl']);
const LEGAL_FORM_ARTICLES: ReadonlySet<string> = new Set(['en', 'une', 'un', 'als', 'eine', 'einer', 'una', 'in']);
const FIRM_FORM_AFTER_RE = /^[ \u00a0]+(?:S\.p\.A\.|SpA|Spa|S\.r\.l\.|Srl|GmbH|S\.A\.|SA|Ltd|plc|& C\.|& Co\.?|KG)(?![\p{L}])/u;
const FRENCH_TAX_BEFORE_RE = /(?<![\p{L}])(?:la|de|hors|sans)[ \u00a0]+$/iu;
/** "le bureau néerlandais des statistiques CBS", "dell'Asf, l'autorità di vigilanza": a statistics office, a regulator in apposition. */
const STATISTICS_OFFICE_BEFORE_RE = /(?:statistiques|statistics|statistica|statistik|estadística)[ \u00a0]+$/iu;
const REGULATOR_APPOSITION_AFTER_RE = /^,[ \u00a0]+(?:l['’]autorità|l['’]autorité|the regulator|el regulador|la autoridad|die Aufsicht)/u;
const INDEX_COMPOUND_AFTER_RE = /^[-‐‑]\p{L}*(?:index|indizes|indikator)(?![\p{L}])/iu;
const TIME_SPAN_NAME_RE = /^\d+[ \u00a0](?:heures|minutes|Minuten|Stunden|minuti|ore|horas|minutos|hours)$/iu;
const TIME_SPAN_BEFORE = new Set(['en', 'dans', 'sous', 'pendant', 'les', 'des', 'aux', 'ces', 'toutes', 'dernières', 'prochaines', 'in', 'innerhalb', 'binnen', 'nach', 'vor', 'den', 'letzten', 'nächsten', 'entro', 'tra', 'fra', 'nelle', 'ogni', 'dopo', 'ultime', 'prossime', 'within', 'every', 'after', 'last', 'next', 'las', 'próximas', 'últimas', 'cada', 'durante']);
const GROUP_WORD_AFTER_RE = /^[ \u00a0]+(?:Group|Holdings)(?![\p{L}\p{N}])/u;
/** " Group" or " Holdings" right after `end`; the first two characters are asked before the regex. */
function groupWordAfter(text: string, end: number): boolean {
  const c = text.charCodeAt(end);
  const d = text.charCodeAt(end + 1);
  return (c === 0x20 || c === 0xa0) && (d === 0x47 || d === 0x48) && GROUP_WORD_AFTER_RE.test(text.slice(end, end + 12));
}
/** Whether an alias is the entity's own name, legal form and case aside ("Nestlé" of Nestlé). */
function sameName(alias: string, name: string): boolean {
  return alias.toLowerCase() === name.replace(/\s*\([^)]*\)$/, '').replace(/,?\s+(?:Inc\.?|S\.?A\.?|AG|SE|plc|N\.?V\.?|S\.p\.A\.|SpA|Ltd\.?|Corp\.?|Corporation)$/i, '').toLowerCase();
}
/** "…, die als X die …": a relative pronoun and "als" before the name, an article after it. */
const RELATIVE_ALS_RE = /(?:^|[^\p{L}])(?:die|der|das|welche|welcher)[ \u00a0]+als[ \u00a0]+\p{Lu}\p{Ll}+[ \u00a0]+(?:die|den|das|der|dem)[ \u00a0]/u;

/**
 * Before the case stage: a name that the words around it make another one whatever its case (a
 * pension fund's "AFP", a wine, someone else's double name).
 */
export function otherNameFirst(j: Judge, r: RefState): Rejection {
  const { text } = j;
  const { c, entity, aliasText } = r;
  // "AFP Habitat", "las siete AFP": in Spanish-language news (Chile, Peru) an AFP is a pension fund
  // manager (Administradora de Fondos de Pensiones); the French news agency is named as one
  // ("según la agencia AFP", "(AFP)").
  if (j.lang === 'es' && aliasText === 'AFP' && !NEWS_AGENCY_BEFORE_RE.test(text.slice(Math.max(0, c.start - 24), c.start)) && text.charAt(c.start - 1) !== '(') return null;
  // "riserva Giulio Ferrari", "la cuvée Dom Pérignon": a wine named after a person is the wine.
  if (j.kinds[entity] === 'person' && afterWineLabel(text, c.start)) return null;
  // "Geraldine Fraser-Moleketi", "Jean-Louis Servranckx": a known name that a hyphen and a
  // capitalised word go on from is the first part of someone else's double name, for every ref
  // alike whatever its alias (rejecting some refs would leave the others unopposed). German hyphen
  // compounds ("Elon-Musk-Stiftung") keep theirs.
  if (j.kinds[entity] === 'person' && j.lang !== 'de' && DOUBLE_BARRELLED_AFTER_RE.test(text.slice(c.end, c.end + 3))) return null;
  // "Fos-sur-Mer", "Saint-Germain-en-Laye": a name a hyphen, a small word and another hyphen go on
  // from is the first part of a town's name.
  if (text.charCodeAt(c.end) === 45 && HYPHENATED_PLACE_AFTER_RE.test(text.slice(c.end, c.end + 12))) return null;
  // "lo stadio Dall'Ara", "Sant'Anna": after a capitalised particle that went into the name it is
  // a surname's or a place's second half, not a name of its own ("dell'Eni" keeps its small d).
  const q = text.charCodeAt(c.start - 1);
  if (q === 39 || q === 0x2019) {
    const from = Math.max(0, c.start - 6);
    const particle = ELIDED_CAPITAL_BEFORE_RE.exec(text.slice(from, c.start));
    if (particle && !atSentenceStart(text, from + particle.index)) return null;
  }
  return undefined;
}

const ELIDED_CAPITAL_BEFORE_RE = /(?<![\p{L}])(?:Dall|Dell|Dal|Sant|D)['’]$/u;

const HYPHENATED_PLACE_AFTER_RE = /^-(?:sur|sous|en|lès|lez|les|le|la|de|du|des|aux|am|an|im|bei|del|di)-\p{Lu}/u;

/** Right after the case stage, before the lower-case verdict: the name opens another, longer one. */
export function longerNameOpened(j: Judge, r: RefState): Rejection {
  const { text, ix } = j;
  const { c, entity, aliasText } = r;
  // "The Australian Competition …", "Corriere del Ticino": the name opens another, longer one.
  if (j.kinds[entity] !== 'person' && (theOpensOtherName(text, c.start, c.end, aliasText) || otherNameOfAfter(text, c.end, aliasText, () => ix.entity(entity).name))) return null;
  return undefined;
}

/**
 * Past the case stage, before the alias's kind: context that makes the span another name, a word,
 * a family, a person's name or a place named in passing.
 */
export function otherNameOrWord(j: Judge, doc: DocState, r: RefState): Rejection {
  const { text, ix } = j;
  const { c, entity, aliasText, shape, flags, weak, kind, before, prev } = r;
  // "Mitinhaber Jost Hellmann", "Vorstand Günther Schiendl": a name that is a first name the data's
  // people go by, with a capitalised word after it, opens a person's name (before any cue backs it).
  // So does its genitive when that is a first name too ("Vorstandschef Lars Gorissen" is no Lar's).
  if (kind !== 'person' && shape & A_SINGLE_WORD && (j.ix.firstNames.has(aliasText.toLowerCase()) || (c.genitive && j.ix.firstNames.has(text.slice(c.start, c.end).toLowerCase()))) && capitalisedWordAfter(text, c.end) && !ORG_NOUNS.has(prev) && !headline(style(j, c.start))) return null;
  // "managing director Petro Terblanche", "Chef Olivier Burger": after a person's title, a one-word
  // name a capitalised word goes on from opens that person's name.
  if (kind !== 'person' && shape & A_SINGLE_WORD && capitalisedWordAfter(text, c.end) && !ORG_NOUNS.has(prev) && titleBefore(text, c.start) && !headline(style(j, c.start))) return null;
  // "Pharmacia & Upjohn": a one-word name after a capitalised word no known name opens and "&"
  // ends that firm's name (a weak one after any such word: judge-evidence.ts).
  if (kind !== 'person' && shape & A_SINGLE_WORD && text.charCodeAt(c.start - 2) === 38 && ampersandFirmHead(j, c.start)) return null;
  // "la Fondazione Cassa di Risparmio di Asti", "la Fondation Carrefour": a company's name right
  // after a capitalised foundation word names the foundation (the bundle's own foundations are
  // aliases of their own, the longer match).
  if (kind !== 'person' && FOUNDATION_WORDS.has(before.word) && !j.starts.has(before.at)) return null;
  // "L'Union française des semenciers", "La Poste suisse": a name opening with an article, then a
  // nationality or scope adjective in lower case, is the first part of another name.
  if (kind !== 'person' && ARTICLE_INITIALS.has(aliasText.charCodeAt(0)) && ARTICLE_FIRST_RE.test(aliasText) && SCOPE_ADJECTIVE_AFTER_RE.test(text.slice(c.end, c.end + 20))) return null;
  // "Sensoren und Displays senkte": a company name that is also a word, with an "s" and no noun
  // after it to own ("Continentals Reifensparte"), is the word's plural unless the document names
  // the company plainly.
  // So is any company name with an "s" and no noun after it ("Retirement System of Texas auf die"
  // is no genitive of Texa), except after a genitive article ("des Handelsblatts").
  if (c.genitive && kind !== 'person' && !capitalisedWordAfter(text, c.end) && !strongIn(j, doc, entity) && (flags & F_AMBIGUOUS || !GENITIVE_ARTICLES.has(prev))) return null;
  // "growth at Dublin Airport is capped": an airport after a preposition of place is the place,
  // where "the operator of Dublin Airport" names the airport company. So is an airport the press
  // names without the word, after its city or not ("a base at London Gatwick": neither "London
  // Gatwick" nor "Gatwick" is the airport company there). The preposition is asked first: it is
  // the cheap test, and most names never meet one.
  if (j.lang === 'en') {
    const placeBefore = AIRPORT_PLACE_BEFORE.has(prev);
    if (placeBefore && / Airports?$/.test(aliasText)) return null;
    const placeOrCityBefore = placeBefore || (/^\p{Lu}/u.test(before.word) && AIRPORT_PLACE_BEFORE.has(previousWord(text, before.at).word.toLowerCase()));
    if (placeOrCityBefore && kind !== 'person' && / Airports?$/.test(ix.entity(entity).name)) return null;
  }
  // "gli occhiali smart": a brand written in lower case that is also a word (smart, tesa) is the
  // word unless a noun names the brand ("il marchio smart", "die Drogeriemarktkette dm") or the
  // document names it in full.
  if (flags & F_AMBIGUOUS && /^\p{Ll}+$/u.test(aliasText) && !orgNounBefore(prev, j.lang) && !strongIn(j, doc, entity)) return null;
  if (exchangeLabel(text, c.end) || elidedWord(text, c.end, j.lang)) return null;
  // "la copertura in DAB+": a plus sign makes another name (a standard, a product), unless the
  // story names the company plainly ("la plateforme RTL+" in a story about RTL Group).
  if (kind !== 'person' && !aliasText.endsWith('+') && plusAfter(text, c.end) && !strongIn(j, doc, entity)) return null;
  if (kind !== 'person' && (STATISTICS_OFFICE_BEFORE_RE.test(text.slice(Math.max(0, c.start - 16), c.start)) || REGULATOR_APPOSITION_AFTER_RE.test(text.slice(c.end, c.end + 20)))) return null;
  // "la TVA sur les billets": the French value-added tax, not Quebec's broadcaster TVA (named
  // without the feminine article).
  if (j.lang === 'fr' && aliasText === 'TVA' && FRENCH_TAX_BEFORE_RE.test(text.slice(Math.max(0, c.start - 12), c.start))) return null;
  // "l'Instituto de Salud Pública (ISP)": the acronym of the words before it.
  if (kind !== 'person' && flags & F_ACRONYM && acronymOfWordsBefore(text, c.start, c.end, j.starts)) return null;
  if (kind !== 'person' && currencyCodeAt(text, c.start, c.end)) return null;
  // "der Swiss Market Index", "Swiss Steel": a word kept as a name only for some languages' press
  // (common-words.ts NEVER_ALIASES) starts another name when a capitalised word goes on from it.
  if (flags & f.F_PRESS_ONLY && NEVER_ALIASES.has(aliasText.toLowerCase()) && /^[ \u00a0]+\p{Lu}\p{Ll}/u.test(text.slice(c.end, c.end + 3))) return null;
  // "La Serena", "Le Havre", "La Spezia": a capitalised article before a one-word name inside a
  // sentence begins another name (a town's, mostly).
  if (kind !== 'person' && shape & A_SINGLE_WORD && CAPITAL_ARTICLE_BEFORE_RE.test(text.slice(Math.max(0, c.start - 6), c.start)) && !atSentenceStart(text, before.at)) return null;
  if (kind !== 'person' && shape & A_SINGLE_WORD && placeListAfter(j, c, prev)) return null;
  // "constituée en SAS", "als AG", "in una Srl": a legal form named as such, not the airline SAS.
  if (kind !== 'person' && LEGAL_FORM_ARTICLES.has(prev) && LEGAL_FORMS.has(aliasText.toLowerCase())) return null;
  // "gli eredi del fondatore, Leonardo" in a story that names Leonardo Maria Del Vecchio: a first
  // name the document gives a person is that person's, unless a noun makes it the company ("il
  // gruppo Leonardo"). Names that are first names are flagged ambiguous (flagFirstNames), so only
  // those ask the document.
  if (kind !== 'person' && flags & F_AMBIGUOUS && shape & A_SINGLE_WORD && firstNamesIn(j, doc).has(aliasText.toLowerCase()) && !ORG_NOUNS.has(prev)) return null;
  if (kind !== 'person' && flags & (F_PLACE | F_AMBIGUOUS) && locativeBefore(text, c.start, prev) && !strongIn(j, doc, entity)) return null;
  // "a trademark battle with the government of Iceland": a government's country, even in a story
  // about the supermarket chain of its name.
  if (kind !== 'person' && shape & A_SINGLE_WORD && flags & F_PLACE && GOVERNMENT_OF_RE.test(text.slice(Math.max(0, c.start - 30), c.start))) return null;
  // "Carlos José García Moreno": a person's name of several words with a capitalised word on both
  // sides is the middle of a longer name, someone else's (not in German, where nouns have capitals).
  if (kind === 'person' && j.lang !== 'de' && !(shape & A_SINGLE_WORD) && /^\p{Lu}\p{Ll}/u.test(before.word) && !atSentenceStart(text, before.at) && !titleBefore(text, c.start) && capitalisedWordAfter(text, c.end)) return null;
  // "la holding Federico De Nora Spa": a person's name with a legal form after it names the firm
  // (neither the person nor the company of the surname).
  if (FIRM_FORM_AFTER_RE.test(text.slice(c.end, c.end + 12)) && (kind === 'person' || j.ix.firstNames.has(prev))) return null;
  // "Mr Philips has promised savings": a form of address makes the word a person's name.
  if (kind !== 'person' && shape & A_SINGLE_WORD && HONORIFICS.has(prev)) return null;
  // "der GfK-Konsumklimaindex", "der Ifo-Index": a German compound whose head is an index names the index.
  if (kind !== 'person' && j.lang === 'de' && INDEX_COMPOUND_AFTER_RE.test(text.slice(c.end, c.end + 30))) return null;
  if (kind !== 'person' && (indexContext(text, c.end, prev) || familyContext(text, c.start, c.end, prev, true) || familyDoubleName(text, c) || hyphenCompoundTail(j, c) || VESSEL_AFTER_RE.test(text.slice(c.end, c.end + 30)) || TOWN_COMPOUND_AFTER_RE.test(text.slice(c.end, c.end + 8)) || creditGrade(text, c) || venueContext(text, c.start, c.end) || arenaAfter(text, c.end) || streamAfter(text, c.end) || regionPairAfter(text, c.end, prev))) return null;
  // "das Hasso-Plattner-Institut", "die Robert-Bosch-Stiftung": a name joined by hyphens names
  // what is named after the person.
  if (kind === 'person' && hyphenIn(text, c.start, c.end) && !aliasText.includes('-')) return null;
  // "attraverso Prada Holding", "Agnelli Holding": a person's name before a corporate word names
  // the company, not the person; a genitive is still the person's ("Křetínskýs Holding").
  if (kind === 'person' && c.end - c.start === aliasText.length && CORPORATE_WORD_AFTER_RE.test(text.slice(c.end, c.end + 16))) return null;
  // "i Caltagirone", "les Mulliez": a plural article before a one-word name is the family, and a
  // company is singular ("la Caltagirone", "il gruppo Caltagirone").
  if (kind !== 'person' && shape & A_SINGLE_WORD && FAMILY_PLURAL[j.lang ?? '']?.has(prev)) return null;
  // A weak one-word name in a phrase that makes it a word: "Durante l'incontro" (a preposition
  // before an article at a sentence start), "im Verbund mit" (a German idiom), "Line 5" (a
  // common word before a number names a thing: a pipeline, a model).
  if (weak && shape & A_SINGLE_WORD && wordInPhrase(text, c.start, c.end, prev, j.lang)) return null;
  // "jene Frauenfigur, die als Helvetia die Schweizer Münzen ziert": a relative clause's "als" gives
  // the figure a role, and an article after the name opens the clause's object.
  if (prev === 'als' && shape & A_SINGLE_WORD && j.lang?.startsWith('de') && RELATIVE_ALS_RE.test(text.slice(Math.max(0, c.start - 12), c.end + 6))) return null;
  // "Stone Canyon Industries": capitalised words and a corporate word make another company's name.
  if (weak && shape & A_SINGLE_WORD && kind !== 'person' && longerCompanyAfter(text, c.end)) return null;
  // "dijo Patricio Supervielle, presidente": a family's company name after a first name the data's
  // people go by is that person's surname, not the company (Grupo Supervielle). The first-name test
  // is the one surnames use (firstNameBefore), asked only for a listed first name.
  if (weak && shape & A_SINGLE_WORD && kind !== 'person' && j.ix.firstNames.has(prev) && firstNameBefore(text, c.start, nameStarts(j), j.lang, j.ix.firstNames)) return null;
  // "a Castel d'Azzano", "Monte d'Oro": a weak word an elided "d'" and a capital go on from is the
  // first word of a place's name (Groupe Castel is "Castel" alone).
  if (weak && shape & A_SINGLE_WORD && kind !== 'person' && ELIDED_DE_NAME_AFTER_RE.test(text.slice(c.end, c.end + 4))) return null;
  // "la livraison en 24 heures", "in 20 Minuten am Ziel": an outlet named after a span of time is
  // that span after a preposition or a determiner of time.
  if (TIME_SPAN_BEFORE.has(prev) && kind !== 'person' && TIME_SPAN_NAME_RE.test(aliasText)) return null;
  // "Endeavour Group" (the Australian liquor retailer) is no Endeavour Mining: a short form followed
  // by "Group" or "Holdings" names another company; the entity's own name ("Nestlé Group") does not.
  if (shape & A_SINGLE_WORD && kind !== 'person' && groupWordAfter(text, c.end) && !sameName(aliasText, ix.entity(entity).name)) return null;
  // "Shannon Free Zone", "United Launch Alliance": a weak name two capitalised words go on from
  // opens another, longer name (not in German, where nouns have capitals; not in a title-cased line).
  if (weak && shape & A_SINGLE_WORD && kind !== 'person' && j.lang !== 'de' && capitalisedPairAfter(text, c.end) && !style(j, c.start).titleCase && !style(j, c.start).allCaps) return null;
  // "BBB Foods": a weak word after an unknown all-caps token continues that company's name.
  if (weak && shape & A_SINGLE_WORD && kind !== 'person' && ALL_CAPS_TOKEN_RE.test(before.word) && c.start - before.at - before.word.length === 1 && !j.starts.has(before.at) && !style(j, c.start).allCaps) return null;
  // "dont Assassin's Creed": outside English, an English possessive before a weak name makes a title.
  if (weak && shape & A_SINGLE_WORD && kind !== 'person' && j.lang !== 'en' && englishPossessiveBefore(text, c.start)) return null;
  // "Anglo-Saxon", "franco-allemand": outside German (where "Allianz-Chef" is the company), a weak
  // word joined by a hyphen to a capitalised word is the first half of a compound adjective.
  if (weak && shape & A_SINGLE_WORD && kind !== 'person' && j.lang !== 'de' && /^[-‐‑]\p{Lu}\p{Ll}/u.test(text.slice(c.end, c.end + 3))) return null;
  return undefined;
}
