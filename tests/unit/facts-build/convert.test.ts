import { describe, expect, it } from 'vitest';
import { convertCompany, parseTickers } from '../../../lib/facts/build/convert-companies';
import { convertDeal, dealTitle, parsePrice } from '../../../lib/facts/build/convert-deals';
import { convertPerson } from '../../../lib/facts/build/convert-people';
import type { CuratedCompany, CuratedDeal, CuratedPerson } from '../../../lib/facts/build/curated-types';
import { countValue } from '../../../lib/facts/build/fact-helpers';
import { IdAllocator } from '../../../lib/facts/build/ids';
import { relationTargets } from '../../../lib/facts/build/relations';
import { NameResolver } from '../../../lib/facts/build/resolver';
import { secDisplayName } from '../../../lib/facts/build/sec';
import { SourceRegistry } from '../../../lib/facts/build/source-registry';

// Invented records in the curated shape (not real data).
const company: CuratedCompany = {
  name: 'Fabbrica Esempio S.p.A.',
  aliases: ['Esempio', 'la Fabbrica di via Roma'],
  founded: '1990',
  founded_conflict: 'another page says 1991',
  hq: 'Torino',
  ceo: 'Anna Prova',
  ceo_since: '2021-05',
  industry: 'Widgets',
  revenue: { value: '1,234 million', currency: 'EUR', value_number: 1_234_000_000, year: 'FY2024' },
  employees: { value: 'about 5,000', as_of: '2024' },
  sources: [
    { url: 'https://news.example.org/a', title: 'Esempio grows (Example News)', fields: ['founded', 'hq', 'ceo'], date: '2025-01-10' },
    { url: 'https://www.example.com/ir', title: 'Esempio FY2024 results (press release)', fields: ['revenue', 'employees'], date: '2025-02-01' },
    { url: 'https://blog.example.net/x', title: 'Esempio profile', fields: ['founded_conflict'], note: 'lower-authority page (blog)' },
  ],
};

describe('curated company conversion', () => {
  const registry = new SourceRegistry();
  const draft = convertCompany(company, registry);
  const fact = (key: string) => draft.candidates.filter((c) => c.key === key);

  it('cites only the pages that list a field, and leaves unsupported fields out', () => {
    expect(fact('hq')[0]!.sources).toHaveLength(1);
    expect(fact('industry')).toEqual([]);
  });

  it('dates facts by their own date, else the newest supporting page', () => {
    expect(fact('revenue')[0]).toMatchObject({ asOf: '2024', value: { t: 'money', v: { amount: 1_234_000_000, currency: 'EUR' } } });
    expect(fact('hq')[0]!.asOf).toBe('2025-01-10');
    expect(fact('employees')[0]).toMatchObject({ asOf: '2024', value: { t: 'text', v: 'about 5,000' } });
  });

  it('keeps a recorded conflict as a lower-authority candidate for the same key', () => {
    const founded = fact('founded');
    expect(founded).toHaveLength(2);
    expect(founded[1]).toMatchObject({ authority: 'lower', value: { t: 'text', v: 'another page says 1991' } });
  });

  it('classifies sources by authority', () => {
    const all = registry.list();
    expect(all.find((s) => s.url.includes('/ir'))?.authority).toBe('primary');
    expect(all.find((s) => s.url.includes('news.'))?.authority).toBe('press');
    expect(all.find((s) => s.url.includes('blog.'))?.authority).toBe('lower');
  });

  it('reads a revenue year written as a number like the same year in quotes, without failing the build', () => {
    const numeric = { ...company, revenue: { ...company.revenue!, year: 2023 as unknown as string } };
    const revenue = convertCompany(numeric, new SourceRegistry()).candidates.find((c) => c.key === 'revenue');
    expect(revenue).toMatchObject({ asOf: '2023', value: { t: 'money', label: '2023' } });
  });

  it('marks Italian place nicknames', () => {
    expect(draft.aliases).toContainEqual({ text: 'la Fabbrica di via Roma', nickname: true });
  });
});

