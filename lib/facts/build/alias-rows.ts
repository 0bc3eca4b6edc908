/** Alias rows for the matcher (AliasEntry) and the rule for aliases shared by several entities. */
import type { AliasEntry, IndexedEntity } from '../../match/types';
import { normaliseName } from '../aliases';
import type { AliasFlags, Entity } from '../schema';

/**
 * An alias (case-insensitive) on several entities is resolved or flagged:
 *  - if exactly one of them is named so (its canonical name normalises to the alias), the
 *    others lose the alias ("Bloomberg" stays with Bloomberg L.P.; Michael Bloomberg loses the surname);
 *  - otherwise every holder keeps it flagged ambiguous + needsContext.
 */
/**
 * What an entity is known from when it is only a stub: 'deal' when drafted only because a deal
 * names it (no facts but its deal roles), 'listed' when known only from its owner's list (a brand
 * or unit whose one fact is its owner or parent). `keys` are the keys of its facts or candidates.
 */
export type StubKind = 'deal' | 'listed' | undefined;
export function stubKind(kind: Entity['kind'], keys: readonly string[]): StubKind {
  if (keys.length === 0) return undefined;
  if (keys.every((k) => k === 'dealRole')) return 'deal';
  if (kind !== 'person' && keys.every((k) => k === 'owner' || k === 'parent' || k === 'stake')) return 'listed';
  return undefined;
}
const stubFromFacts = (e: Entity): StubKind => stubKind(e.kind, e.facts.map((f) => f.key));

/**
 * Bare names the press uses for one of several companies that share them once the legal form
 * is dropped. "Porsche" is the carmaker (Porsche AG: "Der deutsche Sportwagenhersteller
 * Porsche", finanzen.at, and the Porsche newsroom cited on its record), not the holding, which
 * the press calls "Porsche SE".
 */
const PRESS_MEANS: ReadonlyMap<string, string> = new Map([
  ['porsche', 'Porsche AG'],
  // J.P. Morgan SE (the Frankfurt bank) shortens to it as well; the press means the group.
  ['jpmorgan', 'JPMorgan Chase'],
  ['j.p. morgan', 'JPMorgan Chase'],
  ['jp morgan', 'JPMorgan Chase'],
  // A holding named after its group shares the bare name; the press means the operating
  // company: "Heineken" is the brewer, not Heineken Holding; "Azimut" the listed asset manager,
  // while the yacht builder is "Azimut Benetti" or "Azimut Yachts".
  ['heineken', 'Heineken International'],
  ['azimut', 'Azimut Holding'],
  // The SEC list drafts Mercado Libre a second time under its filing name ("Mercadolibre Inc",
  // ticker MELI); the press's names and the ticker are the described company's.
  ['mercadolibre', 'Mercado Libre, Inc.'],
  ['meli', 'Mercado Libre, Inc.'],
  // "Brookfield" in deal news is the asset manager that buys and sells (Brookfield Asset
  // Management), not its parent Brookfield Corporation.
  ['brookfield', 'Brookfield Asset Management Ltd.'],
  // "Novo" in pharma news is the drugmaker (Reuters: "Novo is going through a tumultuous period"),
  // not its parent foundation's investment arm Novo Holdings, which keeps its own name.
  ['novo', 'Novo Nordisk'],
  // "RBC" in business news is the Royal Bank of Canada's investment bank whose analysts the press
  // quotes (RBC Capital Markets, whose record lists the short name), not RBC Bearings' NYSE ticker.
  ['rbc', 'RBC Capital Markets'],
]);

/**
 * Bare names whose meaning depends on the language of the page. "Merck": Merck & Co. holds the
 * name in North America and is known as MSD elsewhere, where the Darmstadt group (Merck KGaA)
 * holds it (pharmaphorum, "A history of... Merck & Co", 2013; MSD New Zealand, "History of MSD").
 * Both entities keep the alias with the languages whose press means them (AliasFlags.press).
 */
