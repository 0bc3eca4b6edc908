/**
 * Merges company drafts from several sources into one record per company, matching on
 * CIK, ISIN, US ticker and normalised name (in that order), then resolves each fact key with
 * the preference rule (lib/facts/prefer.ts).
 */
import { normaliseName } from '../aliases';
import type { Candidate } from '../prefer';
import { CURATOR_CONFLICT_NOTE, resolveFact, sameValue, bestAuthority, compareAsOf, withTranslations } from '../prefer';
import type { Fact } from '../schema';
import type { EntityDraft } from './draft';

/** Figures for a period: values for different years are history, not conflicts. */
const PERIOD_KEYS = new Set(['revenue', 'netIncome', 'aum']);

/** Keys with several independent values (not alternatives of one value). */
const MULTI_KEYS = new Set(['role', 'figure', 'ticker', 'isin', 'indexMember', 'dealRole', 'person', 'stake']);

/**
 * Different companies whose names normalise alike once the legal form is gone. Countries cannot
 * tell them apart in general: the listings give one company several countries (Airbus, Amcor).
 */
const NAMESAKES: readonly (readonly [string, string])[] = [
  ['EQT AB', 'EQT Corporation'], // Swedish private equity firm / US gas producer
  // The Salzburg car distributor (Volkswagen's) is not the Stuttgart family holding Porsche SE;
  // both are "porsche" once "Holding" and the legal form go.
  ['Porsche SE', 'Porsche Holding GmbH'],
  ['Porsche SE', 'Porsche Holding (Salzburg)'],
  // Round 17's records against names already in the bundle: the Austrian news agency is not
  // APA Corporation (Apache, S&P 500); the UK and Irish companies are not the brands of the same
  // name in other groups' lists (Intesa Sanpaolo's IMI, TJX's Marshalls, P&G's Tide, Itochu's
  // Dole, NorgesGruppen's Kiwi, Royal Unibrew's Ceres, Simba Dickie's Big, Fila's Das).
  ['APA – Austria Presse Agentur', 'APA Corporation'],
  ['IMI plc', 'IMI'],
  ['Marshalls plc', 'Marshalls'],
  ['Tide Platform', 'Tide'],
  ['Dole plc', 'Dole'],
  ['Kiwi.com', 'Kiwi'],
  ['Ceres Power', 'Ceres'],
  ['Banco de Investimento Global', 'Big'],
  ['DAS', 'Das'],
  // Round 19: the Jacobs family's holding is not Yıldız's biscuit brand Jacob's; the Canadian union
  // Unifor is not Molteni's furniture maker UniFor.
  ['Jacobs Holding', "Jacob's"],
  ['Unifor (Canadian union)', 'UniFor'],
  // Round 21: the packaging group Albéa is not Colussi's biscuit brand Albea; Saint-Gobain's
  // abrasives maker Norton not The Range's owner Norton Group Holdings; the staffing firm Randstad
  // bought in 1992 (Flex Group) not the electronics maker Flex Ltd.
  ['Albéa', 'Albea'],
  ['Norton', 'Norton Group Holdings'],
  ['Flex Group', 'Flex Ltd.'],
  // Round 22: the Catalan cured-meat maker is not Grennevo's French builder Noël.
  ['Noel Alimentaria', 'Noël'],
  // Round 33: Infratil's Wellington manager is not Compass Group's hospital-catering brand Morrison.
  ['Morrison & Co', 'Morrison'],
  // Round 34's third wave: the Colombian oil producer is not Sika's mortar brand Parex; Breedon's US
  // unit is not the Turkish vehicle maker BMC (a Togg shareholder).
  ['Parex Resources', 'Parex'],
  ['BMC Enterprises', 'BMC'],
  // Round 35: the Australian annuity group is not Trigano's camper brand; Cohort's defence unit not
  // Supermercados Peruanos' store brand Mass; the Austrian insurers' association not Kojamo's VVO;
  // Natura &Co not Aceitera General Deheza's cooking-oil brand Natura.
  ['Challenger Limited', 'Challenger'],
  ['MASS Consultants', 'Mass'],
  ['Versicherungsverband Österreich', 'VVO'],
  ['Natura &Co', 'Natura'],
  // Round 35's third wave: the Swiss X-ray and plasma group is not Euronics Italia's shop brand Comet.
  ['Comet Holding', 'Comet'],
  // Round 36: the Geneva digital-asset firm is not Michelin's Taurus tyres; Italy's radio audience
  // survey (TER) is not SNCF's regional trains.
  ['Taurus SA', 'Taurus'],
  ['Tavolo Editori Radio', 'TER'],
  // Round 36's second wave: the helmet maker is not Natura's cosmetics brand Avon.
  ['Avon Technologies', 'Avon'],
  // Round 36's fourth wave: the Wisconsin bike-rack maker is not Asahi's Slovak beer Šariš.
  ['Saris', 'Šariš'],
  // Round 37: the Swiss bus builder (whose "Hess AG" folds to "hess") is not Chevron's Hess.
  ['Carrosserie Hess', 'Hess Corporation'],
  // Round 37's third wave: the Argentine seed growers' association (ASA) is not Somfy's Asa brand;
  // the US irrigation group not Lactalis' Valmont cheese; the Swiss family group that owns
  // Hamilton Medical not Swatch's Hamilton watches.
  ['Asociación Semilleros Argentinos', 'Asa'],
  ['Valmont Industries', 'Valmont'],
  ['Hamilton Group', 'Hamilton'],
  // Round 37's sixth wave: the Australian liquor retailer is not Interpump's British unit Endeavour;
  // the Austrian car-parts group not Chemtrade's Polytec; the London fast-food chain not Groupe
  // Bertrand's Léon (de Bruxelles); the German spirits association not EFG's Lugano bank BSI (the
  // association's record leaves "BSI" out: the bank, known from EFG's list, keeps its name).
  ['Endeavour Group', 'Endeavour'],
  ['Polytec Group', 'Polytec'],
  ['Leon Restaurants', 'Léon'],
  ['Bundesverband der Deutschen Spirituosen-Industrie und -Importeure', 'BSI'],
  // Peter Backman's foodservice consultancy is not the investor Horizons of a shareholder list.
  ['Horizons (foodservice consultancy)', 'Horizons'],
  // Round 37's eighth wave: the Carraro family's holding is not Forgital's unit FLY; the Swiss
  // sugar-beet growers' association not Royal Cosun's SVZ; ANYbotics' Péter Fankhauser not
  // Thomas Cook's Peter Fankhauser.
  ['Fly Srl', 'FLY'],
  ['Schweizerischer Verband der Zuckerrübenpflanzer', 'SVZ'],
  ['Péter Fankhauser', 'Peter Fankhauser'],
  // Round 37's ninth wave: Tamedia's Swiss free daily is not Ouest-France's French 20 Minutes; the
  // Italian fuel group's holding (api) not the US APi Group; the sports-data firm not Global
  // Payments' Genius brand; Southern Cross Austereo's chief not Ladbrokes Coral's chair; Grupo
  // Pachuca's Jesús Martínez Patiño not Iberdrola's Jesús Martínez.
  ['20 minutes (Switzerland)', '20 Minutes'],
  ['api Holding', 'APi Group Corp'],
  ['Genius Sports', 'Genius'],
  ['John Kelly (Southern Cross Austereo)', 'John Kelly'],
  ['Jesús Martínez Patiño', 'Jesús Martínez'],
  // Round 37's twelfth wave: SFS's Munich tools distributor is not Veidekke's Danish builder
  // Hoffmann A/S.
  ['Hoffmann Group', 'Hoffmann A/S'],
  // Round 38: the New Zealand investment bank is not Newell Brands' Jarden; Lactalis Canada's
  // yogurt not Logitech's Astro headsets; Spar's Austrian holding (SPAR Holding AG) not Sligro's
  // Dutch Spar Holding.
  ['Jarden (New Zealand)', 'Jarden'],
  ['Astro (yogurt)', 'Astro'],
  ['Spar Austria', 'Spar Holding'],
];