describe('people and deals', () => {
  const registry = new SourceRegistry();
  const person: CuratedPerson = {
    name: 'Anna Prova',
    aliases: [],
    roles: [
      { title: 'CEO', organization: 'Fabbrica Esempio S.p.A.', since: '2021-05' },
      { title: 'CFO', organization: 'Altra Ditta (formerly Ditta Vecchia)', since: '2015', until: '2021' },
    ],
    sources: [{ url: 'https://news.example.org/b', title: 'Who runs Esempio', fields: ['roles'], date: '2025-03-01' }],
  };

  it('turns roles into role facts: current ones dated by the page, past ones by their end', () => {
    const roles = convertPerson(person, registry).candidates.filter((c) => c.key === 'role');
    expect(roles[0]).toMatchObject({ asOf: '2025-03-01', value: { t: 'role', title: 'CEO', since: '2021-05' } });
    expect(roles[1]).toMatchObject({ asOf: '2021', value: { org: { name: 'Altra Ditta' } }, note: '(formerly Ditta Vecchia)' });
  });

  it('converts a deal with resolved parties, a title in our words and a stable id', () => {
    const resolver = new NameResolver([
      { id: 'c:fabbrica-esempio', kind: 'company', name: 'Fabbrica Esempio S.p.A.', aliases: [{ text: 'Esempio' }] },
      { id: 'p:anna-prova', kind: 'person', name: 'Anna Prova', aliases: [] },
    ]);
    const deal: CuratedDeal = {
      kind: 'bid',
      acquirer_or_investors: ['Anna Prova', 'Fondo Uno (lead)'],
      target: 'Esempio (the holding company)',
      amount: { value: '2 billion', currency: 'EUR', value_number: 2e9 },
      announced: '2025-06-02',
      status: 'rejected',
      sources: [{ url: 'https://news.example.org/c', title: 'Bid for Esempio', fields: ['amount', 'announced'], date: '2025-06-03' }],
    };
    const d = convertDeal(deal, registry, resolver, new IdAllocator());
    expect(d).toMatchObject({
      id: 'd:2025-06-02-fabbrica-esempio-bid',
      title: "Prova-led consortium's bid for Esempio",
      target: { id: 'c:fabbrica-esempio', name: 'Esempio' },
      acquirers: [{ id: 'p:anna-prova', name: 'Anna Prova' }, { name: 'Fondo Uno' }],
      amount: { amount: 2e9, currency: 'EUR' },
      status: 'rejected',
    });
    expect(d.sources).toHaveLength(1);
  });

  it('maps a deal without a stated outcome to status unknown', () => {
    const d = convertDeal({ kind: 'investment', acquirer_or_investors: [], target: 'X', amount: { value: 'about 1 billion', currency: 'USD' }, sources: [{ url: 'https://n.example.org/d', title: 't', fields: ['amount'] }] }, registry, new NameResolver([]), new IdAllocator());
    expect(d.status).toBe('unknown');
    expect(d.amount).toBeUndefined();
    expect(d.facts?.find((f) => f.key === 'amount')?.value).toEqual({ t: 'text', v: 'about 1 billion USD' });
  });

  it('writes titles for each deal kind', () => {
    expect(dealTitle('acquisition', [{ name: 'Microsoft Corporation', id: 'c:microsoft' }], { name: 'GitHub' })).toBe("Microsoft's acquisition of GitHub");
    expect(dealTitle('funding_round', [], { name: 'Anthropic' })).toBe('Anthropic funding round');
  });
});

