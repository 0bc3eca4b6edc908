/**
 * Context rules that say "this capitalised word is not the company here": a person's name
 * ("Enzo Ferrari", "Leonardo da Vinci"), a city ("la ciudad de Santander"), a stock index
 * ("l'indice Nasdaq"), an exchange label ("NASDAQ: NVDA"), a common noun ("eine Allianz",
 * "the Amazon rainforest", "Generation X"). Each reads a few words around the candidate.
 */
import * as fold from './fold';
import { DEMONYMS } from './common-words';
import { atSentenceStart, capitalisedWordAfter, hasCompanyCue, previousWord, titleBefore } from './context';
import { PERSON_TITLES } from './cues';
import { GERMAN_BRAND_COMPOUND_RE } from './german-trade-nouns';

const charClass = fold.charClass;
const CLS_UPPER = fold.CLS_UPPER;

/** Capitalised, then lower case: the shape of a first name ("Enzo", not "UBS" or "DI"). */
/**
 * Two-letter first names, from a list ("Le", "La", "El" open names too). No sentence opens with
 * one otherwise, so one is a first name at a sentence start too ("Ed Smith, the chair, said").
 */
const SHORT_FIRST_NAMES: ReadonlySet<string> = new Set(['Ed', 'Al', 'Jo', 'Bo', 'Ty']);
const FIRST_NAME_SHAPE = new RegExp(`^(?:\\p{Lu}\\p{Ll}{2,}|${[...SHORT_FIRST_NAMES].join('|')})$`, 'u');
const PARTICLES = new Set(['da', 'di', 'de', 'del', 'della', 'van', 'von', 'dos', 'du']);
/** German: "von" after a noun is a preposition ("die Aktie von Mercedes-Benz"), so only a
 * first name that no article precedes counts ("Ursula von der Leyen"). */
const GERMAN_PARTICLES = new Set(['von', 'van', 'zu']);
const GERMAN_DETERMINERS = new Set(['der', 'die', 'das', 'des', 'dem', 'den', 'im', 'am', 'vom', 'zum', 'zur', 'beim', 'ins', 'ein', 'eine', 'einer', 'eines', 'einem', 'einen', 'seine', 'seiner', 'ihre', 'ihrer', 'diese', 'dieser', 'jede', 'jeder', 'keine', 'keiner']);
// Works and offices of a town name it too: "el soterramiento ferroviario de Santander", "il
// sindaco di Sabadell", "the port of Santander" (the bank's analysts are no such thing).
const TOWN_NOUNS = ['città', 'comune', 'provincia', 'city', 'town', 'ville', 'commune', 'stadt', 'ort', 'ciudad', 'localidad',
  'municipio', 'puerto', 'estación', 'ayuntamiento', 'alcalde', 'alcaldesa', 'soterramiento', 'porto', 'stazione', 'sindaco',
  'port', 'gare', 'maire', 'hafen', 'bahnhof', 'bürgermeister', 'región', 'regione', 'région', 'region', 'departamento',
  // "le canal de Suez", "il canale di Suez": the waterway, not the company named after it.
  'canal', 'canale', 'kanal',
  // "la comuna de Colbún", "the district of …": a town's districts and municipalities.
  'comuna', 'distrito', 'district', 'borough', 'quartiere', 'quartier', 'barrio', 'bezirk', 'stadtteil', 'ortsteil',
  // "l'isola di Capri", "the island of Capri", "le lac de Côme": islands and lakes.
  'isola', 'island', 'île', 'insel', 'isla', 'lago', 'lake', 'lac',
  // "al tribunale di Venezia", "le tribunal de Nanterre": the court's town, not the club.
  'tribunale', 'tribunal', 'juzgado'];