type PressLanguages = NonNullable<AliasFlags['press']>;
const PRESS_MEANS_BY_LANGUAGE: ReadonlyMap<string, ReadonlyMap<string, PressLanguages>> = new Map<string, ReadonlyMap<string, PressLanguages>>([
  ['merck', new Map([['Merck & Co.', ['en']], ['Merck Group', ['it', 'fr', 'de', 'es']]])],
  // Italian news: the bankers' association; British: the insurers'; elsewhere AB InBev's ticker.
  ['abi', new Map([['Associazione Bancaria Italiana', ['it']], ['Association of British Insurers', ['en']], ['Anheuser-Busch InBev SA', ['fr', 'de', 'es']]])],
  // The Italian hospital group (Gruppo Villa Maria) at home, the Villar Mir holding in Spain.
  ['gvm', new Map([['GVM Care & Research', ['it']], ['Grupo Villar Mir', ['es']]])],
  // The Swedish bank in English, German and Spanish news; the French appliance group (Tefal,
  // Moulinex, and Lagostina in Italy) in French and Italian.
  ['seb', new Map([['Groupe SEB', ['fr', 'it']], ['Skandinaviska Enskilda Banken AB', ['en', 'de', 'es']]])],
  // German-language news cites the Austrian agency ("wie die APA berichtet"); English news means
  // the oil producer (APA Corporation, formerly Apache). Elsewhere "agenzia APA" names the agency.
  ['apa', new Map([['APA – Austria Presse Agentur', ['de']], ['APA Corporation', ['en']]])],
  // Spanish news means the Socimi Merlin Properties; elsewhere the theme-park operator.
  ['merlin', new Map([['Merlin Properties', ['es']], ['Merlin Entertainments', ['en', 'it', 'fr', 'de']]])],
  // Italian news means the Italian consumer co-operatives' Coop; French and German news the Swiss
  // retailer.
  ['coop', new Map([['Coop Italia', ['it']], ['Coop (Switzerland)', ['fr', 'de', 'en']]])],
  // Spanish news writes "ECI" for El Corte Inglés (Crónica Global, Hispanidad); British news means
  // the private-equity firm ECI Partners.
  ['eci', new Map([['El Corte Inglés', ['es', 'it', 'fr', 'de']], ['ECI Partners', ['en']]])],
  // "Der Ferienflieger Condor" is the German airline in German, Italian, French and Spanish news;
  // English news names the Channel Islands ferries too.
  ['condor', new Map([['Condor Flugdienst', ['de', 'it', 'fr', 'es', 'en']], ['Condor Ferries', ['en']]])],
  // Colombian and Spanish news mean the discount grocer Tiendas D1; English news the hedge fund.
  ['d1', new Map([['Tiendas D1', ['es']], ['D1 Capital Partners', ['en', 'it', 'fr', 'de']]])],
  // Uruguayan news means the state water company (Obras Sanitarias del Estado); English news the
  // Oxford university spin-out investor.
  ['ose', new Map([['Obras Sanitarias del Estado', ['es']], ['Oxford Science Enterprises', ['en', 'it', 'fr', 'de']]])],
  // Spanish, English and Italian news mean Mexico's state utility (Comisión Federal de
  // Electricidad); French and German news the Belgian contractor (Ackermans & van Haaren's).
  ['cfe', new Map([["Compagnie d'Entreprises CFE", ['fr', 'de']], ['Comisión Federal de Electricidad', ['es', 'en', 'it']]])],
  // Italian news means the Italian Founders Fund; elsewhere the flavours group's ticker and name.
  ['iff', new Map([['Italian Founders Fund', ['it']], ['International Flavors & Fragrances', ['en', 'fr', 'de', 'es']]])],
  // German news means the Mannheim pharmaceutical wholesaler; English news the power utility
  // American Electric Power.
  ['aep', new Map([['AEP GmbH', ['de']], ['American Electric Power', ['en', 'fr', 'it', 'es']]])],
  // "der Pharmagroßhändler Phoenix Group" in continental news; the British insurer (renamed
  // Standard Life) in English.
  ['phoenix group', new Map([['Phoenix Pharma SE', ['de', 'it', 'fr', 'es']], ['Standard Life plc', ['en']]])],
  // Mexican news means the bankers' association; English news the US facility-services group.
  ['abm', new Map([['Asociación de Bancos de México', ['es']], ['ABM Industries', ['en', 'fr', 'it', 'de']]])],
  // "presidente de la SAC": the Colombian farmers' association in Spanish news; Catania's airport
  // company in Italian news.
  ['sac', new Map([['Sociedad de Agricultores de Colombia', ['es']], ['SAC Aeroporto di Catania', ['it', 'en', 'fr', 'de']]])],
]);