describe('small parsers', () => {
  it('reads ticker lists with exchanges', () => {
    expect(parseTickers('NYSE: TS; BIT: TEN')).toEqual([{ symbol: 'TS', exchange: 'NYSE' }, { symbol: 'TEN', exchange: 'BIT' }]);
    expect(parseTickers('NASDAQ: GOOG, GOOGL')).toHaveLength(2);
    expect(parseTickers('AAPL')).toEqual([{ symbol: 'AAPL' }]);
    // An exchange in brackets is the exchange: a Toronto "CF" is not CF Industries' NYSE ticker.
    expect(parseTickers('CF (Toronto Stock Exchange)')).toEqual([{ symbol: 'CF', exchange: 'Toronto Stock Exchange' }]);
    expect(parseTickers('INFY (NYSE); 500209 (BSE)')).toEqual([{ symbol: 'INFY', exchange: 'NYSE' }, { symbol: '500209', exchange: 'BSE' }]);
    expect(parseTickers('NKT (Nasdaq Copenhagen; listed since 1898)')).toEqual([{ symbol: 'NKT', exchange: 'Nasdaq Copenhagen' }]);
    // A bracket that is no exchange leaves the symbol as it was.
    expect(parseTickers('NYSE: TRW (before the takeover)')).toEqual([{ symbol: 'TRW', exchange: 'NYSE' }]);
  });

  it('reads counts and prices only when exact', () => {
    expect(countValue('78,865', 'employees')).toEqual({ t: 'number', v: 78865, unit: 'employees' });
    expect(countValue('663 thousand', 'employees')).toEqual({ t: 'number', v: 663000, unit: 'employees' });
    expect(countValue('more than 400', 'employees')).toEqual({ t: 'text', v: 'more than 400' });
    expect(parsePrice('54.20 USD in cash')).toEqual({ amount: 54.2, currency: 'USD', text: '54.20 USD in cash' });
  });

  it('tidies SEC conformed names', () => {
    expect(secDisplayName('BANK OF MONTREAL /CAN/')).toBe('Bank of Montreal');
    expect(secDisplayName('Apple Inc.')).toBe('Apple Inc.');
    expect(secDisplayName('BCE INC')).toBe('BCE Inc');
    expect(secDisplayName('AIR PRODUCTS & CHEMICALS INC', (w) => w === 'air')).toBe('Air Products & Chemicals Inc');
    expect(secDisplayName('TELEFONICA S A')).toBe('Telefonica S.A.');
    expect(secDisplayName('NOVO NORDISK A S')).toBe('Novo Nordisk A/S');
    expect(secDisplayName('HEINEKEN HOLDING N V')).toBe('Heineken Holding N.V.');
  });

  it('makes brand/subsidiary entities only of named businesses, never of bare stakes', () => {
    const t = relationTargets(['Gucci', 'Stone Island', 'stakes in A, B and C', 'Philips (15%)'], 'brand');
    expect(t.map((x) => x.name)).toEqual(['Gucci', 'Stone Island', 'Philips']);
  });
});

