/**
 * The span read as a place: a town after a preposition of place or in a list or row of towns, a
 * seat's or a plant's town, a province in brackets, a saint's town, a town's adjective, a
 * dateline. It holds the place word lists every stage of judgeRef (judge.ts) uses (prepositions
 * of place, airports, locatives…) and the place stages: a town's adjective, the one-word
 * organisation names read as places (with the things the order of rules puts among them: a
 * product after an indefinite article, a model's code, a unit after a number), a strong name's
 * verdict (a mention unless in a row of towns) and a weak name's row of towns or dateline.
 */
import * as f from './flags';
import * as shapes from './case-shape';
import { atSentenceStart, capitalisedWordAfter, isUpperStart, previousWord } from './context';
import { charClass, CLS_WORD } from './fold';
import { datelineAt, inTownList } from './place-lists';
import { indefiniteBefore, placeBefore, placeNounAfter } from './rules';
import type { Candidate } from './scan';
import type { Judge, RefState, Rejection } from './judge';

// Local copies: under tsx (CLI, bench) imported bindings are getters, a call per use.
const { A_SINGLE_WORD } = shapes;
const { F_NICKNAME, F_PLACE, F_VARIANT } = f;

/**
 * German and Swiss towns' adjectives that are also the names (or short names) of companies: the
 * press writes "der Basler Konzern", "die Zürcher Bank", "der Münchner Versicherer" for a company
 * of that town, so before a noun they say where, not who.
 */
const TOWN_ADJECTIVES: ReadonlySet<string> = new Set([
  'basler', 'zürcher', 'berner', 'genfer', 'luzerner', 'zuger', 'winterthurer', 'schaffhauser',
  'bremer', 'hamburger', 'berliner', 'münchner', 'münchener', 'kölner', 'frankfurter', 'stuttgarter', 'düsseldorfer',
  'nürnberger', 'aachener', 'oldenburger', 'homburger', 'gothaer', 'wiener', 'grazer', 'linzer', 'salzburger', 'innsbrucker',
]);
/**
 * Prepositions of place right before a name that is also a city. "en Santander", "nach
 * Sabadell" say place whatever else the document says; "a"/"à" also mean "to" ("ha venduto a
 * Meta"), so after them the company needs a cue or a plain mention elsewhere.
 */
export const PLACE_ONLY: Record<string, ReadonlySet<string>> = {
  es: new Set(['en', 'desde', 'hacia']),
  de: new Set(['nach', 'aus']),
};
/** Before a surname that is also a town's name: "a partire da Palermo", "en Sevilla", "in Parma". */
export const TOWN_PREPOSITIONS: Record<string, ReadonlySet<string>> = {
  it: new Set(['a', 'da', 'in', 'con']),
  es: new Set(['en', 'a', 'de', 'desde', 'hacia']),
  fr: new Set(['à', 'en', 'de']),
  de: new Set(['in', 'nach', 'aus']),
  en: new Set(['in', 'to', 'from', 'off']),
};
const CONJUNCTIONS: ReadonlySet<string> = new Set(['e', 'ed', 'y', 'et', 'und', 'and']);
export const TOWN_NOUN_AFTER_RE = /^[ \u00a0]+(?:capital|capitale|città|ciudad|ville|Stadt|city)(?![\p{L}])/u;

/**
 * "en Asturias y Santander", "a Torino e Parma": a name that ends a list of places after a
 * preposition of place is a place too. Not when the list's first word is itself a name the index
 * knows ("a rival to Microsoft and Amazon").
 */
