/**
 * People that curated company records name (CEO, key people, founders) but that have no person
 * record of their own get one, with the role the company record states, cited by the company
 * record's pages that list that field (`ceo`, `key_people`, `founders`). Nothing else is said
 * about them. "Bret Taylor (chair of the board)" -> Bret Taylor, role "chair of the board", OpenAI.
 * A person who has a record already is handed to `attachToKnown` with the role instead (the
 * company's pages may be the only ones that say she now chairs it).
 */
import type { Candidate } from '../prefer';
import { bestAuthority } from '../prefer';
import type { CuratedCompany, CuratedSource } from './curated-types';
import type { EntityDraft } from './draft';
import { isIsoDate, newestDate } from './fact-helpers';
import { normaliseName } from '../aliases';
import type { SourceRegistry } from './source-registry';

// "Philip von dem Bussche", "Alex von zur Mühlen", "Peter ter Kulve", "Marc van't Noordende",
// "Friederike an Mey", "José Ortega y Gasset".
const PARTICLE = "(?:de|del|della|di|da|van|von|der|dem|den|des|zu|zur|ter|ten|van['’]t|an|y|le|la|du|do|dos|bin|al)";
// A capitalised word, also behind an elided or Arabic particle: "d'Angelantonio", "al-Khater".
const NAME_WORD = "(?:(?:d|al|el)['’-])?\\p{Lu}[\\p{L}'’.-]*";
/** Two to four capitalised words (particles allowed): what a person's name looks like here. */
const PERSON_NAME = new RegExp(`^${NAME_WORD}(?:\\s+(?:${PARTICLE}|${NAME_WORD})){1,3}$`, 'u');
// Whole words, accented ones too (a JavaScript \b ends no word at "à" or "é": "Società", "Société").
const NOT_A_PERSON = new RegExp(`(?<!\\p{L})(?:Group|Bank|Banca|Holding|Holdings|Capital|Partners|Fund|Family|Government|Front|Ministry|State|Company|Corporation|Inc|International|Airways|Airlines|Fininvest|Foundation|Fondazione|Arbeitsfront|Club|Compañía|Compagnie|Compagnia|Association|Associazione|Institute|Istituto|Instituto|Society|Società|Sociedad|Société|Trust|AB|AG|ASA|GmbH|NV|Oyj|plc|PLC|Ltd|SA|SE|SpA|Srl)(?!\\p{L})`, 'u');

export function looksLikePerson(name: string): boolean {
  return PERSON_NAME.test(name) && !NOT_A_PERSON.test(name);
}

/**
 * British honours before a name: the press writes "Roger Bone" as often as "Sir Roger Bone", and
 * "Lord Smith" alone is no name to match. A stage name ("Dr. Dre") keeps its title.
 */
const HONORIFIC = /^(?:Sir|Dame|Lord|Lady|Baroness|Baron)\s+/;

/** "Giorgio Medda and Alessandro Zambotti (co-CEOs)" -> two names with title "co-CEOs". */
export function splitPeople(text: string): { names: string[]; title?: string } {
  const m = text.match(/^(.*?)\s*\((.*)\)\s*$/);
  const body = (m ? m[1] : text)!.trim();
  const title = m?.[2]?.trim();
  return { names: body.split(/\s+(?:and|e|&)\s+|,\s*/).map((n) => n.trim().replace(HONORIFIC, '')).filter(Boolean), title };
}

/**
 * Different people whose one name several company records list: the records in each group name
 * one person of that name apart from the rest (who stay one person with every other record's
 * role). Names are merged across records otherwise, since a manager who moves or sits on several
 * boards is the common case ("Wolfgang Eder" at Voestalpine and Infineon).
 */
const PERSON_NAMESAKES: ReadonlyMap<string, readonly (readonly string[])[]> = new Map<string, readonly (readonly string[])[]>([
  // Entain's finance chief, Pantheon Macroeconomics' UK economist, Breedon's chief executive.
  ['rob wood', [['Pantheon Macroeconomics'], ['Breedon Group']]],
  // Coca-Cola's finance chief, Glanbia's (Tirlán's) vice-chairman.
  ['john murphy', [['Glanbia']]],
  // Subsea7's finance chief, EirGrid's chief executive.
  ['mark foley', [['EirGrid']]],
  // Johnnie Walker's founder (a grocer in 1820) and Oxford Economics' founder and chair.
  ['john walker', [['Johnnie Walker']]],
]);

