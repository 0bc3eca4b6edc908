import * as v from 'valibot';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadBundleFromDisk, loadMatchIndexFromDisk, loadMetaFromDisk } from '../../lib/facts/load-bundle-node';
import { FactBundle, type Fact, type FactBundle as Bundle } from '../../lib/facts/schema';
import type { MatchIndexData } from '../../lib/match/compile-index';
import { findMentions, loadMatchIndex } from '../../lib/match/index';

let bundle: Bundle;
let matchIndex: MatchIndexData;

beforeAll(async () => {
  bundle = await loadBundleFromDisk();
  matchIndex = await loadMatchIndexFromDisk();
}, 120_000);

function allFacts(b: Bundle): { where: string; fact: Fact }[] {
  return [
    ...b.entities.flatMap((e) => e.facts.map((fact) => ({ where: `${e.id}.${fact.key}`, fact }))),
    ...b.deals.flatMap((d) => (d.facts ?? []).map((fact) => ({ where: `${d.id}.${fact.key}`, fact }))),
  ];
}

describe('compiled fact bundle', () => {
  it('validates against the FactBundle schema', () => {
    const r = v.safeParse(FactBundle, bundle);
    expect(r.success ? [] : r.issues.slice(0, 3).map((i) => i.message)).toEqual([]);
  });

  it('leaves public bodies their names: an entity holds one only as its own name or ticker (BCE Inc\'s "BCE")', async () => {
    const { nonCompanyBlockList } = await import('../../lib/facts/build/non-company-orgs');
    const { normaliseName, stripLegalSuffix } = await import('../../lib/facts/aliases');
    const publicNames = new Set(nonCompanyBlockList().map(normaliseName));
    const taken = bundle.entities.flatMap((e) => e.aliases.filter((a) => publicNames.has(normaliseName(a.text)) && !a.flags?.ticker && normaliseName(stripLegalSuffix(e.name)) !== normaliseName(a.text)).map((a) => `${e.name}: ${a.text}`));
    expect(taken).toEqual([]);
  });

  it('meets the size targets: 1,500+ companies, 150+ people, 80+ deals', async () => {
    const kind = (k: string) => bundle.entities.filter((e) => e.kind === k).length;
    expect(kind('company')).toBeGreaterThanOrEqual(1500);
    expect(kind('person')).toBeGreaterThanOrEqual(150);
    expect(bundle.deals.length).toBeGreaterThanOrEqual(80);
    const meta = await loadMetaFromDisk();
    expect(meta.version).toBe(bundle.version);
    expect(meta.dataDate).toBe(bundle.dataDate);
  });

  it('gives every fact and every conflicting value a source and an as-of', () => {
    const bad = allFacts(bundle).filter(({ fact }) =>
      fact.sources.length === 0 || !fact.asOf || (fact.conflicts ?? []).some((c) => c.sources.length === 0 || !c.asOf),
    );
    expect(bad.map((b) => b.where)).toEqual([]);
    expect(bundle.deals.filter((d) => d.sources.length === 0).map((d) => d.id)).toEqual([]);
  });

  it('references only sources that exist', () => {
    const ids = new Set(bundle.sources.map((s) => s.id));
    const missing = new Set<string>();
    for (const { fact } of allFacts(bundle)) {
      for (const s of [...fact.sources, ...(fact.conflicts ?? []).flatMap((c) => c.sources)]) if (!ids.has(s)) missing.add(s);
    }
    for (const d of bundle.deals) for (const s of d.sources) if (!ids.has(s)) missing.add(s);
    if (!ids.has(bundle.fx.source)) missing.add(bundle.fx.source);
    expect([...missing]).toEqual([]);
  });

  it('has no dangling entity references in facts or deals', () => {
    const ids = new Set(bundle.entities.map((e) => e.id));
    const dangling: string[] = [];
    for (const { where, fact } of allFacts(bundle)) {
      for (const value of [fact.value, ...(fact.conflicts ?? []).map((c) => c.value)]) {
        const ref = value.t === 'entity' ? value.v : value.t === 'role' ? value.org : undefined;
        if (ref?.id && !ids.has(ref.id)) dangling.push(`${where} -> ${ref.id}`);
      }
    }
    for (const d of bundle.deals) {
      for (const p of [...d.acquirers, d.target]) if (p.id && !ids.has(p.id)) dangling.push(`${d.id} -> ${p.id}`);
    }
    expect(dangling).toEqual([]);
  });

  it('keeps aliases unique per entity, and flags any alias two entities share', () => {
    // One spelling per alias, ignoring case, except a name its owner writes in lower case
    // ("maxingvest") and a title-case form the press writes for a name in capitals ("Prisa" of
    // PRISA), which are kept beside the other spelling.
    const ownLower = (t: string) => /\p{Ll}/u.test(t) && !/\p{Lu}/u.test(t);
    const titleOfCapitals = (t: string, e: (typeof bundle.entities)[number]) => /^\p{Lu}\p{Ll}+$/u.test(t) && e.aliases.some((a) => a.text === t.toUpperCase());
    const dupes = bundle.entities.filter((e) => {
      const other = e.aliases.filter((a) => !ownLower(a.text) && !titleOfCapitals(a.text, e)).map((a) => a.text.toLowerCase());
      return new Set(other).size !== other.length || new Set(e.aliases.map((a) => a.text)).size !== e.aliases.length;
    });
    expect(dupes.map((e) => e.id)).toEqual([]);
    const holders = new Map<string, { id: string; flagged: boolean; press?: readonly string[] }[]>();
    for (const e of bundle.entities) {
      for (const a of e.aliases) {
        const list = holders.get(a.text.toLowerCase()) ?? [];
        // Shared by language ("Merck": the German group outside English) counts as resolved.
        // A surname that counts only after the person's full name ("MacGregor" beside Cargotec's
        // brand) is resolved by the document, like a shared name by language.
        if (a.flags?.surname && a.flags.ownerContext) continue;
        if (!list.some((h) => h.id === e.id)) list.push({ id: e.id, flagged: !!a.flags?.ambiguous, press: a.flags?.press });
        holders.set(a.text.toLowerCase(), list);
      }
    }
    const byLanguage = (list: { press?: readonly string[] }[]) => {
      const langs = list.flatMap((h) => h.press ?? []);
      return list.every((h) => h.press?.length) && new Set(langs).size === langs.length;
    };
    const unflagged = [...holders].filter(([, list]) => list.length > 1 && list.some((h) => !h.flagged) && !byLanguage(list)).map(([t]) => t);
    expect(unflagged).toEqual([]);
  });

  it('uses stable, name-derived ids', () => {
    const ids = new Set(bundle.entities.map((e) => e.id));
    for (const id of ['c:openai', 'c:mediobanca', 'c:meta-platforms', 'p:elon-musk', 'p:sam-altman']) expect(ids.has(id), id).toBe(true);
    expect(ids.size).toBe(bundle.entities.length);
  });

  it('links brands to a cited owner, and has no ownership cycles', () => {
    const brands = bundle.entities.filter((e) => e.kind === 'brand');
    expect(brands.length).toBeGreaterThan(0);
    for (const b of brands) {
      const owner = b.facts.find((f) => f.key === 'owner');
      expect(owner?.value.t === 'entity' && owner.value.v.id, b.id).toBeTruthy();
    }
    const parentOf = new Map<string, string>();
    for (const e of bundle.entities) {
      const f = e.facts.find((x) => (x.key === 'parent' || x.key === 'owner') && x.value.t === 'entity' && x.value.v.id);
      if (f && f.value.t === 'entity') parentOf.set(e.id, f.value.v.id!);
    }
    const cycles: string[] = [];
    for (const start of parentOf.keys()) {
      const seen = new Set<string>([start]);
      for (let at = parentOf.get(start); at; at = parentOf.get(at)) {
        if (seen.has(at)) {
          cycles.push(start);
          break;
        }
        seen.add(at);
      }
    }
    expect(cycles).toEqual([]);
  });

  it('holds the Musk-led 97.4 billion USD bid for OpenAI, rejected, with sources', () => {
    const deal = bundle.deals.find((d) => d.id === 'd:2025-02-10-openai-bid');
    expect(deal).toBeDefined();
    expect(deal!.kind).toBe('bid');
    expect(deal!.status).toBe('rejected');
    expect(deal!.announced).toBe('2025-02-10');
    expect(deal!.amount).toEqual({ amount: 97_400_000_000, currency: 'USD' });
    expect(deal!.target.id).toBe('c:openai');
    expect(deal!.acquirers.map((a) => a.id)).toContain('p:elon-musk');
    expect(deal!.title).toBe("Musk-led consortium's bid for OpenAI");
    expect(deal!.sources.length).toBeGreaterThanOrEqual(2);
  });

  it('keeps conflicting values instead of dropping them (SpaceX founding date)', () => {
    const spacex = bundle.entities.find((e) => e.id === 'c:spacex')!;
    const founded = spacex.facts.find((f) => f.key === 'founded')!;
    expect(founded.conflicts?.length).toBeGreaterThan(0);
  });

  it('never reports regulators or public bodies, and has no bundle entity for them', () => {
    const index = loadMatchIndex(matchIndex);
    // Our own sentence, naming bodies next to companies.
    const text = 'Secondo la Consob, il Banco de España e la Commissione europea, la SEC e la CNMV vigilano su Mediobanca.';
    const found = findMentions(index, text, { lang: 'it' });
    expect(found.map((m) => m.surface)).toEqual(['Mediobanca']);
    expect(bundle.entities.filter((e) => /^(consob|cnmv|banco de españa|sec|commissione europea)$/i.test(e.name))).toEqual([]);
  });

  it('keeps the FX table rectangular and the currencies unique', () => {
    expect(bundle.fx.rates.length).toBe(bundle.fx.currencies.length);
    for (const row of bundle.fx.rates) expect(row.length).toBe(bundle.fx.dates.length);
    expect([...bundle.fx.dates].sort()).toEqual(bundle.fx.dates);
    expect(new Set(bundle.currencies.map((c) => c.code)).size).toBe(bundle.currencies.length);
    const usd = bundle.fx.rates[bundle.fx.currencies.indexOf('USD')]!;
    expect(usd[usd.length - 1]).toBeGreaterThan(0.5);
  });
});