describe('people named in company records', () => {
  it('gets a role cited by the pages that list the naming field, and nothing else', async () => {
    const { derivedPeopleDrafts, looksLikePerson } = await import('../../../lib/facts/build/derived-people');
    const registry = new SourceRegistry();
    const drafts = derivedPeopleDrafts([{
      ...company,
      ceo: 'Anna Prova and Marco Esempio (co-CEOs)',
      key_people: ['Luisa Conti (CFO)'],
      founders: ['Fondazione Esempio'],
      sources: [...company.sources, { url: 'https://news.example.org/kp', title: 'Esempio people', fields: ['key_people'], date: '2025-04-04' }],
    }], registry, (n) => n === 'Anna Prova');
    expect(drafts.map((d) => d.name)).toEqual(['Luisa Conti', 'Marco Esempio']);
    const cfo = drafts[0]!.candidates[0]!;
    expect(cfo).toMatchObject({ key: 'role', asOf: '2025-04-04', value: { title: 'CFO', org: { name: 'Fabbrica Esempio S.p.A.' } } });
    expect(cfo.sources).toHaveLength(1);
    expect(looksLikePerson('German Labour Front')).toBe(false);
    expect(looksLikePerson('Werner von Siemens')).toBe(true);
    expect(looksLikePerson('Svenska Handelsbanken AB')).toBe(false);
  });

  it("hands a known person's role to attachToKnown instead of drafting a twin, but never a founder's", async () => {
    const { derivedPeopleDrafts } = await import('../../../lib/facts/build/derived-people');
    const handed: string[] = [];
    const drafts = derivedPeopleDrafts([{
      ...company,
      key_people: ['Anna Prova (chair, 2025)', 'Luisa Conti (CFO)'],
      founders: ['Anna Prova'],
      sources: [{ url: 'https://news.example.org/board', title: 'Esempio board', fields: ['key_people', 'founders'], date: '2025-05-05' }],
    }], new SourceRegistry(), (n) => n === 'Anna Prova', () => false, () => true, (name, role) => handed.push(`${name}: ${role.value.t === 'role' ? role.value.title : ''}`));
    expect(drafts.map((d) => d.name)).toEqual(['Luisa Conti']);
    expect(handed).toEqual(['Anna Prova: chair, 2025']);
  });

  it('keeps namesakes apart: one person per group of records the namesake table names, one for the rest', async () => {
    const { derivedPeopleDrafts } = await import('../../../lib/facts/build/derived-people');
    const listing = (name: string, person: string) => ({ ...company, name, key_people: [person], sources: [{ url: `https://news.example.org/${name.length}`, title: name, fields: ['key_people'] }] });
    const drafts = derivedPeopleDrafts([
      listing('Entain', 'Rob Wood (CFO)'), listing('Breedon Group', 'Rob Wood (chief executive)'), listing('Pantheon Macroeconomics', 'Rob Wood (economist)'),
      listing('Voestalpine', 'Wolfgang Eder (chair)'), listing('Infineon Technologies', 'Wolfgang Eder (chair)'),
    ], new SourceRegistry(), () => false);
    const employers = (name: string) => drafts.filter((d) => d.name === name).map((d) => d.candidates.map((c) => (c.value.t === 'role' ? c.value.org.name : '')).join(', ')).sort();
    expect(employers('Rob Wood')).toEqual(['Breedon Group', 'Entain', 'Pantheon Macroeconomics']);
    // A manager on two boards is one person.
    expect(employers('Wolfgang Eder')).toEqual(['Voestalpine, Infineon Technologies']);
  });

  it('names people without their British honours, and makes no name of a title and a surname', async () => {
    const { splitPeople, looksLikePerson } = await import('../../../lib/facts/build/derived-people');
    expect(splitPeople('Sir Roger Bone (chair, 2022)')).toEqual({ names: ['Roger Bone'], title: 'chair, 2022' });
    expect(splitPeople('Baroness Karren Brady and Dame Kay Davies (directors)').names).toEqual(['Karren Brady', 'Kay Davies']);
    expect(splitPeople('Lord Smith (chair)').names.filter(looksLikePerson)).toEqual([]);
    expect(splitPeople('Dr. Dre (co-founder)').names).toEqual(['Dr. Dre']);
  });

  it('reads the particles of Dutch, German, French, Spanish and Arabic names, not organisations written alike', async () => {
    const { looksLikePerson } = await import('../../../lib/facts/build/derived-people');
    for (const name of ['Philip von dem Bussche', 'Alex von zur Mühlen', 'Peter ter Kulve', "Marc van't Noordende", "Fabio d'Angelantonio", 'Nadhmi al-Nasr', 'Enrique Loewe y Roessberg']) expect(looksLikePerson(name), name).toBe(true);
    for (const name of ["Automobile Club d'Italia", 'Erhardt y Compañía', 'Wellcome Trust', 'Sociedad Vascongada de Publicaciones', 'Société Générale de Belgique', 'Società Italiana Acetilene']) expect(looksLikePerson(name), name).toBe(false);
  });

  it('makes no person of the organisations a founders list names, but keeps a founder named like a holding', async () => {
    const { derivedPeopleDrafts } = await import('../../../lib/facts/build/derived-people');
    const orgs = new Set(['Intesa Sanpaolo', 'Banca Esempio', 'Giovanni Agnelli']);
    const withFounders = (name: string, founders: string[]) => ({ ...company, name, founders, sources: [{ url: `https://news.example.org/${name.length}`, title: 'Founders', fields: ['founders'] }] });
    const drafts = derivedPeopleDrafts(
      [withFounders('Fondo Esempio', ['Intesa Sanpaolo', 'Banca Esempio', 'Marta Rossi']), withFounders('Fabbrica Torino', ['Giovanni Agnelli', 'Carlo Bianchi'])],
      new SourceRegistry(), () => false, (n) => orgs.has(n),
    );
    expect(drafts.map((d) => d.name)).toEqual(['Carlo Bianchi', 'Giovanni Agnelli', 'Marta Rossi']);
  });

  it('makes no person of a lone founding organisation whose name opens with no first name', async () => {
    const { derivedPeopleDrafts } = await import('../../../lib/facts/build/derived-people');
    const orgs = new Set(['Goldman Sachs', 'Giovanni Agnelli']);
    const withFounders = (name: string, founders: string[]) => ({ ...company, name, founders, sources: [{ url: `https://news.example.org/${name.length}`, title: 'Founders', fields: ['founders'] }] });
    const firstNames = new Set(['giovanni', 'marta']);
    const drafts = derivedPeopleDrafts(
      [withFounders('Fondo Partners', ['Goldman Sachs']), withFounders('Fabbrica Torino', ['Giovanni Agnelli'])],
      new SourceRegistry(), () => false, (n) => orgs.has(n), (w) => firstNames.has(w.toLowerCase()),
    );
    expect(drafts.map((d) => d.name)).toEqual(['Giovanni Agnelli']);
  });
});

