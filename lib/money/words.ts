/**
 * Words around numbers that decide what a number is: written-out numbers before a scale word,
 * per-share phrases, percentages, range and list connectors, and the words that make a
 * currency-less "10 miliardi" money ("un'offerta da 10 miliardi") or a quantity ("di utenti").
 */
import type { BaseLang } from './locale.ts';

/** Written-out numbers, only ever read right before a scale word ("due miliardi"). */
export const NUMBER_WORDS: Readonly<Record<string, number>> = {
  // it
  un: 1, uno: 1, una: 1, due: 2, tre: 3, quattro: 4, cinque: 5, sei: 6, sette: 7, otto: 8,
  nove: 9, dieci: 10, undici: 11, dodici: 12, tredici: 13, quattordici: 14, quindici: 15,
  sedici: 16, diciassette: 17, diciotto: 18, diciannove: 19, venti: 20, trenta: 30,
  quaranta: 40, cinquanta: 50, sessanta: 60, settanta: 70, ottanta: 80, novanta: 90,
  cento: 100, duecento: 200, trecento: 300, quattrocento: 400, cinquecento: 500,
  seicento: 600, settecento: 700, ottocento: 800, novecento: 900, mezzo: 0.5, mille: 1000,
  // en ("a" only in English, see ARTICLE_ONE)
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16,
  seventeen: 17, eighteen: 18, nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50,
  sixty: 60, seventy: 70, eighty: 80, ninety: 90, hundred: 100, half: 0.5,
  // fr
  une: 1, deux: 2, trois: 3, quatre: 4, cinq: 5, sept: 7, huit: 8, neuf: 9, dix: 10,
  onze: 11, douze: 12, treize: 13, quatorze: 14, quinze: 15, seize: 16, vingt: 20,
  trente: 30, quarante: 40, cinquante: 50, soixante: 60, septante: 70, octante: 80, huitante: 80, nonante: 90, vingts: 20, cent: 100, cents: 100, demi: 0.5,
  // de
  ein: 1, eine: 1, einer: 1, einem: 1, einen: 1, zwei: 2, drei: 3, vier: 4, 'fünf': 5,
  sechs: 6, sieben: 7, acht: 8, neun: 9, zehn: 10, elf: 11, 'zwölf': 12, dreizehn: 13,
  vierzehn: 14, 'fünfzehn': 15, zwanzig: 20, 'dreißig': 30, vierzig: 40, 'fünfzig': 50,
  hundert: 100, zweihundert: 200, dreihundert: 300, vierhundert: 400, 'fünfhundert': 500,
  halbe: 0.5, halben: 0.5, anderthalb: 1.5, eineinhalb: 1.5,
  // es
  dos: 2, tres: 3, cuatro: 4, cinco: 5, seis: 6, siete: 7, ocho: 8, nueve: 9, diez: 10,
  once: 11, doce: 12, trece: 13, catorce: 14, quince: 15, veinte: 20, treinta: 30,
  cuarenta: 40, cincuenta: 50, cien: 100, ciento: 100, doscientos: 200, doscientas: 200, trescientos: 300,
  trescientas: 300, cuatrocientos: 400, quinientos: 500, quinientas: 500, seiscientos: 600,
  setecientos: 700, ochocientos: 800, novecientos: 900, medio: 0.5, media: 0.5,
};

/** "a billion dollars" / "half a billion": the English article counts as one. */
export const ARTICLE_ONE = 'a';
/** Words before a year ("nel 2025", "seit 2002 Euro-Bargeld") that make it a date, not money. */
export const YEAR_WORDS: ReadonlySet<string> = new Set(
  ('nel nell anno dal al del entro fino in im seit bis jahr since year by until until en depuis ' +
    'desde hasta año année dès durante during').split(' '),
);

/** "e mezzo", "and a half", "et demi", "y medio" after a scale word. */
export const AND_HALF_RE = /[ \u00A0]+(?:e mezzo|and a half|et demi|y medio|und ein halb)(?![\p{L}])/iuy;

/** Joins a larger and a smaller scale into one figure: "10 miliardi e 86 milioni". */
export const COMPOUND_AND_RE = /[ \u00A0]+(?:e|and|et|y|und)[ \u00A0]+/iuy;

