/**
 * Organisations that the curated records name but do not describe: unresolved deal parties
 * ("Slack Technologies", "Spark Capital") and employers in people's roles ("Blue Origin").
 * Each gets only what its citing record says, with that record's pages:
 *  - a deal party: its part in the deal (and, for the target of a completed single-buyer
 *    acquisition, the buyer as parent since the closing date);
 *  - a role employer: the curated people who hold or held roles there;
 *  - the owner or parent an issue 8 record names: the brands or units it holds.
 * Sources: the deal's pages that list the parties (or, when none does, the pages that report
 * the deal's amount or announcement); the person's pages that list `roles`.
 */
import type { Candidate } from '../prefer';
import { bestAuthority } from '../prefer';
import type { CuratedCompany, CuratedDeal, CuratedPerson, CuratedSource } from './curated-types';
import type { EntityDraft } from './draft';
import { isIsoDate, newestDate, splitQualifier } from './fact-helpers';
import type { SourceRegistry } from './source-registry';
import { partyName } from './convert-deals';

// Seven: "Wertpapier-Mitteilungen Keppler, Lehmann GmbH & Co. KG" (Börsen-Zeitung's publisher).
const MAX_WORDS = 7;
/** Not a nameable organisation, or a public body (never a company card). */
/** A phrase in lower case ("investors not listed") is no name; one word is ("iFood", "bpostgroup"). */
const LOWER_START = /^\p{Ll}\S*\s/u;
const SKIP = /'s\b|’s\b|\b(public investors|government|City of|Treasury|Ministry|Ministero|State of|European Investment|investors not listed)\b/iu;
/** Owners that are a state, public body, family or a club's members: named on the card, never an entity of their own. */
const NAMED_OWNER = /\b(government|state of|ministry|ministero|ministère|treasury|department of|publicly owned|public(?:ly)? (?:owned|broadcaster)|family|famiglia|familia|famille|episcopal|foundation|fondation|fondazione|fonds de dotation|members|socios|soci)\b/iu;

export function nameable(name: string): boolean {
  return name.length >= 2 && !LOWER_START.test(name) && !SKIP.test(name) && name.split(/\s+/).length <= MAX_WORDS;
}

/** A state, public body or family named as owner or employer (kept as a name, never drafted). */
export function namedOnlyOwner(name: string): boolean {
  return SKIP.test(name) || NAMED_OWNER.test(name);
}

function pick(sources: CuratedSource[], fields: string[]): CuratedSource[] {
  return sources.filter((s) => s.fields?.some((f) => fields.includes(f)));
}

function sourcesFor(deal: CuratedDeal): CuratedSource[] {
  const parties = pick(deal.sources, ['acquirer_or_investors', 'target']);
  if (parties.length) return parties;
  const reports = pick(deal.sources, ['amount', 'announced']);
  return reports.length ? reports : deal.sources;
}

function cand(registry: SourceRegistry, key: string, value: Candidate['value'], srcs: CuratedSource[], asOf?: string, note?: string): Candidate {
  const ids = [...new Set(srcs.map((s) => registry.addPage(s)))];
  const c: Candidate = {
    key,
    value,
    asOf: (isIsoDate(asOf) ? asOf : newestDate(srcs.map((s) => s.date))) ?? 'undated',
    sources: ids,
    authority: bestAuthority(ids.map((id) => registry.get(id)!.authority)),
  };
  if (note) c.note = note;
  return c;
}

const ROLE_WORD: Record<string, [string, string]> = {
  acquisition: ['buyer', 'acquired company'],
  merger: ['merging company', 'merging company'],
  bid: ['bidder', 'bid target'],
  investment: ['investor', 'company invested in'],
  funding_round: ['investor', 'company raising funds'],
  ipo: ['seller or anchor investor', 'company listed'],
  licensing: ['licensee', 'licensor'],
};

