/**
 * Brands and subsidiaries named in curated company records become entities of their own
 * (kind 'brand' or 'company') with an owner / parent fact citing the same pages, so that
 * "Gucci" or "PIMCO" get a card linking to Kering or Allianz (head start on issue 8).
 */
import type { Candidate } from '../prefer';
import type { EntityDraft } from './draft';
import { isCountryName, isRegionName } from './country-forms';
import { splitQualifier } from './fact-helpers';

const MAX_NAME_WORDS = 6;
/** Items that are not a single named business ("stakes in Eni, Poste ...") or are only a stake. */
const NOT_AN_ENTITY = /^\p{Ll}/u;
/**
 * A segment named by its trade alone ("Chemicals", "Materials" among BASF's units) is a label in
 * a results table, not a business the press names: a card by that word would take "Nova
 * Chemicals" or "Summit Materials" in running text.
 */
const SEGMENT_WORDS: ReadonlySet<string> = new Set(('Chemicals Materials Energy Services Solutions Industrial Industrials Nutrition ' +
  'Agriculture Coatings Technologies Technology Digital Mobility Healthcare Pharmaceuticals Retail Logistics Automotive Industry ' +
  'Infrastructure Construction Concessions Insurance Banking Media Marketing Research Surfaces Care Performance ' +
  // Sectors and regions a group reports by ("Air (sector)" of BAE Systems, "Americas (geographic
  // Area)"): words in running text, never a unit's card of its own (round 29).
  'Air Land Sea Maritime Space Americas Europe EMEA APAC Asia Africa International Food Foods Beverages Pharma Packaging Consumer').split(' ').concat(
  ['North America', 'Latin America', 'South America', 'Asia Pacific', 'Middle East', 'Rest of World', 'Hong Kong', 'Singapore',
    'Greater China', 'Mainland China']));
const ONLY_A_STAKE = /\b(stake|associate)\b/i;
/**
 * A bracket saying the group does not (or no longer) own the unit: a licence or franchise
 * ("Calvin Klein (fragrance licence)" among Coty's brands is PVH's, "Burger King (franchise)"
 * among a franchisee's), a spin-off or sale done ("Aumovio (spun off and listed in 2025)",
 * "WorldQuant (spun off 2007)"), or a holding below half given first ("Acciona (29.02%)",
 * "Hexagon AB (26% of capital, 47% of votes)", "Marche Multiservizi (41.8%)"). A sale or
 * spin-off still to come ("to be sold", "spin-off planned") leaves the unit owned; so does a
 * licence from a regulator ("licensed by the ACPR"), a gaming concession ("Macau licensee") and
 * a franchise network the group runs.
 */
const NOT_OWNED = /\b(licen[cs]e|franchise(?! network)|franchisee|spun off|spin-off|demerged|sold|divested|disposed of)\b/gi;
const STILL_TO_COME_BEFORE = /\b(to be|will be|planned|planning|plans to be|being)\s+$/i;
const STILL_TO_COME_AFTER = /^\s+(planned|is planned|expected|by end)\b/i;
/** A share, and the words before it that make it another party's ("MAN Truck & Bus holds 49%"). */
const SHARE = /(\d+(?:[.,]\d+)?)\s?(?:%|per ?cent|percent)/i;
const SHARE_OF_ANOTHER = /\b(holds?|owns?|has|had|bought|sold|selling|remaining|stakes in)\b/i;
export function onlyAStake(detail: string): boolean {
  if (ONLY_A_STAKE.test(detail)) return true;
  for (const m of detail.matchAll(NOT_OWNED)) {
    const before = detail.slice(0, m.index);
    const after = detail.slice(m.index! + m[0].length);
    if (!STILL_TO_COME_BEFORE.test(before) && !STILL_TO_COME_AFTER.test(after)) return true;
  }
  // The first share given is the group's unless a verb gives it to another party: "(Mediaset,
  // 22.9%)", "(Glencore 49.99%, CPP Investments 39.9%)" are stakes. A joint venture with no
  // share given keeps its partner as parent, the bracket shown as the note ("joint venture
  // with Nestlé").
  const share = detail.match(SHARE);
  return share !== null && !SHARE_OF_ANOTHER.test(detail.slice(0, share.index)) && Number(share[1]!.replace(',', '.')) < 50;
}

/**
 * Brands an owner lists under the name of an unrelated company already in the bundle, found by
 * the gatherers and reviewers (no country or "Group" tells them apart): the ceramics brand
 * "Leonardo" of Cooperativa Ceramica d'Imola is not the defence group, the yachts "Azimut" of
 * Azimut Benetti not the asset manager Azimut Holding. Neither linked nor drafted.
 */