export const areNamesakes = (x: string, y: string): boolean => NAMESAKES.some(([a, b]) => (a === x && b === y) || (a === y && b === x));

export class DraftMerger {
  readonly drafts: EntityDraft[] = [];
  private readonly byCik = new Map<string, EntityDraft>();
  private readonly byIsin = new Map<string, EntityDraft>();
  private readonly byTicker = new Map<string, EntityDraft>();
  private readonly byName = new Map<string, EntityDraft>();
  /** Names and aliases as written (lower case): "Porsche AG" is the carmaker even though it
   * normalises to the "porsche" of Porsche SE, which came first. */
  private readonly byExact = new Map<string, EntityDraft>();
  private readonly byCore = new Map<string, EntityDraft>();

  /**
   * Adds a draft, merging it into an existing one when a key matches. Returns the kept draft.
   * `allowCoreMatch` false: merge on the exact normalised name only (two curated records such as
   * "The Economist" and "The Economist Group" are different entities, not one).
   */
  add(d: EntityDraft, allowNameMatch = true, allowCoreMatch = true): EntityDraft {
    const names = [d.name, ...d.aliases.map((a) => a.text)].map(normaliseName).filter((n) => n.length >= 2);
    const found =
      (d.match.cik && this.byCik.get(d.match.cik)) ||
      d.match.isins.map((i) => this.byIsin.get(i)).find(Boolean) ||
      d.match.tickers.map((t) => this.byTicker.get(t)).find(Boolean) ||
      (allowNameMatch ? this.nameMatch(d) ?? (allowCoreMatch ? this.coreMatch(d) : undefined) : undefined);
    const target = found && !(found.match.cik && d.match.cik && found.match.cik !== d.match.cik) ? found : d;
    if (target === found) {
      found.candidates.push(...d.candidates);
      found.aliases.push(...(d.name !== found.name ? [{ text: d.name }] : []), ...d.aliases);
      found.match.tickers.push(...d.match.tickers.filter((t) => !found.match.tickers.includes(t)));
      found.match.isins.push(...d.match.isins.filter((t) => !found.match.isins.includes(t)));
      found.match.cik ??= d.match.cik;
      found.wikipedia ??= d.wikipedia;
      if (d.besideFullName) found.besideFullName = [...(found.besideFullName ?? []), ...d.besideFullName];
    } else {
      this.drafts.push(d);
    }
    if (target.match.cik) this.byCik.set(target.match.cik, target);
    for (const i of target.match.isins) if (!this.byIsin.has(i)) this.byIsin.set(i, target);
    for (const t of target.match.tickers) if (!this.byTicker.has(t)) this.byTicker.set(t, target);
    for (const n of names) if (!this.byName.has(n)) this.byName.set(n, target);
    for (const t of [d.name, ...d.aliases.map((a) => a.text)]) if (!this.byExact.has(t.toLowerCase())) this.byExact.set(t.toLowerCase(), target);
    const core = coreName(d.name);
    if (core.length >= 3 && !this.byCore.has(core)) this.byCore.set(core, target);
    return target;
  }