/**
 * "0,29 euros brutos por acción", "1,40 € brut par action": gross or net before the phrase; a
 * share class after it ("par action nominative", "par bon de participation", Lindt's
 * participation certificates) belongs to it.
 */
export const PER_SHARE_RE = new RegExp(
  '(?:-|[ \\u00A0]*)(?:(?:brut|bruts|brute|brutes|brutos|bruto|brutas|lordi|lordo|brutto|net|nets|netos|neto|netti|netto|gross)[ \\u00A0]+)?' +
    '(?:per azione|ad azione|per share|a share|a-share|apiece|per ordinary share|per diluted share|a diluted share|per basic share|per security|a security|per stapled security|' +
    'per titolo|pro aktie|je aktie|je vorzugsaktie|je stammaktie|pro vorzugsaktie|je namenaktie|pro namenaktie|je inhaberaktie|pro inhaberaktie|je partizipationsschein|per-share|' +
    'par action|par titre|par bon de participation|por participación|por participacion|par part|per quota|pro anteil|je anteil|por acción|por accion|por título|por titulo|por cbfi|por cpo|por certificado|per ads|por ads|par ads|per adr|por adr|par adr|/share|/azione|/aktie|/acción|/accion|/action|/titolo|/título|/titulo)' +
    '(?:[ \\u00A0]+(?:nominative|au porteur|ordinaire|ordinaria|ordinarie|privilégiée|di risparmio))?(?![\\p{L}])',
  'iuy',
);

/** A number followed by these is a percentage or index points, never money. */
export const PERCENT_RE = new RegExp(
  '[ \\u00A0\\u202F]*(?:%|‰|per ?cento|percent|per cent|pour ?cent|prozent|por ?ciento|' +
    'punti|points|pts|punkte|puntos|basis points|bps|pb)(?![\\p{L}])',
  'iuy',
);

/** Connectors of a range "X – Y" that need no opening word. */
export const DASH_RANGE_RE = /[ \u00A0\u202F]*[-–—][ \u00A0\u202F]*/y;
/** "X to Y", "X bis Y", "X a Y", "X à Y", "X al Y"; "von X auf Y" (always a change). */
// "da 142 a circa 100 milioni", "from 5 to about 7 billion": a hedge may sit after the connector.
export const TO_RANGE_RE = /[ \u00A0]+(?:to|bis|a|à|al|au|auf)[ \u00A0]+(?:(?:circa|about|around|environ|rund|etwa|unos|unas|quasi|près de)[ \u00A0]+)?/iuy;
/** "X e Y" / "X and Y": a range after tra/between/zwischen/entre, otherwise a list. */
export const AND_RE = /[ \u00A0]*(?:,[ \u00A0]*)?(?:e|and|et|y|und|o|or|ou|oder)[ \u00A0]+(?:(?:i|gli|le|los|las|les|die|the)[ \u00A0]+)?/iuy;

/**
 * Between two written numbers sharing one scale: "two to three billion", "zwei bis drei". The
 * reference for links.ts `writtenLowEnd`, which reads the same backwards (property-tested equal).
 */
export const WORD_RANGE_RE =
  /(?<![\p{L}])(\p{L}+)[ \u00A0]+(?:to|or|bis|oder|a|o|ou|à|e|et|y|and|und|-|–)[ \u00A0]+$/iu;

/** Articles skipped when looking for the word that opens a range ("tra i 66 e i 72"). */
export const ARTICLES: ReadonlySet<string> = new Set(
  'i il gli le la lo los las les the die der den des el un una'.split(' '),
);

/** Words before the first number that make "X e Y" a range. */
export const RANGE_OPENERS: ReadonlySet<string> = new Set([
  'tra', 'fra', 'between', 'zwischen', 'entre', 'von', 'da', 'from', 'de',
]);

/** Words before a bare number that carry the previous figure's scale and currency. */
export const OF_WHICH_RE =
  /(?:di cui|of which|including|dont|davon|de los cuales|de las cuales|de los que|de las que|de ellos)[ \u00A0]+(?:circa |about |environ |rund |etwa |unos |unas )?$/iu;

