/**
 * Aliases per entity, with the flags the detection engine needs (lib/match consumes AliasEntry).
 *  - names with legal suffixes stripped ("Apple Inc." -> "Apple", "Meta Platforms, Inc." -> "Meta Platforms")
 *  - curated aliases and press nicknames ("Piazzetta Cuccia" -> Mediobanca), listing akas
 *  - people: full name, recorded aliases and the surname alone (flag `surname`)
 *  - tickers, only when they cannot be ordinary words (flag `ticker` + `caseSensitive`)
 * Flag method (docs/data.md): ambiguous = the lower-cased alias is a lower-case stem of a
 * hunspell dictionary of it/en/fr/de/es, or a first name / place of the it/es lists (see
 * aliases-dictionary.ts), or is 1-2 characters long;
 * caseSensitive = tickers and short all-caps names ("TIM", "X"); needsContext = ambiguous and a
 * single word (the matcher wants a company cue or an unambiguous mention nearby).
 */
import type { Alias, AliasFlags } from './schema';
import type { WordLists } from './aliases-dictionary';
import { isCountryName, isRegionName } from './build/country-forms';
import { foldAccents } from './build/ids';

/** Legal-form suffixes, longest first; stripped repeatedly ("Tencent Holdings Ltd." keeps "Holdings"). */
const LEGAL_SUFFIX = new RegExp(
  String.raw`(?:,?\s+(?:` +
    [
      String.raw`AG & Co\.? KGaA`, String.raw`& Co\.?`, String.raw`& C\.`, String.raw`and Company`, String.raw`S\.?A\.?B\.? de C\.?V\.?`, String.raw`S\.p\.A\.?`, String.raw`SpA`, String.raw`S\.A\.?S?\.?`, String.raw`S\.A\.U\.`,
      String.raw`N\.V\.?`, String.raw`B\.V\.?`, String.raw`p\.l\.c\.?`, String.raw`plc`, String.raw`PLC`, String.raw`Inc\.?`,
      String.raw`Incorporated`, String.raw`Corp\.?`, String.raw`Corporation`, String.raw`Co\.?,? Ltd\.?`, String.raw`Co\.`,
      String.raw`Ltd\.?`, String.raw`Limited`, String.raw`LLC`, String.raw`L\.L\.C\.`, String.raw`L\.?P\.?`,
      String.raw`AG`, String.raw`SE`, String.raw`SA`, String.raw`NV`, String.raw`GmbH`, String.raw`KGaA`, String.raw`S\.r\.l\.`,
      String.raw`Srl`, String.raw`Oyj`, String.raw`ASA`, String.raw`AB(?: \(publ\))?`, String.raw`A/S`, String.raw`A S`, String.raw`SCA`,
      String.raw`S\.C\.A\.`, String.raw`Aktiengesellschaft`, String.raw`Co`,
    ].join('|') +
    String.raw`))\s*$`,
  'i',
);

/** "Apple Inc." -> "Apple"; "Meta Platforms, Inc." -> "Meta Platforms"; leaves "Inc." alone. */
export function stripLegalSuffix(name: string): string {
  let out = name.trim();
  for (let i = 0; i < 3; i++) {
    const next = out.replace(LEGAL_SUFFIX, '').replace(/[,\s]+$/, '').trim();
    if (next === out || next.length < 2) break;
    out = next;
  }
  return out;
}

