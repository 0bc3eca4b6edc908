import { describe, expect, it } from 'vitest';
import { parseDic, type WordLists } from '../../../lib/facts/aliases-dictionary';
import {
  placeAdjective,
  aliasFlags, buildAliases, companyAliasInputs, descriptorShortForm, isSafeTicker, normaliseName, personAliasInputs, shortFormFromTitles,
  stripLegalSuffix, surnameOf, unitAliasInputs,
} from '../../../lib/facts/aliases';

/** Tiny hunspell-style lists (count line, then stems with flags), written for the test. */
function words(): WordLists {
  const lists: WordLists = { common: new Set(), names: new Set(), proper: new Set() };
  parseDic('6\nmeta/S\nshell\nintesa/F\nMicrosoft/M\nAmerican/MS\nnestle/DSG\n', 'en', lists);
  parseDic('2\nLeonardo/A\nposte/B\n', 'it', lists);
  return lists;
}

describe('legal suffixes', () => {
  it.each([
    ['Apple Inc.', 'Apple'],
    ['Meta Platforms, Inc.', 'Meta Platforms'],
    ['Banco Santander, S.A.', 'Banco Santander'],
    ['Siemens AG', 'Siemens'],
    ['Tencent Holdings Ltd.', 'Tencent Holdings'],
    ['Taiwan Semiconductor Manufacturing Co., Ltd.', 'Taiwan Semiconductor Manufacturing'],
    ['Merck & Co.', 'Merck'],
    ['Poste Italiane S.p.A.', 'Poste Italiane'],
    ['Shell plc', 'Shell'],
    ['OpenAI', 'OpenAI'],
  ])('%s -> %s', (name, expected) => {
    expect(stripLegalSuffix(name)).toBe(expected);
  });

  it('compares names across sources without case, accents, suffixes or "The"', () => {
    expect(normaliseName('Nestlé S.A.')).toBe(normaliseName('NESTLE'));
    expect(normaliseName('The Blackstone Group')).toBe('blackstone group');
  });
});

describe('alias flags', () => {
  const w = words();
  it('flags common words of any language and it/es first names as ambiguous, needing context', () => {
    for (const text of ['Meta', 'Shell', 'Intesa', 'Poste', 'Leonardo']) {
      expect(aliasFlags({ text }, w), text).toMatchObject({ ambiguous: true, needsContext: true });
    }
  });

  it('does not flag distinctive names, nor brands the English list carries as proper nouns', () => {
    expect(aliasFlags({ text: 'OpenAI' }, w)).toEqual({});
    expect(aliasFlags({ text: 'Microsoft' }, w)).toEqual({});
    expect(aliasFlags({ text: 'Zuckerberg', surname: true }, w)).toEqual({ surname: true });
  });

  it('asks only for an explained capital of an accented name whose accent-free spelling is a word', () => {
    // "Nestlé" is not the verb "nestle" (the matcher tells é from e); "Nestle" without it is.
    expect(aliasFlags({ text: 'Nestlé' }, w)).toEqual({ ambiguous: true });
    expect(aliasFlags({ text: 'Nestle' }, w)).toMatchObject({ ambiguous: true, needsContext: true });
  });

  it('makes short all-caps names and single letters case-sensitive', () => {
    expect(aliasFlags({ text: 'TIM' }, w).caseSensitive).toBe(true);
    expect(aliasFlags({ text: 'X' }, w)).toMatchObject({ caseSensitive: true, ambiguous: true });
    expect(aliasFlags({ text: 'Tim' }, w).caseSensitive).toBeUndefined();
  });

  it('keeps tickers that are words out of the aliases', () => {
    expect(isSafeTicker('NVDA', w)).toBe(true);
    expect(isSafeTicker('META', w)).toBe(false);
    expect(isSafeTicker('IT', w)).toBe(false);
    expect(isSafeTicker('A', w)).toBe(false);
  });

  it('builds one alias per spelling, with name, stripped name, recorded aliases and safe tickers', () => {
    const aliases = buildAliases(companyAliasInputs('Meta Platforms, Inc.', [{ text: 'Meta' }, { text: 'meta' }], ['META', 'FBZZ'], w), w);
    expect(aliases.map((a) => a.text)).toEqual(['Meta Platforms, Inc.', 'Meta Platforms', 'Meta', 'FBZZ']);
    expect(aliases.find((a) => a.text === 'FBZZ')?.flags).toMatchObject({ ticker: true, caseSensitive: true });
  });

  it('keeps a name its owner writes in lower case ("maxingvest") beside the capitalised one, but not a common word\'s', () => {
    const texts = (inputs: { text: string }[]) => buildAliases(inputs, w).map((a) => a.text);
    expect(texts([{ text: 'Maxingvest' }, { text: 'maxingvest' }, { text: 'MAXINGVEST' }])).toEqual(['Maxingvest', 'maxingvest']);
    expect(texts([{ text: 'Meta' }, { text: 'meta' }])).toEqual(['Meta']);
  });

  it('keeps a recorded title-case form beside a name in capitals ("Prisa" of PRISA), not the reverse', () => {
    const texts = (inputs: { text: string }[]) => buildAliases(inputs, w).map((a) => a.text);
    expect(texts([{ text: 'PRISA' }, { text: 'Prisa' }])).toEqual(['PRISA', 'Prisa']);
    expect(texts([{ text: 'Prisa' }, { text: 'PRISA' }])).toEqual(['Prisa']);
    expect(texts([{ text: 'St. James\'s Place' }])).toEqual(['St. James\'s Place']);
  });

  it('keeps a ticker that is the company\'s own name ("BBVA") as its name, not a ticker an all-caps heading would ignore', () => {
    const aliases = buildAliases(companyAliasInputs('BBVA', [{ text: 'Banco Bilbao Vizcaya Argentaria' }], ['BBVA', 'BBVX'], w), w);
    expect(aliases.find((a) => a.text === 'BBVA')?.flags?.ticker).toBeUndefined();
    expect(aliases.find((a) => a.text === 'BBVX')?.flags?.ticker).toBe(true);
  });
});