/** Stems matched at a word start ("ricav" → ricavi, ricavato). */
const MONEY_STEMS = [
  // it
  'offert', 'valor', 'valut', 'ricav', 'fatturat', 'perdit', 'debit', 'prestit', 'finanziament',
  'investiment', 'investit', 'capitalizzazion', 'acquisizion', 'cession', 'raccolt', 'costat',
  'pagat', 'bilanci', 'dividend', 'stanzi', 'rilevò', 'rilevaron', 'guadagn', 'stipend', 'incass', 'sanzion',
  'disavanz', 'patrimoni', 'rilevat', 'acquistat', 'indebitament', 'plusvalenz', 'minusvalenz',
  'ricapitalizzazion', 'sottoscri', 'risultat', 'commission', 'margine di interesse', 'contanti',
  // it, es: synergies are always money ("sinergie annue per circa 300 milioni"); en, fr, de below
  'sinergi', "giro d'affari", 'giro d’affari', 'portafoglio ordini', 'posizione finanziaria', 'garanzi',
  // it: cash generated, a sponsor's contribution, a club's wage bill ("monte ingaggi")
  'generazione di cassa', 'flusso di cassa', 'flussi di cassa', 'contribut', 'monte ingaggi',
  // it: "il margine d'interesse", prize money and TV rights that "hanno fruttato", interest on a loan
  "margine d'interesse", 'margine d’interesse', 'fruttat', 'diritti televisivi', 'diritti tv', 'interessi',
  // it, es, de: sales, a credit line, a buyback, a return to shareholders
  'vendit', 'linea di credito', 'linee di credito', 'riacquist', 'recompra', 'devolv', 'rückkauf',
  // it, fr, en, es: cash held, free cash flow, royalties ("la liquidità ammontava a 58 milioni",
  // "tra 20 e 25 milioni di cassa libera", "esos royalties sumaron 27,4 millones"), French EBITDA
  'liquidit', 'cassa libera', 'royalt', 'trésorerie', 'excédent brut',
  // it, es: EBITDA and rent income ("il margine operativo lordo è arrivato a 31,4 milioni", "i
  // redditi locativi sono saliti a 71,8 milioni"); a bond's order book and a new facility ("la
  // domanda ha superato i 340 milioni", "gli ordini hanno superato 1,1 miliardi", "demanda por
  // más de 95 millones", "una linea revolving da dieci milioni"); a funding round, a bond issue
  // ("una ronda de 150 millones", "coloca 60 millones en bonos", "le obbligazioni da 350 milioni")
  'margine operativo', 'reddit', 'revolving', 'ronda de', 'obbligazion',
  // "colloca un minibond da 12 milioni", "prevé invertir 600 millones", "la primera emisión, de 20 millones"
  'minibond', 'invertir', 'invierte', 'emisión', 'émission obligataire',
  // it, es, fr, de: operating profit, cash, inflows, holdings' worth, assets under management,
  // loans ("l'Ebit è salito a 83 milioni", "hanno portato in cassa circa 9 milioni", "una caja
  // neta de 318 millones", "una captación neta de 7.400 millones", "le partecipazioni valevano
  // 190 milioni", "ses avoirs sous gestion à 20,1 milliards", "ältere Darlehen über 140 Mio.")
  'ebit', 'in cassa', 'caja neta', 'captación', 'partecipazion', 'valevan', 'risorse', 'avoirs', 'encours', 'darlehen',
  // fr: a private placement, a sum set aside ("un Euro PP de 150 millions", "40 millions seront consacrés à")
  'euro pp', 'consacr', 'certificados bursátiles',
  // es, it, fr: what something will cost ("cada ferri costará entre 110 y 130 millones",
  // "dovrebbe costare tra 1,2 e 1,5 miliardi", "devrait coûter 90 millions")
  'costar', 'costerà', 'costerebbe', 'coûter', 'coûtera', 'coûterait',
  // it: a fund closed at or sized by a sum ("chiude il terzo fondo a 220 milioni", "un fondo da
  // 300 milioni"), not a fund that counts things ("il fondo conta tra 300 e 320 milioni")
  'fondo a ', 'fondo da ',
  // "una quota di 60 milioni servirà a rinnovare le sedi", "un piano da 60 milioni": a tranche of a
  // loan, a spending plan; "una prima rata da 1,1 miliardi è già stata versata"
  'quota di ', 'piano da ', 'versat',
  // "la seconda emissione verde dopo quella da 400 milioni", "finanziate dalle Casse Rurali con 18
  // milioni", "AutoPostale ha contribuito con 12 milioni" (to the group's profit)
  'emission', 'finanziat', 'contribuit',
  // en
  'revenue', 'profit', 'valuation', 'valued', 'funding', 'invest', 'earning', 'acquisition',
  'takeover', 'buyout', 'allocat', 'salar', 'subscrib', 'net interest income', 'synergi', 'ebitda',
  'enterprise value', 'order book', 'backlog', 'guarantee',
  // fr
  'bénéfice', 'valoris', 'rachat', 'gagn', 'souscri', 'résultat', 'endettement', 'carnet de commandes',
  'injecté', 'dépense', 'garantie',
  // de
  'umsatz', 'gewinn', 'verlust', 'angebot', 'bewert', 'schulden', 'kredit', 'finanzier', 'investi',
  'übernahme', 'kaufpreis', 'kosten', 'erlös', 'ausgabe', 'verdien', 'haushalt', 'bußgeld',
  'kapitalerhöhung', 'auftragsbestand', 'ergebnis', 'bürgschaft', 'verschuld', 'nettoverschuld', 'zinsüberschuss', 'provisionsüberschuss',
  // es
  'ingreso', 'facturació', 'facturó', 'beneficio', 'pérdida', 'valoració', 'valorad', 'préstamo',
  'financiació', 'inversió', 'adquisició', 'pagad', 'presupuest', 'negoci', 'endeudamiento', 'utilidad',
  'suscrib', 'desembolso de ', 'plusvalía', 'comision', 'margen de intereses', 'inyect', 'aportó', 'aportar', 'ingresar', 'garantía',
  'cartera de pedidos',
  // b92: what a partner puts in ("que aporta 15 millones"), a balance ("cuyo saldo ronda los 715
  // millones"), royalties and rents ("dont 14,1 millions de redevances", "gli affitti … costano
  // circa 38 milioni l'anno"), an operating result ("resultado bruto de explotación de 1.350 millones")
  'aporta', 'redevance', 'affitt', 'loyer', 'alquiler', 'resultado', 'costano',
  // b93: what a partner brings ("qui apportent chacune 30 millions"), receipts ("31 millions de
  // recettes"), a contract's size ("un contratto da 4,5 milioni"), a round raised ("raccoglie 28 milioni")
  'apport', 'recette', 'contratto da ', 'raccogli', 'raccolt',
  // b94: a margin in millions ("il cui margine è salito a 96 milioni"), an auction's reserve price
  // ("una base d'asta di circa 22 milioni"), an insurer's premiums ("las primas emitidas crecieron
  // hasta 553 millones"), sums ("por importes de entre 50 y 150 millones")
  'margine', "base d'asta", 'base d’asta', 'primas', 'importes',
  // b95: assets under management ("supera los 3.000 millones bajo gestión"), a comparison ("La
  // cifra se compara con 2.350 millones"), credits cancelled, a purchase price ("ha comprado por 38
  // millones"), orders delayed ("commesse per circa 12 milioni sono slittate")
  'bajo gestión', 'under management', 'in gestione', 'se compara con', 'si confronta con', 'créditos', 'comprad', 'commess',
  // b96: investments in the plural ("Las inversiones alcanzaron 1.350 millones") and what a company
  // bills ("aspira a facturar entre 350 y 400 millones")
  'inversiones', 'factur',
  // b97: a note loan, a grant, a group profit ("Schuldscheindarlehen von bis zu 150 Millionen",
  // "ein Zuschuss von 4,5 Millionen", "ein Konzerngewinn von 17,8 Mio."); notes outstanding
  // ("de los cuales circulan unos 3,500 millones"); what a line weighs or cost ("pèsera plus de
  // 1 milliard", "a coûté près de 45 millions"); reinvested, TV rights ("ha reinvestito circa 70
  // milioni", "i diritti televisivi hanno portato 61,5 milioni")
  'schuldschein', 'darlehen', 'zuschuss', 'konzerngewinn', 'circulan', 'en circulación', 'pèse', 'pèsera', 'coût', 'reinvest',
  'diritti televisivi', 'diritti tv',
];

