/**
 * data/ -> FactBundle + alias rows for the matcher. Pure over the file contents it reads, so the
 * same data/ gives the same bundle (records and keys sorted, no timestamps, version = hash).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as v from 'valibot';
import { load as loadYaml } from 'js-yaml';
import { loadWordLists, type WordLists } from '../aliases-dictionary';
import { normaliseName, placeAdjective, placePopulation, stripLegalSuffix, buildAliases, companyAliasInputs, descriptorShortForm, exactCaseForOrdinaryPhrases, isCommonWord, personAliasInputs, shortFormFromTitles, unitAliasInputs, withoutMiddleInitials, type AliasInput } from '../aliases';
import { FactBundle, BUNDLE_FORMAT, type Alias, type Entity, type Fact, type FactBundle as Bundle } from '../schema';
import type { AliasEntry, IndexedEntity } from '../../match/types';
import { GERMAN_DESCRIPTOR_RE } from '../../match/german-trade-nouns';
import { convertCompany } from './convert-companies';
import { convertDeal } from './convert-deals';
import { convertPerson } from './convert-people';
import { dealPartyDrafts, holderDrafts, ownerDrafts, roleOrgDrafts } from './extra-entities';
import { derivedPeopleDrafts } from './derived-people';
import type { Candidate } from '../prefer';
import type { CuratedCompany, CuratedDeal, CuratedPerson } from './curated-types';
import type { EntityDraft } from './draft';
import { IdAllocator, foldAccents, shortHash } from './ids';
import { PRESS_NICKNAMES } from './press-nicknames';
import { placeBlockList } from './place-names';
import { countryVariants } from './country-forms';
import { countriesClash } from './detail-country';
import { foldString } from '../../match/fold';
import { PYTICKERS, SP500, SP500_FIN, pytickerDrafts, sp500Drafts } from './listings';
import { areNamesakes, countryOf, DraftMerger, resolveFacts } from './merge';
import { CLDR, ECB, ISO4217, buildCurrencies, buildFxTable } from './money';
import { nonCompanyBlockList } from './non-company-orgs';
import { isNamesakeUnit, ownerCandidate, relationDraft, relationTargets } from './relations';
import { NameResolver } from './resolver';
import { SEC, enrichWithSec, parseSec, secTopUpDrafts } from './sec';
import { SourceRegistry } from './source-registry';
import { stableSortFacts, sortEntities } from './order';
import { aliasEntries, dropKinSurnames, flagFirstNames, resolveSharedAliases, stubKind } from './alias-rows';
import { flagGenericUnitNames } from './generic-unit-names';
import { buildCredits, type Credit } from './credits';
import { matchTranslations, readTranslations } from './translations';
import { curatedShapeProblem, type CuratedKind } from './curated-shape';
import { applyDisplayNames } from './display-names';

export interface CompiledFacts {
  bundle: Bundle;
  aliases: AliasEntry[];
  indexed: IndexedEntity[];
  credits: Credit[];
  /** Regulators and public bodies: blocking phrases for the matcher, never entities. */
  blockList: string[];
}

const readJsonl = <T>(path: string, kind: CuratedKind): T[] =>
  readFileSync(path, 'utf8').split(/\r?\n/).map((l, i) => {
    if (!l.trim()) return undefined;
    let record: unknown;
    try {
      record = JSON.parse(l);
    } catch (e) {
      throw new Error(`${path}:${i + 1}: invalid JSON (${(e as Error).message})`);
    }
    const problem = curatedShapeProblem(record, kind);
    if (problem) throw new Error(`${path}:${i + 1}: ${problem}`);
    return record as T;
  }).filter((r): r is T => r !== undefined);

/** Curated additions for issue 8 (see data/sources/curated/REACH.md). */
export const REACH_ORGS = 'curated/reach-orgs.jsonl';
export const REACH_PEOPLE = 'curated/reach-people.jsonl';

const readOptionalJsonl = <T>(path: string, kind: CuratedKind): T[] => (existsSync(path) ? readJsonl<T>(path, kind) : []);

/**
 * Rivers and firths that name ports, freeports and airports ("Forth Green Freeport", "Shannon
 * Group"), and Italian regions that name banks ("Veneto Banca"): page titles that say "Forth" or
 * "Veneto" alone mean the water or the region as often as the company ("the Firth of Forth", "tra
 * Friuli e Veneto"), so none is a short form of one.
 */
const PLACES_NO_SHORT_FORM: readonly string[] = ['Forth', 'Clyde', 'Tyne', 'Tees', 'Humber', 'Mersey', 'Thames', 'Severn', 'Shannon', 'Liffey', 'Solent',
  'Veneto', 'Piemonte', 'Lombardia', 'Toscana', 'Liguria', 'Sicilia', 'Sardegna', 'Puglia', 'Campania', 'Calabria', 'Marche', 'Umbria',
  'Abruzzo', 'Molise', 'Basilicata', 'Lazio', 'Friuli', 'Trentino'];

