/**
 * Names that are also ordinary words in a form the hunspell stems miss (plurals, inflections,
 * capitalised nouns), named in FORMS.md or seen in testing. The compiler flags such aliases
 * ambiguous + needsContext even when the data did not ("Generali e colonnelli", "Gates opened
 * the gates", "Im Continental-Hotel"). Folded (lower-case) forms.
 */
export const EXTRA_COMMON_WORDS: ReadonlySet<string> = new Set([
  // it: plural or feminine forms, first names and surnames
  'poste', 'intesa', 'meta', 'leonardo', 'ferrari', 'terna', 'banca', 'tavolo',
  // it: a verb of headlines ("BARILLA ACCELERA NEGLI USA"), also Cummins' electric unit Accelera
  'accelera',
  // en: plurals that open a quote ("Farmers have regained confidence", "Shoppers are stretching"),
  // also Zurich's US insurer Farmers and the drugstore chain Shoppers Drug Mart
  'farmers', 'shoppers',
  // en
  'apple', 'amazon', 'shell', 'target', 'oracle', 'square', 'block', 'snap', 'visa', 'alphabet', 'x', 'gates', 'jobs',
  'page', 'cook', 'orange', 'total', 'next', 'gap', 'ball', 'pool', 'dover',
  // en: plurals the stems miss ("BBB Foods", "Shoppers are still switching")
  'foods', 'shoppers',
  // en, de: nouns of the trade ("Fintech-Gründer", "im Norden"), also Fintech Advisory and the
  // Danish shipowner Norden
  'fintech', 'norden',
  // en: verbs of headlines in title case ("Qualcomm Beats on Data-Center Push")
  'beats',
  // en: an outlet's short name that opens sentences as an adjective ("Retail investors will be able to bid")
  'retail',
  // en: towns that are surnames in the data ("SpaceX, based in Hawthorne" is no Eddie Hawthorne)
  'hawthorne',
  // en: a surname and an adjective that are brands in the data ("Coleman told the Courier-Mail" is
  // a chief executive, "Olympic venue projects" no paint brand)
  'coleman', 'olympic',
  // en: function words that are also acronyms ("Its shares rose" is no ITS, DER Touristik's tour
  // operator); a capital at a sentence start must not make them names
  'its', 'was', 'has', 'her', 'his', 'our', 'who', 'how', 'now', 'not', 'any', 'all', 'one', 'new', 'via',
  // fr, de, es: nouns, cities, first names
  'vinci', 'continental', 'post', 'allianz', 'linde', 'santander', 'sabadell', 'mercedes', 'zara',
  // de: a noun ("die Mittel", the funds) that is the Italian holding Mittel's name
  'mittel',
]);

/**
 * Names that are ordinary words in some languages only: "Generali e colonnelli" in Italian news,
 * while "mit der Generali" in German news is the insurer (an Italian plural is no German word).
 * The judge treats them as ambiguous only on pages in those languages (or of unknown language).
 */
export const LANGUAGE_COMMON_WORDS: ReadonlyMap<string, readonly string[]> = new Map([
  ['generali', ['it']],
  // "Plattformen für Kleinanzeigen" (classified ads) in German news; the marketplace elsewhere.
  ['kleinanzeigen', ['de']],
  // "eng im europäischen Verbund eingebunden" (the interconnected grid) in German news; the
  // Austrian utility needs a cue or its full name there.
  ['verbund', ['de']],
  // "der Kakao wird teurer" (cocoa) in German news; the Korean internet group elsewhere.
  ['kakao', ['de']],
  // "Foxhaven Healthcare Capital Partners": the English plural ends many an investor's name; Partners
  // Group's short name needs the group named plainly (or a cue) on every page.
  ['partners', ['it', 'en', 'fr', 'de', 'es']],
]);
/**
 * Names that are never the name on pages in those languages: German nouns ("die Mittel", the
 * funds; "Das Mittel Ogsiveo", the drug) that a nearby "Konzernmutter" or "Umsatz" would otherwise
 * let through as the Italian holding Mittel, which German news does not name alone. Elsewhere
 * they are ordinary ambiguous names.
 */
