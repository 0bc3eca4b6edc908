/**
 * Stock indices: never reported as anything, whatever else goes by the name ("SMI" is also an
 * Italian textile federation, "Nikkei" a newspaper, "Euro Stoxx 50" a brand of STOXX).
 */
export const STOCK_INDICES: readonly string[] = [
  'Nasdaq Composite', 'Nasdaq 100', 'Nasdaq-100', 'Dow Jones', 'Dow Jones Industrial Average', 'S&P 500',
  'FTSE MIB', 'FTSE 100', 'Euro Stoxx 50', 'Stoxx 600', 'Stoxx Europe 600', 'CAC 40', 'Ibex 35', 'SMI',
  'Nikkei', 'Hang Seng', 'BEL 20', 'AEX', 'ATX', 'PSI 20', 'OMX Stockholm 30', 'OMXS30', 'DAX', 'MDAX',
  'SDAX', 'TecDAX', 'SPI', 'Euro Stoxx', 'Merval', 'Ibovespa', 'S&P/TSX', 'Russell 2000', 'MSCI World',
  'Topix', 'Kospi', 'Swiss Market Index', 'Swiss Performance Index', 'FTSE 250', 'FTSE 350', 'FTSE All-Share', 'FTSE AIM 100', 'FTSE AIM All-Share', 'FTSE AIM UK 50', 'S&P/ASX 200', 'ASX 200', 'All Ordinaries',
  // Euronext's markets by name: the exchange, not the company ("quotata su Euronext Star Milan").
  'Euronext Milan', 'Euronext Star Milan', 'Euronext STAR Milan', 'Euronext Growth Milan', 'Euronext Growth Paris', 'Euronext Growth',
  // ... and BME's and the LSE's growth markets ("cotiza en BME Growth").
  'BME Growth', 'Mercado Continuo', 'AIM Italia',
  // Luxembourg's exchange-regulated bond market ("sull'Euro MTF della Borsa del Lussemburgo"),
  // Frankfurt's segments ("im Prime Standard": no Austrian daily).
  'Euro MTF', 'Prime Standard', 'General Standard',
  // ... and its SME segment ("im Scale-Segment der Frankfurter Börse"), not Scale AI.
  'Scale-Segment', 'Segment Scale',
  // Frankfurt's unregulated segment ("im Open Market der Frankfurter Börse"), not the brand Open.
  'Open Market',
  // FTSE's Italian indices, and MSCI's and S&P's national indices in Latin American news: the
  // index, not the company.
  'FTSE Italia Mid Cap', 'FTSE Italia All-Share', 'FTSE Italia Star', 'FTSE Italia Small Cap',
  // Australia's exchange, a venue ("listed on the ASX"), not its operator ASX Limited named in
  // full. (Cboe's "VIX" is kept from TelevisaUnivision's "ViX" by that alias's exact case,
  // alias-rows.ts: a block would take the brand's own spelling too.)
  'ASX',
  // Nasdaq's Nordic indices ("the OMX Stockholm Mid Cap"), not the exchange operator.
  'OMX Stockholm 30', 'OMX Stockholm Mid Cap', 'OMX Stockholm Large Cap', 'OMX Stockholm Small Cap', 'OMX Stockholm', 'OMX Copenhagen 25', 'OMX Helsinki 25', 'OMX Nordic 40',
  // London's small-company indices ("The stock sits in the FTSE SmallCap").
  'FTSE SmallCap', 'FTSE Small Cap', 'FTSE Fledgling',
  // Euronext's markets that the data holds only as names of the group: the venue ("coté aux
  // côtés d'Euronext Paris"), the operator being "Euronext". Euronext Dublin and Lisbon, companies
  // of their own, stay names ("Euronext Dublin reported record listings").
  'Euronext Paris', 'Euronext Bruxelles', 'Euronext Brussels', 'Euronext Amsterdam',
  'MSCI Colcap', 'Colcap', 'MSCI Emerging Markets', 'MSCI ACWI', 'MSCI Europe', 'S&P IPSA', 'S&P Merval', 'S&P/BMV IPC',
];

/**
 * Stock figures of speech that use a first name or surname: "Otto Normalverbraucher" is the
 * average consumer, not Benjamin Otto after his full name.
 */