export function placeListBefore(j: Judge, start: number, prev: string, end = 0): boolean {
  // "en Asturias, Galicia y Castilla": a comma after the place before, as well as a conjunction,
  // when the list goes on after the name ("In Spagna, Santander ha chiuso" is no list).
  const comma = !CONJUNCTIONS.has(prev) && end > 0 && LIST_GOES_ON_RE.test(j.text.slice(end, end + 8)) && commaBefore(j.text, start);
  if (!CONJUNCTIONS.has(prev) && !comma) return false;
  let place = previousWord(j.text, comma ? comma : previousWord(j.text, start).at);
  if (!/^\p{Lu}/u.test(place.word) || j.starts.has(place.at)) return false;
  // "tra Milano, Roma e Napoli": more places before, each after a comma.
  for (let k = 0, c = commaBefore(j.text, place.at); k < 3 && c > 0; k++, c = commaBefore(j.text, place.at)) {
    const before = previousWord(j.text, c);
    if (!/^\p{Lu}/u.test(before.word) || j.starts.has(before.at)) return false;
    place = before;
  }
  const prep = previousWord(j.text, place.at);
  const p = prep.word.toLowerCase();
  // "tra Karlsruhe e Basilea", "between Basel and Karlsruhe": a route between two places.
  if (!TOWN_PREPOSITIONS[j.lang ?? '']?.has(p) && !BETWEEN.has(p)) return false;
  // "liderado por Caja Rural de Asturias y Santander": the preposition inside a name is no place's
  // (not in German, where every noun has its capital).
  const name = previousWord(j.text, prep.at);
  return j.lang === 'de' || !(/^\p{Lu}/u.test(name.word) && !atSentenceStart(j.text, name.at));
}
/** "tra Karlsruhe e Basilea": the two ends of a route or a list of places. */
const BETWEEN: ReadonlySet<string> = new Set(['tra', 'fra', 'entre', 'between', 'zwischen']);
const LIST_GOES_ON_RE = /^[ \u00a0]*(?:,|(?:y|e|et|and|und)[ \u00a0])[ \u00a0]*\p{Lu}/u;
/** Where a comma right before `start` (past spaces) sits, or 0. */
function commaBefore(text: string, start: number): number {
  let i = start - 1;
  while (i > 0 && (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 0xa0)) i--;
  return i > 0 && text.charCodeAt(i) === 44 ? i : 0;
}
export const CAPITAL_ARTICLE_BEFORE_RE = /(?:^|[^\p{L}])(?:La|Las|Los|Le|Les|El|Il|Lo)[ \u00a0]$/u;
/** A seat, head office or plant a few words before: "la sede social … a", "das Stammwerk in", "its plant in". */
const SITE_NOUN_RE = /(?<![\p{L}])(?:sede|sedi|siège|sitz|hauptsitz|headquarters|head office|werk|stammwerk|standort|plant|factory|site|sites|facility|facilities|campus|usine|stabiliment\p{L}*|fábrica|planta|domicilio|oficinas|offices|uffici|bureaux|sucursales|filiali|branches|centrale|centrali|centrales|central|kraftwerk|power station|raffineri\p{L}*|refinery|refinería)(?![\p{L}])[^.;:!?]{0,40}$/iu;
/** "lo stabilimento di Fabriano", "l'usine de Fabriano": a plant or office "of" a brand is the town's; brands own no plants. */
/** Its own site: a possessive, the site's noun, up to three lower-case words, then "de"/"di"/"of". */
const OWN_SITE_OF_RE = /(?<![\p{L}])(?:son|sa|ses|leur|leurs|su|sus|suo|sua|suoi|sue|loro|its|their)[ \u00a0]+(?:\p{Ll}+[ \u00a0]+)?(?:site|sites|usine|usines|sede|sedi|stabilimento|stabilimenti|planta|plantas|fábrica|fábricas|plant|plants|factory|entrepôt|magazzino|almacén|campus|centre|centro)(?:[ \u00a0]+\p{Ll}+){0,3}[ \u00a0]+(?:de|di|of|del)[ \u00a0]+$/u;
/**
 * A capitalised word and a hyphen right before `start`, after a preposition of place ("in
 * Zürich-"), the word no name the index holds without doubt ("de Renault-Nissan" names both).
 */
function districtAfterTown(j: Judge, start: number): boolean {
  const { text } = j;
  if (start < 3 || text.charCodeAt(start - 1) !== 45) return false;
  let i = start - 1;
  while (i > 0 && charClass(text.charCodeAt(i - 1)) & CLS_WORD) i--;
  if (i === start - 1 || !isUpperStart(text, i) || j.plainName(i)) return false;
  return TOWN_PREPOSITIONS[j.lang ?? '']?.has(previousWord(text, i).word.toLowerCase()) ?? false;
}
const SITE_OF_RE = /(?<![\p{L}])(?:sede|sedi|siège|stabiliment\p{L}*|fábricas?|plantas?|usines?|plants?|factory|factories|cartiera|cartiere)[ \u00a0]+(?:storic[oa][ \u00a0]+)?(?:di|de|du|del|of)[ \u00a0]+$/iu;
function siteNounBefore(text: string, start: number): boolean {
  return SITE_NOUN_RE.test(text.slice(Math.max(0, start - 70), start));
}
/** " (Tarragona)" right after a name: a capitalised word in brackets that opens no known name. */
function provinceAfter(j: Judge, end: number): boolean {
  const m = /^[ \u00a0]\((\p{Lu}\p{Ll}+)\)/u.exec(j.text.slice(end, end + 30));
  return m !== null && !j.starts.has(end + 2);
}
/**
 * "con sede en Olot (Girona)": a one-word name alone in brackets right after a town (a capitalised
 * word after a preposition of place, opening no known name) is its province, not the club or the
 * firm of its name.
 */