export const LANGUAGE_NEVER_NAMES: ReadonlyMap<string, readonly string[]> = new Map([
  ['mittel', ['de']],
  // "Heuer will das Unternehmen … investieren": Austrian German for "this year", not TAG Heuer.
  ['heuer', ['de']],
  // "el impuesto PAIS" (Argentina's tax on dollar purchases), "pais" (country) unaccented in
  // capitals: never the Casalasco tomato brand Pais in Spanish news.
  ['pais', ['es']],
  // "fármacos de ARN", "vaccins à ARN messager": RNA in French and Spanish news, not ARN Media.
  ['arn', ['fr', 'es']],
  // "Nach Kleins Worten" (in his words), not the Portuguese retailer
  ['worten', ['de']],
  // "des Tiroler Investors", "ein Investor": the noun; Investor AB keeps its full name
  ['investor', ['de']],
  // "ZMP Invest AG": in German news "AG" is the legal form (Aktiengesellschaft), never AG Insurance.
  ['ag', ['de']],
  // "Only $75 million of the offer is new money": an English adverb, never Bestseller's brand.
  ['only', ['en']],
  // "VAT-free shopping": value added tax in English news; the Swiss valve maker is "VAT Group" there.
  ['vat', ['en']],
  // "senza pagare l'IVA", "el IVA": value added tax in Italian and Spanish news, not the Austrian
  // shareholders' association IVA.
  ['iva', ['it', 'es']],
  // "Größter Aktionär ist der Gründer": the German noun (shareholder), not the magazine Der Aktionär.
  ['aktionär', ['de']],
  // "Altri 45 milioni andranno allo stabilimento": Italian for "others", not the Portuguese pulp maker.
  ['altri', ['it']],
  // "Besonders gefragt seien Mandate für Unternehmerfamilien": German for mandates, not the Irish
  // retail union Mandate.
  ['mandate', ['de']],
]);
/** Their lengths: the judge lower-cases only aliases of such a length. */
export const LANGUAGE_COMMON_LENGTHS: ReadonlySet<number> = new Set([...LANGUAGE_COMMON_WORDS.keys(), ...LANGUAGE_NEVER_NAMES.keys()].map((w) => w.length));

/**
 * Function words (and two adjectives) that can never be a name on their own, whatever the data says (a build that
 * strips "Vanguard Group" from "The Vanguard Group" must not leave a company called "The").
 * The compiler drops such aliases.
 */
export const NEVER_ALIASES: ReadonlySet<string> = new Set([
  'the', 'a', 'an', 'of', 'and', 'or', 'to', 'in', 'on', 'for', 'by', 'with', 'at', 'from',
  // a kind of firm in every language ("das Fintech Raisin", "la fintech Lydia"): never David
  // Martínez's Fintech Advisory, which keeps its full name
  'fintech',
  'il', 'lo', 'la', 'i', 'gli', 'le', 'un', 'una', 'uno', 'di', 'da', 'e', 'o', 'del', 'della', 'per', 'con',
  // Italian articulated prepositions open sentences ("Nel 2024", "Nel trimestre il gruppo..."), where
  // a company cue nearby would otherwise let Nel ASA's short name through; "Nel ASA" still matches.
  'nel', 'nello', 'nella', 'nei', 'negli', 'nelle', 'sul', 'sullo', 'sulla', 'sui', 'sugli', 'sulle',
  'dal', 'dallo', 'dalla', 'dai', 'dagli', 'dalle', 'col', 'coi', 'allo', 'alla', 'agli', 'alle', 'dello', 'dei', 'degli', 'delle',
  'les', 'des', 'du', 'de', 'et', 'ou', 'au', 'aux', 'en', 'pour', 'sur',
  'der', 'die', 'das', 'den', 'dem', 'des', 'ein', 'eine', 'und', 'oder', 'von', 'zu', 'mit', 'im', 'am',
  'el', 'los', 'las', 'y', 'al', 'con', 'por', 'para',
  // A nationality adjective the press puts before every Swiss thing ("Swiss Market Index",
  // "Swiss franc"); the airline keeps its longer names.
  'swiss',
  // ... and one the build leaves of "International Brotherhood of Teamsters" ("Borouge Group International").
  'international',
  // Generic words a build leaves of a bank's name ("Banque" of Banque Bonhôte, "Banca" of Banca
  // IMI): "la Banque nationale de Belgique" is no Swiss private bank.
  'banque', 'banca', 'banco', 'bank', 'financiera',
  // ... and of a group's ("Grupo" of Grupo Antolin): "la minera del Grupo BAL" is no car-parts maker.
  'grupo', 'gruppo', 'groupe', 'gruppe', 'group',
  // ... and of an association's ("Association" of the Association of British Insurers), and
  // words a record lists as a name of its own ("Energy" of Energy Impact Partners, Engie's unit
  // "Networks").
  'association', 'associazione', 'asociación', 'energy', 'networks',
  // ... and of a trade body's ("Fachverband" of the Fachverband Werbung: Austria has dozens).
  'fachverband',
  // Plain nouns a record leaves as a unit's or a short name: Liebherr's hotel division "Hotels"
  // ("rund 30 Hotels"), thyssenkrupp's "Steel" ("steel prices"), a holding's "FM" (the radio band),
  // "Fonds" (of Quebec's Fonds de solidarité FTQ), "Glasfaser" (of Deutsche Glasfaser: fibre),
  // "Software" (Software AG is named in full), "e-mobility", "Retail" (of Retail Week), "EPS"
  // (of EPS Sura: any Colombian health insurer, and earnings per share).
  'hotels', 'steel', 'fm', 'fonds', 'glasfaser', 'software', 'e-mobility', 'retail', 'eps',
  // "excise duty in the Budget": the government's, not Avis Budget's car-rental brand (named in
  // full, "Avis Budget", it still matches).
  'budget',
  // "le Comité de direction", "el Comité de Dirección": the word a build leaves of Comité
  // Champagne's name names any committee.
  'comité', 'comite',
  // ... and of a university's ("Università" of Università Telematica Pegaso).
  'università', 'universidad', 'université', 'universität', 'university',
  // Tesla's word for any battery or car plant ("a new Gigafactory in Sweden")
  'gigafactory',
  // Countries' short forms: "the company's U.S. unit" is no U.S. Bancorp (its record lists "U.S.").
  'u.s.', 'u.s', 'us', 'usa', 'u.k.', 'uk', 'eu',
  // The German noun a build leaves of "Energie AG" (Energie AG Oberösterreich): "Kosten für Energie".
  'energie',
]);

