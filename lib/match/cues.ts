/**
 * Words that tell a reader "this capitalised word is a company" (or a business person), per
 * language. Checked only around ambiguous candidates, on a small window of text.
 */
import { GERMAN_CUE_STEMS } from './german-trade-nouns';

const COMPANY_CUES: Record<string, readonly string[]> = {
  it: [
    'azienda', 'aziende', 'società', 'gruppo', 'titolo', 'titoli', 'Borsa', 'Piazza Affari', 'azioni',
    'azionisti', 'azionista', 'quotata', 'quotato', 'S.p.A.', 'SpA', 'S.r.l.', 'Srl', 'holding', 'colosso',
    'banca', 'istituto', 'compagnia', 'marchio', 'amministratore delegato', 'fondatore', 'fondatrice',
    'presidente', 'fatturato', 'ricavi', 'utili', 'utile netto', 'bilancio', 'acquisizione', 'fusione',
    'offerta', 'Opa', 'Ops', 'capitalizzazione', 'dipendenti', 'multinazionale', 'startup', 'start-up',
    'cda', 'consiglio di amministrazione', 'investitori', 'finanziamento', 'big tech', 'piattaforma',
    'controllata', 'partecipazione', 'colosso', 'operatore', 'assicurazioni', 'compagnie', 'patron',
    'bond', 'obbligazioni', 'emissione', 'dividendo', 'cedola', 'trimestrale', 'semestrale',
  ],
  en: [
    'company', 'companies', 'firm', 'group', 'shares', 'stock', 'stocks', 'investors', 'shareholders',
    'Inc.', 'Inc', 'Corp.', 'Corp', 'Corporation', 'Ltd', 'plc', 'LLC', 'NYSE', 'Nasdaq', 'chief executive',
    'founder', 'co-founder', 'chairman', 'board', 'revenue', 'revenues', 'profit', 'profits', 'earnings',
    'acquisition', 'acquire', 'acquired', 'bid', 'deal', 'merger', 'takeover', 'valuation', 'market cap',
    'startup', 'start-up', 'giant', 'conglomerate', 'bank', 'lender', 'subsidiary', 'listed', 'tech',
    'owner', 'rival', 'platform', 'maker', 'carrier', 'operator', 'insurer', 'brand', 'offer',
    'bonds', 'bond issue', 'dividend', 'quarterly', 'guidance',
  ],
  fr: [
    'entreprise', 'entreprises', 'société', 'groupe', 'action', 'actions', 'actionnaires', 'Bourse',
    'CAC 40', 'PDG', 'directeur général', 'fondateur', 'chiffre d’affaires', 'bénéfice', 'bénéfices',
    'rachat', 'acquisition', 'fusion', 'OPA', 'offre', 'banque', 'géant', 'filiale', 'S.A.', 'start-up',
    'cotée', 'valorisation', 'investisseurs', 'opérateur', 'assureur', 'constructeur',
    'obligations', 'émission obligataire', 'dividende', 'trimestriels',
  ],
  de: [
    'Konzern', 'Konzerns', 'Unternehmen', 'Unternehmens', 'Firma', 'Gruppe', 'Aktie', 'Aktien', 'Aktionäre',
    'Börse', 'DAX', 'Chef', 'Konzernchef', 'Vorstandschef', 'Vorstand', 'Gründer', 'Umsatz', 'Gewinn',
    'Übernahme', 'Fusion', 'Angebot', 'Bank', 'Geldhaus', 'Tochter', 'AG', 'GmbH', 'SE', 'Investoren',
    'Bewertung', 'Tech-Konzern', 'Riese', 'Start-up', 'Hersteller', 'Versicherer', 'Mutterkonzern',
    'Anleihe', 'Anleihen', 'Dividende', 'Quartal', 'Quartalszahlen',
  ],
  es: [
    'empresa', 'empresas', 'compañía', 'grupo', 'acciones', 'accionistas', 'Bolsa', 'Ibex', 'Ibex 35',
    'consejero delegado', 'presidente', 'fundador', 'beneficio', 'beneficios', 'ingresos', 'facturación',
    'adquisición', 'fusión', 'OPA', 'oferta', 'banco', 'entidad', 'filial', 'S.A.', 'cotizada',
    'valoración', 'inversores', 'gigante', 'aseguradora', 'operadora', 'compra',
    'emisión de deuda', 'bonos', 'dividendo', 'trimestre', 'resultados',
  ],
  '*': ['CEO', 'CFO', 'IPO', 'S.p.A.', 'Inc.', 'AG', 'SA', 'NV', 'N.V.', 'plc', 'Ltd.', 'Nasdaq', 'NYSE', 'Wall Street', 'simbolo', 'symbol', 'símbolo', 'symbole', 'Symbol'],
};