/**
 * Names that mean the entity only in some languages' news, whoever else holds them: "Zurich" is the
 * insurer in German, Italian and Spanish, where the city is Zürich, Zurigo, Zúrich (Handelszeitung,
 * AWP, MF-Milano Finanza and Wall Street Italia titles the bundle cites write "Zurich" for the
 * insurer), and the city in English and French. The alias gets those languages and pressOnly.
 * The alias itself comes from the records or from press-nicknames.ts.
 */
const PRESS_ONLY_IN: ReadonlyMap<string, { entity: string | readonly string[]; press: PressLanguages }> = new Map([
  ['zurich', { entity: 'Zurich Insurance Group', press: ['de', 'it', 'es'] }],
  // b93: "la AFA" is Argentina's football association in Spanish news, the US flight attendants'
  // union in English news; "ACMA" is Australia's media regulator in English news, Coesia's
  // packaging-machine maker Acma elsewhere; "Medios" (the Berlin drug supplier) is the word
  // "media" in Spanish ("Estudio General de Medios").
  ['afa', { entity: 'Association of Flight Attendants-CWA', press: ['en'] }],
  ['acma', { entity: 'Acma', press: ['it', 'fr', 'de', 'es'] }],
  ['medios', { entity: 'Medios', press: ['de', 'en', 'fr', 'it'] }],
  // "RDS" is Italy's Radio Dimensione Suono in Italian news, Quebec's sports channel in French news.
  ['rds', { entity: 'Radio Dimensione Suono', press: ['it'] }],
  // "Expansion" without its accent is the Madrid business daily in Spanish news only; in German and
  // English it is the word ("die Expansion in die Ostschweiz").
  ['expansion', { entity: 'Expansión', press: ['es'] }],
  // "EPI" is Editorial Prensa Ibérica in Spanish news; in French and English news on payments it
  // is the banks' European Payments Initiative (Wero).
  ['epi', { entity: 'Prensa Ibérica', press: ['es'] }],
  // "il Milan" is the football club in Italian news, where the city is Milano (ANSA, "Paul Singer,
  // dopo l'ipoteca sul Milan entra in Tim"); elsewhere Milan is the city.
  ['milan', { entity: 'AC Milan', press: ['it'] }],
  // "IFF" names the Italian Founders Fund only in Italian news; a German or French page that
  // writes it beside Givaudan means the flavours group (PRESS_MEANS_BY_LANGUAGE below).
  ['iff', { entity: 'Italian Founders Fund', press: ['it'] }],
  // "die Bahn" is Deutsche Bahn in German news (de.wikipedia: "umgangssprachlich ... Die Bahn");
  // elsewhere the word means nothing to a reader.
  ['bahn', { entity: 'Deutsche Bahn', press: ['de'] }],
  ['der kranich', { entity: 'Lufthansa', press: ['de'] }],
  // "SDA" is the Swiss news agency in German and French news; in Italian news it is Poste
  // Italiane's courier (the agency is "ATS" in Italian-Swiss news).
  ['sda', { entity: 'Keystone-SDA', press: ['de', 'fr'] }],
  ['die wolfsburger', { entity: 'Volkswagen Group', press: ['de'] }],
  // Zain's former name "MTC" (Mobile Telecommunications Company) is a ministry in Spanish news
  // (Peru's Ministerio de Transportes y Comunicaciones) and in French and Italian news another's.
  ['mtc', { entity: 'Zain Group', press: ['en'] }],
  // "Swiss" is the airline in German, French, Italian and Spanish news ("die Swiss", "la Swiss"),
  // an adjective in English news.
  ['swiss', { entity: 'Swiss International Air Lines', press: ['de', 'fr', 'it', 'es'] }],
  // "USS" is the Swiss union federation (Union syndicale suisse, Unione sindacale svizzera) in
  // French and Italian news; in English and Spanish news the British universities' pension scheme.
  // (The bundle holds the federation twice, under its German and its French name.)
  ['uss', { entity: ['Schweizerischer Gewerkschaftsbund', 'Union syndicale suisse'], press: ['fr', 'it'] }],
  // "BSI" in German news is the federal IT-security office (Bundesamt für Sicherheit in der
  // Informationstechnik) or an industry association; the Lugano bank is BSI in the others' news.
  ['bsi', { entity: 'BSI', press: ['it', 'en', 'fr', 'es'] }],
  // The Italian IT group, the fuel retailer and the loudspeaker maker go by a word or two letters
  // that elsewhere are the word ("Engineering-Dienstleister"), internet protocol ("solutions IP")
  // and Austria's B&C foundation and holding (Semperit's, Lenzing's owner).
  ['engineering', { entity: 'Engineering Ingegneria Informatica', press: ['it'] }],
  ['ip', { entity: 'Italiana Petroli', press: ['it'] }],
  ['b&c', { entity: 'B&C Speakers', press: ['it', 'en'] }],
]);