function provinceInBrackets(j: Judge, start: number, end: number): boolean {
  const { text } = j;
  if (start < 4 || text.charCodeAt(start - 1) !== 40 || text.charCodeAt(end) !== 41 || text.charCodeAt(start - 2) !== 32) return false;
  if (!/^\p{Lu}\p{Ll}+$/u.test(text.slice(start, end))) return false; // "Deutsches Milchkontor (DMK)" gives a short name
  const town = previousWord(text, start - 1);
  if (!/^\p{Lu}\p{Ll}+$/u.test(town.word) || j.plainName(town.at) || j.starts.has(town.at)) return false;
  // The town after a preposition of place ("en Olot"); not "de", which a longer name holds
  // ("Walmart de México (Walmex)").
  const prep = previousWord(text, town.at).word.toLowerCase();
  return prep !== 'de' && prep !== 'di' && prep !== 'du' && prep !== 'del' && prep !== 'of' && !!TOWN_PREPOSITIONS[j.lang ?? '']?.has(prep);
}
/** "oficinas en Santander y Sabadell": the last of two places after a site noun and a preposition. */
function siteListBefore(j: Judge, start: number, prev: string): boolean {
  if (!CONJUNCTIONS.has(prev)) return false;
  const place = previousWord(j.text, previousWord(j.text, start).at);
  const prep = previousWord(j.text, place.at);
  return /^\p{Lu}/u.test(place.word) && !!TOWN_PREPOSITIONS[j.lang ?? '']?.has(prep.word.toLowerCase()) && prep.word.toLowerCase() !== 'de' && siteNounBefore(j.text, prep.at + prep.word.length);
}
/**
 * "apriranno a Capri e Portofino", "la terza corsia tra Verona e Modena": after a preposition of
 * place or "between", a name that opens a list whose next name the index does not know is a place
 * too ("venduto a Meta e Google" stays companies).
 */
const LIST_AFTER_RE = new RegExp(`^[ \\u00a0]+(?:${[...CONJUNCTIONS].join('|')})[ \\u00a0]+(?=\\p{Lu}\\p{Ll})`, 'u');
export function placeListAfter(j: Judge, c: Candidate, prev: string): boolean {
  if (!TOWN_PREPOSITIONS[j.lang ?? '']?.has(prev) && !BETWEEN.has(prev)) return false;
  const m = LIST_AFTER_RE.exec(j.text.slice(c.end, c.end + 8));
  return !!m && !j.starts.has(c.end + m[0].length);
}
export const AIRPORT_PLACE_BEFORE: ReadonlySet<string> = new Set(['at', 'in', 'into', 'from', 'to', 'via', 'near', 'outside', 'through']);
export const GOVERNMENT_OF_RE = /(?<![\p{L}])(?:government|governo|gobierno|gouvernement|regierung|people|popolo|pueblo|peuple|republic|repubblica|república|république|republik)[ \u00a0]+(?:of|di|del|de|du|de la|von)[ \u00a0]+$/iu;
/**
 * "frente a Santander", "al largo di Genova", "au large de Brest", "vicino a Siena": a preposition
 * that says where, before a town's name, makes it the town unless the document names the company
 * plainly ("frente a" and "face à" also mean "against": "frente a Santander" in a bank story).
 */