describe('S&P 500 rows', () => {
  it('reads the country from the headquarters location, not from index membership', async () => {
    const { countryFromHq } = await import('../../../lib/facts/build/listings');
    expect(countryFromHq('Saint Paul, Minnesota')).toBe('United States');
    expect(countryFromHq('Dublin, Ireland')).toBe('Ireland');
    expect(countryFromHq('Richmond, Virginia[2]')).toBe('United States');
    expect(countryFromHq('none')).toBeUndefined();
  });
});

describe('pytickersymbols rows', () => {
  it('gives a row named after another company the name of the company its data describes', async () => {
    const { pytickerDrafts } = await import('../../../lib/facts/build/listings');
    const [smiths, ses, elisa, elis, plain] = pytickerDrafts({ companies: [
      { name: 'SES S.A.', symbol: 'SMIN', country: 'United Kingdom', indices: ['CAC Mid 60', 'FTSE 100'], metadata: { founded: 1851 }, isins: ['GB00B1WY2338', 'LU0088087324'], akas: ['Smiths Group PLC'] },
      { name: 'Elisa', country: 'Finland', indices: ['CAC Mid 60', 'OMX Helsinki 25'], isins: ['FI0009007884', 'FR0012435121'], symbols: [{ google: 'FRA:EIA' }, { google: 'FRA:7EL', skip: true }] },
      { name: 'Esempio S.p.A.', country: 'Italy', isins: ['IT0000000001'] },
    ] });
    const indices = (d: { candidates: { key: string; value: unknown }[] }) => d.candidates.find((c) => c.key === 'indices')?.value;
    // The Paris index membership goes back, with the ISIN, to the company it belongs to.
    expect(indices(smiths!)).toEqual({ t: 'list', v: ['FTSE 100'] });
    expect(ses!.name).toBe('SES S.A.');
    expect(ses!.match.isins).toEqual(['LU0088087324']);
    expect(indices(ses!)).toEqual({ t: 'list', v: ['CAC Mid 60'] });
    expect(indices(elisa!)).toEqual({ t: 'list', v: ['OMX Helsinki 25'] });
    expect(elis!.name).toBe('Elis');
    expect(indices(elis!)).toEqual({ t: 'list', v: ['CAC Mid 60'] });
    expect(smiths!.name).toBe('Smiths Group PLC');
    expect(smiths!.match?.isins).toEqual(['GB00B1WY2338']);
    expect(smiths!.candidates.filter((c) => c.key === 'isin').map((c) => c.value)).toEqual([{ t: 'text', v: 'GB00B1WY2338' }]);
    // Another company's ISIN and a quote the dataset itself skips are not Elisa's.
    expect(elisa!.name).toBe('Elisa');
    expect(elisa!.match?.isins).toEqual(['FI0009007884']);
    expect(elisa!.candidates.filter((c) => c.key === 'ticker').map((c) => c.value)).toEqual([{ t: 'ticker', symbol: 'EIA', exchange: 'FRA' }]);
    expect(plain!.name).toBe('Esempio S.p.A.');
  });
  it('matches a US row by its NYSE/Nasdaq quote before its own stale symbol, and keeps a renamed row\'s name as an alias', async () => {
    const { pytickerDrafts } = await import('../../../lib/facts/build/listings');
    const [chem, plain, shell] = pytickerDrafts({ companies: [
      // DuPont's row gives DOW (Dow Inc.'s ticker) as its symbol; its quote is NYSE:DD.
      { name: 'Chemicals Example', symbol: 'DOW', country: 'United States', symbols: [{ google: 'FRA:6D81' }, { google: 'NYSE:DD' }] },
      { name: 'Plain Example', symbol: 'PLX', country: 'United States', symbols: [{ google: 'FRA:PLX' }] },
      { name: 'Royal Dutch Shell PLC', symbol: 'RDSA', country: 'Netherlands', isins: ['GB00BP6MXD84'] },
    ] });
    expect(chem!.match?.tickers).toEqual(['DD']);
    expect(plain!.match?.tickers).toEqual(['PLX']);
    expect(shell!.name).toBe('Shell plc');
    expect(shell!.aliases.map((a) => a.text)).toContain('Royal Dutch Shell PLC');
  });

  it('leaves out "United States" when it is only the country of a European company\'s US listing', async () => {
    const { pytickerDrafts } = await import('../../../lib/facts/build/listings');
    const country = (d: { candidates: { key: string; value: unknown }[] }) => d.candidates.find((c) => c.key === 'country')?.value;
    const [bank, offshore, us] = pytickerDrafts({ companies: [
      { name: 'Banco Esempio', symbol: 'BEX', country: 'United States', indices: ['IBEX 35'], isins: ['ES0000000001'] },
      { name: 'Offshore Services', symbol: 'OFS', country: 'United States', indices: ['S&P 500'], isins: ['AN0000000001'] },
      { name: 'Example Corp', symbol: 'EXC', country: 'United States', indices: ['NASDAQ 100'], isins: ['US0000000001'] },
    ] });
    expect(country(bank!)).toBeUndefined();
    // The US ticker still joins the row to the SEC file's entry for the same listing.
    expect(bank!.match?.tickers).toEqual(['BEX']);
    expect(country(offshore!)).toEqual({ t: 'text', v: 'United States' });
    expect(country(us!)).toEqual({ t: 'text', v: 'United States' });
  });

  it('leaves out a country nothing in the row backs, and names no company after an encyclopaedia topic', async () => {
    const { pytickerDrafts, companyNameOfTitle } = await import('../../../lib/facts/build/listings');
    const country = (d: { candidates: { key: string; value: unknown }[] }) => d.candidates.find((c) => c.key === 'country')?.value;
    const drafts = pytickerDrafts({ companies: [
      // No ISIN, no quote, only a Spanish index: "Finland" has nothing behind it.
      { name: 'Laboratorios Ejemplo', symbol: 'LEJ', country: 'Finland', indices: ['IBEX 35'], isins: [], symbols: [] },
      // Registered abroad, with an ISIN: kept.
      { name: 'Foreign Plc', symbol: 'FPL', country: 'Switzerland', indices: ['FTSE 100'], isins: ['CH0000000001'] },
      // A topic, not a company: no draft.
      { name: 'Wind power in Spain', symbol: 'WPS', country: 'Spain', indices: ['IBEX 35'] },
    ] });
    expect(drafts.map((d) => d.name)).toEqual(['Laboratorios Ejemplo', 'Foreign Plc']);
    expect(country(drafts[0]!)).toBeUndefined();
    expect(country(drafts[1]!)).toEqual({ t: 'text', v: 'Switzerland' });
    expect(companyNameOfTitle('Rio Tinto (corporation)')).toBe('Rio Tinto');
    expect(companyNameOfTitle('Metso (2020–present)')).toBe('Metso');
    expect(companyNameOfTitle('Coop (Switzerland)')).toBe('Coop (Switzerland)');
  });
});