/** Key used to compare names across sources: accents folded, case, punctuation, suffixes and "The" ignored. */
export function normaliseName(name: string): string {
  return foldAccents(stripLegalSuffix(name.replace(/\s*\([^)]*\)\s*$/, '')))
    .toLowerCase()
    .replace(/^the\s+/, '')
    .replace(/&/g, ' and ')
    .replace(/[.'’,]/g, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

const PARTICLES = new Set(['de', 'del', 'della', 'di', 'da', 'van', 'von', 'der', 'den', 'dem', 'ter', 'ten', 'le', 'la', 'los', 'las', 'du', 'dos', 'das', 'bin']);

/** "Elon Musk" -> "Musk"; "Luca de Meo" -> "de Meo"; "Matteo Del Fante" -> "Del Fante"; "Lisa Su" -> "Su". */
export function surnameOf(fullName: string): string | undefined {
  const tokens = fullName.replace(/\s*\([^)]*\)/g, '').trim().split(/\s+/).filter((t) => !/^(Jr\.?|Sr\.?|II|III)$/.test(t));
  if (tokens.length < 2) return undefined;
  // An elided particle ("Melzi d'Eril", "Giscard d'Estaing"): the word before belongs to the surname.
  const last = tokens[tokens.length - 1]!;
  if (/^[dD]['’]\p{Lu}/u.test(last)) return tokens.length >= 3 && /^\p{Lu}\p{Ll}/u.test(tokens[tokens.length - 2]!) ? `${tokens[tokens.length - 2]} ${last}` : last;
  let start = tokens.length - 1;
  while (start > 1 && PARTICLES.has(tokens[start - 1]!.toLowerCase())) start--;
  const surname = tokens.slice(start).join(' ');
  return /^\p{Lu}/u.test(surname) || PARTICLES.has(tokens[start]!.toLowerCase()) ? surname : undefined;
}

/**
 * The two surnames of a Spanish or Latin American name, which the press uses together after the
 * full name ("Luis Carlos Sarmiento Gutiérrez ... Sarmiento Gutiérrez"): the last two words of
 * a name of four words or more without particles, or of three when the last is an -ez patronymic.
 */
export function compoundSurnameOf(fullName: string): string | undefined {
  const tokens = fullName.replace(/\s*\([^)]*\)/g, '').trim().split(/\s+/);
  if (tokens.length < 3 || tokens.some((t) => PARTICLES.has(t.toLowerCase()) || !/^\p{Lu}\p{Ll}/u.test(t))) return undefined;
  const [a, b] = tokens.slice(-2) as [string, string];
  if (tokens.length === 3 && !/ez$/u.test(b)) return undefined;
  return `${a} ${b}`;
}

export interface AliasInput {
  text: string;
  nickname?: boolean;
  surname?: boolean;
  ticker?: boolean;
  /** Only this exact spelling: a unit named in ordinary words ("Digital Industries"). */
  exactCase?: boolean;
  /** Known only from its owner's list: an ordinary word needs the owner in the text (AliasFlags.ownerContext). */
  fromOwnerList?: boolean;
  /** A group's short name that is its home town's: counts only where the group is named plainly. */
  town?: boolean;
  /** A surname that counts only where the full name is in the text (AliasFlags ownerContext on a surname). */
  afterFullName?: boolean;
  /** A newspaper's name without an article that went into a preposition (AliasFlags.afterContraction). */
  afterContraction?: boolean;
}

/** A town of this size is meant by its name far more often than a brand that shares it. */
const BIG_CITY = 100_000;

/** The population of the largest town so named (GeoNames), or 0. */
export function placePopulation(text: string, words: WordLists): number {
  const lower = text.trim().toLowerCase();
  return words.places?.get(lower) ?? words.places?.get(foldAccents(lower)) ?? 0;
}

/**
 * A German adjective of a place: "Stuttgarter" (Stuttgart), "Walliser" (Wallis), "Basler"
 * (Basel), "Münchner" (München), "Bremer" (Bremen). "Der Umsatz des Stuttgarter Konzerns" names
 * no Stuttgarter Zeitung, "das Walliser Flüsschen" no Frank-Steffen Walliser.
 */
export function placeAdjective(word: string, words: WordLists): boolean {
  if (!/^\p{Lu}\p{Ll}+er$/u.test(word)) return false;
  const stem = word.slice(0, -2);
  return [stem, `${stem}en`, stem.replace(/l$/, 'el'), stem.replace(/n$/, 'en')].some((t) => placePopulation(t, words) > 0 || isRegionName(t));
}

export function isCommonWord(alias: string, words: WordLists): boolean {
  const lower = alias.toLowerCase();
  const folded = foldAccents(lower);
  return words.common.has(lower) || words.common.has(folded) || words.names.has(lower) || words.names.has(folded);
}

/** Flags for one alias text (see the header for the method). */
export function aliasFlags(input: AliasInput, words: WordLists): AliasFlags {
  const text = input.text;
  const flags: AliasFlags = {};
  const letters = text.replace(/[^\p{L}\p{N}]/gu, '');
  const singleWord = !/\s/.test(text.trim());
  if (input.ticker) {
    flags.ticker = true;
    flags.caseSensitive = true;
  }
  if (letters.length <= 4 && text === text.toUpperCase() && /\p{Lu}/u.test(text)) flags.caseSensitive = true;
  // "a poor catch off Iceland", "llegados de Galicia": a country's or region's name is the place
  // first (Iceland Foods, Banco Galicia need a cue).
  const country = singleWord && (isCountryName(text) || isRegionName(text));
  const ambiguous = letters.length <= 2 || isCommonWord(text, words) || country;
  if (ambiguous) flags.ambiguous = true;
  if (country) flags.place = true;
  // "Nestlé", "Bolloré": an accented name whose accent-free spelling is a word ("nestle") is
  // ambiguous only where its capital is unexplained (a sentence start, a heading); the matcher
  // tells "é" from "e", so no cue word is needed. (The dictionaries hold some words only
  // accent-free, "premiere" for "première", so the folded look-up stays for the flag itself.)
  const lower = text.trim().toLowerCase();
  const onlyFolded = lower !== foldAccents(lower) && !words.common.has(lower) && !words.names.has(lower) && !words.names.has(foldAccents(lower)) && !country && letters.length > 2;
  if (ambiguous && (singleWord || input.surname) && !(onlyFolded && singleWord && !input.surname && !input.fromOwnerList)) flags.needsContext = true;
  // "de Bilbao" (Corine de Bilbao) is also "Banco de Bilbao": a surname that is a town's name
  // counts only after the full name.
  // So does one that is a place's adjective ("Walliser").
  const last = text.trim().split(/\s+/).pop() ?? '';
  if (input.surname && (placePopulation(last, words) > 0 || placeAdjective(last, words))) Object.assign(flags, { ambiguous: true, needsContext: true });
  // "der Basler Medtech-Konzern": a one-word organisation name that is a German place adjective
  // (Basler AG, "Basler") describes any company of that town; a cue or the full name must back it.
  if (!input.surname && singleWord && placeAdjective(text.trim(), words)) Object.assign(flags, { ambiguous: true, needsContext: true });
  // A town's name ("Palermo", "Sevilla") after "a", "da", "en" is the town (judge-surnames.ts); "da Di
  // Foggia" is the person.
  if (input.surname && singleWord && placePopulation(text, words) > 0) flags.place = true;
  // Only the person named in full backs it: not a title ("Mr Bates vs The Post Office").
  if (input.afterFullName) Object.assign(flags, { ambiguous: true, needsContext: true, ownerContext: true });
  if (ambiguous && singleWord && input.fromOwnerList) flags.ownerContext = true;
  // A listed brand named like a town: an ordinary-word one ("Derby", "Fabriano") or any named
  // like a city ("Halifax", "Brooklyn") needs its owner in the text, whatever its capital says.
  // So does a group's short name that is its home town's ("Herstal" of Groupe Herstal).
  const town = singleWord && input.fromOwnerList ? placePopulation(text, words) : 0;
  if ((town > 0 && (ambiguous || town >= BIG_CITY)) || input.town) Object.assign(flags, { ambiguous: true, needsContext: true, ownerContext: true, place: true });
  if (input.nickname) flags.nickname = true;
  // "a Cupertino", "based in Mountain View": a nickname that is a town names the company only
  // where the company is named plainly (judge-evidence.ts).
  if (input.nickname && placePopulation(text, words) > 0) flags.place = true;
  if (input.surname) flags.surname = true;
  if (input.exactCase) flags.caseSensitive = true;
  if (input.afterContraction) Object.assign(flags, { ambiguous: true, needsContext: true, caseSensitive: true, afterContraction: true });
  return flags;
}

/** Tickers that may become aliases: 3+ characters, not a word in any of the five languages. */
export function isSafeTicker(symbol: string, words: WordLists): boolean {
  return /^[A-Z][A-Z0-9]{2,5}$/.test(symbol) && !isCommonWord(symbol, words);
}

/**
 * Builds the alias list for one entity; the first spelling of an alias (case-insensitive) wins,
 * and the roles of later duplicates are kept ("Karp" recorded by the curators is also the surname).
 */
export function buildAliases(inputs: readonly AliasInput[], words: WordLists): Alias[] {
  const merged = new Map<string, AliasInput>();
  for (const input of inputs) {
    const text = input.text.replace(/\s+/g, ' ').trim();
    if (!text || text.length > 200) continue;
    // A name its owner writes in lower case ("maxingvest") is kept beside the capitalised form:
    // the matcher reads lower case as a name only when the alias itself is written so.
    const ownLowerCase = /\p{Ll}/u.test(text) && !/\p{Lu}/u.test(text) && !isCommonWord(text, words);
    const key = ownLowerCase ? `=${text}` : text.toLowerCase();
    const seen = merged.get(key);
    if (!seen) {
      merged.set(key, { ...input, text });
      continue;
    }
    // "Prisa" beside "PRISA", "Ima" beside "IMA": the press writes some names in capitals as
    // words; a recorded title-case form stays beside the capitals the index matches exactly.
    if (/^\p{Lu}{3,}$/u.test(seen.text) && /^\p{Lu}\p{Ll}+$/u.test(text) && !merged.has(`~${text}`)) {
      merged.set(`~${text}`, { ...input, text });
      continue;
    }
    seen.surname ||= input.surname;
    seen.nickname ||= input.nickname;
    seen.ticker ||= input.ticker && text === seen.text;
  }
  return [...merged.values()].map((input) => {
    const flags = aliasFlags(input, words);
    return Object.keys(flags).length ? { text: input.text, flags } : { text: input.text };
  });
}

/**
 * Descriptive words the press drops from a company's registered name: "Infineon Technologies" is
 * "Infineon", "Lloyds Banking Group" is "Lloyds", "Cellnex Telecom" is "Cellnex". One tail only
 * ("American Airlines Group" stays "American Airlines"), longest first.
 */
const DESCRIPTOR_TAIL = /\s+(?:Banking Group|IT Group|Aero Engines|Motor Company|Cars?|Technologies|Technology|Telecom|Holdings?|Group|Groupe|Corporation|Company|Companies|International|Sistemas|Materials|Platforms|Chase(?: & Co\.?)?|Entertainment|Pharmaceuticals|Therapeutics|Scientific|Health|Corporación)$/;
/** A leading article the press drops after its own preposition ("aux Echos", "del Sole 24 Ore"). */
const LEADING_ARTICLE = /^(?:The|Il|La|Lo|Le|Les|El|Los|Die|Der|Das)\s+/;
/** Articles that go into a preposition: "au"/"du" (le), "aux"/"des" (les), "del"/"al" (il, el), "dello" (lo), "della" (la, Italian only). */
const CONTRACTED_ARTICLE = /^(?:Il|La|Lo|Le|Les|El)\s+/;
/**
 * Trailing words of a registered name that the press drops, but which also follow demonyms and
 * places ("Turkish Airlines", "Australian Mining"): the rest must not be a word the dictionaries
 * capitalise. "Teck Resources" -> "Teck", "Meliá Hotels International" -> "Meliá", "NXP Semiconductors" ->
 * "NXP", but "Nordic Semiconductor" keeps its second word.
 */
const PLAIN_TAIL = /\s+(?:Resources|Hotels|Minerals|Mining|Brands|Foods|Systems|Networks|Airlines|Communications|Industries|Semiconductors?)$/;

/** Leading words that the press drops when the rest is a name of its own ("Deutsche Telekom" -> "Telekom", "Groupe BPCE" -> "BPCE"). */
const DESCRIPTOR_HEAD = /^(?:Deutsche|Banca|Banco|Grupo|Gruppo|Groupe)\s+/;
const MIN_SHORT_LETTERS = 4;

/**
 * "Progetto", "Profilo": an Italian noun the hunspell list holds only as its verb's stem
 * ("progettare"), so the common-word check misses it. Asked only of a bank's name without its
 * "Banca" ("Banca Progetto"), where a town ("Sondrio") stays a short form.
 */
function italianVerbForm(word: string, words: WordLists): boolean {
  const lower = word.toLowerCase();
  if (!/^\p{Ll}+[oaie]$/u.test(lower)) return false;
  const stem = lower.slice(0, -1);
  return ['are', 'ere', 'ire'].some((ending) => words.common.has(stem + ending));
}

/**
 * The short press form of a registered company name, or undefined when there is none or it
 * would be an ordinary word ("General Motors" never becomes "General"). A qualifier in brackets
 * ("Rio Tinto (corporation)") is never part of a name.
 */
export function descriptorShortForm(name: string, words: WordLists): string | undefined {
  const base = stripLegalSuffix(name.replace(/\s*\([^)]*\)\s*$/, '').replace(/^The\s+/, ''));
  let short = base.replace(DESCRIPTOR_TAIL, '');
  // A second generic word after the first one went ("Meliá Hotels International"), unless what
  // remains is a word the dictionaries know ("American" of American Airlines, "Cisco"): then the
  // name keeps that word ("American Airlines").
  const afterPlain = short.replace(PLAIN_TAIL, '');
  const lower = afterPlain.toLowerCase();
  if (afterPlain !== short && !words.proper?.has(lower) && !isCommonWord(afterPlain, words)) short = afterPlain;
  // Banks the press calls by their home town ("Santander", "Sabadell") keep the town's name: it
  // is flagged ambiguous, so the matcher wants evidence for it (never "en Santander").
  const headOnly = short === base;
  if (headOnly) short = base.replace(DESCRIPTOR_HEAD, '');
  short = stripLegalSuffix(short).replace(/[,\s]+$/, '');
  // Acronyms are short forms too ("NXP" of NXP Semiconductors); the flags make them case-sensitive.
  const acronym = /^\p{Lu}{3,}$/u.test(short);
  // No press form: still the name without its bracketed qualifier or leading "The", if that differs.
  const plain = base !== name ? base : undefined;
  if (short === name || (!acronym && short.replace(/[^\p{L}\p{N}]/gu, '').length < MIN_SHORT_LETTERS)) return plain;
  // A one-word short form must not be an ordinary word or a place; a longer one is a name of its
  // own ("Popolare di Sondrio"). "The Walt Disney" is no press form.
  const ordinary = (isCommonWord(short, words) && !(headOnly && /^Banc[ao]\s/.test(base) && !words.common.has(short.toLowerCase()))) || (headOnly && italianVerbForm(short, words));
  // What "Deutsche" leaves in ordinary words only is the phrase, not the firm: "Private Equity"
  // of Deutsche Private Equity ("Private-Equity-Firmen" in any German deal story), "Bank
  // Securities". The Italian and Spanish heads leave town names ("Popolare di Milano"), kept.
  if (!/^\p{Lu}/u.test(short) || ordinary || (headOnly && /^Deutsche\s/.test(base) && ordinaryPhrase(short, words))) return plain;
  // "Bank of" of Bank of Communications: a name cut after its preposition names nothing.
  if (/\s(?:of|for|and|the|de|del|di|della|du|des|der|von|und|y|et|e)$/iu.test(short)) return plain;
  // "Dubai Holding" is no "Dubai": a one-word short form that is a town's name (or the town's
  // adjective: "Stuttgarter" of Stuttgarter Zeitung) would take the town. Banks the press names by their home town ("Santander") keep it, flagged above.
  if (!headOnly && !/\s/.test(short) && (placePopulation(short, words) > 0 || placeAdjective(short, words))) return plain;
  return short;
}

/** Several words, all of them ordinary ("Digital Industries", "Smart Infrastructure"). */
export function ordinaryPhrase(text: string, words: WordLists): boolean {
  const parts = text.trim().split(/\s+/);
  // The word lists hold stems only: "Industries" is "industry", "Solutions" "solution".
  const ordinary = (w: string) => [w, w.replace(/ies$/i, 'y'), w.replace(/e?s$/i, '')].some((x) => isCommonWord(x, words));
  return parts.length > 1 && parts.every((w) => ordinary(w.replace(/[^\p{L}\p{N}'’-]/gu, '')));
}

/**
 * A unit or brand (it has an owner or parent) named in ordinary words matches in its exact
 * spelling, never as the phrase in running text: "Digital Industries" of Siemens, not "digital
 * industries". One ordinary word ("Jeep") is flagged ambiguous anyway. `except`: a spelling left
 * to the usual rules (a company's own name, when only its other names must match as written).
 */
export function exactCaseForOrdinaryPhrases(inputs: readonly AliasInput[], words: WordLists, except?: string): AliasInput[] {
  return inputs.map((i) => (i.text !== except && ordinaryPhrase(i.text, words) ? { ...i, exactCase: true } : i));
}

/** German reinsurers are "… Rück" in their press: "Münchener Rückversicherungs-Gesellschaft" is
 * "Münchener Rück", "E+S Rückversicherung" "E+S Rück". */
function reinsurerShortForm(name: string): string | undefined {
  const short = name.replace(/\s*Rückversicherung(?:s-Gesellschaft)?$/, ' Rück');
  return short !== name && /\S\s+Rück$/.test(short) ? short : undefined;
}

/** A unit's name that is a group of its own ("Vodacom Group"), whose short form the press uses. */
const GROUP_TAIL = /\s(?:Group|Groupe|Holdings?)$/;

/** Every word ordinary or a place (plural or not), or a bare acronym of two or three letters:
 * "Artificial Intelligence", "Americas", "ECA" are no names a unit can claim. */
function genericShortForm(text: string, words: WordLists): boolean {
  const known = (w: string) => [w, w.replace(/s$/i, ''), w.replace(/es$/i, ''), w.replace(/ies$/i, 'y')].some((v) => isCommonWord(v, words) || words.proper?.has(v.toLowerCase()));
  return text.split(/\s+/).every((w) => /^(?:and|of|&)$/i.test(w) || known(w)) || /^\p{Lu}{2,3}$/u.test(text);
}

/**
 * Alias inputs for a unit or brand known only from its owner's list ("Digital Industries" of
 * Siemens): its name as listed and without a legal suffix. A short form only when the unit is a
 * group of its own ("Vodacom Group" of Vodafone is "Vodacom") and the short form is neither the
 * start of its owner's name ("Mercedes-Benz" of "Mercedes-Benz Cars" is the parent's), nor
 * another entity's own name (`taken`), nor generic.
 */
export function unitAliasInputs(name: string, words: WordLists, owner = '', taken: (alias: string) => boolean = () => false): AliasInput[] {
  const plain = stripLegalSuffix(name);
  const names = [...new Set([name, plain])];
  const rueck = reinsurerShortForm(plain);
  if (rueck && !taken(rueck)) names.push(rueck);
  const short = GROUP_TAIL.test(plain) ? descriptorShortForm(name, words) : undefined;
  // Initials left by the group word ("STS" of Entain's STS Holdings) stand for many things in
  // other stories (Chile's "STS" grid): no short form of four capitals or fewer.
  const initials = !!short && short.length <= 4 && short === short.toUpperCase();
  if (short && !initials && !names.includes(short) && !taken(short) && !genericShortForm(short, words) && !normaliseName(owner).startsWith(normaliseName(short))) names.push(short);
  // "du Dauphiné Libéré", "le Maine Libre": a unit's name of two words or more without its article,
  // as companyAliasInputs gives a company's, when it is no other entity's name. Not when one word
  // remains ("Capitale", "Meuse": too often a word or a place), when the article is a town's
  // ("Los Angeles Rams", "La Spezia Container Terminal"), nor when only ordinary words remain
  // ("The Company Store", "Le Pain Quotidien": the article is what makes them a name).
  const bare = plain.replace(LEADING_ARTICLE, '');
  const bareWords = bare.split(/\s+/);
  const articleTown = placePopulation(plain.split(/\s+/).slice(0, 2).join(' '), words) > 0;
  if (bare !== plain && /^\p{Lu}\S*\s+\p{Lu}/u.test(bare) && !articleTown && !bareWords.every((w) => isCommonWord(w, words)) && !taken(bare)) names.push(bare);
  return exactCaseForOrdinaryPhrases(names.map((text) => ({ text, fromOwnerList: true })), words);
}

/**
 * Alias inputs for a company (or brand / organisation) from its names. `takenElsewhere`: a name
 * another entity records as its own ("Citi" of Citigroup) is no short form of this one ("Citi
 * Holdings" does not become "Citi"). `namedElsewhere` (the same by default): also another
 * entity's own name, for the form without a leading article ("Block" of The Block is Block, Inc.).
 */
/** "Groupe Herstal", "Gruppo Florence", "Grupo Posadas": a group named after its town. */
const GROUP_HEAD = /^(?:Groupe|Gruppo|Grupo|Group|Gruppe)\s/u;

export function companyAliasInputs(name: string, recorded: readonly { text: string; nickname?: boolean }[], tickers: readonly string[], words: WordLists, takenElsewhere: (alias: string) => boolean = () => false, namedElsewhere: (alias: string) => boolean = takenElsewhere): AliasInput[] {
  const inputs: AliasInput[] = [{ text: name }];
  const stripped = stripLegalSuffix(name);
  // Listings shout some names ("BROOKFIELD Corp", "MICROSTRATEGY Inc"); the press writes
  // "Brookfield", and the first spelling of an alias wins. Six letters or more: shorter all-caps
  // names are acronyms (PIMCO, IQVIA).
  if (/^\p{Lu}{6,}$/u.test(stripped)) inputs.push({ text: stripped.charAt(0) + stripped.slice(1).toLowerCase() });
  if (stripped !== name) inputs.push({ text: stripped });
  const short = descriptorShortForm(name, words);
  // A group's short name that is its home town's ("Herstal" of Groupe Herstal, "Florence" of
  // Gruppo Florence) names the town as often: it needs the group or its people named plainly.
  // Banks keep their town ("Santander" of Banco Santander): the press names them so.
  const groupTown = GROUP_HEAD.test(name) ? stripped.replace(GROUP_HEAD, '') : '';
  const isTown = (t: string | undefined) => !!groupTown && t === groupTown && !/\s/.test(t) && placePopulation(t, words) > 0;
  if (short && short !== stripped && !takenElsewhere(short) && !(/^The\s/.test(name) && namedElsewhere(short))) inputs.push(isTown(short) ? { text: short, town: true } : { text: short });
  const rueck = reinsurerShortForm(stripped);
  if (rueck) inputs.push({ text: rueck });
  // "Just Eat Takeaway.com" is "Just Eat Takeaway", "Yahoo!" is "Yahoo" in running text.
  const bareWeb = stripped.replace(/\.com$/i, '').replace(/!$/, '');
  if (bareWeb !== stripped && bareWeb.replace(/[^\p{L}\p{N}]/gu, '').length >= MIN_SHORT_LETTERS && !isCommonWord(bareWeb, words) && !words.proper?.has(bareWeb.toLowerCase())) inputs.push({ text: bareWeb });
  // "Il Sole 24 Ore" is "del Sole 24 Ore", "Les Echos" "aux Echos": the article goes with the
  // preposition. Only when what remains is no ordinary word ("La Stampa" keeps its article) and
  // no other entity's name (the crypto outlet "The Block" is no "Block": Block Inc. is).
  const bare = stripped.replace(LEADING_ARTICLE, '');
  if (bare !== stripped && /^\p{Lu}/u.test(bare) && !isCommonWord(bare, words) && !namedElsewhere(bare) && bare.replace(/[^\p{L}\p{N}]/gu, '').length >= MIN_SHORT_LETTERS) inputs.push({ text: bare });
  // "a déclaré au Monde", "secondo il direttore del Giornale": where what remains is an ordinary
  // word, only after the preposition the article went into (French le/les, Italian il/lo/la,
  // Spanish el).
  else if (bare !== stripped && CONTRACTED_ARTICLE.test(stripped) && /^\p{Lu}\p{Ll}+$/u.test(bare) && !namedElsewhere(bare) && bare.length >= MIN_SHORT_LETTERS && !recorded.some((a) => a.text === bare)) inputs.push({ text: bare, afterContraction: true });

  for (const a of recorded) {
    // A recorded alias that is a ticker ("MSFT") keeps the ticker flags.
    const isTicker = tickers.includes(a.text);
    inputs.push({ text: a.text, nickname: a.nickname, ticker: isTicker, ...(isTown(a.text) ? { town: true } : {}) });
    // "JPMorgan SE" (J.P. Morgan SE's recorded name) is no "JPMorgan": JPMorgan Chase goes by it.
    const s = stripLegalSuffix(a.text);
    if (s !== a.text && !takenElsewhere(s)) inputs.push({ text: s });
    const r = reinsurerShortForm(s);
    if (r) inputs.push({ text: r });
  }
  // "St. James's Place" is "St James's Place" in British news, which drops the abbreviation's dot.
  for (const input of [...inputs]) {
    const undotted = input.text.replace(/\bSt\.(?= \p{Lu})/gu, 'St');
    if (undotted !== input.text && !inputs.some((i) => i.text === undotted)) inputs.push({ ...input, text: undotted, ticker: false });
  }
  // A ticker that is the company's own name ("BBVA") stays its name: no ticker flags, which would
  // ignore it in an all-caps heading.
  for (const t of tickers) if (t !== name && t !== stripped && isSafeTicker(t, words)) inputs.push({ text: t, ticker: true });
  return inputs;
}

/** "Ralf P. Thomas" is "Ralf Thomas" in most articles: middle initials are often left out. */
export function withoutMiddleInitials(name: string): string | undefined {
  const m = /^(\p{L}{2,}\S*)\s+(?:\p{Lu}\.\s+)+(\S.*)$/u.exec(name);
  return m ? `${m[1]} ${m[2]}` : undefined;
}

/**
 * `known`: false for people known only from a line in a company record (a founder, a CFO): their
 * surname alone is more often something else ("Blackwell" is an Nvidia chip), so it counts only
 * after the full name in the same article ("Daniel Hajj ... Hajj prevé"), as news writes it.
 */
export function personAliasInputs(name: string, recorded: readonly { text: string }[], known = true): AliasInput[] {
  const inputs: AliasInput[] = [{ text: name }, ...recorded.map((a) => ({ text: a.text }))];
  const short = withoutMiddleInitials(name);
  if (short) inputs.push({ text: short });
  const surname = surnameOf(name);
  if (surname && surname !== name) inputs.push(known ? { text: surname, surname: true } : { text: surname, surname: true, afterFullName: true });
  const compound = compoundSurnameOf(name);
  if (compound && compound !== short) inputs.push(known ? { text: compound, surname: true } : { text: compound, surname: true, afterFullName: true });
  // "Tufan Erginbilgiç" recorded beside "Tufan Erginbilgic": the press writes the surname alone in
  // either spelling ("Mr Erginbilgiç also confirmed").
  for (const a of recorded) {
    if (a.text === name || withoutDiacritics(a.text) !== withoutDiacritics(name)) continue;
    const variant = surnameOf(a.text);
    if (variant && variant !== surname && variant !== a.text) inputs.push(known ? { text: variant, surname: true } : { text: variant, surname: true, afterFullName: true });
  }
  return inputs;
}

const withoutDiacritics = (s: string): string => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

/**
 * The press short form of a multi-word company name ("Intesa" for Intesa Sanpaolo, "Poste"
 * for Poste Italiane): the first word, kept only when one of the record's own cited page
 * titles uses it alone (not followed by the rest of the name). Evidence, not guesswork.
 */
/** A word that names a kind of organisation, never one organisation: "Fundación" of Fundación Mapfre. */
// Also the kinds of place a company runs ("Flughafen" of Flughafen Hamburg: "am Flughafen Schwechat").
// And the kinds of association ("Dachverband" of Dachverband Kritische Aktionäre, "Consorzio" of a
// consortium): "der Dachverband Norddeutscher Zuckerrübenanbauer" is another one; "Empresas" of
// Empresas Eléctricas A.G. is any firms'. And "Groupe" of
// Groupe Fayat, which a cited page's "(JDL Groupe)" wrote alone: every group's word.
const GENERIC_FIRST_WORD = /^(?:Groupe|Gruppo|Grupo|Group|Gruppe|Fundación|Fundação|Foundation|Fondation|Fondazione|Stiftung|Fundació|Flughafen|Aeroporto|Aeropuerto|Aéroport|Airport|Hafen|Stadtwerke|Sparkasse|Volksbank|Dachverband|Verband|Bundesverband|Association|Associazione|Asociación|Associação|Federazione|Federación|Fédération|Federation|Consorzio|Consorcio|Empresas|Empresa|Compañía|Compagnie|Società|Gesellschaft)$/u;

export function shortFormFromTitles(name: string, titles: readonly string[], isOrdinary: (word: string) => boolean = () => false): string | undefined {
  const tokens = stripLegalSuffix(name).split(/\s+/);
  if (tokens.length < 2) return undefined;
  const [first, second] = tokens as [string, string];
  // "Paul, Weiss, Rifkind…": a first word that a comma ends is one partner's name in a list, not
  // the firm's short form.
  if (first.length < 3 || !/^\p{Lu}/u.test(first) || /[,;:]$/u.test(first) || GENERIC_FIRST_WORD.test(first)) return undefined;
  const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  // A first word that is an ordinary word ("Société", "Banque", "Crédit") needs a title that drops
  // the rest in any case: "Société générale : ..." is the full name. A name of its own ("Heathrow
  // airport", "SGL carbon") keeps the looser reading.
  const anyCase = (t: string) => [...t].map((c) => (c.toLowerCase() !== c.toUpperCase() ? `[${c.toLowerCase()}${c.toUpperCase()}]` : esc(c))).join('');
  const rest = isOrdinary(first) ? anyCase(second) : esc(second);
  const alone = new RegExp(`(?<![\\p{L}\\p{N}-])${esc(first)}(?![\\p{L}\\p{N}-])(?!\\s+${rest})`, 'u');
  return titles.some((t) => alone.test(t)) ? first : undefined;
}