describe('people and press short forms', () => {
  it('takes the surname with its particles', () => {
    expect(surnameOf('Elon Musk')).toBe('Musk');
    expect(surnameOf('Luca de Meo')).toBe('de Meo');
    expect(surnameOf('Matteo Del Fante')).toBe('Del Fante');
    // An elided particle takes the word before it into the surname.
    expect(surnameOf("Alessandro Melzi d'Eril")).toBe("Melzi d'Eril");
    expect(surnameOf("Valéry Giscard d'Estaing")).toBe("Giscard d'Estaing");
    // Dutch and German double particles: "Van den Brink said", not "Brink".
    expect(surnameOf('Dolf van den Brink')).toBe('van den Brink');
    expect(surnameOf('Ben ter Haar')).toBe('ter Haar');
    expect(surnameOf('Madonna')).toBeUndefined();
  });

  it('adds the surname alone, flagged as such', () => {
    const aliases = buildAliases(personAliasInputs('Mark Zuckerberg', []), words());
    expect(aliases).toContainEqual({ text: 'Zuckerberg', flags: { surname: true } });
  });

  it('gives people known only from a line in a company record a surname that needs their full name', () => {
    expect(buildAliases(personAliasInputs('Trevor Blackwell', [], false), words())).toEqual([
      { text: 'Trevor Blackwell' },
      { text: 'Blackwell', flags: { ambiguous: true, needsContext: true, ownerContext: true, surname: true } },
    ]);
  });

  it('marks a press nickname that is a town as a place', () => {
    const withTowns = { ...words(), places: new Map([['cupertino', 60_000]]) };
    expect(buildAliases([{ text: 'Cupertino', nickname: true }], withTowns)).toEqual([{ text: 'Cupertino', flags: { nickname: true, place: true } }]);
    expect(buildAliases([{ text: 'Piazzetta Cuccia', nickname: true }], withTowns)).toEqual([{ text: 'Piazzetta Cuccia', flags: { nickname: true } }]);
  });

  it('gives a unit known only from its owner\'s list its listed name, in exact case when it is ordinary words', () => {
    const lists: WordLists = { common: new Set(['digital', 'industry', 'car']), names: new Set() };
    expect(buildAliases(unitAliasInputs('Digital Industries', lists), lists)).toEqual([{ text: 'Digital Industries', flags: { caseSensitive: true } }]);
    // No short form that would take the parent's own name.
    expect(buildAliases(unitAliasInputs('Mercedes-Benz Cars', lists), lists).map((a) => a.text)).toEqual(['Mercedes-Benz Cars']);
    expect(buildAliases(unitAliasInputs('Eurizon', lists), lists)).toEqual([{ text: 'Eurizon' }]);
    // One ordinary word ("Ora", "Tide"): its owner must be in the text, a company cue is not enough.
    expect(buildAliases(unitAliasInputs('Digital', lists), lists)).toEqual([{ text: 'Digital', flags: { ambiguous: true, needsContext: true, ownerContext: true } }]);
  });

  it('gives a unit that is a group of its own its short press form, unless that is generic or someone else\'s name', () => {
    const lists: WordLists = { common: new Set(['artificial', 'intelligence', 'local', 'service']), names: new Set(), proper: new Set(['americas']) };
    const texts = (name: string, owner = '', taken: (a: string) => boolean = () => false) => buildAliases(unitAliasInputs(name, lists, owner, taken), lists).map((a) => a.text);
    expect(texts('Vodacom Group', 'Vodafone')).toEqual(['Vodacom Group', 'Vodacom']);
    expect(texts('Media-Saturn Holding GmbH', 'Ceconomy')).toContain('Media-Saturn');
    // The owner's own name, another entity's name, ordinary words, a place, a bare short acronym.
    expect(texts('Generali Group', 'Generali Italia')).toEqual(['Generali Group']);
    expect(texts('Rossi Group', 'Bianchi', (a) => a === 'Rossi')).toEqual(['Rossi Group']);
    expect(texts('Artificial Intelligence Group', 'Acme')).toEqual(['Artificial Intelligence Group']);
    expect(texts('Local Services Group', 'Acme')).toEqual(['Local Services Group']);
    expect(texts('Americas Group', 'Acme')).toEqual(['Americas Group']);
    expect(texts('ECA Group', 'Acme')).toEqual(['ECA Group']);
    // A German reinsurer is "… Rück" in the press.
    expect(texts('E+S Rückversicherung AG', 'Hannover Re')).toContain('E+S Rück');
    // Only a group: a division's descriptor stays ("Mercedes-Benz Cars" above).
    expect(texts('Rossi Technologies', 'Bianchi')).toEqual(['Rossi Technologies']);
  });

  it('also knows a person without the middle initials the press often drops', () => {
    const texts = buildAliases(personAliasInputs('Ralf P. Thomas', []), words()).map((a) => a.text);
    expect(texts).toContain('Ralf Thomas');
    expect(buildAliases(personAliasInputs('J. K. Rowling', []), words()).map((a) => a.text)).not.toContain('J. Rowling');
  });

  it('keeps the surname role when the curators also recorded the surname as an alias', () => {
    const aliases = buildAliases(personAliasInputs('Alex Karpov', [{ text: 'Karpov' }]), words());
    expect(aliases).toEqual([{ text: 'Alex Karpov' }, { text: 'Karpov', flags: { surname: true } }]);
  });

  it('takes a first-word short form only when a cited title uses it alone', () => {
    expect(shortFormFromTitles('Intesa Sanpaolo', ['Chi guida Intesa, il banchiere'])).toBe('Intesa');
    expect(shortFormFromTitles('Intesa Sanpaolo', ['Intesa Sanpaolo, utile record'])).toBeUndefined();
    // The rest of the name written in lower case is still the full name ("Société générale : ...").
    const ordinary = (w: string) => ['société', 'banque'].includes(w.toLowerCase());
    expect(shortFormFromTitles('Société Générale', ['Société générale : Slawomir Krupa remplace Frédéric Oudéa'], ordinary)).toBeUndefined();
    // A name of its own keeps the looser reading ("Heathrow airport" in a title is the short form).
    expect(shortFormFromTitles('Heathrow Airport', ['Heathrow airport to expand'], ordinary)).toBe('Heathrow');
    expect(shortFormFromTitles('Enel', ['Enel results'])).toBeUndefined();
  });

  it('takes no short form from a partner ended by a comma or from a kind of association', () => {
    // "Paul, Weiss": "Paul," is one of the named partners; "St. Paul, Minn." is no law firm.
    expect(shortFormFromTitles('Paul, Weiss', ['Paul, advised by Weiss, wins'])).toBeUndefined();
    // "der Dachverband Norddeutscher Zuckerrübenanbauer" is another association.
    expect(shortFormFromTitles('Dachverband Kritische Aktionäre', ['Dachverband fordert Rücktritt'])).toBeUndefined();
    expect(shortFormFromTitles('Consorzio Tutela Grana', ['Il Consorzio chiede dazi'])).toBeUndefined();
    // "Disparition de Clément Fayat (JDL Groupe)": a group's word is every group's.
    expect(shortFormFromTitles('Groupe Fayat', ['Disparition de Clément Fayat (JDL Groupe)'])).toBeUndefined();
    expect(shortFormFromTitles('Grupo Antolin', ['El Grupo cierra una planta'])).toBeUndefined();
  });
});