/** "il marchio nato a Venezia", "born in Venice", "née à Lyon", "geboren in Wien", "nacida en Sevilla": a birthplace. */
const BORN_IN = /(?:^|[\s'’])(?:nat[oaie]|born|née?s?|geboren|gegründet|nacid[oa]s?)[ \u00a0]+(?:a|in|à|en)[ \u00a0]+$/iu;
/** "avenue de la Liberté", "via della Spiga", "calle de Alcalá", "rue du Commerce": a street named after the word. */
const STREET_BEFORE = /(?:^|[\s'’])(?:avenue|rue|boulevard|via|viale|piazza|corso|calle|avenida|paseo|plaza)[ \u00a0]+(?:de|del|della|dello|dei|des|du|di|de la|de l['’]|d['’])[ \u00a0]*$/iu;
const CITY_WORDS = new RegExp(`(?:^|[\\s'’])(?:${TOWN_NOUNS.join('|')})(?:\\s+\\p{L}+)?\\s+(?:di|de|of|d['’]|von)?\\s*$`, 'iu');
// A town or venue noun right before the name: "im Vogesenstädtchen Vittel", "die Hauptstadt
// Rom" (German compounds name the kind of town), "die Londoner Konzerthalle Eventim Apollo".
const PLACE_NOUNS = ['city', 'town', 'village', 'ville', 'ciudad', 'pueblo', 'città', 'cittadina', 'paese', 'arena', 'theater',
  'theatre', 'saal', 'stadio', 'teatro', 'salle', 'stade', 'théâtre', 'estadio', 'venue', 'stadium', 'hall',
  // "l'antica Mediolanum", "the ancient Londinium": a place of old, not the bank named after it.
  'antica', 'antico', 'ancient', 'antique', 'antike', 'antiken', 'antigua', 'antiguo',
  // "dem Walliser Flüsschen Lonza", "the river Lonza": a river named like the company.
  'river', 'fiume', 'torrente', 'rivière', 'fleuve', 'río',
  // "il monte Pilatus", "Mount Pilatus", "le mont Pilatus": the mountain an aircraft maker is named after.
  'monte', 'mount', 'mont', 'cerro', 'berg'];
const PLACE_NOUN_ENDS = ['stadt', 'städtchen', 'dorf', 'gemeinde', 'halle', 'stadion', 'fluss', 'flüsschen',
  // "im Kölner Stadtteil Deutz": the district the company is named after.
  'stadtteil', 'ortsteil', 'viertel'];
const CITY_IN = new RegExp(`(?:^|[\\s'’])(?:${PLACE_NOUNS.join('|')}|\\p{L}*(?:${PLACE_NOUN_ENDS.join('|')}))\\s+$`, 'iu');
/** "su sede social a Sabadell", "headquarters in Santander", "Sitz in Leverkusen": a head office's town. */
const HEAD_OFFICE_IN = /(?:^|\s)(?:sede(?:\s+(?:social|legale|operativa|centrale))?|domicilio(?:\s+social)?|siège(?:\s+social)?|headquarters|head\s+office|sitz|hauptsitz|firmensitz|konzernsitz|stammsitz|unternehmenssitz)(?:\s+(?:de|di|from|von|aus)\s+\p{Lu}\p{L}+)?\s+(?:a|en|in|à|ad|nach|to)\s+$/iu;
/**
 * "Il gruppo di Parma", "la maison de Grasse", "der Konzern aus Wolfsburg": a company noun and
 * "of/from" before a name make it the company's home town; "impianti, a partire da quello di
 * Alba": a plant named by its town.
 */
const HOME_TOWN = /(?:^|[\s'’])(?:gruppo|colosso|casa|group|maison|groupe|konzern|grupo)\s+(?:di|de|of|from|aus|du)\s+$/iu;
const PLANT_OF = /(?:stabiliment|impiant|fabbric|plant|factor|usine|werk|fábric|planta)\p{L}*[^.;!?]{0,40}(?:quell[oaie]|the one|celui|celle|dem|el|la)\s+(?:di|de|of|in|à|a|von|d['’])\s*$/iu;
const INDEX_WORDS = new Set(['indice', 'index', 'índice', 'leitindex', 'indices', 'índices']);
const INDEFINITE: Record<string, readonly string[]> = {
  en: ['a', 'an'],
  it: ['un', 'una', 'uno'],
  fr: ['un', 'une'],
  de: ['ein', 'eine', 'einer', 'eines', 'einem', 'einen', 'kein', 'keine', 'keiner', 'keinen'],
  es: ['un', 'una', 'unos', 'unas'],
};
/** Without a language: every article except English "a" (a preposition in it/es/fr). */
const INDEFINITE_ANY = new Set(Object.values(INDEFINITE).flat().filter((w) => w !== 'a'));
/** German words ending like adjectives that are not ("gegen Allianz" is a preposition). */
const NOT_ADJECTIVES = new Set(['gegen', 'neben', 'zwischen', 'wegen', 'binnen', 'unter', 'hinter', 'über', 'oder', 'aber', 'sondern', 'seitens', 'gestern', 'heute', 'morgen', 'später', 'früher', 'außer',
  // "Vor allem Siemens", "unter anderem Bosch", "ebenso wie Lidl": adverbs and particles, not adjectives.
  'allem', 'anderem', 'anderen', 'ebenso', 'insbesondere', 'besonders', 'daneben', 'zudem', 'außerdem', 'dagegen', 'deren', 'dessen']);

/** The word before is a first name: capitalised, mid-sentence, not a title, not a known name. */
export function firstNameBefore(text: string, start: number, knownStarts: Pick<ReadonlySet<number>, 'has'>, lang: string | undefined, firstNames: ReadonlySet<string>): boolean {
  const { word, at } = previousWord(text, start);
  if (!FIRST_NAME_SHAPE.test(word) || titleBefore(text, start) || knownStarts.has(at)) return false;
  // A first name the data's people go by counts at a sentence start ("Alex Scrimgeour, chief
  // executive, said") and in German, where any noun has a capital ("von Bernhard Burgener", not
  // "Konzernchef Burgener"); elsewhere any capitalised word inside a sentence does.
  const listed = firstNames.has(word.toLowerCase());
  if (lang === 'de' && !listed) return false;
  if (atSentenceStart(text, at) && !SHORT_FIRST_NAMES.has(word) && !listed) return false;
  return !hasCompanyCue(word, 0, 0, lang); // "Gruppo Leonardo", "Banco Santander"
}

/** "Leonardo da Vinci" seen from "Vinci": a particle, and a first name before it. */
export function particleNameBefore(text: string, start: number, lang: string | undefined): boolean {
  let p = previousWord(text, start);
  // "Palos de la Frontera", "Jerez de la Frontera": "de" and an article, the town's name before.
  if (lang !== 'de' && /^(?:la|las|los|le)$/.test(p.word)) {
    const de = previousWord(text, p.at);
    if (de.word === 'de') p = de;
  }
  const particle = p.word.toLowerCase();
  if (!(lang === 'de' ? GERMAN_PARTICLES : PARTICLES).has(particle)) return false;
  const q = previousWord(text, p.at);
  if (!/^\p{Lu}\p{Ll}+$/u.test(q.word)) return false;
  if (lang !== 'de') return true;
  return !GERMAN_DETERMINERS.has(previousWord(text, q.at).word.toLowerCase()) && !atSentenceStart(text, q.at);
}

/** Nouns that make the next name an organisation: "il gruppo Prada", "the brand Versace". */
export const ORG_NOUNS = new Set([
  'gruppo', 'marchio', 'maison', 'casa', 'titolo', 'azienda', 'società', 'griffe',
  'group', 'brand', 'label', 'house', 'firm', 'company', 'shares', 'stock',
  'groupe', 'marque', 'entreprise', 'société', 'titre', 'action',
  'konzern', 'marke', 'modehaus', 'unternehmen', 'aktie', 'firma',
  'grupo', 'marca', 'empresa', 'acción',
  // "la marque automobile Peugeot", "le constructeur automobile Renault": the trade's adjective
  // after the noun (the person of the family name is "Robert Peugeot").
  'automobile',
]);

/**
 * Whether `prev` (the word before a name, lower case) is a noun that makes the name a company; in
 * German also a compound on a trade's noun ("die Drogeriemarktkette dm", "der Modekonzern
 * s.Oliver", "der Onlinehändler otto": german-trade-nouns.ts).
 */
export function orgNounBefore(prev: string, lang: string | undefined): boolean {
  return ORG_NOUNS.has(prev) || (lang === 'de' && GERMAN_BRAND_COMPOUND_RE.test(prev));
}

/** "Leonardo da Vinci" seen from "Leonardo": a particle and a capitalised word after. */
export function particleNameAfter(text: string, end: number): boolean {
  return /^[ \u00a0]+(?:da|di|de|del|della|van|von|der|dos|du)[ \u00a0]+\p{Lu}\p{Ll}/u.test(text.slice(end, end + 40));
}

/** The last words of the phrases below ("de", "in", "Stadt", "Konzerthalle"...): a cheap test first. */
const PLACE_PHRASE_ENDS: ReadonlySet<string> = new Set(['di', 'de', 'of', 'd', 'von', 'a', 'à', 'en', 'in', 'ad', 'nach', 'from', 'aus', 'du', 'to',
  // the article or preposition that ends a street's name ("avenue de la", "via della", "rue des")
  'la', 'l', 'della', 'dello', 'del', 'dei', 'des',
  ...TOWN_NOUNS, ...PLACE_NOUNS]);
const PLACE_NOUN_END_RE = new RegExp(`(?:${PLACE_NOUN_ENDS.join('|')})$`, 'u');
/** cityBefore, asked only where the word before (lower case) can end one of its phrases. */
export function placeBefore(text: string, start: number, prevLower: string, homeTown = true): boolean {
  return (PLACE_PHRASE_ENDS.has(prevLower) || PLACE_NOUN_END_RE.test(prevLower)) && cityBefore(text, start, homeTown);
}

/**
 * "la ciudad de Santander", "the city of Santander", "in der Stadt Sabadell", "sede social a
 * Sabadell"; with `homeTown`, also "il gruppo di Parma" (not for a town that is the company's
 * nickname: "il colosso di Mountain View").
 */
export function cityBefore(text: string, start: number, homeTown = true): boolean {
  const before = text.slice(Math.max(0, start - 40), start);
  return CITY_WORDS.test(before) || CITY_IN.test(before) || HEAD_OFFICE_IN.test(before) || STREET_BEFORE.test(before) || BORN_IN.test(before) ||
    (homeTown && (HOME_TOWN.test(before) || PLANT_OF.test(text.slice(Math.max(0, start - 90), start))));
}

/**
 * "CAD 31.2 billion", "31.2 billion CAD": an ISO currency code next to a number is the currency,
 * whatever company goes by the same three letters. The codes of lib/money/currency.ts's CODES
 * (lib/match imports nothing from lib/money, so the list is kept here too; MAD added with it).
 */
const CURRENCY_CODES = new Set('USD EUR GBP CHF JPY CNY CAD AUD NZD HKD SGD SEK NOK DKK PLN CZK HUF TRY ZAR BRL MXN ARS CLP COP PEN INR KRW RUB SAR AED ILS TWD MAD'.split(' '));
export function currencyCodeAt(text: string, start: number, end: number): boolean {
  if (end - start !== 3 || !CURRENCY_CODES.has(text.slice(start, end))) return false;
  return /^[ \u00a0\u202f]?[\d$€£]/u.test(text.slice(end, end + 2)) || /\d[ \u00a0\u202f]?(?:[a-zA-Z]{0,8}[ \u00a0\u202f])?$/u.test(text.slice(Math.max(0, start - 12), start));
}

/**
 * "near Macquarie Park", "the Shell Tower", "am Allianz Platz", "the Fortescue River", "based at Roke Manor": a name
 * followed by a street, square, park, tower, river, lake or estate noun names the place called after it, not the company.
 */
const PLACE_NOUN_AFTER_RE = /^[ \u00a0]+(?:Park|Street|Square|Road|Avenue|Place|Wharf|Quay|Plaza|Tower|Manor|Lane|Platz|Straße|Strasse|Allee|Ufer|River|Lake|Valley|Creek|Bay|Basin|Gorge|Falls)(?![\p{L}\p{N}])/u;
export function placeNounAfter(text: string, end: number): boolean {
  // Cheap test before the regex: this runs for every one-word organisation candidate.
  const c = text.charCodeAt(end);
  if (c === 44) return US_STATE_AFTER_RE.test(text.slice(end, end + 18));
  return (c === 0x20 || c === 0xa0) && PLACE_NOUN_AFTER_RE.test(text.slice(end, end + 12));
}
/** "The Monroe, Louisiana-based carrier": a town and its US state (Monroe Capital is no town). */
const US_STATE_AFTER_RE = new RegExp(`^,[ \u00a0]+(?:${[
  'Alabama', 'Alaska', 'Arizona', 'Arkansas', 'California', 'Colorado', 'Connecticut', 'Delaware', 'Florida', 'Georgia', 'Hawaii',
  'Idaho', 'Illinois', 'Indiana', 'Iowa', 'Kansas', 'Kentucky', 'Louisiana', 'Maine', 'Maryland', 'Massachusetts', 'Michigan',
  'Minnesota', 'Mississippi', 'Missouri', 'Montana', 'Nebraska', 'Nevada', 'New Hampshire', 'New Jersey', 'New Mexico', 'New York',
  'North Carolina', 'North Dakota', 'Ohio', 'Oklahoma', 'Oregon', 'Pennsylvania', 'Rhode Island', 'South Carolina', 'South Dakota',
  'Tennessee', 'Texas', 'Utah', 'Vermont', 'Virginia', 'Washington', 'West Virginia', 'Wisconsin', 'Wyoming',
].join('|')})(?![\p{L}])`, 'u');

/**
 * "geht auf die Lonza zurück, einen Bach im Lötschental", "the Lonza, a stream in the Valais": a
 * river or stream in apposition after the name (two lower-case words at most before the comma).
 */
const STREAM_AFTER_RE = /^(?:[ \u00a0]+\p{Ll}+){0,2},[ \u00a0]+(?:ein|einen|einem|un|una|une|a|an)[ \u00a0]+(?:Bach|Fluss|Flüsschen|Gebirgsbach|fiume|torrente|ruscello|river|stream|creek|rivière|ruisseau|fleuve|torrent|río|arroyo)(?![\p{L}])/u;
export function streamAfter(text: string, end: number): boolean {
  // Cheap test first: a comma within the next few words.
  const comma = text.indexOf(',', end);
  return comma >= 0 && comma - end <= 24 && STREAM_AFTER_RE.test(text.slice(end, comma + 24));
}

/**
 * "farmers in Kerry and west Limerick", "nel Veneto e nel nord Friuli": after "in", a name joined to
 * a region named by a compass word ("west Limerick", "County Clare") is a region too.
 */
const REGION_PAIR_AFTER_RE = /^[ \u00a0]+(?:and|e|et|y|und)[ \u00a0]+(?:north|south|east|west|northern|southern|eastern|western|central|county|co\.|nord|sud|est|ovest|ouest|norte|oeste|süd|ost)[ \u00a0]+\p{Lu}/iu;
const IN_WORDS: ReadonlySet<string> = new Set(['in', 'nel', 'nella', 'en', 'im', 'dans', 'across']);
export function regionPairAfter(text: string, end: number, prevLower: string): boolean {
  return IN_WORDS.has(prevLower) && REGION_PAIR_AFTER_RE.test(text.slice(end, end + 30));
}

/** "Wind- und Solarparks", "Öl- oder Gasfelder": a hyphen then "und"/"oder" ends half a compound. */
const SUSPENDED_HYPHEN_RE = /^-[ \u00a0]+(?:und|oder|bzw\.|sowie|e|et|and|or)[ \u00a0]/u;
export function suspendedHyphenAfter(text: string, end: number): boolean {
  return text.charCodeAt(end) === 45 && SUSPENDED_HYPHEN_RE.test(text.slice(end, end + 10));
}

/** "l'indice Nasdaq", "the Nasdaq index": a stock index, not the exchange operator. */
const INDEX_NAME_AFTER_RE = /^[ \u00a0](?:\p{Lu}[\p{L}&-]*[ \u00a0]){1,3}(?:Index|Indice|Índice)(?![\p{L}])/u;
export function indexContext(text: string, end: number, prevLower: string): boolean {
  const next = text.charCodeAt(end);
  // "FTSE 250", "Stoxx 600", "FTSE MIB": a usual index size or MIB right after the name makes it
  // the index; other numbers ("Eni 2024", "Generali 12 miliardi") leave the company alone.
  if ((next === 0x20 || next === 0xa0) && /^.(?:index|Index|Composite|(?:20|25|30|35|40|50|60|100|200|250|350|400|500|600)(?![\d.,])|MIB)\b/u.test(text.slice(end, end + 12))) return true;
  // "the Nasdaq Biotechnology Index", "l'indice MSCI World Index": capitalised words, then "Index".
  if ((next === 0x20 || next === 0xa0) && INDEX_NAME_AFTER_RE.test(text.slice(end, end + 48))) return true;
  // "S&P/ASX 200", "S&P/TSX", "S&P/BMV IPC": an index run with an exchange.
  if (next === 0x2f && /^\/(?:ASX|TSX|BMV|NZX|JSE|B3|BYMA)\b/u.test(text.slice(end, end + 6))) return true;
  return INDEX_WORDS.has(prevLower);
}

/**
 * Trading venues: named as the place a share trades, not the company that runs it ("quotata al
 * Nasdaq", "cotiza en el Nasdaq", "listed on the NYSE", "an der SIX", "im Xetra-Handel", "the
 * NYSE-listed group", "trading moves to the NYSE"). Named as a company ("Nasdaq reported", "la SIX
 * Group", "sold to Nasdaq") they stay.
 */
const VENUES: ReadonlySet<string> = new Set([
  'NYSE', 'New York Stock Exchange', 'Nasdaq', 'SIX', 'SIX Swiss Exchange', 'Xetra', 'London Stock Exchange', 'LSE',
  'Euronext', 'Euronext Paris', 'Euronext Milan', 'Euronext Amsterdam', 'Euronext Brussels', 'Euronext Lisbon',
  'Euronext Dublin', 'Euronext Bruxelles', 'Euronext Oslo', 'Euronext Lisbonne',
  'Nasdaq Copenhagen', 'Nasdaq Stockholm', 'Nasdaq Helsinki', 'Oslo Børs',
  'Borsa Italiana', 'Bolsa de Madrid', 'Bolsa Mexicana de Valores', 'BMV', 'Bolsa de Santiago', 'B3',
  'Tokyo Stock Exchange', 'Hong Kong Stock Exchange', 'Frankfurter Wertpapierbörse', 'Wiener Börse', 'Bolsa de Comercio de Buenos Aires',
  'Bourse de Luxembourg', 'Luxembourg Stock Exchange',
  // The New York exchange as the other languages name it ("en la Bolsa de Nueva York").
  'Bolsa de Nueva York', 'Borsa di New York', 'Bourse de New York', 'New Yorker Börse', 'Bolsa de Valores de Nueva York',
  // The Swiss exchange as the press names it ("an der Schweizer Börse SIX").
  'Schweizer Börse', 'Bourse suisse', 'Borsa svizzera', 'Swiss stock exchange',
  // Futures exchanges where a commodity trades ("s'est négocié sur l'ICE Futures US").
  'ICE Futures US', 'ICE Futures Europe', 'ICE Futures',
  // ... and Chicago's ("Class III milk futures on the CME").
  'CME', 'Chicago Mercantile Exchange', 'CBOT',
].map((v) => fold.foldString(v)));
// "cotiza en Madrid, Ámsterdam y el Nasdaq": the last of a list of venues keeps its "and". A
// delisting names the venue too: "son retrait de la Bourse de Luxembourg", "la cote d'Euronext Lisbonne".
const VENUE_BEFORE = /(?:(?:^|[^\p{L}])(?:on|on the|at the|and the|to the|from|from the|onto the|leaves the|left the|leave the|leaving the|quit the|quits the|off the|quitté|quitter|quitte|décotation de la|décotation de|cotation de la|retrait de la|retrait de|sortie de la|börse|bourse|borsa|bolsa|exchange|borsa svizzera|bourse suisse|schweizer börse|bolsa suiza|swiss exchange|swiss bourse|su|sul|sulla|al|alla|a|e il|e al|presso|sur le|sur la|sur|au|à|à la|a la|et le|et du|et de la|y del|e del|an der|an die|auf|im|en|en el|en la|y el|y en el|na)[ \u00a0]+|(?:^|[^\p{L}])(?:sur|à) l['’]|(?:^|[^\p{L}])(?:cote|cotation|retrait|sortie|décotation) d['’])$/iu;
const VENUE_AFTER = /^(?:-(?:Handel|Schluss|Kurs|listed|traded|quoted|notiert)|[ \u00a0](?:filing|listing|announcement|trading|debut)s?(?![\p{L}]))/u;

/** "sul segmento ExtraMOT Pro di Borsa Italiana", "le marché Euronext Growth de la Bourse": a market of the venue. */
const SEGMENT_OF_BEFORE = /(?:^|[^\p{L}])(?:segment[oi]?|segmento|mercato|marché|mercado|markt|market)(?:[ \u00a0]+[^.;:!?\s]+){0,3}[ \u00a0]+(?:di|de|de la|del|of|of the|der)[ \u00a0]+$/iu;

/**
 * "L'accueil de la SIX", "la SIX a ouvert": the French and Italian press's "la SIX" (la Bourse)
 * is the exchange; the company is "SIX Group" or "le groupe SIX".
 */
const THE_SWISS_EXCHANGE_BEFORE = /(?:^|[^\p{L}])la[ \u00a0]+$/iu;

export function venueContext(text: string, start: number, end: number): boolean {
  if (end - start > 30 || !VENUES.has(fold.foldString(text.slice(start, end)))) return false;
  if (text.slice(start, end) === 'SIX' && !/^[ \u00a0]+Group/.test(text.slice(end, end + 7)) && THE_SWISS_EXCHANGE_BEFORE.test(text.slice(Math.max(0, start - 8), start))) return true;
  // 20 characters: "alla borsa svizzera SIX".
  return VENUE_BEFORE.test(text.slice(Math.max(0, start - 20), start)) || VENUE_AFTER.test(text.slice(end, end + 10)) || SEGMENT_OF_BEFORE.test(text.slice(Math.max(0, start - 50), start));
}

/** "(NASDAQ: NVDA)": the exchange label of a ticker citation (not "LVMH : LE LUXE..."). */
/**
 * ": NVDA" then a closing bracket, a comma or semicolon, or the end of the line or text. Spaces
 * only (no line breaks) around the ticker, so what follows in the next paragraph never decides.
 */
// The label holds a letter: "della Juventus: 3,10 euro per azione" is a price after a colon.
const EXCHANGE_LABEL_RE = /[ \t\u00a0\u202f]*:[ \t\u00a0\u202f]*(?=[\d.]{0,5}\p{Lu})[\p{Lu}\d.]{1,6}[ \t\u00a0\u202f]*(?:[),;]|\r?\n|$)/uy;

export function exchangeLabel(text: string, end: number): boolean {
  EXCHANGE_LABEL_RE.lastIndex = end;
  return EXCHANGE_LABEL_RE.test(text);
}

/** "eine Allianz", "una meta", "an apple": an indefinite article makes a common noun. */
export function indefiniteBefore(text: string, start: number, lang: string | undefined): boolean {
  const p = previousWord(text, start);
  const w = p.word.toLowerCase();
  const list = lang ? INDEFINITE[lang] : undefined;
  // "le numéro un MSC", "numero uno": a rank, not an article.
  if ((w === 'un' || w === 'uno') && /^num[eé]ro$/i.test(previousWord(text, p.at).word)) return false;
  if (list ? list.includes(w) : INDEFINITE_ANY.has(w)) return true;
  // Italian elided "un'intesa": the apostrophe sits between the article and the word.
  const before = text.slice(Math.max(0, start - 4), start);
  return /(?:^|[^\p{L}])un['’]$/iu.test(before);
}

/** German "eine strategische Allianz", "seine Allianz": a lower-case adjective or determiner right before a capitalised noun. */
export function germanAdjectiveBefore(text: string, start: number): boolean {
  const p = previousWord(text, start);
  const w = p.word;
  const determined = GERMAN_DETERMINERS.has(previousWord(text, p.at).word.toLowerCase());
  // A short adjective counts only after a determiner ("Das rote Mammut im Logo").
  if (w.length < (determined ? 3 : 5) || NOT_ADJECTIVES.has(w) || !/^\p{Ll}+(?:e|en|er|es|em)$/u.test(w)) return false;
  // "über die der Spiegel berichtete": a short article is no adjective.
  if (w.length < 5 && GERMAN_DETERMINERS.has(w)) return false;
  // A possessive or demonstrative ("seine Allianz mit den Regionalbanken") makes a noun of it too.
  if (GERMAN_DETERMINERS.has(w)) return true;
  // Verbs end in -en and -e too ("kosteten VW", "verteidige Continental seine Preise"): an -en or
  // -e adjective needs a determiner before it ("eine strategische Allianz") or a preposition, which
  // no verb follows ("Fruchtpressen für frischen Saft").
  return !(w.endsWith('en') || w.endsWith('e')) || determined || GERMAN_PREPOSITIONS.has(previousWord(text, p.at).word.toLowerCase());
}
const GERMAN_PREPOSITIONS = new Set(['für', 'mit', 'aus', 'von', 'bei', 'nach', 'ohne', 'gegen', 'durch', 'zu', 'auf', 'über', 'unter', 'vor', 'hinter', 'neben', 'zwischen', 'wegen', 'trotz', 'seit']);

const COMPOUND_PREFIXES = new Set(['ex', 'anti', 'pro', 'post', 'non', 'nicht']);

/**
 * German "Multiple-Sklerose-Mittel", "US-Investors": the last part of a hyphen compound is its
 * head noun, not a name ("Ex-Tesla-Chef" keeps Tesla: the name comes first there).
 */
export function germanCompoundHead(text: string, start: number): boolean {
  if (start < 2 || !/[-‐‑]/.test(text.charAt(start - 1))) return false;
  const before = /(\p{L}+)$/u.exec(text.slice(Math.max(0, start - 30), start - 1));
  return before !== null && !COMPOUND_PREFIXES.has(before[1]!.toLowerCase());
}

/** English "the Amazon rainforest": "the", the name, then a lower-case word that is no cue. */
export function theCommonNoun(text: string, start: number, end: number, lang: string | undefined): boolean {
  if (previousWord(text, start).word.toLowerCase() !== 'the') return false;
  const next = /^[ \u00a0]+(\p{Ll}+)/u.exec(text.slice(end, end + 30));
  return next !== null && !hasCompanyCue(next[1]!, 0, 0, lang);
}

/** "Generation X", "Model X", "Faktor X": a capitalised word right before a one-letter name. */
export function capitalBeforeLetter(text: string, start: number): boolean {
  const { word } = previousWord(text, start);
  return word.length > 1 && (charClass(word.charCodeAt(0)) & CLS_UPPER) !== 0 && !word.endsWith('.');
}

const FAMILY_WORDS = new Set(['famiglia', 'family', 'famille', 'familie', 'familia', 'famiglie', 'families', 'familles', 'familien', 'familias', 'clan', 'dinastia', 'dynasty', 'dynastie', 'dinastía', 'fratelli', 'brothers', 'frères', 'brüder', 'hermanos', 'eredi', 'heirs', 'héritiers', 'erben', 'herederos']);

/** First letters (lower case) of the family words. */
const FAMILY_INITIALS = new Set([...FAMILY_WORDS].map((w) => w.charCodeAt(0)));

/** "di famiglia", "de familia": family-owned, an adjective ("la holding di famiglia Lagfin"). */
const FAMILY_ADJECTIVE = new Set(['di', 'de']);
const FAMILY_VEHICLES: ReadonlySet<string> = new Set(['fondation', 'fondazione', 'fundación', 'fundacion', 'foundation']);

/** German compounds: "die Eigentümerfamilie Schaeffler", "die Gründerfamilien Hoffmann und Oeri". */
const isFamilyWord = (lower: string): boolean => FAMILY_WORDS.has(lower) || (lower.length > 9 && (lower.endsWith('familie') || lower.endsWith('familien')));

/** "la famiglia Caltagirone", "the Agnelli family": a family, not its company. */
/**
 * "las familias Escasany, Ayerza y Braun": the last names of a list the plural family word opens
 * (one lower-case adjective may follow the family word: "le famiglie fondatrici Huber e Stadler").
 */
const FAMILY_LIST_BEFORE_RE = /(?:famiglie|families|familles|familien|familias)(?:[ \u00a0]+\p{Ll}{4,})?[ \u00a0]+\p{Lu}\p{L}+(?:(?:,[ \u00a0]+|[ \u00a0]+(?:e|y|and|und|et)[ \u00a0]+)\p{Lu}\p{L}+)*(?:,[ \u00a0]+|[ \u00a0]+(?:e|y|and|und|et)[ \u00a0]+)$/u;
const LIST_LINKS: ReadonlySet<string> = new Set(['e', 'y', 'and', 'und', 'et']);

export function familyContext(text: string, start: number, end: number, prevLower: string, acrossParticle = false): boolean {
  if ((LIST_LINKS.has(prevLower) || text.charCodeAt(start - 2) === 0x2c) && FAMILY_LIST_BEFORE_RE.test(text.slice(Math.max(0, start - 80), start))) return true;
  if (isFamilyWord(prevLower)) {
    const family = previousWord(text, start);
    const before = previousWord(text, family.at);
    if (!FAMILY_ADJECTIVE.has(before.word.toLowerCase())) return true;
    // "l'azienda di famiglia Ferrero" is the company; "la Fondation de famille Sandoz" is the
    // family's foundation.
    return FAMILY_VEHICLES.has(previousWord(text, before.at).word.toLowerCase());
  }
  // "la famiglia altoatesina Gostner", "la famille lyonnaise Mérieux": one lower-case adjective
  // between the family word and the name.
  if (/^\p{Ll}{4,}$/u.test(prevLower)) {
    const adjective = previousWord(text, start);
    if (isFamilyWord(previousWord(text, adjective.at).word.toLowerCase())) return true;
  }
  // "die Gründerfamilie von Siemens" is the family, not the company (for a person, "la famille de
  // Pinault" is his family: he is named).
  if (acrossParticle && NOBLE_PARTICLES.has(prevLower)) {
    const particle = previousWord(text, start);
    const family = previousWord(text, particle.at).word.toLowerCase();
    if (isFamilyWord(family)) return true;
  }
  const c = text.charCodeAt(end);
  if (c !== 0x20 && c !== 0xa0) return false;
  // Cheap first-letter test before the regex: this runs for every candidate followed by a space.
  let i = end + 1;
  while (text.charCodeAt(i) === 0x20 || text.charCodeAt(i) === 0xa0) i++;
  if (!FAMILY_INITIALS.has(text.charCodeAt(i) | 0x20)) return false;
  const next = /^[ \u00a0]+(\p{L}+)/u.exec(text.slice(end, end + 20));
  return next !== null && FAMILY_WORDS.has(next[1]!.toLowerCase());
}

const NOBLE_PARTICLES: ReadonlySet<string> = new Set(['von', 'van', 'de', 'di', 'del', 'della', 'da', 'du', 'des']);

const CONJUNCTIONS = /^(?:,|[ \u00a0]+(?:and|or|e|ed|o|et|ou|und|oder|y|&))[ \u00a0]+/u;

/** "Amazon and Alphabet", "Target, Visa": listed next to another name (returns its start, or -1). */
export function listedWith(text: string, end: number): number {
  const m = CONJUNCTIONS.exec(text.slice(end, end + 12));
  return m ? end + m[0].length : -1;
}

/** "secondo il", "según", "selon", "laut", "according to": what follows is the outlet quoted. */
const QUOTED_BY = /(?:^|[^\p{L}])(?:secondo|stando a|según|selon|d['’]après|laut|according to|citing|citando|de acuerdo con|citad[oa]s? por|told|interview with|intervista (?:a|al|alla|con)|entretien (?:au|à|avec)|entrevista (?:a|al|con)|Interview mit|nach Informationen|les informations|come (?:riporta|scrive|rivela|ha (?:riportato|scritto|rivelato|anticipato))|(?:según|como) (?:adelantó|publicó|informó|avanzó|reveló|ha (?:publicado|adelantado|informado|revelado))|declaraciones (?:a|al)|dichiarazioni (?:a|al|alla)|déclarations (?:à|au)|(?:explicó|dijo|declaró|aseguró|afirmó|señaló|contó|confirmó|indicó|precisó|detalló) (?:a|al)|(?:ha )?(?:detto|spiegato|dichiarato|confermato|raccontato|precisato) (?:a|al|alla)|(?:a )?(?:déclaré|expliqué|confié|indiqué|précisé|confirmé) (?:à|au)|(?:sagte|erklärte|bestätigte|sagt|erklärt) (?:der|dem)|comme l['’]a (?:révélé|rapporté|écrit))(?:[ \u00a0]+(?:il|lo|la|el|le|les|the|der|die|das|dem|den|des|du|de la|del|della|dello|al|alla))?[ \u00a0]*$/iu;
/** "Expansión apunta que", "the FT reported", "Le Monde révèle": a reporting verb right after the name. */
const REPORTS = /^[ \u00a0]*,?[ \u00a0]*(?:riporta|riferisce|scrive|rivela|anticipa|racconta|reports?|reported|writes|wrote|revealed|apunta|informa|publica|adelanta|revela|señala|écrit|rapporte|révèle|indique|berichtet|berichtete|schreibt|schrieb|meldet|meldete)(?![\p{L}])/iu;

/**
 * "sagte Vorstandschef Kurt Maier der Presse", "im Gespräch mit dem Standard": German reported
 * speech names the speaker between the verb and the outlet, or talks "with" the outlet.
 */
const TOLD_DE = /(?:(?:^|[^\p{L}])(?:sagte|sagt|erklärte|erklärt|bestätigte|betonte|kündigte)[ \u00a0]+(?:\p{Lu}[\p{L}.'’-]*[ \u00a0]+){1,4}(?:der|dem)|im Gespräch mit (?:der|dem))[ \u00a0]*$/u;

/** A media outlet named as the source of a report: its name needs no other evidence. */
export function reportedBy(text: string, start: number, end: number): boolean {
  return QUOTED_BY.test(text.slice(Math.max(0, start - 24), start)) || REPORTS.test(text.slice(end, end + 24)) || TOLD_DE.test(text.slice(Math.max(0, start - 80), start));
}

/** "Quest'anno", "Tutt'altro": in Italian and French an apostrophe right after a word elides it. */
export function elidedWord(text: string, end: number, lang: string | undefined): boolean {
  if (lang !== 'it' && lang !== 'fr') return false;
  const c = text.charCodeAt(end);
  return (c === 0x27 || c === 0x2019) && /\p{L}/u.test(text.charAt(end + 1));
}

/**
 * "Le patron du groupe" is no Le Patron: a name that opens with an article is a common noun
 * phrase when the word after the article is in lower case here (a sentence-initial capital
 * proves nothing). Only article-led names: French and Italian style lower-cases the later words
 * of other names ("Société générale", "Cassa depositi e prestiti").
 */
const NAME_ARTICLES = new Set(['le', 'la', 'les', 'il', 'lo', 'the', 'el', 'los', 'las', 'der', 'die', 'das']);
export function lowerWhereNameIsUpper(alias: string, text: string, start: number, end: number): boolean {
  const space = alias.indexOf(' ');
  if (space < 2 || space > 3 || !NAME_ARTICLES.has(alias.slice(0, space).toLowerCase())) return false;
  const a = alias.split(/[ \u00a0\u202f]+/);
  const s = text.slice(start, end).split(/[ \u00a0\u202f]+/);
  if (a.length !== s.length) return false;
  for (let i = 1; i < a.length; i++) {
    const x = a[i]!.charAt(0);
    const y = s[i]!.charAt(0);
    if (x !== x.toLowerCase() && y !== y.toUpperCase()) return true;
  }
  return false;
}
/** "Accor Arena", "Allianz Stadium", "die Veltins-Arena": the venue named after the company. */
const ARENA_AFTER = /^[ \u00a0-](?:Arena|Stadium|Stadion|Stadio|Estadio|Dome)(?![\p{L}])/u;
export function arenaAfter(text: string, end: number): boolean {
  const c = text.charCodeAt(end + 1);
  return (c === 65 || c === 83 || c === 69 || c === 68) && ARENA_AFTER.test(text.slice(end, end + 9));
}

/** Articles that follow a preposition, never a name ("Durante l'incontro", "Durante il trimestre"). */
const ARTICLE_AFTER = /^[ \u00a0]+(?:(?:il|lo|la|i|gli|le|un|una|uno|el|los|las|the|an|der|die|das|les|du|des)(?![\p{L}])|l['’])/iu;
/**
 * Is the one-word name at [start, end) a word of its phrase? A preposition before an article
 * at a sentence start; the German idiom "im … mit" ("im Verbund mit", "im Wettbewerb mit"); the
 * Italian "via libera"; the English "real estate"; a common word right before a number ("Line 5").
 */
export function wordInPhrase(text: string, start: number, end: number, prevLower: string, lang: string | undefined): boolean {
  // Every phrase has a space after the name: most candidates stop at this test.
  const gap = text.charCodeAt(end);
  if (gap !== 0x20 && gap !== 0xa0) return false;
  const after = text.slice(end, end + 8);
  // A small number on its own after it ("Line 5 across"), not a figure ("Free 5,1") or a product ("Orange 5G").
  if (/^[ \u00a0]\d{1,2}(?![\d\p{L}]|[.,]\d)/u.test(after) && /^\p{Lu}\p{Ll}+$/u.test(text.slice(start, end))) return true;
  if (lang?.startsWith('de') && prevLower === 'im' && /^[ \u00a0]+mit(?![\p{L}])/u.test(after)) return true;
  // "Via libera degli azionisti": the Italian idiom (the green light), not Via Varejo.
  if (lang === 'it' && /^[ \u00a0]+libera(?![\p{L}])/iu.test(after) && /^via$/iu.test(text.slice(start, end))) return true;
  // "Güter von der Straße auf die Bahn bringen": the German idiom of road and rail, not Deutsche Bahn.
  if (lang?.startsWith('de') && /^bahn$/iu.test(text.slice(start, end)) && /stra(?:ß|ss)e[ \u00a0]+auf[ \u00a0]+die[ \u00a0]+$/iu.test(text.slice(Math.max(0, start - 24), start))) return true;
  // "eine Netzfrequenz von 50 Hertz": a unit of measure after a number, not the car renter Hertz.
  if (/^(?:hertz|watt|volt|joule|newton|pascal|kelvin|ampere|ohm)$/iu.test(text.slice(start, end)) && /\d[ \u00a0\u202f]$/u.test(text.slice(Math.max(0, start - 2), start))) return true;
  // "RioCan Real Estate Investment Trust": the English "real estate", not the hypermarket chain Real.
  if (/^[ \u00a0]+estate(?![\p{L}])/iu.test(text.slice(end, end + 8)) && /^real$/iu.test(text.slice(start, end))) return true;
  return ARTICLE_AFTER.test(after) && atSentenceStart(text, start);
}

/** "dont Assassin's Creed" in French news: an English possessive before a name makes it part of a title. */
const ENGLISH_POSSESSIVE_BEFORE_RE = /\p{Lu}\p{Ll}*['’]s[ \u00a0]$/u;
export function englishPossessiveBefore(text: string, start: number): boolean {
  if (text.charCodeAt(start - 2) !== 115) return false; // the "s" of "'s "
  return ENGLISH_POSSESSIVE_BEFORE_RE.test(text.slice(Math.max(0, start - 24), start));
}

/**
 * "The Australian Competition and Consumer Commission", "the Economist Intelligence Unit": a name
 * opening with "The" that a capitalised word continues is the opening of another name; "the
 * Australian dollar": one made of "The" and a nationality, with a lower-case "the", is the adjective.
 */
export function theOpensOtherName(text: string, start: number, end: number, aliasText: string): boolean {
  if (!aliasText.startsWith('The ')) return false;
  return capitalisedWordAfter(text, end) || (text.charCodeAt(start) === 116 && DEMONYMS.has(aliasText.slice(4).toLowerCase()));
}

/**
 * "Corriere del Ticino" is no Corriere della Sera: a short name cut from a name "X of Y" (alias
 * "Corriere" of "Corriere della Sera"), followed by another "of Z", is the start of another name.
 */
const OF_NAME_AT_RE = /[ \u00a0]+(del|della|dello|delle|degli|dei|di|de|du|des|of|von|der)[ \u00a0]+(\p{Lu}\p{L}*)/uy;
export function otherNameOfAfter(text: string, end: number, aliasText: string, entityName: () => string): boolean {
  const c = text.charCodeAt(end);
  if (c !== 0x20 && c !== 0xa0) return false;
  // The connectors start with d, o or v: most names are followed by something else.
  const d = text.charCodeAt(end + 1);
  if (d !== 100 && d !== 111 && d !== 118) return false;
  OF_NAME_AT_RE.lastIndex = end;
  const m = OF_NAME_AT_RE.exec(text);
  if (!m) return false;
  // Only a name cut before its own "of" ("Intesa" of Intesa Sanpaolo keeps "l'Intesa di Messina").
  const name = entityName();
  if (!name.startsWith(aliasText)) return false;
  const [, of, next] = m;
  OF_NAME_AT_RE.lastIndex = aliasText.length;
  if (!OF_NAME_AT_RE.test(name)) return false;
  return !name.slice(aliasText.length).startsWith(` ${of} ${next}`);
}

/**
 * "Stone Canyon Industries", "Apple Leisure Group": a weak one-word name that one or two more
 * capitalised words and a corporate word continue is the start of another company's name (the
 * name and its legal form alone, "Allianz SE", stay the company); so is one a mining word follows
 * ("Evolution Mining", "De Grey Mining").
 */
const LONGER_COMPANY_AFTER_RE = /^(?:[ \u00a0]+(?:Mining|Resources|Minerals)|(?:[ \u00a0]+\p{Lu}[\p{L}&'’-]*){1,2}[ \u00a0]+(?:Mining|Resources|Minerals|Industries|Holding|Holdings|Group|Gruppe|Groupe|Grupo|Gruppo|Capital|Partners|Ventures|Investments|Foods|Brands|Corporation|Corp\.?|Inc\.?|Ltd\.?|LLC|plc|AG|GmbH|S\.p\.A\.|SpA|S\.A\.))(?![\p{L}\p{N}])/u;
/**
 * Two capitalised words right after, no sentence end between ("Shannon Free Zone", "Bolloré
 * Africa Logistics"): a weak name that opens a longer unknown name is that name's first word.
 */
export function capitalisedPairAfter(text: string, end: number): boolean {
  const c = text.charCodeAt(end);
  if (!((c === 0x20 || c === 0xa0) && (charClass(text.charCodeAt(end + 1)) & CLS_UPPER) !== 0)) return false;
  const m = CAPITALISED_PAIR_AFTER_RE.exec(text.slice(end, end + 40));
  // "Visa Chief Executive Ryan McInerney": a title after the name is no part of it.
  return m !== null && !PERSON_TITLES.includes(m[1]!.toLowerCase());
}
const CAPITALISED_PAIR_AFTER_RE = /^[ \u00a0](\p{Lu}[\p{Ll}\p{Lu}]+)[ \u00a0]\p{Lu}\p{Ll}+/u;

export function longerCompanyAfter(text: string, end: number): boolean {
  const c = text.charCodeAt(end);
  return (c === 0x20 || c === 0xa0) && (charClass(text.charCodeAt(end + 1)) & CLS_UPPER) !== 0 && LONGER_COMPANY_AFTER_RE.test(text.slice(end, end + 60));
}