/** Short or ambiguous words matched whole ("fine" but not "finally", "spesa" but not "spesso"). */
const MONEY_WORDS = [
  // it
  'vale', 'valeva', 'utile', 'utili', 'prezzo', 'costo', 'costi', 'spesa', 'spese', 'speso',
  'opa', 'ops', 'ipo', 'bond', 'fondi', 'rata', 'tranche', 'multa', 'deficit', 'aumento di capitale', 'domanda', 'ordini', 'linea',
  // "metterebbe sul tavolo tra 300 e 320 milioni", "mette sul piatto 2 miliardi": an offer
  'sul tavolo', 'sul piatto',
  // all five: a fund's or holding's net asset value ("un terzo del Nav di 2,3 miliardi")
  'nav', 'net asset value',
  // en
  'sales', 'loss', 'losses', 'deal', 'bid', 'offer', 'worth', 'debt', 'loan', 'raised',
  'market cap', 'price', 'paid', 'cost', 'costs', 'spend', 'spent', 'income', 'fined',
  'budget', 'capital increase', 'rights issue',
  // fr
  "chiffre d'affaires", 'chiffre d’affaires', 'perte', 'pertes', 'offre', 'dette', 'prêt', 'prêts',
  'levée', 'levé', 'prix', 'coût', 'crédit', 'avenant', 'payé', 'vaut', 'amende', 'déficit', 'augmentation de capital',
  "plan d'économies", 'plan d’économies', 'offres', 'collecte',
  // de
  'preis', 'gezahlt', 'wert', 'strafe', 'defizit',
  // es
  'ventas', 'oferta', 'deuda', 'compra', 'precio', 'coste', 'pagó', 'gana', 'ganó', 'movió', 'multa', 'importe', 'ofertas', 'demanda', 'bonos',
  'ampliación de capital',
  // all: a balance; a bond's amount still outstanding ("dont il reste 350 millions en circulation")
  'saldo', 'en circulation', 'outstanding', 'rents', 'canoni', 'Mieten',
  // b96: a plan's size in a headline ("ponen en marcha su sociedad con un plan de 200 millones")
  'plan de', 'piano da',
  // b97: a licence fee's share ("una quota del canone, circa 4,5 milioni l'anno")
  'canone',
];