/** "Meliá" and "Meliá Hotels International": the name is the other's first words. */
export const isLeadingWordsOf = (name: string, of: string): boolean => normaliseName(of).startsWith(`${normaliseName(name)} `);

/** Drafts known only by a name another record gives (an employer, a deal party, an owner). */
const NAME_ONLY_ORIGINS = new Set(['curated-role-org', 'curated-deal-party', 'curated-owner', 'curated-shareholder']);
/**
 * "Drogeriekette Rossmann", "Kanzlei Baker McKenzie", "Gewerkschaft Amazon Labor Union": a German
 * noun saying what the organisation is, capitalised like a name, before another of its names.
 * The press writes the noun before the name ("die Drogeriekette Rossmann"), but the name is
 * the name: the longer alias would take the noun into the mention. Such an alias is dropped
 * (the nouns: lib/match/german-trade-nouns.ts).
 */
const FAMILY_FIRST = /^(?:[Ff]amilie|[Ff]amiglia|[Ff]amille|[Ff]amilia|[Ff]amily|[Tt]he \S+ family)\s/u;
function withoutGermanDescriptor(aliases: Alias[], name: string): Alias[] {
  const texts = new Set(aliases.map((a) => a.text.toLowerCase()));
  return aliases.filter((a) => {
    if (a.text === name) return true; // "Bank Delen" is the bank's own name
    // "Familie Merck", "familia Matte" are the family, not its holding company.
    if (FAMILY_FIRST.test(a.text)) return false;
    const space = a.text.indexOf(' ');
    return space < 0 || !GERMAN_DESCRIPTOR_RE.test(a.text.slice(0, space)) || !texts.has(a.text.slice(space + 1).toLowerCase());
  });
}

/** Listed by a listing file or by its record's own ticker or ISIN (Leonardo, Azimut Holding). */
const LISTING_KEYS = new Set(['ticker', 'isin']);
const isListed = (d: EntityDraft): boolean => d.match.tickers.length > 0 || d.match.isins.length > 0 || d.candidates.some((c) => LISTING_KEYS.has(c.key));

/** "Hermes" against "Hermès": the same letters only once accents are dropped, under every name the draft has. */
export function differsOnlyInAccents(name: string, draft: Pick<EntityDraft, 'name' | 'aliases'>): boolean {
  const names = [draft.name, ...draft.aliases.map((a) => a.text)].map(stripLegalSuffix);
  const plain = stripLegalSuffix(name).toLowerCase();
  if (names.some((n) => n.toLowerCase() === plain)) return false;
  return names.some((n) => foldAccents(n).toLowerCase() === foldAccents(plain));
}

