/**
 * Issue 8 data checks: the brands, units, investors, media and people added in
 * data/sources/curated/reach-*.jsonl reach the bundle with their kind and at least three cited
 * facts, and the relations between entities (owner, parent, manager, roles) point at entities
 * that exist, never loop, and are always cited.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { DATA_DIR } from '../../lib/facts/build/paths';
import { NON_COMPANY_ORGS } from '../../lib/facts/build/non-company-orgs';
import { namedOnlyOwner } from '../../lib/facts/build/extra-entities';
import { countriesClash } from '../../lib/facts/build/detail-country';
import { splitQualifier } from '../../lib/facts/build/fact-helpers';
import { namesakePeople } from '../../lib/facts/build/derived-people';
import { normaliseName } from '../../lib/facts/aliases';
import { loadBundleFromDisk } from '../../lib/facts/load-bundle-node';
import type { Entity, Fact, FactBundle } from '../../lib/facts/schema';

interface ReachRecord { name: string; kind?: string }
const reach = (file: string): ReachRecord[] =>
  readFileSync(join(DATA_DIR(), 'sources', 'curated', file), 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as ReachRecord);

/** Keys whose value points at another organisation. */
const ORG_LINKS = new Set(['owner', 'parent', 'manager']);
/** Owners and employers that are states or public bodies (by name or alias): named, never an entity of their own. */
const PUBLIC_BODY = new RegExp(`^(${NON_COMPANY_ORGS.flatMap((o) => [o.name, ...o.aliases]).map((n) => n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})$`, 'i');
/** States, public bodies and families are named, never entities; a person owner links to the person. */
const namedOwner = (name: string) => PUBLIC_BODY.test(name) || namedOnlyOwner(name) || personByName.has(name);
const MIN_FACTS = 3;

let bundle: FactBundle;
let byName: Map<string, Entity>;
let personByName: Map<string, Entity>;
let byId: Map<string, Entity>;
beforeAll(async () => {
  bundle = await loadBundleFromDisk();
  // Organisations and people are looked up apart: a founder may share a brand's name.
  // A record's name is the entity's name, or its first alias when the card shows a cleaner form
  // ("Walt Disney Company (The)" is shown as "The Walt Disney Company", display-names.ts).
  // Names win over such aliases.
  const orgEntities = bundle.entities.filter((e) => e.kind !== 'person');
  byName = new Map([...orgEntities.map((e) => [e.aliases[0]?.text ?? e.name, e] as const), ...orgEntities.map((e) => [e.name, e] as const)]);
  personByName = new Map(bundle.entities.filter((e) => e.kind === 'person').map((e) => [e.name, e]));
  byId = new Map(bundle.entities.map((e) => [e.id, e]));
}, 120_000);

const linkName = (f: Fact) => (f.value.t === 'entity' ? f.value.v.name : f.value.t === 'role' ? f.value.org.name : undefined);
const linkId = (f: Fact) => (f.value.t === 'entity' ? f.value.v.id : f.value.t === 'role' ? f.value.org.id : undefined);
const entityOf = (r: ReachRecord, isPerson: boolean) => (isPerson ? personByName : byName).get(r.name);
const isLink = (f: Fact) => (ORG_LINKS.has(f.key) && f.value.t === 'entity') || f.value.t === 'role';

