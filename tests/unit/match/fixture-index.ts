/**
 * A small alias list built the way FACTS-BUILD builds the real one (flags from common-word
 * lists), so the matcher rules can be tested without the generated bundle.
 */
import type { AliasEntry, IndexedEntity } from '../../../lib/match/types';
import type { AliasFlags, EntityKind } from '../../../lib/facts/schema';
import { compileMatchIndex, findMentions, loadMatchIndex, type MatchIndex } from '../../../lib/match/index';

export type Row = [id: string, kind: EntityKind, name: string, aliases: Array<string | [string, AliasFlags]>];

// As FACTS-BUILD flags them: every ambiguous single word also needs context.
const AMB: AliasFlags = { ambiguous: true, needsContext: true };
const CTX: AliasFlags = { ambiguous: true, needsContext: true };
const SUR: AliasFlags = { surname: true };
const SUR_AMB: AliasFlags = { surname: true, ambiguous: true };

export const ROWS: Row[] = [
  ['openai', 'company', 'OpenAI', ['OpenAI', 'OpenAI, Inc.']],
  ['xai', 'company', 'xAI', ['xAI', 'X.AI Corp.']],
  ['meta', 'company', 'Meta Platforms', [['Meta', AMB], 'Meta Platforms', 'Meta Platforms, Inc.', 'Facebook', ['META', { ticker: true, caseSensitive: true }]]],
  ['x-corp', 'company', 'X Corp.', ['X Corp.', ['Twitter', AMB], ['X', { ambiguous: true, needsContext: true, caseSensitive: true }]]],
  ['apple', 'company', 'Apple Inc.', [['Apple', AMB], 'Apple Inc.', ['AAPL', { ticker: true, caseSensitive: true }], ['Cupertino', { nickname: true, needsContext: true }]]],
  ['nvidia', 'company', 'Nvidia', ['Nvidia', 'NVIDIA Corporation', ['NVDA', { ticker: true, caseSensitive: true }]]],
  ['leonardo', 'company', 'Leonardo S.p.A.', [['Leonardo', CTX], 'Leonardo S.p.A.', 'Leonardo spa']],
  ['intesa', 'company', 'Intesa Sanpaolo', ['Intesa Sanpaolo', ['Intesa', AMB]]],
  ['santander', 'company', 'Banco Santander', ['Banco Santander', ['Santander', CTX]]],
  ['sabadell', 'company', 'Banco Sabadell', ['Banco Sabadell', ['Sabadell', CTX]]],
  ['eni', 'company', 'Eni', ['Eni']],
  ['unicredit', 'company', 'UniCredit', ['UniCredit']],
  ['deutsche-bank', 'company', 'Deutsche Bank', ['Deutsche Bank']],
  ['loreal', 'company', "L'Oréal", ["L'Oréal"]],
  ['tim', 'company', 'Telecom Italia', ['Telecom Italia', ['TIM', { caseSensitive: true, ambiguous: true }]]],
  ['volkswagen', 'company', 'Volkswagen', ['Volkswagen', 'VW']],
  ['consob', 'regulator', 'Consob', ['Consob']],
  ['sec-company', 'company', 'SEC', ['SEC']],
  ['elon-musk', 'person', 'Elon Musk', ['Elon Musk', 'Elon Reeve Musk', ['Musk', SUR_AMB]]],
  ['mark-zuckerberg', 'person', 'Mark Zuckerberg', ['Mark Zuckerberg', ['Zuckerberg', SUR]]],
  ['sam-altman', 'person', 'Sam Altman', ['Sam Altman', ['Altman', SUR]]],
  ['tim-cook', 'person', 'Tim Cook', ['Tim Cook', ['Cook', SUR_AMB]]],
  ['bill-gates', 'person', 'Bill Gates', ['Bill Gates', ['Gates', SUR_AMB]]],
  ['larry-page', 'person', 'Larry Page', ['Larry Page', ['Page', SUR_AMB]]],
  ['jeff-bezos', 'person', 'Jeff Bezos', ['Jeff Bezos', ['Bezos', SUR]]],
  ['carlo-messina', 'person', 'Carlo Messina', ['Carlo Messina', ['Messina', SUR_AMB]]],
  ['ferrari', 'company', 'Ferrari', ['Ferrari', 'Ferrari N.V.']],
  ['independent', 'media', 'The Independent', ['The Independent']],
  ['avenir', 'media', "L'Avenir", ["L'Avenir"]],
  ['norwegian-air', 'company', 'Norwegian Air Shuttle', ['Norwegian Air Shuttle', 'Norwegian Air', 'Norwegian']],
  // One bare name, two companies: the page's language decides unless the document names one.
  ['merck-us', 'company', 'Merck & Co.', ['Merck & Co.', ['Merck', { press: ['en'] }], ['MSD', { caseSensitive: true }]]],
  ['merck-de', 'company', 'Merck Group', ['Merck Group', 'Merck KGaA', ['Merck', { press: ['it', 'fr', 'de', 'es'] }]]],
  ['vinci', 'company', 'Vinci SA', [['Vinci', AMB], 'Vinci SA']],
  ['nasdaq', 'company', 'Nasdaq, Inc.', ['Nasdaq', 'Nasdaq, Inc.']],
  ['allianz', 'company', 'Allianz', [['Allianz', AMB], 'Allianz SE']],
  ['amazon', 'company', 'Amazon', [['Amazon', AMB], 'Amazon.com']],
  ['mps', 'company', 'Banca Monte dei Paschi di Siena', ['Banca Monte dei Paschi di Siena', ['MPS', { caseSensitive: true }]]],
  ['ubs', 'company', 'UBS Group', ['UBS Group', ['UBS', { ticker: true, caseSensitive: true }]]],
  ['prosieben', 'company', 'ProSiebenSat.1 Media', ['ProSiebenSat.1 Media']],
  ['generali', 'company', 'Generali', ['Generali', ['il Leone di Trieste', { nickname: true }]]],
  ['caltagirone', 'company', 'Caltagirone S.p.A.', [['Caltagirone', AMB], 'Caltagirone S.p.A.']],
  ['el-mundo', 'media', 'El Mundo', ['El Mundo']],
  ['expansion', 'media', 'Expansión', [['Expansión', AMB]]],
  ['oracle', 'company', 'Oracle', [['Oracle', AMB], 'Oracle Corporation']],
  ['target', 'company', 'Target', [['Target', AMB]]],
  ['poste', 'company', 'Poste Italiane', ['Poste Italiane', 'Poste']],
  ['generali-ins', 'company', 'Assicurazioni Generali', ['Assicurazioni Generali', 'Generali']],
  ['continental', 'company', 'Continental AG', ['Continental AG', 'Continental']],
  ['visa', 'company', 'Visa', [['Visa', AMB]]],
  ['carlos-torres-vila', 'person', 'Carlos Torres Vila', ['Carlos Torres Vila', ['Vila', SUR_AMB]]],
  ['dario-amodei', 'person', 'Dario Amodei', ['Dario Amodei', ['Amodei', SUR_AMB]]],
  ['daniela-amodei', 'person', 'Daniela Amodei', ['Daniela Amodei', ['Amodei', SUR_AMB]]],
  ['lufthansa', 'company', 'Lufthansa', ['Lufthansa', 'Deutsche Lufthansa AG']],
  ['fininvest', 'investor', 'Fininvest', ['Fininvest']],
  ['elliott', 'investor', 'Elliott Management', ['Elliott Management', 'Elliott']],
  ['paul-singer', 'person', 'Paul Singer', ['Paul Singer', 'Paul Elliott Singer', ['Singer', SUR_AMB]]],
  ['andrea-agnelli', 'person', 'Andrea Agnelli', ['Andrea Agnelli', ['Agnelli', SUR]]],
  ['iag', 'company', 'International Airlines Group', ['International Airlines Group', ['IAG', { ticker: true, caseSensitive: true }]]],
  ['lidl', 'company', 'Lidl', ['Lidl']],
  ['prada', 'company', 'Prada Group', ['Prada Group', ['Prada', AMB]]],
  ['miuccia-prada', 'person', 'Miuccia Prada', ['Miuccia Prada', ['Prada', SUR_AMB]]],
  ['cucinelli', 'company', 'Brunello Cucinelli S.p.A.', ['Brunello Cucinelli', 'Brunello Cucinelli S.p.A.']],
  ['brunello-cucinelli', 'person', 'Brunello Cucinelli', ['Brunello Cucinelli', ['Cucinelli', SUR]]],
  // A family's company and its chairman share the surname: neither is a common word.
  ['ferragamo', 'company', 'Salvatore Ferragamo', ['Salvatore Ferragamo', 'Ferragamo']],
  ['leonardo-ferragamo', 'person', 'Leonardo Ferragamo', ['Leonardo Ferragamo', ['Ferragamo', SUR]]],
  ['faz', 'media', 'Frankfurter Allgemeine Zeitung', ['Frankfurter Allgemeine Zeitung', ['FAZ', { ambiguous: true, needsContext: true, caseSensitive: true }]]],
  ['kkr', 'investor', 'KKR', [['KKR', { ticker: true, caseSensitive: true }], ['Kkr', { ticker: true, caseSensitive: true }]]],
  // The b27 batch: a river, an island, a family of two-word surname, a brand of ordinary words, a surname shared with a company.
  ['lonza', 'company', 'Lonza Group', ['Lonza Group', 'Lonza']],
  ['capri', 'company', 'Capri Holdings', ['Capri Holdings', 'Capri']],
  ['alejandro-santo-domingo', 'person', 'Alejandro Santo Domingo', ['Alejandro Santo Domingo', ['Domingo', SUR]]],
  ['gioco-digitale', 'brand', 'Gioco Digitale', ['Gioco Digitale']],
  ['philips', 'company', 'Philips', ['Philips', 'Koninklijke Philips']],
  // The b28 batch: a person's two-word name inside someone else's longer one.
  ['jose-garcia-cantera', 'person', 'José García Cantera', ['José García Cantera', 'José García']],
  // The b29 batch: a newspaper's short name before another "of", an outlet named "The" and a
  // nationality, a brand inside an English title, a surname a family and its firm bear, a futures exchange.
  ['corriere-della-sera', 'media', 'Corriere della Sera', ['Corriere della Sera', 'Corriere']],
  ['the-australian', 'media', 'The Australian', ['The Australian']],
  ['creed', 'brand', 'Creed', [['Creed', AMB], 'House of Creed']],
  ['pierre-lassonde', 'person', 'Pierre Lassonde', ['Pierre Lassonde', ['Lassonde', SUR]]],
  ['ice-futures-us', 'company', 'ICE Futures US', ['ICE Futures US']],
  // The b30 batch: a short name inside an unknown company's longer one, a German common noun, plurals as names, a venue.
  ['stoneco', 'company', 'StoneCo', ['StoneCo', ['Stone', AMB]]],
  ['kleinanzeigen', 'company', 'Kleinanzeigen', ['Kleinanzeigen']],
  ['foods-co', 'brand', 'Foods Co.', ['Foods Co.', 'Foods']],
  ['six-group', 'company', 'SIX Group', ['SIX Group', 'SIX Swiss Exchange', ['SIX', { caseSensitive: true }]]],
  // The b31 batch: a venue left, a region in a list, a mining company's longer name.
  ['euronext-dublin', 'company', 'Euronext Dublin', ['Euronext Dublin']],
  ['banco-galicia', 'company', 'Banco Galicia', ['Banco Galicia', ['Galicia', { ambiguous: true, needsContext: true, place: true }]]],
  ['evolution', 'company', 'Evolution AB', ['Evolution AB', ['Evolution', AMB]]],
  // The b32 batch: the Italian press's acronyms, a family list, a Swiss venue, "real estate".
  ['cvc', 'investor', 'CVC Capital Partners', ['CVC Capital Partners', ['CVC', { caseSensitive: true }]]],
  ['braun', 'brand', 'Braun', [['Braun', AMB]]],
  ['real', 'company', 'Real', [['Real', AMB]]],
  ['deutsche-bahn', 'company', 'Deutsche Bahn', ['Deutsche Bahn', ['Bahn', AMB]]],
  ['anil-agarwal', 'person', 'Anil Agarwal', ['Anil Agarwal', ['Agarwal', SUR]]],
  ['helvetia', 'company', 'Helvetia', ['Helvetia']],
  // The b33 batch: a unit of measure after a number, an exchange's trading.
  ['hertz', 'company', 'Hertz Global Holdings', ['Hertz Global Holdings', ['Hertz', AMB]]],
  ['nasdaq', 'company', 'Nasdaq, Inc.', ['Nasdaq, Inc.', 'Nasdaq']],
  ['vontobel', 'company', 'Vontobel', ['Vontobel']],
  // German nouns that are names elsewhere.
  ['mittel', 'company', 'Mittel', [['Mittel', AMB]]],
  ['worten', 'company', 'Worten', ['Worten']],
  ['investor-ab', 'investor', 'Investor AB', ['Investor AB', ['Investor', AMB]]],
  // The b34 batch: an estate named after the company.
  ['roke', 'company', 'Roke', ['Roke']],
  ['fibra-uno', 'company', 'Fibra Uno', ['Fibra Uno', ['Fibra', AMB]]],
  ['macquarie', 'company', 'Macquarie Group', ['Macquarie Group', 'Macquarie']],
  // The b35 batch: a group word, accounting terms, a regulator, a pension fund manager, a double surname.
  ['grupo-antolin', 'company', 'Grupo Antolin', ['Grupo Antolin', ['Grupo', AMB]]],
  ['free-iliad', 'company', 'Free', [['Free', AMB]]],
  ['headline', 'company', 'Headline', ['Headline']],
  ['bank-of-ireland', 'company', 'Bank of Ireland', ['Bank of Ireland']],
  ['afp', 'media', 'Agence France-Presse', ['Agence France-Presse', 'AFP']],
  ['pablo-gonzalez', 'person', 'Pablo González', ['Pablo González', ['González', SUR]]],
  // The b36 batch: a wine named after its house's founder.
  ['giulio-ferrari', 'person', 'Giulio Ferrari', ['Giulio Ferrari']],
  // Round 33: DekaBank records the press's "Deka" (El.En.'s namesake laser unit gives way).
  ['dekabank', 'company', 'DekaBank', ['DekaBank', 'Deka']],
  // The b37-b39 batches: public bodies filed as investors, towns and streets named like companies,
  // a genitive that is a US state, a double-barrelled surname, elided articles in recorded aliases,
  // a founder's name, ordinary words that end names the data lacks.
  ['frob', 'investor', 'FROB', ['FROB']],
  ['ag-insurance', 'company', 'AG Insurance', ['AG Insurance', ['AG', { caseSensitive: true, ambiguous: true, needsContext: true }]]],
  ['colbun', 'company', 'Colbún', ['Colbún']],
  ['deutz', 'company', 'Deutz AG', ['Deutz AG', 'Deutz']],
  ['lenzing', 'company', 'Lenzing', ['Lenzing']],
  ['texa', 'company', 'Texa', ['Texa']],
  ['handelsblatt', 'media', 'Handelsblatt', ['Handelsblatt']],
  ['geraldine-fraser', 'person', 'Geraldine Fraser', ['Geraldine Fraser', ['Fraser', SUR]]],
  ['olympique-lyonnais', 'company', 'Olympique Lyonnais', ['Olympique Lyonnais', "l'OL"]],
  ['awp', 'media', 'AWP Finanznachrichten', ['AWP Finanznachrichten', 'agence AWP', 'AWP']],
  ['leo-dellorco', 'person', "Leo Dell'Orco", ["Leo Dell'Orco", ["Dell'Orco", SUR]]],
  ['jeronimo-martins', 'company', 'Jerónimo Martins', ['Jerónimo Martins']],
  ['partners-group', 'company', 'Partners Group', ['Partners Group', ['Partners', AMB]]],
  ['abi', 'organisation', 'Association of British Insurers', ['Association of British Insurers', ['Association', AMB]]],
  ['monroe-capital', 'investor', 'Monroe Capital', ['Monroe Capital', ['Monroe', AMB]]],
  ['liberte', 'brand', 'Liberté', [['Liberté', AMB]]],
  ['basilea-pharma', 'company', 'Basilea Pharmaceutica', ['Basilea Pharmaceutica', ['Basilea', AMB]]],
  ['napoli-wafers', 'brand', 'Napoli', [['Napoli', AMB]]],
  ['gestion-peru', 'media', 'Gestión (Peru)', ['Gestión (Peru)', 'diario Gestión', ['Gestión', AMB]]],
  ['la-republica', 'media', 'La República', ['La República']],
  // The b40-b41 batches: a club named like its town, a family's double name, a regulator and a
  // venue filed as companies, an index named like a brand.
  ['venezia-fc', 'company', 'Venezia FC', ['Venezia FC', 'Venezia']],
  ['asda', 'company', 'Asda', ['Asda']],
  ['vicat', 'company', 'Vicat', ['Vicat']],
  ['cssf', 'company', 'CSSF', ['CSSF']],
  ['fwb', 'brand', 'Frankfurter Wertpapierbörse', ['Frankfurter Wertpapierbörse']],
  // As the bundle writes it (alias-rows.ts, EXACT_CASE): "VIX" in capitals is Cboe's index.
  ['vix', 'brand', 'ViX', [['ViX', { caseSensitive: true }]]],
  ['smith-co', 'company', 'Smith', [['Smith', AMB]]],
  ['only-brand', 'brand', 'Only', ['Only']],
  ['uria', 'company', 'Uría Menéndez', ['Uría Menéndez', 'despacho Uría Menéndez']],
  // The b42 batch.
  ['verbund', 'company', 'Verbund', ['Verbund', 'Verbund AG']],
  ['west-co', 'company', 'West', [['West', AMB]]],
  ['axel-sven-springer', 'person', 'Axel Sven Springer', ['Axel Sven Springer', ['Sven', SUR]]],
  ['natgeo', 'media', 'National Geographic', ['National Geographic']],
  // The b43-b45 batches: first names two people go by, surnames of other bearers, a town's name.
  ['alex-vaughan', 'person', 'Alex Vaughan', ['Alex Vaughan', ['Vaughan', SUR]]],
  ['alex-pike', 'person', 'Alex Pike', ['Alex Pike', ['Pike', SUR]]],
  ['bernhard-a', 'person', 'Bernhard Mattes', ['Bernhard Mattes', ['Mattes', SUR]]],
  ['bernhard-b', 'person', 'Bernhard Simon', ['Bernhard Simon', ['Simon', SUR_AMB]]],
  ['guenther-a', 'person', 'Günther Oettinger', ['Günther Oettinger', ['Oettinger', SUR]]],
  ['guenther-b', 'person', 'Günther Apfalter', ['Günther Apfalter', ['Apfalter', SUR]]],
  ['per-a', 'person', 'Per Strömberg', ['Per Strömberg', ['Strömberg', SUR]]],
  ['per-b', 'person', 'Per Utnegaard', ['Per Utnegaard', ['Utnegaard', SUR]]],
  ['michelle-scrimgeour', 'person', 'Michelle Scrimgeour', ['Michelle Scrimgeour', ['Scrimgeour', SUR]]],
  ['ewald-burgener', 'person', 'Ewald Burgener', ['Ewald Burgener', ['Burgener', SUR]]],
  ['israel-esteban', 'person', 'Israel Esteban', ['Israel Esteban', ['Esteban', SUR]]],
  ['cristobal-valenzuela', 'person', 'Cristóbal Valenzuela', ['Cristóbal Valenzuela', ['Valenzuela', SUR]]],
  ['cristiano-borean', 'person', 'Cristiano Borean', ['Cristiano Borean', ['Borean', SUR]]],
  ['giuseppe-ferro', 'person', 'Giuseppe Ferro', ['Giuseppe Ferro', ['Ferro', SUR_AMB]]],
  ['rossella-ferro', 'person', 'Rossella Ferro', ['Rossella Ferro', ['Ferro', SUR_AMB]]],
  ['guenther-holding', 'investor', 'Günther Holding', ['Günther Holding', ['Günther', AMB]]],
  ['shannon-group', 'company', 'Shannon Group', ['Shannon Group', ['Shannon', AMB]]],
  ['pilatus', 'company', 'Pilatus Aircraft', ['Pilatus Aircraft', 'Pilatus']],
  ['spd', 'company', 'SPD', ['SPD']],
  ['expansion', 'media', 'Expansión', [['Expansión', AMB]]],
];