  /** Same normalised name, unless the two are known namesakes. */
  private nameMatch(d: EntityDraft): EntityDraft | undefined {
    const hit = this.byName.get(normaliseName(d.name));
    return hit && areNamesakes(hit.name, d.name) ? undefined : hit;
  }

  /** "Slack" = "Slack Technologies", "Credit Suisse" = "Credit Suisse Group AG" - unless the countries differ (Merck & Co. / Merck Group). */
  private coreMatch(d: EntityDraft): EntityDraft | undefined {
    const hit = this.findByCore(d.name);
    if (!hit || hit.kind === 'person' || d.kind === 'person' || areNamesakes(hit.name, d.name)) return undefined;
    // "MAN" (the truck maker) is not "Man Group" (the fund manager): an acronym and a word.
    if (shoutedCore(hit.name) !== shoutedCore(d.name)) return undefined;
    const a = countryOf(hit)?.toLowerCase();
    const b = countryOf(d)?.toLowerCase();
    return a && b && a !== b ? undefined : hit;
  }

  findByCik(cik: string): EntityDraft | undefined {
    return this.byCik.get(cik);
  }

  findByTicker(t: string): EntityDraft | undefined {
    return this.byTicker.get(t);
  }

  /** The draft whose core name this is ("Admiral" → Admiral Group), if any. */
  findByCore(name: string): EntityDraft | undefined {
    return this.byCore.get(coreName(name));
  }

  findByName(name: string): EntityDraft | undefined {
    return this.byExact.get(name.toLowerCase()) ?? this.byName.get(normaliseName(name));
  }