/** Drafts for deal parties that `known(name)` cannot resolve. */
export function dealPartyDrafts(deals: readonly CuratedDeal[], registry: SourceRegistry, known: (name: string) => boolean): EntityDraft[] {
  const out = new Map<string, EntityDraft>();
  for (const deal of deals) {
    const srcs = sourcesFor(deal);
    const when = [deal.announced, deal.completed].find(isIsoDate) as string | undefined;
    const words = ROLE_WORD[deal.kind] ?? ['party', 'party'];
    const targetName = partyName(deal.target);
    const buyers = deal.acquirer_or_investors.map(partyName);
    const describe = (side: 0 | 1) =>
      side === 0 ? `${words[0]}: ${deal.kind.replace('_', ' ')} of ${targetName}${when ? ` (${when})` : ''}` : `${words[1]}: ${deal.kind.replace('_', ' ')}${buyers.length ? ` by ${buyers.slice(0, 3).join(', ')}` : ''}${when ? ` (${when})` : ''}`;
    const parties: [string, 0 | 1][] = [...buyers.map((b): [string, 0 | 1] => [b, 0]), [targetName, 1]];
    for (const [name, side] of parties) {
      if (!nameable(name) || known(name)) continue;
      const key = name.toLowerCase();
      let d = out.get(key);
      if (!d) {
        const kind = side === 0 && (deal.kind === 'funding_round' || deal.kind === 'investment') ? 'investor' : 'company';
        d = { kind, name, aliases: [], candidates: [], match: { tickers: [], isins: [] }, origin: 'curated-deal-party' };
        out.set(key, d);
      }
      d.candidates.push(cand(registry, 'dealRole', { t: 'text', v: describe(side) }, srcs, when));
      if (side === 1 && deal.kind === 'acquisition' && deal.status === 'completed' && buyers.length === 1 && isIsoDate(deal.completed)) {
        const closing = pick(deal.sources, ['completed', 'status']);
        d.candidates.push(cand(registry, 'parent', { t: 'entity', v: { name: buyers[0]! } }, closing.length ? closing : srcs, deal.completed, `acquired ${deal.completed}`));
      }
    }
  }
  return [...out.values()];
}

/** Drafts for employers named in people's roles that `known(name)` cannot resolve. */
export function roleOrgDrafts(people: readonly CuratedPerson[], registry: SourceRegistry, known: (name: string) => boolean): EntityDraft[] {
  const out = new Map<string, EntityDraft>();
  for (const p of people) {
    const srcs = pick(p.sources, ['roles']);
    if (!srcs.length) continue;
    for (const role of p.roles ?? []) {
      // The same cut as the role fact itself (convert-people.ts), so the link resolves:
      // "Queens' College, Cambridge" is drafted, and linked, as "Queens' College".
      const name = splitQualifier(role.organization).name || role.organization;
      if (!nameable(name) || known(name) || name.includes(' / ')) continue;
      const key = name.toLowerCase();
      let d = out.get(key);
      if (!d) {
        d = { kind: 'company', name, aliases: [], candidates: [], match: { tickers: [], isins: [] }, origin: 'curated-role-org' };
        out.set(key, d);
      }
      const span = [role.since && `since ${role.since}`, role.until && `until ${role.until}`].filter(Boolean).join(', ');
      d.candidates.push(cand(registry, 'person', { t: 'entity', v: { name: p.name } }, srcs, role.until ?? role.since, `${role.title}${span ? `, ${span}` : ''}`.slice(0, 1000)));
    }
  }
  return [...out.values()];
}

/**
 * Drafts for the owners and parents that issue 8 records name but nobody describes
 * ("Capri Holdings" of Michael Kors): each holds what the naming records say it holds, cited to
 * their pages. People ("Jessica Lessin" owns The Information), states and families stay names.
 */
export function ownerDrafts(orgs: readonly CuratedCompany[], registry: SourceRegistry, known: (name: string) => boolean): EntityDraft[] {
  const out = new Map<string, EntityDraft>();
  for (const rec of orgs) {
    for (const field of ['owner', 'parent'] as const) {
      const raw = rec[field];
      if (typeof raw !== 'string') continue;
      // The same cut as the relation fact itself (convert-companies.ts), so the link resolves.
      const name = splitQualifier(raw).name;
      const srcs = pick(rec.sources, [field]);
      if (!srcs.length || !nameable(name) || namedOnlyOwner(name) || known(name) || name === rec.name) continue;
      const key = name.toLowerCase();
      let d = out.get(key);
      if (!d) {
        d = { kind: 'company', name, aliases: [], candidates: [], match: { tickers: [], isins: [] }, origin: 'curated-owner' };
        out.set(key, d);
      }
      const held = rec.kind === 'brand' || rec.kind === 'media' ? 'brands' : 'subsidiaries';
      d.candidates.push(cand(registry, held, { t: 'list', v: [rec.name] }, srcs));
    }
  }
  return [...out.values()];
}