describe('press short forms of registered names', () => {
  it.each([
    ['Infineon Technologies AG', 'Infineon'],
    ['Lloyds Banking Group PLC', 'Lloyds'],
    ['JPMorgan Chase & Co.', 'JPMorgan'],
    ['Deutsche Telekom', 'Telekom'],
    ['Banca Popolare di Sondrio', 'Popolare di Sondrio'],
    ['Novo Nordisk A S', 'Novo Nordisk'],
    ['Rio Tinto (corporation)', 'Rio Tinto'],
    ['American Airlines Group', 'American Airlines'],
    ['NXP Semiconductors N.V.', 'NXP'],
    ['Redeia Corporación', 'Redeia'],
    ['Groupe BPCE', 'BPCE'],
    ['Hims & Hers Health', 'Hims & Hers'],
    ['Meliá Hotels International', 'Meliá'],
    ['Teck Resources Ltd', 'Teck'],
    ['WK Kellogg Co', 'WK Kellogg'],
    ['Thermo Fisher Scientific Inc.', 'Thermo Fisher'],
  ])('%s -> %s', (name, expected) => {
    expect(descriptorShortForm(name, words())).toBe(expected);
  });

  it('gives a bank no short form that is an Italian noun known to the dictionary only by its verb', () => {
    // "progetto" (project) is in the hunspell list only as "progettare"; a town stays ("Sondrio").
    const w = words();
    parseDic('1\nprogettare/ALKhlI\n', 'it', w);
    expect(w.common.has('progetto')).toBe(false);
    expect(descriptorShortForm('Banca Progetto', w)).toBeUndefined();
    expect(descriptorShortForm('Banca Popolare di Sondrio', w)).toBe('Popolare di Sondrio');
  });

  it('gives no short form of ordinary words left once "Deutsche" goes, but keeps a bank\'s town', () => {
    const w = words();
    parseDic('4\nprivate\nequity\nsecurities\nbank\n', 'en', w);
    parseDic('2\npopolare\nMilano\n', 'it', w);
    expect(descriptorShortForm('Deutsche Private Equity', w)).toBeUndefined();
    expect(descriptorShortForm('Deutsche Bank Securities', w)).toBeUndefined();
    expect(descriptorShortForm('Banca Popolare di Milano', w)).toBe('Popolare di Milano');
  });

  it('keeps a generic second word after a demonym: American Airlines, not American', () => {
    const w = words();
    expect(w.proper?.has('american')).toBe(true);
    expect(descriptorShortForm('American Airlines', w)).toBeUndefined();
    expect(descriptorShortForm('American Airlines Group', w)).toBe('American Airlines');
    // "Nordic" alone is the region's adjective in every English article.
    w.proper!.add('nordic');
    expect(descriptorShortForm('Nordic Semiconductor ASA', w)).toBe('Nordic Semiconductor');
  });

  it('drops ".com" and a trailing "!" unless what is left is a dictionary word', () => {
    const w = words();
    w.proper = new Set(['monday']);
    const texts = (name: string) => buildAliases(companyAliasInputs(name, [], [], w), w).map((a) => a.text);
    expect(texts('Just Eat Takeaway.com NV')).toContain('Just Eat Takeaway');
    expect(texts('Yahoo!')).toContain('Yahoo');
    expect(texts('monday.com Ltd.')).not.toContain('monday');
  });

  it('gives a German reinsurer its "… Rück" press form, from its name or a recorded legal name', () => {
    const w = words();
    const rueck = (name: string, recorded: string[]) => buildAliases(companyAliasInputs(name, recorded.map((text) => ({ text })), [], w), w).map((a) => a.text);
    expect(rueck('Munich Re', ['Münchener Rückversicherungs-Gesellschaft AG'])).toContain('Münchener Rück');
    expect(rueck('Deutsche Rückversicherung AG', [])).toContain('Deutsche Rück');
    expect(rueck('Swiss Re', [])).toEqual(['Swiss Re']);
  });

  it('gives no short form that another company records as its own name', () => {
    const w = words();
    const texts = (taken: (a: string) => boolean) => buildAliases(companyAliasInputs('Citi Holdings', [], [], w, taken), w).map((a) => a.text);
    expect(texts(() => false)).toContain('Citi');
    expect(texts((a) => a === 'Citi')).not.toContain('Citi');
    expect(texts((a) => a === 'Citi')).toContain('Citi Holdings');
  });

  it('never shortens to an ordinary word or a bare head', () => {
    const w = words();
    w.common.add('general');
    w.common.add('bank');
    expect(descriptorShortForm('General Holdings', w)).toBeUndefined();
    expect(descriptorShortForm('Deutsche Bank', w)).toBeUndefined();
    w.names.add('boston'); // a place: Boston Scientific keeps its full name
    expect(descriptorShortForm('Boston Scientific', w)).toBeUndefined();
    expect(descriptorShortForm('The Estée Lauder Companies', w)).toBe('Estée Lauder');
    expect(descriptorShortForm('Meta Platforms, Inc.', w)).toBe('Meta Platforms');
  });

  it('gives a shouted listing name its press spelling, but leaves acronyms alone', () => {
    expect(companyAliasInputs('BROOKFIELD Corp', [], [], words()).map((i) => i.text)).toContain('Brookfield');
    expect(companyAliasInputs('PIMCO', [], [], words()).map((i) => i.text)).toEqual(['PIMCO']);
  });

  it('drops a leading article the press folds into its preposition, unless an ordinary word remains', () => {
    const w = words();
    w.common.add('stampa');
    expect(companyAliasInputs('Il Sole 24 Ore', [], [], w).map((i) => i.text)).toContain('Sole 24 Ore');
    expect(companyAliasInputs('Les Echos', [], [], w).map((i) => i.text)).toContain('Echos');
    // An ordinary word ("stampa") counts only right after the contraction ("della Stampa").
    expect(companyAliasInputs('La Stampa', [], [], w)).toEqual([{ text: 'La Stampa' }, { text: 'Stampa', afterContraction: true }]);
    // Nor when another entity goes by what remains: "Block" is Block Inc., not the outlet The Block.
    expect(companyAliasInputs('The Block', [], [], w, (a) => a === 'Block').map((i) => i.text)).toEqual(['The Block']);
    expect(companyAliasInputs('The Block', [], [], w).map((i) => i.text)).toContain('Block');
  });

  it('adds the short form to a company\'s alias inputs', () => {
    expect(companyAliasInputs('Cellnex Telecom SA', [], [], words()).map((i) => i.text)).toEqual(['Cellnex Telecom SA', 'Cellnex Telecom', 'Cellnex']);
  });
});