const LOCATIVE_HEADS: ReadonlySet<string> = new Set(['frente', 'junto', 'cerca', 'largo', 'fronte', 'vicino', 'près', 'face', 'large', 'costas', 'coste']);
export function locativeBefore(text: string, start: number, prev: string): boolean {
  if (prev !== 'a' && prev !== 'de' && prev !== 'di' && prev !== 'à' && prev !== 'of') return false;
  const p = previousWord(text, start);
  return LOCATIVE_HEADS.has(previousWord(text, p.at).word.toLowerCase());
}
export const PLACE_OR_DATIVE: Record<string, ReadonlySet<string>> = {
  es: new Set(['a']),
  fr: new Set(['à']),
  it: new Set(['a']),
};
/** "Évian-les-Bains", "Boulogne-sur-Mer", "Stratford-upon-Avon": the first part of a town's hyphenated name. */
export const TOWN_COMPOUND_AFTER_RE = /^[-‐‑](?:les|lès|sur|sous|en|de|du|des|la|le|aux|upon|on)[-‐‑]\p{L}/u;
export const ELIDED_DE_NAME_AFTER_RE = /^[ \u00a0]d['’]\p{Lu}/u;
const CODE_AFTER_RE = /^[-‐‑][\p{Lu}\d]{1,4}(?![\p{L}\p{N}\-‐‑])/u;
const CODE_BEFORE_RE = /(?<![\p{L}\p{N}\-‐‑])[\p{Lu}\d]{1,6}[-‐‑]$/u;
const UNIT_NUMBER_BEFORE_RE = /\d[ \u00a0]?$/u;
/** Whether an all-caps name is half of a hyphenated model code ("FOX-XP", "XP" of "FOX-XP"). */
function modelCodeAround(text: string, start: number, end: number): boolean {
  const name = text.slice(start, end);
  if (name !== name.toUpperCase() || !/\p{Lu}/u.test(name)) return false;
  return CODE_AFTER_RE.test(text.slice(end, end + 6)) || CODE_BEFORE_RE.test(text.slice(Math.max(0, start - 8), start));
}
/** "Saint-", "Sainte-", "St-", "San-", "Sankt-" right before a name: the name is half of a town's. */
const SAINT_HYPHEN_BEFORE_RE = /(?:^|[^\p{L}])(?:Saint|Sainte|St|Ste|Sankt|San|Santa)[-‐‑]$/u;

/** Before the word before the span is read: a town's adjective before a noun (German). */
export function townAdjective(j: Judge, r: RefState): Rejection {
  const { text } = j;
  const { c, aliasText, flags } = r;
  // "die Wolfsburger Fans": a town's adjective that stands for a company ("die Wolfsburger" for
  // Volkswagen) is only the adjective before a noun.
  // So is a company named like a town's adjective: "der Basler Pharmakonzern" (Roche, not Basler
  // AG), "die Zürcher Tochter".
  if (j.lang === 'de' && aliasText.endsWith('er') && (flags & F_NICKNAME || TOWN_ADJECTIVES.has(aliasText.toLowerCase())) && capitalisedWordAfter(text, c.end)) return null;
  return undefined;
}

/**
 * Past the alias kinds and the person-name rules: a one-word organisation's name read as a place,
 * or as a thing named there (a product, a model, a unit).
 */
export function placeOrThing(j: Judge, r: RefState): Rejection {
  const { text } = j;
  const { c, shape, flags, weak, kind, prev } = r;
  // "una Ferrari", "eine Allianz", "an apple": an indefinite article makes a product or a common
  // noun (English "a Meta spokesman" keeps the company: there a lower-case noun follows; in every
  // language a hyphen compound takes the article, "ein Vontobel-Analyst").
  if (kind !== 'person' && shape & A_SINGLE_WORD && indefiniteBefore(text, c.start, j.lang)) {
    const after = text.slice(c.end, c.end + 3);
    if (weak || !(/^[-‐‑]\p{L}/u.test(after) || (j.lang === 'en' && /^[ \u00a0]+\p{Ll}/u.test(after)))) return null;
  }
  // "a poor catch off Iceland", "en Asturias y Santander": a country or town, or a weak name that
  // ends a list of places, is the place.
  // (A town the press uses for the company, "a Cupertino", is the nickname rule's, judge-evidence.ts.)
  if (shape & A_SINGLE_WORD && kind !== 'person' && !(flags & F_NICKNAME) && ((flags & F_PLACE && TOWN_PREPOSITIONS[j.lang ?? '']?.has(prev)) || (weak && placeListBefore(j, c.start, prev, c.end)))) return null;
  // "devolverá su sede social a Sabadell", "das Stammwerk in Salzgitter": a seat or a plant moved
  // to or sited in a place names the town, whatever the story says of the bank.
  if (shape & A_SINGLE_WORD && kind !== 'person' && ((TOWN_PREPOSITIONS[j.lang ?? '']?.has(prev) && prev !== 'de' && siteNounBefore(text, c.start)) || siteListBefore(j, c.start, prev))) return null;
  if (shape & A_SINGLE_WORD && kind === 'brand' && SITE_OF_RE.test(text.slice(Math.max(0, c.start - 40), c.start))) return null;
  // "sur son site de Tessenderlo", "en su planta de Toro": a site the company's own possessive
  // names is sited in a town, even one the company is named after.
  if (shape & A_SINGLE_WORD && kind !== 'person' && (prev === 'de' || prev === 'di' || prev === 'of' || prev === 'del') && OWN_SITE_OF_RE.test(text.slice(Math.max(0, c.start - 60), c.start))) return null;
  // "in Zürich-Oerlikon", "à Paris-Saclay": after a preposition of place, a name a hyphen glues to a
  // capitalised word is a town's district.
  if (shape & A_SINGLE_WORD && kind !== 'person' && districtAfterTown(j, c.start)) return null;
  // "fabrica en Vila-seca y Flix (Tarragona)", "Sabadell (Barcelona)": a one-word name with a
  // capitalised word in brackets after it that no known name opens is a town and its province;
  // so is the one in those brackets ("Olot (Girona)").
  if (shape & A_SINGLE_WORD && kind !== 'person' && j.lang !== 'en' && provinceAfter(j, c.end)) return null;
  if (shape & A_SINGLE_WORD && kind !== 'person' && j.lang !== 'en' && provinceInBrackets(j, c.start, c.end)) return null;
  // "Vila-seca", "Vilanova-i-la-Geltrú": in Romance text a name a hyphen glues to a lower-case
  // word is part of another word (English keeps "xAI-led", German its compounds).
  if (shape & A_SINGLE_WORD && kind !== 'person' && (j.lang === 'es' || j.lang === 'it' || j.lang === 'fr') && /^[-‐‑]\p{Ll}{3,}/u.test(text.slice(c.end, c.end + 5))) return null;
  // "im Vogesenstädtchen Vittel", "la ciudad de Santander": the town, whatever else backs the brand.
  if (shape & A_SINGLE_WORD && kind !== 'person' && placeBefore(text, c.start, prev, !(flags & F_NICKNAME))) return null;
  // "near Macquarie Park": the suburb, not the bank.
  if (shape & A_SINGLE_WORD && kind !== 'person' && placeNounAfter(text, c.end)) return null;
  // "its FOX-XP test system": a name in capitals glued by a hyphen to another short code in capitals
  // is a model's name, not the broadcaster and the broker.
  if (shape & A_SINGLE_WORD && kind !== 'person' && modelCodeAround(text, c.start, c.end)) return null;
  // "over 3 GW by 2030", "a 450 MW plant", "1,2 dm lang": a short name in capitals or in lower case
  // right after a number is its unit.
  if (shape & A_SINGLE_WORD && kind !== 'person' && c.end - c.start <= 3 && UNIT_NUMBER_BEFORE_RE.test(text.slice(Math.max(0, c.start - 8), c.start)) && /^(?:\p{Lu}+|\p{Ll}+)$/u.test(text.slice(c.start, c.end))) return null;
  // "la clinique de Saint-Grégoire", "Sankt-Peter": a name glued to a saint's title is a town.
  if (shape & A_SINGLE_WORD && kind !== 'person' && SAINT_HYPHEN_BEFORE_RE.test(text.slice(Math.max(0, c.start - 8), c.start))) return null;
  return undefined;
}

/** The verdict on a name that is not weak, past every rule for all names. */
export function strongNameVerdict(j: Judge, r: RefState): boolean | null {
  const { text } = j;
  const { c, shape, flags, kind } = r;
  // "principalmente en Antofagasta, Concepción y Temuco": even a name the data holds without
  // doubt is a town in a row of three or more whose other words the index does not know at all.
  // (A weak name meets the looser row test below, which this one implies.)
  if (shape & A_SINGLE_WORD && kind !== 'person' && inTownList(text, c.start, c.end, j.starts, j.plainName, true)) return null;
  return !(flags & F_VARIANT);
}

/** The first rule for weak names only (judge-evidence.ts asks the others). */
export function townRowOrDateline(j: Judge, r: RefState): Rejection {
  const { text } = j;
  const { c, shape, kind } = r;
  // "VENEZIA – Il gruppo SAVE", "gli scali di Venezia, Treviso, Verona e Brescia": a dateline's
  // town, one town of a row of them (place-lists.ts), not the club or the utility of its name.
  if (shape & A_SINGLE_WORD && kind !== 'person' && (datelineAt(text, c.start, c.end) || inTownList(text, c.start, c.end, j.starts, j.plainName))) return null;
  return undefined;
}