/** A shareholder entry that is a group of holders, a share class or a person's stake, not one organisation. */
const NOT_ONE_HOLDER = /%|\b(employees?|staff|management team|free float|flottante|streubesitz|flottant|institutional|retail|treasury|own shares|others?|various|municipalit\w*|comune|città|city|region\w*|province|provincia|canton\w*|land|republic|pension funds|investors|shareholders|heirs|state|consortium|consorzio|consorcio|of|via|through|and|e|y|und|et)\b|\s\/\s/iu;
/** Words that make a name an organisation's rather than a person's ("Siem Industries", "Norbel Inversiones"). */
const ORG_WORD = /\b(holdings?|capital|invest\w*|inversiones|partners|partecipazioni|participations?|beteiligungs?\w*|group|gruppo|groupe|grupo|funds?|fonds|fondo|bank|banca|banco|banque|trust|management|industries|industrie|ventures|equity|finance|financi\w+|finanz\w*|assets?|advis[eo]rs|hotels|automotive|energy|energia|international|global|gestion|enterprises?|topco|holdco|bidco|office|ag|sa|s\.?p\.?a\.?|srl|s\.?r\.?l\.?|ltd|limited|llc|l\.?p\.?|plc|gmbh|kg|kgaa|nv|bv|ab|asa|oy|oyj|se|inc|corp\w*|company|co|soci[eé]t[eéà]|sociedad|società|sgr|sicav|sca|sas|mutual|mutuelle|coop\w*|insurance|assurances?|assicurazioni|seguros)\b/iu;
/** Lower-case words inside a name ("Banco de Sabadell", "Caisse des Dépôts"). */
const PARTICLE = /^(?:de|di|da|du|des|del|della|delle|dei|der|den|von|van|la|le|les|los|las|el|y|e|et|und|&|d'\S*|l'\S*)$/u;
/** "Oberschwäbische Elektrizitätswerke (OEW, municipal association)": the press's acronym in the note. */
const ACRONYM_NOTE = /^\(?\s*(\p{Lu}[\p{Lu}\d&]{1,5})\s*(?:[,;)]|$)/u;

/** A holder's note that says it is a firm ("fund manager", "asset manager", "family office"). */
const FIRM_NOTE = /\b(?:fund manager|asset manager|investment (?:firm|manager|company|house)|family office|gestore|gestora|société de gestion|vermögensverwalter)\b/iu;

/** Foundations and public owners the person test must not take for people ("Dietmar Hopp Stiftung"). */
const NOT_A_PERSON_HOLDER = /\b(stiftung|fundación|fundació|fundação|foundation|fondation|fondazione|comune|treasury|trust|holding|invest\w*|capital|partners|group|fund|fonds)\b/iu;

/**
 * Drafts for the holders that curated company records name as major shareholders but nobody
 * describes, each holding the stakes the naming records state, cited to the pages that list
 * `major_shareholders`:
 * - organisations (a family holding, a fund, a strategic investor): investor cards. Families,
 *   states, public bodies, the free float and groups of holders ("Petrus Advisers and Teleios")
 *   stay names;
 * - people ("Ludwig Merckle (25.11%, 2010)", "Maja Oeri (7.6% of bearer shares)"): person cards,
 *   only for a name of two to four capitalised words whose first word is the first name of a
 *   person in the bundle (`firstName(word)`), so "Alberto Foà (22.5%)" is no investor.
 * Nothing is drafted for a name the bundle already goes by (`known`).
 */