const NAMESAKE_UNITS: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ["Cooperativa Ceramica d'Imola", new Set(['Leonardo'])],
  ['Azimut Benetti', new Set(['Azimut'])],
  // Round 28's lists, found by comparing every organisation before and after the merge: Brembo's
  // "Marchesini" wheels are not the packaging-machine maker Marchesini Group, Gi Group's UK
  // recruiter "Grafton" not Grafton Group, BASF's herbicide "Liberty" not Liberty Media,
  // Rabobank's leasing arm "DLL" not David Lloyd Leisure, Uniper's Russian "Unipro" not the
  // cosmetics association Cosmetica Italia (once UNIPRO), and the "Suez" Veolia bought in 2022
  // not the Suez the bundle describes (the businesses Veolia sold on to Meridiam, GIP and CDC).
  ['Brembo', new Set(['Marchesini'])],
  ['Gi Group', new Set(['Grafton'])],
  ['BASF', new Set(['Liberty'])],
  ['Rabobank', new Set(['DLL'])],
  ['Uniper SE', new Set(['Unipro'])],
  ['Veolia', new Set(['Suez'])],
  // Clariane's Italian arm "Ita" is not ITA Airways, which the press writes "Ita".
  ['Clariane', new Set(['Ita'])],
  // Found by round 29's gatherers in the bundle's owner rows: Panzani's "Ferrero" couscous is not
  // the confectioner, Galbani's "Santa Lucia" mozzarella not the insurer Santalucía, Meliá's "Sol"
  // hotels not the Italian gas group SOL, Unichips' "Pai" crisps not PAI Partners.
  ['Panzani', new Set(['Ferrero'])],
  ['Galbani', new Set(['Santa Lucia'])],
  ['Meliá Hotels International', new Set(['Sol'])],
  ['Unichips', new Set(['Pai'])],
  // Arcor's "Águila" chocolate is not Aguila Ltd, the Santo Domingo family's Bermuda vehicle.
  ['Arcor', new Set(['Águila'])],
  // Round 31's lists, found by comparing every organisation before and after the merge: Aixtron's
  // "Genus Inc." (ALD equipment) is not the animal-genetics group Genus, Avery Dennison's "LG Group, Inc." not
  // LG Corporation, Sonepar's "Lumen" not Lumen Technologies, Microchip's "PIC" microcontrollers not
  // Pension Insurance Corporation, Corteva's "Pioneer" seeds not The Pioneer, TotalEnergies' "Elf"
  // lubricants not e.l.f. Beauty, Charles River's "Argenta" not the Belgian bank, Fortive's
  // "Censis" not the Italian research institute, Gallagher's "Alesco" not PharmaNutra's, and
  // Angelini Industries' "Angelini Technologies" not the Chilean Angelini group that owns Copec.
  ['Aixtron', new Set(['Genus Inc.'])],
  ['Avery Dennison', new Set(['LG Group, Inc.'])],
  ['Sonepar', new Set(['Lumen'])],
  ['Microchip Technology', new Set(['PIC'])],
  ['Corteva', new Set(['Pioneer'])],
  ['TotalEnergies', new Set(['Elf'])],
  ['Charles River Laboratories', new Set(['Argenta'])],
  ['Fortive', new Set(['Censis'])],
  ['Arthur J. Gallagher & Co.', new Set(['Alesco'])],
  ['Angelini Industries', new Set(['Angelini Technologies'])],
  // PPG's Mexican paint brand "Comex" is not the New York metals exchange the gold pages name.
  ['PPG Industries', new Set(['Comex'])],
  // Nutrinveste's Portuguese olive company "Elaia" is not the Paris venture firm Elaia Partners.
  ['Nutrinveste', new Set(['Elaia'])],
  // Round 32: Barilla's pasta brand "Vesta" is not the Mexican industrial landlord Corporación
  // Inmobiliaria Vesta, whose short name it shares (the brand, known only from Barilla's list,
  // loses its one-fact card rather than make the landlord Barilla's).
  ['Barilla', new Set(['Vesta'])],
  // Round 33: El.En.'s laser maker "Deka" is not DekaBank, which the German press calls "die Deka"
  // ("So feiert die Deka ihr 100-jähriges Bestehen"); the one-fact unit gives way.
  ['El.En.', new Set(['Deka'])],
  // Round 37's seventh wave: Norcros's shower brand "Triton" is not the private-equity firm Triton
  // Partners, which the press calls "Triton".
  ['Norcros', new Set(['Triton'])],
  // Round 37's tenth wave: Snam's list names "GCA", now the record Gas Connect Austria, of which
  // Snam held part of a 49% stake (Verbund holds 51%): no parent, whatever the old list says.
  ['Snam', new Set(['GCA'])],
]);

export const isNamesakeUnit = (owner: string, unit: string): boolean => NAMESAKE_UNITS.get(owner)?.has(unit) ?? false;

export interface RelationTarget {
  name: string;
  detail?: string;
  kind: 'brand' | 'company';
  key: 'owner' | 'parent';
}

export function relationTargets(list: readonly string[], kind: 'brand' | 'company'): RelationTarget[] {
  const out: RelationTarget[] = [];
  for (const item of list) {
    const { name, detail } = splitQualifier(item);
    // A division named by its country ("Hong Kong" of HSBC, "Germany") is the place in running text.
    if (!name || NOT_AN_ENTITY.test(name) || SEGMENT_WORDS.has(name) || isCountryName(name) || isRegionName(name) || name.split(/\s+/).length > MAX_NAME_WORDS) continue;
    out.push({ name, detail, kind, key: kind === 'brand' ? 'owner' : 'parent' });
  }
  return out;
}

/** The owner fact for a brand / subsidiary, cited by the owner record's brands/subsidiaries sources. */
export function ownerCandidate(from: Candidate, target: RelationTarget, ownerName: string): Candidate | undefined {
  if (target.detail && onlyAStake(target.detail)) return undefined;
  const c: Candidate = {
    key: target.key,
    value: { t: 'entity', v: { name: ownerName } },
    asOf: from.asOf,
    sources: [...from.sources],
    authority: from.authority,
  };
  if (target.detail) c.note = target.detail.replace(/^\(|\)$/g, '');
  return c;
}

export function relationDraft(target: RelationTarget, owner: Candidate): EntityDraft {
  return { kind: target.kind, name: target.name, aliases: [], candidates: [owner], match: { tickers: [], isins: [] }, origin: 'curated-relation' };
}