describe('names that are also towns (GeoNames places)', () => {
  const withPlaces = (): WordLists => ({ ...words(), common: new Set(['derby']), places: new Map([['derby', 270_468], ['brooklyn', 2_300_664], ['gillette', 32_649], ['dubai', 2_956_587], ['santander', 182_700]]) });

  it('flags a listed brand named like a town: an ordinary word, or any name of a city', () => {
    const w = withPlaces();
    expect(aliasFlags({ text: 'Derby', fromOwnerList: true }, w).place).toBe(true);
    expect(aliasFlags({ text: 'Brooklyn', fromOwnerList: true }, w)).toEqual({ ambiguous: true, needsContext: true, ownerContext: true, place: true });
    // A small town's name that is no word is the brand far more often ("Gillette", Wyoming).
    expect(aliasFlags({ text: 'Gillette', fromOwnerList: true }, w).place).toBeUndefined();
    // A company's own name is not flagged: only brands known from an owner's list.
    expect(aliasFlags({ text: 'Brooklyn' }, w).place).toBeUndefined();
  });

  it('makes no short form that is a town ("Dubai Holding" is no "Dubai"), but keeps a bank\'s home town', () => {
    const w = withPlaces();
    expect(descriptorShortForm('Dubai Holding LLC', w)).toBe('Dubai Holding');
    expect(descriptorShortForm('Banco Santander, S.A.', w)).toBe('Santander');
  });

  it('makes no short form of a town\'s German adjective ("Stuttgarter" of Stuttgarter Zeitung)', () => {
    const w = { ...withPlaces(), places: new Map([['stuttgart', 630_000], ['bremen', 560_000], ['basel', 170_000]]) };
    expect(placeAdjective('Stuttgarter', w)).toBe(true);
    expect(placeAdjective('Bremer', w)).toBe(true);
    expect(placeAdjective('Basler', w)).toBe(true);
    expect(placeAdjective('Versicherer', w)).toBe(false);
    expect(descriptorShortForm('Stuttgarter Zeitung', w)).not.toBe('Stuttgarter');
  });

  it('flags a surname that is a town as a place, not one that only ends in one ("Di Foggia")', () => {
    const w = { ...withPlaces(), places: new Map([['palermo', 650_000], ['foggia', 150_000]]) };
    expect(aliasFlags({ text: 'Palermo', surname: true }, w)).toMatchObject({ ambiguous: true, needsContext: true, place: true });
    expect(aliasFlags({ text: 'Di Foggia', surname: true }, w).place).toBeUndefined();
  });

  it('flags a name that is a country\'s as a place in need of context ("Iceland")', () => {
    expect(aliasFlags({ text: 'Iceland' }, withPlaces())).toMatchObject({ ambiguous: true, needsContext: true, place: true });
    expect(aliasFlags({ text: 'Iceland Foods' }, withPlaces()).place).toBeUndefined();
  });
});