export function compileFacts(dataDir: string, words: WordLists = loadWordLists()): CompiledFacts {
  const src = (p: string) => join(dataDir, 'sources', p);
  const registry = new SourceRegistry();
  for (const s of [SP500, SP500_FIN, PYTICKERS, SEC, ECB, ISO4217, CLDR]) registry.addDataset({ ...s });

  // Issue 8 additions (brands, units, investors, media, their people) live in their own files,
  // same format, read after the first gathering so earlier records keep their ids.
  const reachOrgs = readOptionalJsonl<CuratedCompany>(src(REACH_ORGS), 'organisation');
  const firstCompanies = readJsonl<CuratedCompany>(src('curated/companies.jsonl'), 'organisation');
  const firstPeople = readJsonl<CuratedPerson>(src('curated/people.jsonl'), 'person');
  const reachPeople = readOptionalJsonl<CuratedPerson>(src(REACH_PEOPLE), 'person');
  const companies = [...firstCompanies, ...reachOrgs];
  const people = [...firstPeople, ...reachPeople];
  const deals = readJsonl<CuratedDeal>(src('curated/deals.jsonl'), 'deal');
  // Translations of description_en / summary_en (descriptions-<lang>.jsonl); records without
  // one keep English only. A line naming no record stops the build (file:line).
  const translations = matchTranslations(
    { 'companies.jsonl': firstCompanies, 'reach-orgs.jsonl': reachOrgs, 'people.jsonl': firstPeople, 'reach-people.jsonl': reachPeople, 'deals.jsonl': deals as unknown as Record<string, unknown>[] },
    readTranslations(src('curated')),
  );

  // 1. Companies from all sources, merged.
  const merger = new DraftMerger();
  // Issue 8 records merge with the first gathering's records of the same name, never by core name
  // and never with each other ("The New York Times" is not "The New York Times Company").
  const reachSet = new Set(reachOrgs);
  const reachDrafts = new Set<EntityDraft>();
  for (const rec of companies) {
    if (!reachSet.has(rec)) {
      merger.add(convertCompany(rec, registry, translations.get(rec)));
      continue;
    }
    const hit = merger.findByName(rec.name);
    // Only a record of the same primary name is the same entity: "The Wall Street Journal" is an
    // alias of its publisher Dow Jones, not Dow Jones itself.
    const sameEntity = !!hit && !reachDrafts.has(hit) && normaliseName(hit.name) === normaliseName(rec.name);
    reachDrafts.add(merger.add(convertCompany(rec, registry, translations.get(rec)), !hit || sameEntity, false));
  }
  const curatedCount = merger.drafts.length;
  for (const d of sp500Drafts(readFileSync(src('sp500-companies/constituents.csv'), 'utf8'), readFileSync(src('sp500-financials/constituents-financials.csv'), 'utf8'))) merger.add(d);
  const py = loadYaml(readFileSync(src('pytickersymbols-index-constituents/stocks.yaml'), 'utf8')) as Parameters<typeof pytickerDrafts>[0];
  for (const d of pytickerDrafts(py)) merger.add(d);
  const secRows = parseSec(JSON.parse(readFileSync(src('sec-company-tickers/company_tickers_exchange.json'), 'utf8')));
  enrichWithSec(secRows, merger);

  // 2. Brands and subsidiaries of curated companies.
  // A company goes by this name without its "Group" or "Technologies" (a known namesake aside).
  const namedLikeAnotherCompany = (name: string) => { const core = merger.findByCore(name); return core !== undefined && !areNamesakes(core.name, name); };
  for (const owner of merger.drafts.slice(0, curatedCount)) {
    for (const [key, kind] of [['brands', 'brand'], ['subsidiaries', 'company']] as const) {
      for (const c of owner.candidates.filter((x) => x.key === key && x.value.t === 'list')) {
        if (c.value.t !== 'list') continue;
        for (const target of relationTargets(c.value.v, kind)) {
          if (target.name === owner.name || isNamesakeUnit(owner.name, target.name)) continue;
          const ownerFact = ownerCandidate(c, target, owner.name);
          // A known namesake (merge.ts) is another business: the unit is drafted on its own.
          const found = merger.findByName(target.name);
          const existing = found && areNamesakes(found.name, target.name) ? undefined : found;
          // Found only by folding accents, a listed company is another business: the parcel
          // firm "Hermes" among Otto Group's units is not Hermès. Neither linked nor drafted
          // (a second "Hermes" would make the luxury house's name ambiguous in every article).
          if (existing && isListed(existing) && differsOnlyInAccents(target.name, existing)) continue;
          // "Solaris (Polish bus maker)" among CAF's units is not the Berlin bank Solaris SE: a
          // detail naming another country than the entity's own is a namesake, neither linked nor
          // drafted (a second "Solaris" would make the bank's name ambiguous).
          if (existing && countriesClash(target.detail, countryOf(existing))) continue;
          if (existing) {
            // A brand name that is also a listed company ("Vodafone" among Fastweb's brands in
            // Italy) names the brand, not the company: the company gets no owner from it.
            const listedCompany = kind === 'brand' && isListed(existing);
            if (ownerFact && existing !== owner && !listedCompany && !existing.candidates.some((x) => x.key === 'parent' || x.key === 'owner')) existing.candidates.push(ownerFact);
          } else if (kind === 'brand' && namedLikeAnotherCompany(target.name)) {
            // A brand named like another company without its "Group" or "Technologies" is a
            // namesake: The Italian Sea Group's yacht brand "Admiral" is not the insurer Admiral
            // Group, Würth's "Zebra" not Zebra Technologies. Neither linked nor drafted, so the
            // company's own card stays right.
            continue;
          } else if (ownerFact && !isLeadingWordsOf(target.name, owner.name)) {
            // A new name is drafted unless it is the owner's own short name: "Meliá" among Meliá
            // Hotels International's brands would otherwise take "Meliá" from the group.
            merger.add(relationDraft(target, ownerFact));
          }
        }
      }
    }
  }

  // Press names before the drafting of the organisations records name: Matteo Del Fante's
  // "J.P. Morgan" is then JPMorgan Chase, not a second, empty bank.
  // Companies known from the SEC's list only get theirs once that list is read (below).
  const addNickname = (n: (typeof PRESS_NICKNAMES)[number]): boolean => {
    const d = merger.drafts.find((x) => x.name === n.entity);
    if (d) merger.addAlias(d, n.alias, !n.formerName && !n.shortForm);
    return d !== undefined;
  };
  const nicknamesLater = PRESS_NICKNAMES.filter((n) => !addNickname(n));

  // 3. People, then organisations the curated records name without describing.
  const personDrafts = mergeSamePerson(people.map((p) => convertPerson(p, registry, translations.get(p))));
  // "Ralf P. Thomas" is also "Ralf Thomas": a company record's "Ralf Thomas (CFO)" is that person.
  const personByName = new Map<string, EntityDraft[]>();
  for (const d of personDrafts) for (const n of new Set([d.name, withoutMiddleInitials(d.name) ?? d.name, ...d.aliases.map((a) => a.text)].map(normaliseName))) personByName.set(n, [...(personByName.get(n) ?? []), d]);
  const personNames = new Set(personByName.keys());
  // Public bodies (central banks, regulators, EU institutions) are never drafted as companies.
  const publicBodyNames = nonCompanyBlockList();
  const publicBodies = new Set(publicBodyNames.map(normaliseName));
  // An employer that shares a person's name ("Christian Dior SE") is still an organisation, so
  // role employers are checked against organisations only; deal parties and owners against both.
  const knownOrg = (name: string) => !!merger.findByName(name) || publicBodies.has(normaliseName(name));
  const known = (name: string) => knownOrg(name) || personNames.has(normaliseName(name));
  // Another organisation than `self` goes by this name (a founders list, a unit's group name).
  const orgOtherThan = (self: EntityDraft | undefined) => (name: string) => { const org = merger.findByName(name); return org !== undefined && org !== self; };
  // An organisation and the owners or parents above it (three levels: a brand, its group, the holding).
  const groupOf = (d: EntityDraft): EntityDraft[] => {
    const chain = [d];
    for (let i = 0; i < 3; i++) {
      const v = chain[chain.length - 1]!.candidates.find((c) => c.key === 'owner' || c.key === 'parent')?.value;
      const up = v?.t === 'entity' ? merger.findByName(v.v.name) : undefined;
      if (!up || chain.includes(up)) break;
      chain.push(up);
    }
    return chain;
  };
  // The organisations a company record names as its shareholders, units, brands, owner or parent.
  const listedBy = (co: CuratedCompany): EntityDraft[] => ['major_shareholders', 'subsidiaries', 'brands', 'owner', 'parent']
    .flatMap((k) => { const v = co[k]; return Array.isArray(v) ? v : typeof v === 'string' ? [v] : []; })
    .filter((x): x is string => typeof x === 'string')
    .map((x) => merger.findByName(x.replace(/\s*\(.*$/, '').trim()))
    .filter((d): d is EntityDraft => d !== undefined);
  // First names: the first words of the people the curated records describe ("Giovanni", "Jimmy").
  const firstNames = new Set(personDrafts.map((d) => normaliseName(d.name.split(/\s+/)[0]!)));
  // A company record's role for a person who has a record of her own joins that record: Suez's
  // page naming Thierry Déau (Meridiam, Suez's main shareholder) its chair from 2025 may be the only
  // one that says so. Names are shared, though (Air France-KLM's Ben Smith is not Semafor's), so the
  // role joins only a record whose name is one person's only, who holds no role there yet, and
  // whom something ties to the company: one of her employers is the company's owner or parent (or
  // the reverse, or they share one), or the company record lists it (as shareholder, subsidiary or
  // brand), or the title names it ("chairman of Tata Motors" at Jaguar Land Rover).
  const attachToKnown = (name: string, role: Candidate, company: CuratedCompany) => {
    const found = personByName.get(normaliseName(name));
    if (found?.length !== 1) return;
    const person = found[0]!;
    const employer = merger.findByName(company.name);
    if (!employer || role.value.t !== 'role') return;
    const employers = person.candidates.flatMap((c) => (c.key === 'role' && c.value.t === 'role' ? [merger.findByName(c.value.org.name)] : [])).filter((d): d is EntityDraft => d !== undefined);
    if (employers.includes(employer)) return;
    const title = normaliseName(role.value.title);
    const employerGroup = groupOf(employer);
    const listed = listedBy(company);
    const tied = employers.some((o) => groupOf(o).some((g) => employerGroup.includes(g)) || listed.includes(o) || [o.name, ...o.aliases.map((a) => a.text)].some((n) => n.length >= 3 && title.includes(normaliseName(n))));
    if (tied) person.candidates.push(role);
  };
  // A name whose every bearer on record is a known namesake (merge.ts: ANYbotics' Péter Fankhauser
  // is not Thomas Cook's Peter Fankhauser) is another person: the company's role gets its own card.
  const knownPerson = (n: string) => personNames.has(normaliseName(n)) && !(personByName.get(normaliseName(n)) ?? []).every((p) => areNamesakes(p.name, n));
  for (const d of derivedPeopleDrafts(companies, registry, knownPerson, (n, co) => orgOtherThan(merger.findByName(co.name))(n), (w) => firstNames.has(normaliseName(w)), attachToKnown)) {
    personDrafts.push(d);
    personNames.add(normaliseName(d.name));
  }
  for (const d of dealPartyDrafts(deals, registry, known)) merger.add(d);
  for (const d of roleOrgDrafts(people, registry, knownOrg)) merger.add(d);
  for (const d of ownerDrafts(reachOrgs, registry, known)) merger.add(d);
  secTopUpDrafts(secRows, merger, (w) => words.common.has(w));
  for (const n of nicknamesLater) {
    // A nickname for a name no record describes would be silently lost: say so.
    if (!addNickname(n)) throw new Error(`press-nicknames.ts: "${n.alias}" names "${n.entity}", which no company record describes`);
  }
  // A holder named by the first words of a known organisation ("Intesa", Estra's shareholder)
  // would take the press's short name of that organisation (Intesa Sanpaolo): it stays a name.
  const leadingWords = new Set(merger.drafts.flatMap((d) => { const w = normaliseName(d.name).split(/\s+/); return w.slice(1).map((_, i) => w.slice(0, i + 1).join(' ')); }));
  // Nor is a holder whose name, once its legal form goes, is a known company's ("Api Holding",
  // the Brachetti Peretti family's, is not APi Group): its stake stays a name on the card.
  // A one-word holder that is also a word of the dictionaries ("Management", "Vega") would be
  // found in ordinary prose: it stays a name too.
  const dictionaryWord = (n: string) => !/\s/.test(n) && (isCommonWord(n, words) || !!words.proper?.has(n.toLowerCase()));
  const heldNameTaken = (n: string) => known(n) || leadingWords.has(normaliseName(n)) || merger.findByCore(n) !== undefined || dictionaryWord(n);
  const employerOnly = (n: string) => { const d = merger.findByName(n); return d?.origin === 'curated-role-org' && normaliseName(d.name) === normaliseName(n) ? d : undefined; };
  const holders = holderDrafts(companies, registry, heldNameTaken, (w) => firstNames.has(normaliseName(w)), employerOnly);
  for (const d of holders.organisations) merger.add(d);
  // People who hold a stake get a person card of their own (heldNameTaken left out every name
  // someone already goes by).
  for (const d of holders.people) {
    personDrafts.push(d);
    personNames.add(normaliseName(d.name));
  }

  // 4. Ids, aliases, entities. Press short forms only where no other company claims the word.
  // Claimed also by the descriptor short forms the aliases will get ("Thales" of Thales Group), so
  // "Thales Alenia Space" never takes "Thales" from its parent's page titles.
  // Public bodies claim theirs: "AMF splits equities management" (AMF Pensionsförsäkring's page)
  // does not make France's regulator a pension fund.
  const claimed = new Set([...merger.drafts.flatMap((d) => [d.name, descriptorShortForm(d.name, words) ?? d.name, ...d.aliases.map((a) => a.text)]), ...publicBodyNames, ...PLACES_NO_SHORT_FORM].map((t) => t.toLowerCase()));
  for (const d of merger.drafts.slice(0, curatedCount)) {
    const short = shortFormFromTitles(d.name, d.titles ?? [], (w) => isCommonWord(w, words));
    // "European" of European Semiconductor Manufacturing Company: a word the dictionaries
    // capitalise (a demonym, a place, another brand) is no short form of this one.
    // Nor the first name of the person a company is named after: Brunello Cucinelli's press name
    // is "Cucinelli", and "Brunello" is a wine ("un calice di Brunello").
    // Nor a place's adjective: "Stuttgarter" of Stuttgarter Zeitung is every Stuttgart company's.
    if (short && !claimed.has(short.toLowerCase()) && !words.proper?.has(short.toLowerCase()) && !placeAdjective(short, words) && !personNames.has(normaliseName(d.name))) {
      d.aliases.push({ text: short });
      claimed.add(short.toLowerCase());
    }
  }
  const ids = new IdAllocator();
  const drafts: EntityDraft[] = [...merger.drafts, ...personDrafts];
  // Names an organisation records as its own, so no other derives them as a short form.
  const recordedBy = new Map<string, EntityDraft>();
  for (const d of merger.drafts) for (const a of d.aliases) if (!recordedBy.has(a.text.toLowerCase())) recordedBy.set(a.text.toLowerCase(), d);
  const ownerName = (d: EntityDraft) => {
    const v = d.candidates.find((c) => c.key === 'owner' || c.key === 'parent')?.value;
    return v?.t === 'entity' ? v.v.name : '';
  };
  const takenBy = (d: EntityDraft) => (alias: string) => { const owner = recordedBy.get(alias.toLowerCase()); return owner !== undefined && owner !== d; };
  // A name without its leading article ("Block" of the outlet The Block) also yields to another
  // organisation's own name (Block, Inc.).
  const namedBy = new Map<string, EntityDraft>();
  for (const d of merger.drafts) for (const n of [d.name, stripLegalSuffix(d.name)]) if (!namedBy.has(n.toLowerCase())) namedBy.set(n.toLowerCase(), d);
  const namedOrTakenBy = (d: EntityDraft) => (alias: string) => { const owner = recordedBy.get(alias.toLowerCase()) ?? namedBy.get(alias.toLowerCase()); return owner !== undefined && owner !== d; };

  const SECOND_GIVEN_NAMES = new Set(['carlos', 'manuel', 'luis', 'jose', 'maria', 'antonio', 'javier', 'ignacio', 'pablo', 'felipe', 'dolores', 'carmen',
    'pilar', 'isabel', 'angel', 'miguel', 'francisco', 'andres', 'alberto', 'fernando', 'ramon', 'esteban', 'bautista', 'jesus', 'teresa', 'elena',
    'luisa', 'eugenia', 'victoria', 'cristina', 'alejandro', 'enrique', 'ricardo', 'eduardo', 'gabriel', 'jorge', 'juan', 'pedro', 'tomas', 'rafael',
    'vicente', 'agustin', 'martin', 'domingo', 'emilio', 'gonzalo', 'sebastian', 'damian', 'abraham', 'cruz', 'mar', 'paz', 'rosa', 'ana', 'ines',
    'lucia', 'belen', 'mercedes', 'soledad', 'concepcion', 'asuncion', 'begona', 'rocio', 'fernanda', 'patricia', 'guadalupe', 'josefa', 'mariano', 'francisca', 'alejandra', 'antonia', 'manuela', 'beatriz', 'andrea', 'jaime', 'diego', 'alfonso']);
  const SPANISH_SPEAKING = /^(?:Spain|Mexico|Argentina|Chile|Colombia|Peru|Venezuela|Uruguay|Paraguay|Bolivia|Ecuador|Guatemala|Costa Rica|Panama|Dominican Republic|Spanish|Mexican|Argentine|Argentinian|Chilean|Colombian|Peruvian|Venezuelan|Uruguayan)\b/;
  const hispanic = (d: EntityDraft): boolean => d.candidates.some((c) => {
    if (c.key === 'nationality' && c.value.t === 'text') return SPANISH_SPEAKING.test(c.value.v);
    if (c.key !== 'role' || c.value.t !== 'role') return false;
    const org = merger.findByName(c.value.org.name);
    return !!org && SPANISH_SPEAKING.test(countryOf(org) ?? '');
  });
  // "Alberto de Francisco Guisasola" is "Alberto de Francisco" in the Spanish press: a person of a
  // Spanish-speaking country (her nationality, or the country of an organisation she works for)
  // is also named without her second surname. Only where the given names are told apart from the
  // first surname (the word before the last after a particle, or neither a first name in the
  // bundle nor a usual second given name: "María Dolores Dancausa" keeps hers), and never a name
  // another person already goes by.
  const spanishShortName = (d: EntityDraft): { text: string }[] => {
    const tokens = d.name.split(/\s+/);
    if (tokens.length < 3 || !tokens.every((t) => /^(?:\p{Lu}[\p{L}'’-]+|de|del|la|las|los|y)$/u.test(t))) return [];
    const last = tokens[tokens.length - 1]!;
    const before = tokens[tokens.length - 2]!;
    if (!/^\p{Lu}/u.test(before) || !/^\p{Lu}/u.test(last)) return [];
    const beforeIsSurname = /^(?:de|del|la|las|los|y)$/.test(tokens[tokens.length - 3] ?? '') || (!firstNames.has(normaliseName(before)) && !SECOND_GIVEN_NAMES.has(normaliseName(before)));
    if (!beforeIsSurname) return [];
    const short = tokens.slice(0, -1).join(' ');
    if (personNames.has(normaliseName(short)) || !hispanic(d)) return [];
    return [{ text: short }];
  };
  // An employer or party known by name only (no owner or parent) whose short name is a town's
  // ("Salzburg" of Salzburg AG, "ein neues Büro in Salzburg") counts only beside its full name or
  // its people.
  const nameOnlyTowns = (d: EntityDraft, inputs: AliasInput[]): AliasInput[] =>
    !NAME_ONLY_ORIGINS.has(d.origin) || d.candidates.some((c) => c.key === 'parent' || c.key === 'owner') ? inputs
      : inputs.map((a) => (a.text !== d.name && !/\s/.test(a.text) && placePopulation(a.text, words) > 0 ? { ...a, town: true } : a));
  const draftOf = new Map<string, EntityDraft>();
  const entities: Entity[] = drafts.map((d) => {
    const prefix = d.kind === 'person' ? 'p' : d.kind === 'brand' ? 'b' : 'c';
    const base = d.kind === 'person' ? d.name : stripForId(d.name);
    const id = ids.allocate(prefix, base, d.match.tickers[0] ?? countryOf(d));
    const tickers = [...new Set(d.match.tickers)];
    const inputs =
      d.kind === 'person' ? [...personAliasInputs(d.name, d.aliases, d.origin === 'curated'), ...spanishShortName(d)]
      : d.origin === 'curated-relation' && d.aliases.length === 0 ? unitAliasInputs(d.name, words, ownerName(d), takenBy(d))
      // Known only from another record (a unit, an employer, a deal party): a name in ordinary
      // words ("Gas Natural") matches as written, never as the phrase ("gas natural" in Spanish).
      : d.candidates.some((c) => c.key === 'parent' || c.key === 'owner') || NAME_ONLY_ORIGINS.has(d.origin) ? nameOnlyTowns(d, exactCaseForOrdinaryPhrases(companyAliasInputs(d.name, d.aliases, tickers, words, takenBy(d), namedOrTakenBy(d)), words))
      // Its other names in ordinary words (the former name "Gas Natural" of Naturgy) match as
      // written, never as the phrase ("el gas natural"); its own name keeps the usual rules.
      : exactCaseForOrdinaryPhrases(companyAliasInputs(d.name, d.aliases, tickers, words, takenBy(d), namedOrTakenBy(d)), words, d.name);
    // "Vodafone España" is also "Vodafone Espagne", "Vodafone Spanien", "Vodafone Spagna". Not
    // an outlet: "Financial Times Deutschland" and "CNN Portugal" are titles, written as such.
    const national = d.kind === 'person' || d.kind === 'media' ? [] : countryVariants(d.name, inputs.map((a) => a.text), orgOtherThan(d)).filter((t) => !takenBy(d)(t)).map((text) => ({ text }));
    draftOf.set(id, d);
    return { id, kind: d.kind, name: d.name, aliases: withoutGermanDescriptor(buildAliases([...inputs, ...national], words), d.name), facts: [] as Fact[] };
  });
  // A holder known only from a shareholder list keeps no derived name another entity or a public
  // body holds: "Transavia" stays Transavia France's, "Bellon" the Bellons' surname, "IAM" the
  // union's.
  const aliasHolders = new Map<string, number>(publicBodyNames.map((n) => [n.toLowerCase(), 1]));
  for (const e of entities) for (const a of e.aliases) aliasHolders.set(a.text.toLowerCase(), (aliasHolders.get(a.text.toLowerCase()) ?? 0) + 1);
  for (const e of entities) if (draftOf.get(e.id)?.origin === 'curated-shareholder') e.aliases = e.aliases.filter((a) => a.text === e.name || aliasHolders.get(a.text.toLowerCase()) === 1);
  // Any organisation: a derived short form that is a public body's name stays the body's ("BOE" of
  // BOE Technology is the Bank of England), unless it is the entity's own name or ticker.
  const bodyNames = new Set(publicBodyNames.map((n) => n.toLowerCase()));
  for (const e of entities) if (e.kind !== 'person') e.aliases = e.aliases.filter((a) => a.text === e.name || a.flags?.ticker || !bodyNames.has(a.text.toLowerCase()));
  const stubOf = (e: Entity) => { const d = draftOf.get(e.id); return d ? stubKind(e.kind, d.candidates.map((c) => c.key)) : undefined; };
  const { kinChecks } = resolveSharedAliases(entities, stubOf, besideFullNameOf(entities, draftOf));
  flagGenericUnitNames(entities, stubOf);
  flagFirstNames(entities);
  const writtenNames = applyDisplayNames(entities);

  // 5. Facts, with names resolved to ids; a link written in a renamed entity's sort form shows
  // the card's name.
  const resolver = new NameResolver(entities);
  const shownNames = new Map(entities.filter((e) => writtenNames.has(e.id)).map((e) => [e.id, e.name]));
  const linkName = (id: string, written: string) => (writtenNames.get(id) === written ? shownNames.get(id)! : written);
  // Namesakes kept apart (derived-people.ts): a company's chief executive is the one of that name
  // who holds a role there, not the first person of the name.
  const namesakes = new Map<string, EntityDraft[]>();
  for (const d of personDrafts) namesakes.set(normaliseName(d.name), [...(namesakes.get(normaliseName(d.name)) ?? []), d]);
  const idOfDraft = new Map(drafts.map((d, i) => [d, entities[i]!.id]));
  const personAt = (name: string, orgId: string): string | undefined => {
    const same = namesakes.get(normaliseName(name));
    if (!same || same.length < 2) return undefined;
    const d = same.find((p) => p.candidates.some((c) => c.key === 'role' && c.value.t === 'role' && resolver.resolve(c.value.org.name, 'org') === orgId));
    return d && idOfDraft.get(d);
  };
  drafts.forEach((d, i) => {
    const e = entities[i]!;
    e.facts = stableSortFacts(resolveFacts(d.candidates).filter((f) => !ownsItself(f, resolver, e.id)).map((f) => linkFact(f, resolver, e.id, linkName, personAt)));
  });

  dropKinSurnames(entities, kinChecks);

  // 6. Deals.
  const dealIds = new IdAllocator();
  const dealRows = deals.map((d) => convertDeal(d, registry, resolver, dealIds, translations.get(d))).sort((a, b) => (a.id < b.id ? -1 : 1));

  // 7. Money.
  const currencies = buildCurrencies(readFileSync(src('iso4217-currency-codes/codes-all.csv'), 'utf8'), JSON.parse(readFileSync(src('cldr-currency-names/currencies.en.json'), 'utf8')));
  const fx = buildFxTable(readFileSync(src('ecb-reference-rates/eurofxref-hist.csv'), 'utf8'));

  // 8. Only sources actually cited.
  const cited = new Set<string>([fx.source, ISO4217.id, CLDR.id]);
  const cite = (f: Fact) => {
    f.sources.forEach((s) => cited.add(s));
    f.conflicts?.forEach((c) => c.sources.forEach((s) => cited.add(s)));
  };
  entities.forEach((e) => e.facts.forEach(cite));
  dealRows.forEach((d) => {
    d.sources.forEach((s) => cited.add(s));
    d.facts?.forEach(cite);
  });
  const sources = registry.list().filter((s) => cited.has(s.id));
  const dataDate = sources.reduce((max, s) => (s.date && s.date > max ? s.date : max), '0000');

  const sorted = sortEntities(entities);
  const credits = buildCredits(sources, drafts);
  const body = { format: BUNDLE_FORMAT, version: '', dataDate, sources, entities: sorted, deals: dealRows, currencies, fx, credits };
  body.version = `${dataDate}-${shortHash(JSON.stringify(body), 12)}`;
  const parsed = v.safeParse(FactBundle, body);
  if (!parsed.success) {
    const issue = parsed.issues[0];
    const path = issue.path?.map((p) => String(p.key)).join('.') ?? '';
    throw new Error(`fact bundle failed validation at ${path}: ${issue.message}`);
  }
  const { aliases, indexed } = aliasEntries(sorted);
  return { bundle: body as Bundle, aliases, indexed, credits, blockList: [...publicBodyNames, ...placeBlockList(aliases.map((a) => a.text), foldString)] };
}

function stripForId(name: string): string {
  return stripLegalSuffix(name).replace(/\s*&\s*$/, '');
}

/**
 * An owner or parent that names the entity itself ("Swatch" owned by "Swatch Group" once the two
 * records merged) says nothing: dropped rather than shown as a loop.
 */
function ownsItself(f: Fact, resolver: NameResolver, selfId: string): boolean {
  return (f.key === 'owner' || f.key === 'parent') && f.value.t === 'entity' && resolver.resolve(f.value.v.name, 'org') === selfId;
}

/** Fact keys whose entity value is a person: a chief executive, an organisation's person of record. */
const PERSON_KEYS = new Set(['ceo', 'person']);

/** Fills EntityRef ids: CEO and people -> person, parent/owner and role organisations -> organisation. */
function linkFact(f: Fact, resolver: NameResolver, selfId: string, linkName: (id: string, written: string) => string, personAt: (name: string, orgId: string) => string | undefined): Fact {
  const fix = (value: Fact['value']): Fact['value'] => {
    if (value.t === 'entity') {
      const person = PERSON_KEYS.has(f.key);
      const id = (person ? personAt(value.v.name, selfId) : undefined) ?? resolver.resolve(value.v.name, person ? 'person' : 'org');
      return id && id !== selfId ? { t: 'entity', v: { id, name: linkName(id, value.v.name) } } : value;
    }
    if (value.t === 'role') {
      const id = resolver.resolve(value.org.name, 'org');
      return id ? { ...value, org: { id, name: linkName(id, value.org.name) } } : value;
    }
    return value;
  };
  const out: Fact = { ...f, value: fix(f.value) };
  if (f.conflicts) out.conflicts = f.conflicts.map((c) => ({ ...c, value: fix(c.value) }));
  return out;
}

/**
 * One draft per person: an issue 8 record (reach-people.jsonl) of a person the first gathering
 * already holds extends that record (more roles, birth, education) instead of making a twin.
 * Facts are pooled; the preference rule (prefer.ts) picks between disagreeing values later.
 */
export function mergeSamePerson(drafts: readonly EntityDraft[]): EntityDraft[] {
  const byName = new Map<string, EntityDraft>();
  const out: EntityDraft[] = [];
  for (const d of drafts) {
    const key = normaliseName(d.name);
    const first = byName.get(key);
    if (!first) {
      byName.set(key, d);
      out.push(d);
      continue;
    }
    first.candidates.push(...d.candidates);
    for (const a of d.aliases) if (!first.aliases.some((x) => x.text.toLowerCase() === a.text.toLowerCase())) first.aliases.push(a);
    first.wikipedia ??= d.wikipedia;
  }
  return out;
}

/**
 * The curated records' `only_beside_full_name` as lower-case name -> entity names. A listed name
 * the entity does not go by (recorded, or derived from its name) stops the build: the entry is
 * stale or misspelt, and the short form it was meant to tame would count everywhere.
 */
export function besideFullNameOf(entities: readonly Entity[], draftOf: ReadonlyMap<string, EntityDraft>): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const e of entities) {
    for (const name of draftOf.get(e.id)?.besideFullName ?? []) {
      const key = name.toLowerCase();
      if (!e.aliases.some((a) => a.text.toLowerCase() === key)) {
        throw new Error(`curated record "${e.name}": only_beside_full_name "${name}" is none of its names (${e.aliases.map((a) => a.text).join(', ')})`);
      }
      out.set(key, [...(out.get(key) ?? []), e.name]);
    }
  }
  return out;
}