/**
 * English nationality adjectives, capitalised like names, that airlines and others take as their
 * short name ("Norwegian" of Norwegian Air Shuttle, "Austrian" of Austrian Airlines). "The Austrian
 * lender", "Norwegian oil fund" are nationalities before a noun with a company cue close by, so
 * neither a cue nor the capital backs them: only the company (or its people) named plainly in
 * the text does.
 */
export const DEMONYMS: ReadonlySet<string> = new Set([
  'american', 'argentine', 'australian', 'austrian', 'baltic', 'belgian', 'brazilian', 'british', 'bulgarian',
  'canadian', 'chilean', 'chinese', 'colombian', 'croatian', 'czech', 'danish', 'dutch', 'egyptian', 'emirati',
  'english', 'estonian', 'european', 'finnish', 'french', 'german', 'greek', 'hungarian', 'icelandic', 'indian',
  'irish', 'israeli', 'italian', 'japanese', 'korean', 'latvian', 'lithuanian', 'mexican', 'nordic', 'norwegian',
  'peruvian', 'polish', 'portuguese', 'qatari', 'romanian', 'russian', 'saudi', 'scandinavian', 'scottish',
  'serbian', 'slovak', 'slovenian', 'spanish', 'swedish', 'turkish', 'ukrainian', 'welsh',
]);

/**
 * Business terms written as acronyms (and a function word) that are also a company's name or short name: "criteri ESG"
 * (environmental, social, governance; Socotec's unit ESG), "il CdA ha approvato" (Italian for the
 * board; Compagnie des Alpes is "CDA" in French). Like the demonyms above, only the company named
 * plainly in the text backs them: the acronym rule ("written exactly as recorded") would take
 * every one. Folded forms.
 */
export const BUSINESS_TERMS: ReadonlySet<string> = new Set([
  'esg', 'cda', 'ceo', 'cfo', 'coo', 'ipo', 'ebit', 'ebitda', 'etf', 'npl', 'btp', 'opa', 'ops', 'opv', 'kpi', 'capex', 'spac', 'reit', 'pil', 'bip', 'gdp', 'kmu', 'pme',
  // credit ratings ("rating BBB", Boggi Milano's "BBB")
  'aaa', 'aa', 'bbb', 'bb', 'ccc',
  // function words that are also a name ("But analysts questioned…": the French retailer But;
  // "Ancora in perdita la controllata…": the activist fund Ancora, with a cue word close by)
  'but', 'ancora',
  // an English comparative that opens sentences ("Closer to home, Pilbara posted a profit": the
  // magazine Closer only where the story names it plainly)
  'closer',
  // business words that are an outlet's or a union's short name (round 19): Italian "affari"
  // ("Piazza Affari"; Affari & Finanza), German "Bilanz" (balance sheet; the Swiss magazine),
  // "Capital" (the French and German magazines), French "IA" (artificial intelligence; IATSE)
  'affari', 'bilanz', 'capital', 'ia',
  // "El ADR de YPF": an American depositary receipt (also Aeroporti di Roma's short name)
  'adr',
  // "la CNE autorizó": the energy regulator in Mexican and Chilean news; the Belgian employees'
  // union goes by it in French (with its own name or its confederation, the CSC, close by)
  'cne',
]);

/**
 * Month names English and German write with a capital ("in April", "im Juni"), which a company
 * may go by (the French broker April Group). Like the business terms above, only the company
 * named plainly in the text, or its people, backs them: a capital proves nothing in English or
 * German, and a cue nearby ("results in April") is no cue for the broker.
 */
export const MONTH_NAMES: ReadonlySet<string> = new Set([
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
  'januar', 'februar', 'märz', 'mai', 'juni', 'juli', 'oktober', 'dezember',
  // English dates abbreviate them ("Feb. 1"): Belgium's employers' federation FEB is not meant.
  'jan', 'feb', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
]);