/** The names (normalised) of the people kept apart, and how many people each name stands for. */
export const namesakePeople = (): Map<string, number> => new Map([...PERSON_NAMESAKES].map(([name, groups]) => [name, groups.length + 1]));

/** The key that keeps a namesake apart: the name, and the group of records naming that person. */
export function personKey(name: string, company: string): string {
  const key = normaliseName(name);
  const group = PERSON_NAMESAKES.get(key)?.findIndex((g) => g.includes(company)) ?? -1;
  return group >= 0 ? `${key}#${group + 1}` : key;
}

interface RoleSpec {
  field: string;
  title: string;
  since?: string;
}

/**
 * `isOtherOrg(name, company)`: another organisation goes by the name. A founders list that names
 * two or more organisations is a list of founding members (the banks behind a fund, the airlines
 * behind an alliance): those get no person card. One such name among people stays a person when
 * it opens with a first name (`isFirstName`): "Giovanni Agnelli" founded Fiat, whatever his
 * family's holding is called, but Petershill Partners' founder "Goldman Sachs" is the bank.
 */
export function derivedPeopleDrafts(
  companies: readonly CuratedCompany[],
  registry: SourceRegistry,
  isKnownPerson: (name: string) => boolean,
  isOtherOrg: (name: string, company: CuratedCompany) => boolean = () => false,
  isFirstName: (word: string) => boolean = () => true,
  attachToKnown: (name: string, role: Candidate, company: CuratedCompany) => void = () => {},
): EntityDraft[] {
  const out = new Map<string, EntityDraft>();
  const add = (company: CuratedCompany, name: string, spec: RoleSpec) => {
    if (!looksLikePerson(name)) return;
    const known = isKnownPerson(name);
    // A founder is history the person's own record tells better; only present roles are handed on.
    if (known && spec.field === 'founders') return;
    const srcs: CuratedSource[] = company.sources.filter((s) => s.fields?.includes(spec.field));
    if (!srcs.length) return;
    const ids = [...new Set(srcs.map((s) => registry.addPage(s)))];
    const c: Candidate = {
      key: 'role',
      value: { t: 'role', title: spec.title.slice(0, 200), org: { name: company.name }, ...(isIsoDate(spec.since) ? { since: spec.since } : {}) },
      asOf: newestDate(srcs.map((s) => s.date)) ?? 'undated',
      sources: ids,
      authority: bestAuthority(ids.map((id) => registry.get(id)!.authority)),
      note: `as stated in the ${company.name} record`,
    };
    if (known) return attachToKnown(name, c, company);
    // "Claudio De Sanctis" in one record and "Claudio de Sanctis" in another are one person.
    const key = personKey(name, company.name);
    let d = out.get(key);
    if (!d) out.set(key, (d = { kind: 'person', name, aliases: [], candidates: [], match: { tickers: [], isins: [] }, origin: 'curated-company-people' }));
    d.candidates.push(c);
  };
  for (const co of companies) {
    if (typeof co.ceo === 'string') {
      const { names, title } = splitPeople(co.ceo);
      for (const n of names) add(co, n, { field: 'ceo', title: title ?? 'CEO', since: typeof co.ceo_since === 'string' && names.length === 1 ? co.ceo_since : undefined });
    }
    for (const entry of Array.isArray(co.key_people) ? (co.key_people as unknown[]) : []) {
      if (typeof entry !== 'string') continue;
      const { names, title } = splitPeople(entry);
      for (const n of names) add(co, n, { field: 'key_people', title: title ?? 'key person' });
    }
    const founders = Array.isArray(co.founders) ? (co.founders as unknown[]).filter((x): x is string => typeof x === 'string') : [];
    const founderNames = founders.flatMap((f) => splitPeople(f).names);
    const orgs = new Set(founderNames.filter((n) => isOtherOrg(n, co)));
    const organisation = (n: string) => orgs.has(n) && (orgs.size >= 2 || !isFirstName(n.split(/\s+/)[0]!));
    for (const n of founderNames) if (!organisation(n)) add(co, n, { field: 'founders', title: founders.length > 1 ? 'co-founder' : 'founder' });
  }
  return [...out.values()].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}