export function holderDrafts(orgs: readonly CuratedCompany[], registry: SourceRegistry, known: (name: string) => boolean, firstName: (word: string) => boolean, employerOnly: (name: string) => EntityDraft | undefined = () => undefined): { organisations: EntityDraft[]; people: EntityDraft[] } {
  const people = new Map<string, EntityDraft>();
  const out = new Map<string, EntityDraft>();
  // A firm named after its founder ("Allan Gray (fund manager; 17.4%)"): a note that says what kind
  // of firm it is makes the name an organisation's in every list that gives it.
  const firms = new Set<string>();
  for (const rec of orgs) {
    for (const item of Array.isArray(rec.major_shareholders) ? rec.major_shareholders : []) {
      if (typeof item !== 'string') continue;
      const { name, detail } = splitQualifier(item);
      if (detail && FIRM_NOTE.test(detail)) firms.add(name.toLowerCase());
    }
  }
  for (const rec of orgs) {
    const list = rec.major_shareholders;
    if (!Array.isArray(list)) continue;
    const srcs = pick(rec.sources, ['major_shareholders']);
    if (!srcs.length) continue;
    for (const item of list) {
      if (typeof item !== 'string') continue;
      // "Rams Global, Swinger International and Sri Group": several holders in one entry.
      if (/^[^(]*\s(?:and|e|y|und|et)\s/u.test(item) || /^[^(]*;/.test(item)) continue;
      const { name, detail } = splitQualifier(item);
      if (!nameable(name) || namedOnlyOwner(name) || NOT_ONE_HOLDER.test(name) || name === rec.name) continue;
      const note = detail?.replace(/^\(|\)$/g, '').trim();
      // An organisation known only as people's employer ("777 Partners", Josh Wander's firm) is
      // the holder: it takes the stake (its kind stays: BHP holding a stake is no investor).
      const employer = employerOnly(name);
      if (employer) {
        employer.candidates.push(cand(registry, 'stake', { t: 'entity', v: { name: rec.name } }, srcs, undefined, note || undefined));
        continue;
      }
      if (known(name)) continue;
      const words = name.split(/\s+/);
      // "Australian industry superannuation funds": a description in lower case, not a name.
      if (words.slice(1).some((w) => /^\p{Ll}/u.test(w) && !PARTICLE.test(w))) continue;
      if (!/^[\p{Lu}\d]/u.test(name)) continue;
      const acronym = note?.match(ACRONYM_NOTE)?.[1];
      // A person's name: her first name first, or two or three capitalised words with no word
      // of an organisation's ("Miodrag Kostić"). People have no acronym in the note.
      if (!ORG_WORD.test(name) && !acronym && !firms.has(name.toLowerCase()) && (firstName(words[0]!) || (words.length >= 2 && words.length <= 3 && words.every((w) => /^\p{Lu}\p{Ll}/u.test(w))))) {
        if (firstName(words[0]!) && words.length >= 2 && words.length <= 4 && !NOT_A_PERSON_HOLDER.test(name) && words.every((w) => /^(?:\p{Lu}[\p{L}'’.-]*|de|di|da|del|della|van|von|der|den|le|la)$/u.test(w))) {
          const key = name.toLowerCase();
          const p = people.get(key) ?? { kind: 'person' as const, name, aliases: [], candidates: [], match: { tickers: [], isins: [] }, origin: 'curated-shareholder' };
          people.set(key, p);
          p.candidates.push(cand(registry, 'stake', { t: 'entity', v: { name: rec.name } }, srcs, undefined, note || undefined));
        }
        continue;
      }
      const key = name.toLowerCase();
      let d = out.get(key);
      if (!d) {
        d = { kind: 'investor', name, aliases: [], candidates: [], match: { tickers: [], isins: [] }, origin: 'curated-shareholder' };
        out.set(key, d);
      }
      if (acronym && acronym[0] === name[0]!.toUpperCase() && !d.aliases.some((a) => a.text === acronym)) d.aliases.push({ text: acronym });
      d.candidates.push(cand(registry, 'stake', { t: 'entity', v: { name: rec.name } }, srcs, undefined, note || undefined));
    }
  }
  return { organisations: [...out.values()], people: [...people.values()] };
}