describe('units named in a parent record', () => {
  it('are another business when they match a company only once accents are dropped', async () => {
    const { differsOnlyInAccents } = await import('../../../lib/facts/build/compile');
    const hermes = { name: 'Hermès', aliases: [{ text: 'Hermès International SCA' }] };
    expect(differsOnlyInAccents('Hermes', hermes)).toBe(true);
    expect(differsOnlyInAccents('Hermès', hermes)).toBe(false);
    expect(differsOnlyInAccents('HERMÈS', hermes)).toBe(false);
    expect(differsOnlyInAccents('Hermès International', hermes)).toBe(false);
    expect(differsOnlyInAccents('Eurizon', { name: 'Eurizon Capital', aliases: [] })).toBe(false);
  });

  it('are not drafted when they are the short name of their owner', async () => {
    const { isLeadingWordsOf } = await import('../../../lib/facts/build/compile');
    expect(isLeadingWordsOf('Meliá', 'Meliá Hotels International')).toBe(true);
    expect(isLeadingWordsOf('Gran Meliá', 'Meliá Hotels International')).toBe(false);
    expect(isLeadingWordsOf('Meli', 'Meliá Hotels International')).toBe(false);
    expect(isLeadingWordsOf('Meliá Hotels International', 'Meliá Hotels International')).toBe(false);
  });
});