/**
 * Short names that are also a place or a common name everywhere: they name the company only in a
 * story that names it in full or names its owner, as a surname counts only after the person's full
 * name. A curated record says this of its own names (`only_beside_full_name`, with a note); this
 * table holds the names of entities that have no record of their own (brands and units known from
 * their owner's lists, and Linz AG).
 */
const ONLY_AFTER_FULL_NAME: ReadonlyMap<string, string> = new Map([
  // "bei der Präsentation in Linz": the city, unless the story names Linz AG, the utility.
  ['linz', 'Linz AG'],
  // "la fábrica de San Pedro" (a town): the Chilean wine brand only beside its name or owner.
  ['san pedro', 'San Pedro'],
  // "la mina San Rafael" (Minsur's tin mine in Peru): Sigma's cold-cuts brand only beside Sigma.
  ['san rafael', 'San Rafael'],
  // "the Tropicana mine" (AngloGold Ashanti's and Regis' gold mine in Western Australia): PepsiCo's
  // juice brand only beside its owner.
  ['tropicana', 'Tropicana'],
  // "a Portovesme la linea dello zinco": the Sardinian industrial port before Glencore's smelter.
  ['portovesme', 'Portovesme Srl'],
  // "Evrard Bordier", a first name in French: Exel Industries' sprayer brand only beside Exel.
  ['evrard', 'Evrard'],
  // "Washington, Oregon, Idaho and Montana": the US state before the brand.
  ['montana', 'Montana'],
]);

/**
 * Names that count only as written: the Quebec press writes the bank "Banque Nationale", while
 * "la Banque nationale" (French style, lower-case adjective) is Belgium's or Switzerland's
 * central bank.
 */
const EXACT_CASE: ReadonlyMap<string, string> = new Map([
  ['banque nationale', 'National Bank of Canada'],
  // TelevisaUnivision's streaming service is "ViX"; "VIX" in capitals is Cboe's volatility index.
  ['vix', 'ViX'],
  // Round 38: "cochlear implants" is the device; Cochlear Ltd is the capitalised name.
  ['cochlear', 'Cochlear Limited'],
]);

/** Gives each holder named in the table its press languages; any other holder loses the alias. */
function splitByLanguage(key: string, list: Entity[], byEntity: ReadonlyMap<string, NonNullable<AliasFlags['press']>>): number {
  let dropped = 0;
  for (const e of list) {
    const press = byEntity.get(e.name);
    if (!press) {
      const before = e.aliases.length;
      e.aliases = e.aliases.filter((a) => a.text.toLowerCase() !== key);
      dropped += before - e.aliases.length;
      continue;
    }
    for (const a of e.aliases) if (a.text.toLowerCase() === key) a.flags = { ...a.flags, press: [...press] };
  }
  return dropped;
}

/**
 * `besideFullName`: names (lower case) that count only beside the full name of the entities
 * listed, from the curated records' `only_beside_full_name` (ONLY_AFTER_FULL_NAME holds the rest).
 * `stub`: what an entity is known from when it is a stub (the build passes its drafts' candidate
 * keys, since facts are attached after aliases; tests may pass entities with facts).
 */