/**
 * Money context for figures with a scale word and no currency anywhere in their sentence:
 * words that value something (offer, value, revenue, deal...). Without one of these a
 * currency-less "10 miliardi" is skipped.
 */
const MONEY_CONTEXT = `${MONEY_STEMS.join('|')}|(?:${MONEY_WORDS.join('|')})(?![\\p{L}])`;
export const MONEY_CONTEXT_RE = new RegExp(`(?<![\\p{L}])(?:${MONEY_CONTEXT})`, 'iu');
/** MONEY_CONTEXT_RE.test(text.slice(from, to)), faster. */
export const hasMoneyContext = wordStartTester(MONEY_CONTEXT, [...MONEY_STEMS, ...MONEY_WORDS]);

/**
 * A small amount without a scale in a sentence about a share (quote, dividend, price target)
 * is a price per share: "Die Aktie schloss bei 54,20 Euro", "dividende de 2 €".
 */
const SHARE_WORDS = [
  'azion', 'titol', 'cedola', 'dividend', 'share', 'stock', 'price target', 'target price',
  'action', 'cours', 'titre', 'bon de jouissance', 'aktie', 'papier', 'genussschein', 'kurs', 'adr',
  'acción', 'acciones', 'titel',
  // Mexico's ordinary participation certificates, a share's unit: "Los CPO de Televisa subieron a 9.82 pesos"
  'cpo',
  'objetivo', 'obiettivo', 'target', 'objectif',
  // a squeeze-out's cash compensation per share: "eine Barabfindung von 17,21 Euro"
  'barabfindung',
  // an analyst's target price in French: "a relevé sa cible de 2,75 $ à 3,50 $"
  'cible',
  // A small amount in a sentence about the exchange is a quote: "An der Wiener Börse kletterte
  // ams-OSRAM um 6,4 Prozent auf 11,82 Euro".
  'börse', 'borsa', 'bourse', 'bolsa', 'euronext', 'nasdaq', 'nyse', 'xetra', 'asx', 'tsx',
  // Milan's exchange by its square, a closing price: "A Piazza Affari Lottomatica ha guadagnato
  // il 4,3% a 21,36 euro", "auf Basis des Schlusskurses von 34,80 Euro"
  'piazza affari', 'schlusskurs',
  // a close, a preferred or ordinary share, an Argentine certificate of a foreign share, a
  // stock index: "In Frankfurt schloss Fresenius bei € 44,12", "Die Vorzugsaktie fiel auf
  // 91,36 Euro", "los Cedear cerraron a $ 14.350", "En el Ibex 35, Merlin subió hasta 12,46 euros"
  'schloss', 'closed at', 'cerró', 'cerraron', 'clôtur', 'vorzugsaktie', 'stammaktie', 'cedear',
  'ibex', 'dax', 'mdax', 'cac 40', 'ftse', 'stoxx', 'atx', 'smi', 'aex', 'bel 20',
  // a quote: "en Buenos Aires cotizó a $ 48.500", "notierte bei", "s'échangeait à", "traded at"
  'cotiz', 'quotava', 'notiert', "s'échang", 's’échang', 'traded at', 'merval', 'cerrando', 'papeles', 'ipsa',
  // "Brighthouse's closing price of $55.12"
  'closing price', 'prezzo di chiusura', 'precio de cierre',
  // a trust's payout per security: "full-year distributions of 40 cents"
  'distribution',
  // an IPO's price per share: "loin de son prix d'introduction de 23 euros"
  "prix d'introduction", 'prix d’introduction', 'prezzo di collocamento', 'precio de salida', 'ipo price', 'ausgabepreis',
];
export const SHARE_CONTEXT_RE = new RegExp(`(?<![\\p{L}])(?:${SHARE_WORDS.join('|')})`, 'iu');
/** SHARE_CONTEXT_RE.test(text.slice(from, to)), faster. */
export const hasShareContext = wordStartTester(SHARE_WORDS.join('|'), SHARE_WORDS);
/** Above this, a scale-less amount is not a share price even next to "shares". */
const PER_SHARE_MAX = 10_000;
/**
 * Currencies whose unit is worth a fraction of a cent or so: a share trades at thousands of them
 * ("$ 48.500" in Buenos Aires, "¥ 2.850" in Tokyo, "COP 38.000" in Bogotá).
 */