/**
 * Forms of address: "Mr Philips" is a person, whatever company has the name. ("Don" is left out:
 * it is also a given name and a word.)
 */
export const HONORIFICS: ReadonlySet<string> = new Set([
  'mr', 'mr.', 'mrs', 'mrs.', 'ms', 'ms.', 'dr', 'dr.', 'sir', 'herr', 'frau', 'm.', 'mme', 'monsieur',
  'madame', 'sr.', 'sra.', 'señor', 'señora', 'doña', 'sig.', 'signor', 'signora', 'dott.', 'avv.',
]);

/** Courtesy and job titles that, right before a surname, make it a person mention. */
export const PERSON_TITLES: readonly string[] = [
  ...HONORIFICS, 'don', 'ing.', 'ceo', 'cfo', 'chef', 'pdg', 'presidente', 'president', 'chairman', 'founder',
  'fondatore', 'gründer', 'fundador', 'fondateur', 'patron', 'magnate', 'miliardario', 'billionaire',
  'milliardär', 'milliardaire', 'multimillonario', 'imprenditore', 'empresario', 'unternehmer',
  'investor', 'investitore', 'inversor', 'investisseur', 'amministratore', 'delegato',
  // The last word of a longer title: "direttore creativo", "chief executive", "l'analista".
  'direttore', 'direttrice', 'director', 'directora', 'directeur', 'directrice', 'creativo',
  'creative', 'executive', 'esecutivo', 'analista', 'analyst', 'analyste', 'stilista', 'designer',
];


const regexCache = new Map<string, readonly [RegExp, RegExp]>();

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/’/g, "['’]");
}

/** All-caps short tokens (AG, SE, SA, CEO) are cues only in upper case: "se", "sa" are words. */
function caseSensitiveCue(w: string): boolean {
  const letters = w.replace(/[^\p{L}]/gu, '');
  return letters.length <= 4 && letters === letters.toUpperCase();
}

function alternation(words: readonly string[]): string {
  return [...new Set(words)].sort((a, b) => b.length - a.length).map(escape).join('|');
}

/** Regexes of the cue words for this language (plus English and universal ones). */
export function cueRegexes(lang: string | undefined): readonly [RegExp, RegExp] {
  const key = lang && COMPANY_CUES[lang] ? lang : 'all';
  let pair = regexCache.get(key);
  if (!pair) {
    const words = key === 'all' ? Object.values(COMPANY_CUES).flat() : [...COMPANY_CUES[key]!, ...COMPANY_CUES['en']!, ...COMPANY_CUES['*']!];
    const wrap = (alts: string, flags: string) => new RegExp(`(?<![\\p{L}\\p{N}])(?:${alts})(?![\\p{L}\\p{N}])`, flags);
    // A share price move in the sentence ("Oracle gained 2%", "Airbus cede l'1,5 %") is a cue.
    const insensitive = `${alternation(words.filter((w) => !caseSensitiveCue(w)))}|[+-]?\\d+(?:[.,]\\d+)?[ \\u00a0\\u202f]?%`;
    // German builds compounds on cue words: "Gewinnziel", "Versicherungskonzern", "Aktienkurs"
    // (german-trade-nouns.ts).
    pair = [wrap(insensitive, 'iu'), wrap(alternation(words.filter(caseSensitiveCue)), 'u')];
    if (key === 'de' || key === 'all') pair = [new RegExp(`${pair[0].source}|\\p{L}*(?:${GERMAN_CUE_STEMS})\\p{L}*`, 'iu'), pair[1]];
    regexCache.set(key, pair);
  }
  return pair;
}

/** Exchange prefixes that make the next all-caps token a ticker: "(NASDAQ: NVDA)", "NYSE: X". */
export const TICKER_CONTEXT = /(?:nasdaq|nyse(?: american| arca)?|amex|lse|lon|bit|mil|borsa italiana|xetra|fra|etr|epa|euronext|bme|six|tsx|asx|hkex|hkg|otc|tyo)\s*:\s*$|(?:ticker|symbol|simbolo|símbolo|symbole|kürzel)\s*:?\s*$|\$$/i;