export function resolveSharedAliases(entities: Entity[], stub: (e: Entity) => StubKind = stubFromFacts, besideFullName: ReadonlyMap<string, readonly string[]> = new Map()): { dropped: number; flagged: number; kinChecks: KinCheck[] } {
  const kinChecks: KinCheck[] = [];
  const holders = new Map<string, Entity[]>();
  for (const e of entities) {
    for (const a of e.aliases) {
      const key = a.text.toLowerCase();
      const list = holders.get(key) ?? [];
      // "ThyssenKrupp" and "thyssenkrupp" are one holder's two spellings, not two holders.
      if (list[list.length - 1] !== e) list.push(e);
      holders.set(key, list);
    }
  }
  let dropped = 0;
  let flagged = 0;
  /** Adds `flags` to the alias `key` of the entity named `entity` (the tables above). */
  const flagAlias = (key: string, entity: string | readonly string[], flags: AliasFlags) => {
    for (const e of holders.get(key) ?? []) {
      if (typeof entity === 'string' ? e.name !== entity : !entity.includes(e.name)) continue;
      for (const a of e.aliases) if (a.text.toLowerCase() === key) a.flags = { ...a.flags, ...flags };
    }
  };
  for (const [key, only] of PRESS_ONLY_IN) flagAlias(key, only.entity, { press: [...only.press], pressOnly: true });
  for (const [key, entity] of EXACT_CASE) flagAlias(key, entity, { caseSensitive: true });
  const besideFlags: AliasFlags = { ambiguous: true, needsContext: true, ownerContext: true, place: true };
  for (const [key, entity] of ONLY_AFTER_FULL_NAME) flagAlias(key, entity, besideFlags);
  for (const [key, names] of besideFullName) flagAlias(key, names, besideFlags);
  for (const [key, list] of holders) {
    if (list.length < 2) continue;
    const byLanguage = PRESS_MEANS_BY_LANGUAGE.get(key);
    if (byLanguage) {
      dropped += splitByLanguage(key, list, byLanguage);
      continue;
    }
    let named = list.filter((e) => normaliseName(e.name) === normaliseName(key));
    // Two companies named alike once the legal form goes: the press's bare name is one of them.
    const meant = PRESS_MEANS.get(key);
    if (meant && list.some((e) => e.name === meant)) named = list.filter((e) => e.name === meant);
    // A name known only as a deal party (the pre-2008 "Activision") yields to the described
    // entity the press means by it today (Activision Blizzard), and loses even its own name. So
    // does a brand or unit known only from its owner's list: Travelport's old booking system
    // "Apollo" is no match for Apollo Global Management, which records "Apollo" as its name.
    const namedStub = named.length === 1 ? stub(named[0]!) : undefined;
    if (namedStub) {
      // A listed brand named like a family ("Armani") keeps its name from the family's people.
      // A ticker is not the name the press means: Philip Morris's "Veev" keeps its name from
      // Veeva Systems' VEEV, Electrolux's "AEG" from Aegon's.
      const described = list.filter((e) => !stub(e) && (namedStub === 'deal' || (e.kind !== 'person' && e.aliases.some((a) => a.text.toLowerCase() === key && !a.flags?.ticker))));
      if (described.length > 0) {
        const loser = named[0]!;
        const before = loser.aliases.length;
        loser.aliases = loser.aliases.filter((a) => a.text.toLowerCase() !== key);
        dropped += before - loser.aliases.length;
        named = described.length === 1 ? described : [];
        if (named.length === 0) list.splice(0, list.length, ...described);
      }
    }
    if (named.length === 1) {
      // The organisation keeps its name, but a person's surname stays hers after her full name
      // (flagged, so it never counts before it): "Catherine MacGregor ... MacGregor" is Engie's
      // chief, not Cargotec's MacGregor; "Susan Davy ... Ms Davy" Pennon's, not the Irish
      // broker. Beside a described organisation she keeps it only if the facts do not make
      // the two kin (dropKinSurnames, once they are attached).
      const org = named[0]!;
      for (const e of list) {
        if (e === org) continue;
        const surname = e.kind === 'person' && e.aliases.some((a) => a.text.toLowerCase() === key && a.flags?.surname);
        if (surname) {
          for (const a of e.aliases) if (a.text.toLowerCase() === key && a.flags?.surname) a.flags = { ...a.flags, ambiguous: true, needsContext: true, ownerContext: true };
          if (stub(org) !== 'listed') kinChecks.push({ person: e, org, key });
        }
        const before = e.aliases.length;
        e.aliases = e.aliases.filter((a) => a.text.toLowerCase() !== key || a.text === e.name || (e.kind === 'person' && !!a.flags?.surname));
        dropped += before - e.aliases.length;
      }
      continue;
    }
    for (const e of list) {
      for (const a of e.aliases) {
        if (a.text.toLowerCase() !== key) continue;
        a.flags = { ...a.flags, ambiguous: true, needsContext: true };
        flagged++;
      }
    }
  }
  return { dropped, flagged, kinChecks };
}