describe('issue 8 additions', () => {
  const orgs = reach('reach-orgs.jsonl');
  const people = reach('reach-people.jsonl');

  it('adds each record once, as an entity of its stated kind', () => {
    // Per file: a brand may carry its founder's name ("Yves Rocher"), a card of each kind.
    for (const names of [orgs.map((r) => r.name), people.map((r) => r.name)]) expect(names.filter((n, i) => names.indexOf(n) !== i)).toEqual([]);
    const wrong = [...orgs.map((r) => [r, r.kind ?? 'company'] as const), ...people.map((r) => [r, 'person'] as const)]
      .filter(([r, kind]) => entityOf(r, kind === 'person')?.kind !== kind)
      .map(([r, kind]) => `${r.name}: expected ${kind}, got ${entityOf(r, kind === 'person')?.kind ?? 'nothing'}`);
    expect(wrong).toEqual([]);
  });

  it('holds no empty, null or "undefined" value left by a merge script in any field', () => {
    const bad: string[] = [];
    // "null" alone or after a colon is a script's; in a German title ("für null") it is a word.
    const walk = (v: unknown, path: string): void => {
      if (v === null || v === undefined || (typeof v === 'string' && (!v.trim() || /\bundefined\b|^null$|[:=]\s*null\b/.test(v)))) bad.push(path);
      else if (Array.isArray(v)) v.forEach((x, i) => walk(x, `${path}[${i}]`));
      // Addresses are copied as the page gives them ("?srnd=undefined" is part of one).
      else if (typeof v === 'object') for (const [k, x] of Object.entries(v)) if (k !== 'url') walk(x, `${path}.${k}`);
    };
    for (const r of [...orgs, ...people]) walk(r, r.name);
    expect(bad).toEqual([]);
  });

  it('extends a person the first gathering already holds instead of adding a twin (namesakes apart)', () => {
    const names = bundle.entities.filter((e) => e.kind === 'person').map((e) => e.name.toLowerCase());
    const counts = new Map<string, number>();
    for (const n of names) counts.set(n, (counts.get(n) ?? 0) + 1);
    // Only the people the namesake table keeps apart share a name, each as often as it says.
    expect(new Map([...counts].filter(([, k]) => k > 1))).toEqual(namesakePeople());
  });

  it('gives every added entity at least three cited facts besides its one-line summary', () => {
    const thin = [...orgs.map((r) => entityOf(r, false)), ...people.map((r) => entityOf(r, true))].filter((e): e is Entity => !!e)
      .filter((e) => e.facts.filter((f) => f.key !== 'description' && f.sources.length > 0).length < MIN_FACTS)
      .map((e) => e.id);
    expect(thin).toEqual([]);
  });

  it('resolves every owner, parent, manager and employer they name to an entity (or a named public body)', () => {
    const open: string[] = [];
    for (const [r, isPerson] of [...orgs.map((r) => [r, false] as const), ...people.map((r) => [r, true] as const)]) {
      for (const f of entityOf(r, isPerson)?.facts ?? []) {
        if (isLink(f) && !linkId(f) && !namedOwner(linkName(f) ?? '')) open.push(`${r.name}.${f.key} -> ${linkName(f)}`);
      }
    }
    expect(open).toEqual([]);
  });

  it('makes the outlets the press cites media entities with an owner or a home', () => {
    const added = orgs.filter((r) => r.kind === 'media').map((r) => entityOf(r, false)!);
    expect(bundle.entities.filter((e) => e.kind === 'media').length).toBeGreaterThanOrEqual(10);
    const bare = added.filter((e) => !e.facts.some((f) => ['owner', 'parent', 'hq', 'country'].includes(f.key))).map((e) => e.id);
    expect(bare).toEqual([]);
  });
});