describe('a person named in both gatherings', () => {
  it('becomes one draft that keeps the facts and aliases of both records', async () => {
    const { mergeSamePerson } = await import('../../../lib/facts/build/compile');
    const registry = new SourceRegistry();
    const src = (url: string, fields: string[]) => ({ url, title: 'page', fields, date: '2025-01-02' });
    const first: CuratedPerson = { name: 'Lisa Su', roles: [{ title: 'CEO', organization: 'AMD', since: '2014' }], sources: [src('https://a.example/1', ['roles'])] };
    const later: CuratedPerson = { name: 'Lisa Su', aliases: ['Lisa T. Su'], born: '1969', education: ['MIT'], sources: [src('https://b.example/2', ['born', 'education'])] };
    const other: CuratedPerson = { name: 'Hock Tan', born: '1953', sources: [src('https://c.example/3', ['born'])] };
    const merged = mergeSamePerson([first, later, other].map((p) => convertPerson(p, registry)));
    expect(merged.map((d) => d.name)).toEqual(['Lisa Su', 'Hock Tan']);
    expect(merged[0]!.candidates.map((c) => c.key).sort()).toEqual(['born', 'education', 'role']);
    expect(merged[0]!.aliases.map((a) => a.text)).toEqual(['Lisa T. Su']);
  });
});

describe('a page cited by several records', () => {
  it('shows the lower-authority warning once, whatever its wording, and keeps other notes', () => {
    const registry = new SourceRegistry();
    const page = { url: 'https://blog.example/post', title: 'A post', fields: ['hq'] };
    const id = registry.addPage({ ...page, note: 'lower-authority page (blog/aggregator); fact kept because it matches other reports, verify before display' });
    registry.addPage({ ...page, note: 'lower-authority page (blog/aggregator/AI-written); fact kept because it matches other reports, verify before display' });
    registry.addPage({ ...page, note: 'lower-authority page; the date is the URL path' });
    expect(registry.get(id)!.note).toBe('lower-authority page (blog/aggregator); fact kept because it matches other reports, verify before display; the date is the URL path');
    expect(registry.get(id)!.authority).toBe('lower');
  });
});

describe('owner and parent names with their qualifiers', () => {
  it('keeps a comma before a capital in the name and splits a qualifier after a comma', async () => {
    const { splitQualifier } = await import('../../../lib/facts/build/fact-helpers');
    expect(splitQualifier('Clayton, Dubilier & Rice')).toEqual({ name: 'Clayton, Dubilier & Rice' });
    expect(splitQualifier('Kering, since 2023')).toEqual({ name: 'Kering', detail: ', since 2023' });
    expect(splitQualifier('Kotkamills, Finland')).toEqual({ name: 'Kotkamills', detail: ', Finland' });
    expect(splitQualifier('Clayton, Dubilier & Rice (buyer, 2022)')).toEqual({ name: 'Clayton, Dubilier & Rice', detail: '(buyer, 2022)' });
    expect(splitQualifier('Exor (majority stake)')).toEqual({ name: 'Exor', detail: '(majority stake)' });
  });
});