const SMALL_UNIT_CURRENCIES: ReadonlySet<string> = new Set(['ARS', 'CLP', 'COP', 'JPY', 'KRW', 'IDR', 'VND', 'HUF', 'ISK', 'PYG', 'UYU', 'CRC', 'IRR', 'NGN', 'KZT']);
/** The largest scale-less amount that can be a price per share in `currency`. */
export const perShareMax = (currency: string | null): number => (currency !== null && SMALL_UNIT_CURRENCIES.has(currency) ? 10_000_000 : PER_SHARE_MAX);

/** Nouns after "di"/"de" that are money themselves: "1,2 miliardi di ricavi", "6 miliardi di acquisti". */
export const MONEY_NOUN_RE = /^(?:argent|dinero|denaro|kapital|geld|mittel|giro|enterprise|ebitda|ebit|deal|dividend|übernahme|angebot|paket|programm|fonds|auftrag|investition|kredit|anleihe|prêt|prestit|préstamo|prestamo|loan|projekt|plan|hilf|budget|haushalt(?!en?$)|ricav|fatturat|utile|utili|perdit|debit|investiment|capitalizzazion|valutazion|valor|valeur|value|wert|valorisation|valoración|valoracion|valuation|bewertung|finanziament|raccolt|revenue|sales|profit|loss|earnings|income|debt|funding|chiffre|bénéfice|perte|dette|umsatz|gewinn|verlust|schulden|erlös|ingresos|ventas|facturación|beneficio|pérdida|deuda|financiación|inversión|aides|aiuti|ayudas|subsid|subvention|sovvenzion|subvencion|förderung|acquist|commess|ordin|spes|cost|risparm|sinergi|purchases|orders|contracts|savings|synergies|spending|costs|capex|achats|commandes|contrats|économies|dépenses|coûts|investissements|einkäuf|einsparung|synergien|kosten|ausgaben|compras|pedidos|contratos|ahorros|sinergias|gastos|costes|inversiones|redevance|royalt|regalías|royalti|loyer|affitt|alquiler|mieteinnahm|recette)/iu;