export const NAME_IDIOMS: readonly string[] = ['Otto Normalverbraucher', 'Lieschen Müller', 'Max Mustermann', 'Erika Mustermann',
  // Sectors named as a group ("Big Tech's AI bill"): no bank BiG, no company at all.
  'Big Tech', 'Big Oil', 'Big Pharma',
  // Accounting terms that open with a company's name: "Free Cashflow" is no Free (Iliad), the South
  // African "Headline earnings" no Headline.
  'Free Cashflow', 'Free Cash Flow', 'Free-Cashflow', 'Headline earnings', 'headline earnings',
  // Belgian labour law's consultation before mass lay-offs, named after the 1997 Vilvoorde closure.
  'procédure Renault', 'loi Renault',
  // "tailler dans le vif", "entrer dans le vif du sujet": the French idiom, not the magazine Le Vif.
  'dans le vif',
  // Towns whose names open with a company's: the furniture chain Porta's home town.
  'Porta Westfalica',
  // Seas named like a club or a brand: "wind farms in the Celtic Sea" are no Celtic FC.
  'Celtic Sea', 'mer Celtique', 'Mar Celtico', 'mar Céltico', 'Keltische See',
  // Regions named like an airline: "the desert Southwest" is Arizona and its neighbours.
  'desert Southwest', 'American Southwest',
  // "Versand per Post": the mail, not Austria's Post; Ireland's auto-enrolment pension scheme, not
  // Australia's sovereign fund; France's 2023 green-industry law; the French private placement.
  'per Post', 'My Future Fund', 'loi Industrie verte', 'Euro PP', 'Euro-PP',
  // The Swiss Jura's watchmaking belt, not the brand Arc.
  'Arc jurassien'];

/**
 * Regulators, central banks and public bodies: never reported as companies. They are compiled
 * into the trie as blocking phrases, so that the longest match consumes them ("Banco de España"
 * cannot leave a company "Banco" behind) and nothing is reported for the span.
 * FACTS-BUILD may give these their own entity kind (`regulator`); when the data lists one as a
 * company anyway, the same list drops that company mention.
 * Stock indices are here too: "Nasdaq Composite" and "Dow Jones" are not the companies; so are
 * idioms made of a name ("Otto Normalverbraucher").
 */
export const PUBLIC_BODIES: readonly string[] = [
  // Political parties (the SPD owns a newspaper holding, DDVG, and is still no company: "die
  // SPD-Medienholding", "SPD-Schatzmeister").
  'SPD', 'CDU', 'CSU', 'FDP', 'AfD', 'ÖVP', 'SPÖ', 'FPÖ',
  // Italy
  'Consob', 'Banca d’Italia', 'Bankitalia', 'Ivass', 'Antitrust', 'AGCM', 'Agcom', 'Covip',
  'Autorità di regolazione dei trasporti', 'Autorità di regolazione per energia reti e ambiente', 'Arera',
  // Italy's regions, as their governments are named ("la Regione Siciliana ha versato").
  'Regione Siciliana', 'Regione Lombardia', 'Regione Piemonte', 'Regione Toscana', 'Regione Emilia-Romagna', 'Regione Veneto', 'Regione Lazio', 'Regione Campania', 'Regione Puglia', 'Regione Sardegna',
  'Commissione europea', 'Commissione Ue', 'Banca centrale europea', 'Bce', 'Governo', 'Tesoro',
  'Ministero dell’Economia', 'Mef', 'Golden power',
  // The public agency for farm markets (the data lists it as an organisation).
  'Ismea',
  // A province's chamber of commerce ("la Camera di commercio di Modena"): no fashion chamber.
  'Camera di commercio', 'Camere di commercio',
  // English
  'SEC', 'Securities and Exchange Commission', 'Federal Reserve', 'Fed', 'FTC', 'Federal Aviation Administration', 'FAA',
  'Federal Trade Commission', 'Department of Justice', 'DoJ', 'FCA', 'Financial Conduct Authority', 'Prudential Regulation Authority', 'PRA',
  'Bank of England', 'European Commission', 'European Central Bank', 'ECB', 'CMA',
  'Competition and Markets Authority', 'FDIC', 'CFTC', 'Treasury', 'IMF', 'Food and Drug Administration',
  'International Monetary Fund', 'World Bank', 'Delaware Court of Chancery',
  // London's transport authority and Ireland's enterprise agency (public bodies the data lists
  // as organisations), Austria's telecoms regulator ("die Telekom-Control-Kommission" is no
  // Deutsche Telekom), and the label on Swiss watches ("Swiss made": no airline).
  'Transport for London', 'TfL', 'Enterprise Ireland', 'Telekom-Control-Kommission', 'Swiss made',
  // France's public auditor (the data holds it as an employer of people it describes).
  'Cour des comptes',
  // The UK's statistics office and Brazil's grid operator, both "ONS" (no Nedap's care software Ons).
  'ONS', 'Office for National Statistics', 'Operador Nacional do Sistema Elétrico',
  // Ireland's regulator and ministry ("the Central Bank of Ireland" is no Bank of Ireland).
  'Central Bank of Ireland', 'Department of Finance',
  // French
  'AMF', 'Autorité des marchés financiers', 'Autorité de la concurrence', 'Banque de France',
  'Commission européenne', 'Banque centrale européenne', 'BCE',
  // central banks the Belgian, Swiss, Dutch and Austrian press quote
  'Banque nationale de Belgique', 'National Bank of Belgium', 'Nationale Bank van België',
  'Banque nationale suisse', 'Schweizerische Nationalbank', 'Swiss National Bank', 'De Nederlandsche Bank',
  'Oesterreichische Nationalbank', 'Banco de Portugal',
  // Switzerland's innovation agency (a federal body) and the Chicago exchange (a trading venue).
  'Innosuisse', 'Chicago Board of Trade', 'CBOT',
  // Luxembourg's financial regulator and Frankfurt's exchange (a venue; Deutsche Börse runs it),
  // both filed as companies or brands by the data; a region filed as a one-fact company.
  'CSSF', 'Commission de Surveillance du Secteur Financier', 'Frankfurter Wertpapierbörse', 'New England',
  // German
  'BaFin', 'Bundeskartellamt', 'Bundesbank', 'Deutsche Bundesbank', 'EU-Kommission',
  'Europäische Kommission', 'Europäische Zentralbank', 'EZB', 'Bundesregierung',
  // Spanish
  'CNMV', 'Comisión Nacional del Mercado de Valores', 'CNMC', 'Banco de España', 'Instituto de Crédito Oficial',
  // Spain's bank resolution fund (Fondo de Reestructuración Ordenada Bancaria), a public body.
  'FROB', 'Fondo de Reestructuración Ordenada Bancaria',
  'Banco Central Europeo', 'Comisión Europea', 'Gobierno', 'Banco Mundial',
  // Latin American regulators and central banks ("la Superintendencia de Banca, Seguros y AFP":
  // Peru's, not the news agency AFP)
  'Superintendencia de Banca, Seguros y AFP', 'Superintendencia de Banca y Seguros', 'Superintendencia Financiera de Colombia',
  'Comisión para el Mercado Financiero', 'Comisión Nacional Bancaria y de Valores', 'Banco Central de Chile',
  // Colombia's central bank ("el Banco de la República"), not the daily La República.
  'Banco de la República',
  'Banco Central de Reserva del Perú', 'Banco de México', 'Banxico', 'Banco Central de la República Argentina',
  // Argentina's official foreign-exchange market (MLC), no part of Mercado Libre.
  'Mercado Libre de Cambios', 'Mercado Único y Libre de Cambios',
  // Culture ministries, not the Italian bookshop chain Cultura (or any "Culture" brand).
  'ministero della Cultura', 'Ministerio de Cultura', 'ministère de la Culture',
  // Canadian and British courts ("the Court of King's Bench of Alberta"), not a brand called King.
  "Court of King's Bench", 'Court of King’s Bench', "King's Bench", 'King’s Bench', "Court of Queen's Bench", 'Court of Queen’s Bench',
  // France's drug-price committee ("le Comité économique des produits de santé"), not Comité Champagne.
  'Comité économique des produits de santé',
  ...STOCK_INDICES,
  ...NAME_IDIOMS,
];