describe('relations in the whole bundle', () => {
  it('never turn a public body (central bank, regulator, EU institution) into a company', () => {
    const norm = (s: string) => s.toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[^a-z0-9]+/g, ' ').trim();
    const bodies = new Set(NON_COMPANY_ORGS.flatMap((o) => [o.name, ...o.aliases]).map(norm));
    const companies = bundle.entities.filter((e) => e.kind === 'company' && bodies.has(norm(e.name))).map((e) => e.id);
    expect(companies).toEqual([]);
  });
  it('never point at a missing entity', () => {
    const dangling = bundle.entities.flatMap((e) => e.facts.filter(isLink).filter((f) => linkId(f) && !byId.has(linkId(f)!)).map((f) => `${e.id}.${f.key}`));
    expect(dangling).toEqual([]);
  });

  it('are cited: every owner / parent / manager / role fact has a source that exists', () => {
    const sources = new Set(bundle.sources.map((s) => s.id));
    const uncited = bundle.entities.flatMap((e) => e.facts.filter(isLink).filter((f) => f.sources.length === 0 || f.sources.some((s) => !sources.has(s))).map((f) => `${e.id}.${f.key}`));
    expect(uncited).toEqual([]);
  });

  it('form no ownership cycle (owner / parent / manager chains end)', () => {
    const up = new Map<string, string[]>();
    for (const e of bundle.entities) {
      const targets = e.facts.filter((f) => ORG_LINKS.has(f.key)).map(linkId).filter((x): x is string => !!x && x !== e.id);
      if (targets.length) up.set(e.id, targets);
    }
    const cycles: string[] = [];
    const state = new Map<string, 'open' | 'done'>();
    const visit = (id: string, path: string[]) => {
      if (state.get(id) === 'done') return;
      if (state.get(id) === 'open') {
        cycles.push([...path.slice(path.indexOf(id)), id].join(' -> '));
        return;
      }
      state.set(id, 'open');
      for (const next of up.get(id) ?? []) visit(next, [...path, id]);
      state.set(id, 'done');
    };
    for (const id of up.keys()) visit(id, []);
    expect(cycles).toEqual([]);
  });

  it('show a linked entity under its card name, not an index sort form ("Lilly (Eli)")', () => {
    const sortForms = bundle.entities.flatMap((e) => e.facts.filter(isLink).map((f) => {
      const v = f.value;
      const name = v.t === 'entity' ? v.v.name : v.t === 'role' ? v.org.name : '';
      const target = byId.get(linkId(f) ?? '');
      return target && name !== target.name && /\((?:The|Eli|corporation|brand|Lotterie|Beteiligungsgesellschaft|\d{4}\s*[–-]\s*present)\)$/.test(name) ? `${e.id}: ${name}` : '';
    })).filter(Boolean);
    expect(sortForms).toEqual([]);
  });

  it('link a name written in full to the entity of that name before one it shares a short form with', () => {
    // "Porsche AG" (the carmaker) and "Porsche SE" (the holding) both shorten to "Porsche".
    const carmaker = byName.get('Porsche AG')!;
    const holding = byName.get('Porsche SE')!;
    const parentOf = (e: Entity) => e.facts.filter((f) => f.key === 'parent').map(linkId);
    expect(parentOf(carmaker)).toContain(byName.get('Volkswagen Group')!.id);
    expect(parentOf(holding)).not.toContain(byName.get('Volkswagen Group')!.id);
    const leiters = personByName.get('Michael Leiters')!;
    expect(leiters.facts.filter((f) => f.key === 'role' && f.value.t === 'role' && f.value.org.name === 'Porsche AG').map(linkId)).toEqual(expect.arrayContaining([carmaker.id]));
    expect(leiters.facts.some((f) => f.key === 'role' && linkId(f) === holding.id)).toBe(false);
    // Belén Garijo runs Merck KGaA, not the US Merck & Co.
    const garijo = personByName.get('Belén Garijo')!;
    expect(garijo.facts.filter((f) => f.key === 'role').map(linkId)).toContain(byName.get('Merck Group')!.id);
    expect(garijo.facts.filter((f) => f.key === 'role').map(linkId)).not.toContain(byName.get('Merck & Co.')!.id);
  });

  it('give a listed unit its owner only when the list\'s detail names the unit\'s own country', () => {
    // CAF lists "Solaris (Polish bus maker)"; the Berlin bank Solaris SE is a namesake.
    interface Listing { name: string; subsidiaries?: string[]; brands?: string[] }
    const listings = [...reach('companies.jsonl'), ...reach('reach-orgs.jsonl')] as Listing[];
    // As the build finds them: "Solaris" is the normalised name of "Solaris SE".
    const byNormalName = new Map(bundle.entities.filter((e) => e.kind !== 'person').flatMap((e) => [e.name, ...e.aliases.map((a) => a.text)].map((n) => [normaliseName(n), e] as const)).reverse());
    const clashes = listings.flatMap((owner) => [...(owner.subsidiaries ?? []), ...(owner.brands ?? [])].flatMap((item) => {
      const { name, detail } = splitQualifier(item);
      const unit = byName.get(name) ?? byNormalName.get(normaliseName(name));
      const country = unit?.facts.find((f) => f.key === 'country');
      if (!unit || country?.value.t !== 'text' || !countriesClash(detail, country.value.v)) return [];
      return unit.facts.filter((f) => (f.key === 'parent' || f.key === 'owner') && linkName(f) === owner.name).map(() => `${unit.name} (${country.value.t === 'text' ? country.value.v : ''}) under ${owner.name}: ${item}`);
    }));
    expect(clashes).toEqual([]);
    expect(byName.get('Solaris SE')!.facts.some((f) => f.key === 'parent' && linkName(f) === 'CAF')).toBe(false);
  });

  it('give no owner to a company that an owner\'s brand list only shares a name with', () => {
    // Yachts, tools, a magazine, a supermarket, eyewear under licence, ceramics: brands named like
    // another company (with or without its "Group"), which must not become that company's owner.
    const wrong: Array<[string, string]> = [
      ['Admiral Group', 'The Italian Sea Group'], ['Zebra Technologies', 'Würth'], ['Capital Group', 'Prisma Media'],
      ['Match Group', 'Groupe Louis Delhaize'], ['Moncler', 'Marcolin'], ['Leonardo', "Cooperativa Ceramica d'Imola"],
      ['Azimut Holding', 'Azimut Benetti'], ['Aramis Group', 'The Estée Lauder Companies'],
    ];
    const owners = (name: string) => byName.get(name)!.facts.filter((f) => f.key === 'owner' || f.key === 'parent').map(linkName);
    expect(wrong.filter(([company, owner]) => owners(company).includes(owner))).toEqual([]);
    // A brand that is the company itself still links (Kering's Gucci).
    expect(owners('Gucci')).toContain('Kering');
  });

  it('link the people an organisation lists to their person cards', () => {
    // An employer known only from people's roles lists them: a button to each person's card,
    // not plain text.
    const unlinked = bundle.entities.flatMap((e) => e.facts.filter((f) => f.key === 'person' && f.value.t === 'entity' && !f.value.v.id && personByName.has(f.value.v.name)).map((f) => `${e.id}: ${f.value.t === 'entity' ? f.value.v.name : ''}`));
    expect(unlinked).toEqual([]);
    const linked = bundle.entities.flatMap((e) => e.facts.filter((f) => f.key === 'person' && linkId(f)));
    expect(linked.length).toBeGreaterThan(500);
  });

  it("give a person a company record's role only where something ties her to the company", () => {
    const roles = (name: string) => (personByName.get(name)?.facts ?? []).filter((f) => f.value.t === 'role').map((f) => (f.value.t === 'role' ? f.value.org.name : ''));
    // Suez's record names Thierry Déau, who has his own record (Meridiam, Suez's main shareholder), its chair.
    expect(roles('Thierry Déau')).toContain('Suez');
    // Tata Motors' chairman chairs Jaguar Land Rover: the title names his employer.
    expect(roles('Natarajan Chandrasekaran')).toContain('Jaguar Land Rover');
    // Namesakes: DJI's founder is not Huawei's Frank Wang, Air France-KLM's chief not Semafor's Ben Smith.
    expect(roles('Frank Wang')).not.toContain('Huawei');
    expect(roles('Ben Smith')).not.toContain('Semafor');
  });

  it("give a company's person a card of her own when the one record of that name is a known namesake", () => {
    // merge.ts keeps these apart; the company's role must not vanish with the namesake's record.
    const cardAt = (name: string, org: string) => bundle.entities.filter((e) => e.kind === 'person' && e.name === name && e.facts.some((f) => f.value.t === 'role' && f.value.org.name === org));
    for (const [name, org, namesake] of [['Peter Fankhauser', 'Thomas Cook Group', 'Péter Fankhauser'], ['John Kelly', 'Ladbrokes Coral', 'John Kelly (Southern Cross Austereo)'], ['Jesús Martínez', 'Iberdrola', 'Jesús Martínez Patiño']] as const) {
      expect(cardAt(name, org), `${name} at ${org}`).toHaveLength(1);
      expect(cardAt(name, org)[0]!.id).not.toBe(personByName.get(namesake)?.id);
    }
  });
  it('give the holdings and funds a shareholder list names a card of their own, linked to the company', () => {
    // "through Norbel Inversiones", "Siem Industries has signed": the holder the story names.
    const stakes = (name: string) => (byName.get(name)?.facts ?? []).filter((f) => f.key === 'stake');
    for (const [holder, company] of [['Norbel Inversiones', 'Laboratorios Rovi'], ['Siem Industries', 'Subsea7']] as const) {
      expect(byName.get(holder)?.kind).toBe('investor');
      const held = stakes(holder).map((f) => byId.get(linkId(f) ?? '')?.name);
      expect(held).toContain(byName.get(company)!.name);
    }
    // Every stake links to a card and is cited; a holder named like a known company's first
    // words ("Intesa") or like a surname ("Bellon") takes neither name.
    const loose = bundle.entities.flatMap((e) => e.facts.filter((f) => f.key === 'stake' && (!linkId(f) || !byId.has(linkId(f)!) || f.sources.length === 0)).map(() => e.id));
    expect(loose).toEqual([]);
    const holderOf = (alias: string) => bundle.entities.filter((e) => e.facts.some((f) => f.key === 'stake') && e.facts.every((f) => f.key === 'stake') && e.aliases.some((a) => a.text === alias)).map((e) => e.id);
    expect(holderOf('Intesa')).toEqual([]);
    expect(holderOf('Bellon')).toEqual([]);
    expect(holderOf('Management')).toEqual([]);
  });
  it('give no owner from a licence, a franchise, a spin-off done or a minority stake', () => {
    const owners = (name: string) => (byName.get(name)?.facts ?? []).filter((f) => f.key === 'owner' || f.key === 'parent').map(linkName);
    // The franchisors own KFC and Pizza Hut, not the Iberian franchisees that list them.
    expect(owners('KFC')).toEqual(['Yum! Brands']);
    // Marcolin makes Zegna's eyewear under licence; Delfin holds a third of EssilorLuxottica;
    // Tata Motors demerged its commercial vehicles in 2025.
    expect(owners('Ermenegildo Zegna Group')).not.toContain('Marcolin');
    expect(owners('EssilorLuxottica')).not.toContain('Delfin');
    expect(owners('TML Commercial Vehicles')).not.toContain('Tata Motors');
    // A majority holding still makes a parent.
    expect(owners('OPmobility')).toContain('Burelle SA');
  });
});