/** Words directly after "5 million" that keep it a possible amount in English. */
export const EN_FUNCTION_WORDS: ReadonlySet<string> = new Set(
  ('in on at to for from by with and or of the a an this that these those last next per each ' +
    'over under more less than as is was were are be been has had have will would could should ' +
    'may might can a year annually deal bid offer package plan investment program programme ' +
    'fund round loss profit revenue sales worth valuation takeover acquisition debt loan fine ' +
    'settlement budget contract charge stake writedown write-down cash payment pay bonus ' +
    'raise raised so while which who after before since until into through during when if ' +
    'but not only just already about around nearly almost some up down off out it its their ' +
    'his her our your they he she we you').split(' '),
);

export function isUpper(c: number): boolean {
  const ch = String.fromCharCode(c);
  return ch !== ch.toLowerCase() && ch === ch.toUpperCase();
}

export function isLetter(c: number): boolean {
  if (c < 128) return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  return c >= 0xc0 && isUnicodeLetter(c);
}

/** \p{L} per UTF-16 unit, tabulated on first use: 0 unknown, 1 letter, 2 not a letter. */
const LETTER_TABLE = new Uint8Array(0x10000);
const LETTER_RE = /\p{L}/u;

/** Is the UTF-16 unit `c` a letter (\p{L})? Surrogates are not. */
export function isUnicodeLetter(c: number): boolean {
  let t = LETTER_TABLE[c]!;
  if (t === 0) {
    t = LETTER_RE.test(String.fromCharCode(c)) ? 1 : 2;
    LETTER_TABLE[c] = t;
  }
  return t === 1;
}

/**
 * A pattern tested only where a word starts: the same answer as
 * `new RegExp('(?<![\\p{L}])(?:' + pattern + ')', 'iu').test(text.slice(from, to))`, but the
 * regular expression runs only at word starts whose first letter one of `words` starts with, so
 * a window of ordinary words costs one pass over its characters.
 */
export function wordStartTester(
  pattern: string,
  words: readonly string[],
): (text: string, from: number, to: number) => boolean {
  const sticky = new RegExp(`(?:${pattern})`, 'iuy');
  const firsts = new Uint8Array(128);
  for (const w of words) {
    const c = w.toLowerCase().charCodeAt(0);
    // A non-ASCII first letter is tried at every non-ASCII word start (below).
    if (c < 128) firsts[c] = 1;
  }
  return (text, from, to) => {
    // On the slice, as the expression it replaces: a match may not run past `to`.
    const s = text.slice(from, to);
    const len = s.length;
    let prevLetter = false;
    for (let k = 0; k < len; k++) {
      let c = s.charCodeAt(k);
      // ASCII stretch without calls (see sentence.ts): stop at a word start worth trying.
      while (c < 128) {
        const l = c | 32;
        const letter = l >= 97 && l <= 122;
        if (letter && !prevLetter && firsts[l] === 1) break;
        prevLetter = letter;
        if (++k === len) return false;
        c = s.charCodeAt(k);
      }
      let letter: boolean;
      if (c < 128) {
        letter = true;
        sticky.lastIndex = k;
        if (sticky.test(s)) return true;
      } else if (c >= 0xd800 && c <= 0xdbff && k + 1 < len && (s.charCodeAt(k + 1) & 0xfc00) === 0xdc00) {
        // An astral letter starts no word we look for, but it is a letter before the next one.
        letter = LETTER_RE.test(s.slice(k, k + 2));
        k++;
      } else {
        letter = isUnicodeLetter(c);
        if (letter && !prevLetter) {
          sticky.lastIndex = k;
          if (sticky.test(s)) return true;
        }
      }
      prevLetter = letter;
    }
    return false;
  };
}

/** Languages whose nouns need "di"/"de" after a scale word ("10 milioni di utenti"). */
export function isRomance(base: BaseLang): boolean {
  return base === 'it' || base === 'fr' || base === 'es';
}

/**
 * Words comparing a sum with another ("contro i 14,4", "sceso a 4,1 milioni da 8,7", "frente a los 27.100", "versus 11.1") and
 * the articles after them: parse.ts reads a bare number after them, resolve.ts lends a currency
 * across them.
 */
export const COMPARISON_WORDS = 'contro|sui|sul|sugli|rispetto agli|rispetto ai|rispetto al|rispetto alla|rispetto a|frente a|contra|against|versus|vs\\.?|compared with|contre|par rapport aux|par rapport au|par rapport à|gegenüber|nach|da|dai|dagli|dal|dalle|desde|from';
export const COMPARISON_ARTICLES = 'i|gli|ai|agli|le|los|las|les|the|den|die';