/**
 * Public bodies a country's press names by a word that is elsewhere a company's name: Mexico's
 * energy ministry is "la Sener" (Secretaría de Energía), which Spain's press means as the
 * engineering group Sener. Only pages tagged with the country's language (or language variant)
 * use them. Folded forms.
 */
const REGIONAL_PUBLIC_BODIES: Readonly<Record<string, readonly string[]>> = {
  // ... and "la AFAC" (Agencia Federal de Aviación Civil), not Argentina's car-parts makers' association.
  'es-mx': ['sener', 'afac'],
  // Chile's environmental assessment service ("el SEA"), not Milan's airports operator.
  'es-cl': ['sea'],
  // Italian news: the customs and gaming regulator (Agenzia delle Dogane e dei Monopoli), not
  // Archer-Daniels-Midland.
  it: ['adm'],
  // Swiss pages: the State Secretariat for Economic Affairs, not the toolmaker Seco.
  // and "la BNS" (Banque nationale suisse, Banca nazionale svizzera), not Scotiabank's ticker.
  'fr-ch': ['seco', 'bns'],
  'de-ch': ['seco'],
  'it-ch': ['seco', 'adm', 'bns'],
  // Spanish pages: Argentina's securities regulator (Comisión Nacional de Valores), not the Dutch union.
  es: ['cnv'],
  // Austrian pages: the public employment service ("beim AMS gemeldet"), not ams-OSRAM named bare.
  'de-at': ['ams'],
};

export interface RegionalBodies {
  names: ReadonlySet<string>;
  /**
   * Twice the longest name (soft hyphens and other ignorables fold away): a longer candidate is
   * not folded at all, since this is asked for every ref judged on the page.
   */
  maxLength: number;
}

const REGIONAL_BY_TAG = new Map<string, RegionalBodies>(Object.entries(REGIONAL_PUBLIC_BODIES).map(([tag, names]) => [
  tag, { names: new Set(names), maxLength: 2 * Math.max(...names.map((n) => n.length)) },
]));

/** The regional public bodies for a page language ("es-MX", then "es"), if any. */
export function regionalPublicBodies(lang: string | undefined): RegionalBodies | undefined {
  if (!lang) return undefined;
  const tag = lang.toLowerCase().replace('_', '-');
  return REGIONAL_BY_TAG.get(tag) ?? REGIONAL_BY_TAG.get(tag.split('-')[0]!);
}