export function fixtureData(rows: Row[] = ROWS): { aliases: AliasEntry[]; entities: IndexedEntity[] } {
  const entities: IndexedEntity[] = rows.map(([id, kind, name]) => ({ id, kind, name }));
  const aliases: AliasEntry[] = rows.flatMap(([id, kind, , list]) =>
    list.map((a) => (typeof a === 'string' ? { text: a, entityId: id, kind, flags: {} } : { text: a[0], entityId: id, kind, flags: a[1] })),
  );
  return { aliases, entities };
}

export function fixtureIndex(rows: Row[] = ROWS): MatchIndex {
  const { aliases, entities } = fixtureData(rows);
  return loadMatchIndex(JSON.parse(JSON.stringify(compileMatchIndex(aliases, entities))));
}

const shared = fixtureIndex();

/** [surface, entity id] of every mention `index` finds, in order. */
export function foundIn(index: MatchIndex, text: string, lang?: string, extra: Omit<import('../../../lib/match/types').FindOptions, 'lang'> = {}): Array<[string, string]> {
  return findMentions(index, text, { lang, ...extra }).map((m) => [m.surface, m.id]);
}

/** [surface, entity id] of every mention the shared fixture index finds, in order. */
export function found(text: string, lang?: string, extra: Omit<import('../../../lib/match/types').FindOptions, 'lang'> = {}): Array<[string, string]> {
  return foundIn(shared, text, lang, extra);
}

/** Rows of companies, written [id, name, aliases] (the kind every one of them shares left out). */
export const companyRows = (rows: Array<[id: string, name: string, aliases: Row[3]]>): Row[] => rows.map(([id, name, aliases]) => [id, 'company', name, aliases]);