/**
 * A one-word organisation name that is the first name of several people in the bundle ("Alan",
 * "Barbara", "Nicolas", "Elliott") names a person as often as the company: like a town, its
 * capital is not enough, so it is flagged ambiguous and in need of context. The bundle's own
 * people are the list: the hunspell lists hold few first names outside Italian and Spanish.
 */
export function flagFirstNames(entities: Entity[], minPeople = 2): number {
  const count = new Map<string, number>();
  for (const e of entities) {
    if (e.kind !== 'person') continue;
    const words = e.name.split(/\s+/);
    if (words.length < 2) continue;
    const first = words[0]!.toLowerCase();
    count.set(first, (count.get(first) ?? 0) + 1);
  }
  let flagged = 0;
  for (const e of entities) {
    if (e.kind === 'person') continue;
    for (const a of e.aliases) {
      if (/\s/.test(a.text) || a.flags?.ambiguous || a.flags?.caseSensitive || (count.get(a.text.toLowerCase()) ?? 0) < minPeople) continue;
      a.flags = { ...a.flags, ambiguous: true, needsContext: true };
      flagged++;
    }
  }
  return flagged;
}

/** A surname kept beside an organisation of that name, to drop if the facts link the two. */
export interface KinCheck {
  person: Entity;
  org: Entity;
  key: string;
}

/**
 * After the facts (resolveSharedAliases runs before them): a surname kept beside a described
 * organisation of that name goes when cited facts make the person kin of it, directly or through
 * one organisation between (its owner, a unit, the family holding). The family's company is what
 * the press means by the bare name, even after a member's full name: "Pasquale Natuzzi ...
 * Natuzzi" is the company he founded, "Ferdinand Oliver Porsche ... Porsche" the carmaker his
 * holding controls. Susan Davy keeps "Davy": the Irish broker is no kin of hers.
 */
export function dropKinSurnames(entities: readonly Entity[], checks: readonly KinCheck[]): number {
  const related = relatedIds(entities);
  const people = new Set(entities.filter((e) => e.kind === 'person').map((e) => e.id));
  let dropped = 0;
  for (const { person, org, key } of checks) {
    const near = related.get(person.id) ?? [];
    if (!near.includes(org.id) && !near.some((id) => !people.has(id) && related.get(id)?.includes(org.id))) continue;
    const before = person.aliases.length;
    person.aliases = person.aliases.filter((a) => a.text.toLowerCase() !== key || !a.flags?.surname);
    dropped += before - person.aliases.length;
  }
  return dropped;
}

/** Ids of the entities a fact of `e` points at (CEO, owner, parent, a role's organisation...). */
function linkedIds(e: Entity): string[] {
  const out: string[] = [];
  for (const f of e.facts) {
    if (f.value.t === 'entity' && f.value.v.id) out.push(f.value.v.id);
    else if (f.value.t === 'role' && f.value.org.id) out.push(f.value.org.id);
  }
  return out;
}

/** Both directions of every cited link between two entities, sorted (deterministic builds). */
export function relatedIds(entities: readonly Entity[]): Map<string, string[]> {
  const known = new Set(entities.map((e) => e.id));
  const links = new Map<string, Set<string>>();
  const add = (a: string, b: string) => {
    if (a === b || !known.has(a) || !known.has(b)) return;
    let set = links.get(a);
    if (!set) links.set(a, (set = new Set()));
    set.add(b);
  };
  for (const e of entities) for (const id of linkedIds(e)) {
    add(e.id, id);
    add(id, e.id);
  }
  return new Map([...links].map(([id, set]) => [id, [...set].sort()]));
}

export function aliasEntries(entities: readonly Entity[]): { aliases: AliasEntry[]; indexed: IndexedEntity[] } {
  const aliases: AliasEntry[] = [];
  const indexed: IndexedEntity[] = [];
  const related = relatedIds(entities);
  for (const e of entities) {
    const rel = related.get(e.id);
    indexed.push(rel ? { id: e.id, kind: e.kind, name: e.name, related: rel } : { id: e.id, kind: e.kind, name: e.name });
    for (const a of e.aliases) aliases.push({ text: a.text, entityId: e.id, kind: e.kind, flags: a.flags ?? {} });
  }
  aliases.sort((a, b) => (a.entityId < b.entityId ? -1 : a.entityId > b.entityId ? 1 : a.text < b.text ? -1 : a.text > b.text ? 1 : 0));
  indexed.sort((a, b) => (a.id < b.id ? -1 : 1));
  return { aliases, indexed };
}