  /** A name added after the draft was merged (a press short form): findable like its others. */
  addAlias(d: EntityDraft, text: string, nickname: boolean): void {
    d.aliases.push({ text, nickname });
    if (!this.byExact.has(text.toLowerCase())) this.byExact.set(text.toLowerCase(), d);
    const key = normaliseName(text);
    if (key.length >= 2 && !this.byName.has(key)) this.byName.set(key, d);
  }
}

/** Name without legal form and generic trailing words: the key for a second-chance name match. */
export function coreName(name: string): string {
  let n = normaliseName(name);
  for (let i = 0; i < 3; i++) n = n.replace(/\s+(group|holdings?|corporation|corp|company|companies|technologies|gruppo|and|plc)$/, '').trim();
  return n;
}

/** Whether the name's first word is written in capitals ("MAN", "SAP"): an acronym, not a word. */
function shoutedCore(name: string): boolean {
  const first = name.trim().split(/\s+/)[0] ?? '';
  return first.length >= 2 && /^\p{Lu}+$/u.test(first);
}

/** The first country a draft's sources give, as written. */
export function countryOf(d: EntityDraft): string | undefined {
  const c = d.candidates.find((x) => x.key === 'country');
  return c?.value.t === 'text' ? c.value.v : undefined;
}

/** Candidate list -> facts: one fact per key (preferred value + conflicts), several for MULTI_KEYS. */
export function resolveFacts(candidates: readonly Candidate[]): Fact[] {
  const byKey = new Map<string, Candidate[]>();
  for (const c of candidates) {
    const list = byKey.get(c.key) ?? [];
    list.push(c);
    byKey.set(c.key, list);
  }
  const facts: Fact[] = [];
  for (const [key, list] of byKey) {
    if (PERIOD_KEYS.has(key)) {
      // One fact per year, newest year first; conflicts only within a year.
      const byYear = new Map<string, Candidate[]>();
      // A disagreeing source recorded by the curators is dated by its page, not by the period it
      // disputes: it joins the newest period of the values it disagrees with (UniCredit's 2025
      // revenue reported by Il Giornale in 2026 is a conflict on 2025, not a 2026 revenue).
      const periods = list.filter((c) => !isCuratorConflict(c)).map((c) => (c.asOf === 'undated' ? '' : c.asOf.slice(0, 4))).sort().reverse();
      const yearOf = (c: Candidate) => (isCuratorConflict(c) && periods.length > 0 ? periods[0]! : c.asOf === 'undated' ? '' : c.asOf.slice(0, 4));
      for (const c of list) byYear.set(yearOf(c), [...(byYear.get(yearOf(c)) ?? []), c]);
      // Newest year first; '' (undated) sorts last.
      for (const year of [...byYear.keys()].sort((a, b) => (a < b ? 1 : a > b ? -1 : 0))) {
        const f = resolveFact(byYear.get(year)!);
        if (f) facts.push(f);
      }
      continue;
    }
    if (!MULTI_KEYS.has(key)) {
      const f = resolveFact(list);
      if (f) facts.push(f);
      continue;
    }
    const pooled: Candidate[] = [];
    for (const c of list) {
      const same = pooled.find((p) => sameValue(p.value, c.value) || sameTicker(p, c));
      if (!same) {
        pooled.push({ ...c, sources: [...c.sources] });
        continue;
      }
      for (const s of c.sources) if (!same.sources.includes(s)) same.sources.push(s);
      if (compareAsOf(c.asOf, same.asOf) > 0) same.asOf = c.asOf;
      same.authority = bestAuthority([same.authority, c.authority]);
      same.value = withTranslations(same.value, c.value);
      if (same.value.t === 'ticker' && c.value.t === 'ticker' && !same.value.exchange && c.value.exchange) same.value = c.value;
    }
    for (const p of pooled) facts.push(p.note ? { key: p.key, value: p.value, asOf: p.asOf, sources: p.sources, note: p.note } : { key: p.key, value: p.value, asOf: p.asOf, sources: p.sources });
  }
  return facts;
}

function isCuratorConflict(c: Candidate): boolean {
  return c.note === CURATOR_CONFLICT_NOTE;
}

function sameTicker(a: Candidate, b: Candidate): boolean {
  return a.value.t === 'ticker' && b.value.t === 'ticker' && a.value.symbol === b.value.symbol;
}
