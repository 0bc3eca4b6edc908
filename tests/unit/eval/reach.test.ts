import { describe, expect, it } from 'vitest';
import { parseReachDoc, scoreReach } from '../../../lib/eval/reach';
import type { FactBundle } from '../../../lib/facts/schema';

const fact = (key: string) => ({ key, value: { t: 'text' as const, v: 'x' }, asOf: '2025', sources: ['s:1'] });
/** A bundle written for the test: a described company, a thin one, a described person. */
const bundle = {
  entities: [
    { id: 'c:kering', kind: 'company', name: 'Kering', aliases: [{ text: 'Kering' }], facts: [fact('hq'), fact('ceo'), fact('founded'), fact('description')] },
    { id: 'b:thin', kind: 'brand', name: 'Thinbrand', aliases: [{ text: 'Thinbrand' }], facts: [fact('description')] },
    { id: 'c:pro7', kind: 'company', name: 'ProSiebenSat.1 Media', aliases: [{ text: 'ProSiebenSat.1 Media' }], facts: [fact('hq')] },
    { id: 'p:dm', kind: 'person', name: 'Luca de Meo', aliases: [{ text: 'Luca de Meo' }], facts: [fact('role'), fact('born'), fact('education')] },
  ],
} as unknown as FactBundle;

describe('reach coverage fixtures', () => {
  it('strips the marks and keeps exact spans and canonical names', () => {
    const doc = parseReachDoc('[[o:Kering]] hires [[p:de Meo|Luca de Meo]].', 'it/x.txt', 'it');
    expect(doc.text).toBe('Kering hires de Meo.');
    expect(doc.names.map((n) => [n.kind, doc.text.slice(n.start, n.end), n.canonical])).toEqual([['org', 'Kering', 'Kering'], ['person', 'de Meo', 'Luca de Meo']]);
  });

  it('rejects a malformed mark instead of scoring it', () => {
    expect(() => parseReachDoc('[[Kering]] said', 'it/x.txt', 'it')).toThrow(/malformed/);
  });

  it('counts a name once per article, covered only when found as that entity with a cited fact', () => {
    const doc = parseReachDoc('[[o:Kering]] and [[o:Kering]], [[o:Thinbrand]], [[o:Nobody SpA]], [[p:Luca de Meo]], [[o:ProSiebenSat.1]].', 'it/x.txt', 'it');
    const at = (s: string) => doc.text.indexOf(s);
    const mentions = [
      { kind: 'company' as const, id: 'c:kering', name: 'Kering', surface: 'Kering', start: at('Kering'), end: at('Kering') + 6 },
      { kind: 'company' as const, id: 'b:thin', name: 'Thinbrand', surface: 'Thinbrand', start: at('Thinbrand'), end: at('Thinbrand') + 9 },
      { kind: 'company' as const, id: 'c:pro7', name: 'ProSiebenSat.1 Media', surface: 'ProSiebenSat.1', start: at('ProSieben'), end: at('ProSieben') + 14 },
    ];
    const report = scoreReach(bundle, [{ doc, mentions }]);
    const t = report.byLang.get('it')!;
    // "ProSiebenSat.1" is not a name the bundle lists: covered through the mention found on its span, counted apart.
    expect(t.org).toEqual({ names: 4, covered: 2, notFound: 0, unknown: 1, thin: 1, full: 1, shorter: 1, unit: 0, owner: 0 });
    expect(t.person).toEqual({ names: 1, covered: 0, notFound: 1, unknown: 0, thin: 0, full: 0, shorter: 0, unit: 0, owner: 0 });
    expect(report.misses.map((m) => `${m.why}:${m.surface}`)).toEqual(['thin:Thinbrand', 'unknown:Nobody SpA', 'not found:Luca de Meo']);
  });
});

describe('units on the span', () => {
  const withUnits = {
    entities: [
      ...bundle.entities,
      { id: 'c:kering-eyewear', kind: 'company', name: 'Kering Eyewear', aliases: [{ text: 'Kering Eyewear' }], facts: [fact('hq'), { key: 'parent', value: { t: 'entity', v: { id: 'c:kering', name: 'Kering' } }, asOf: '2025', sources: ['s:1'] }] },
      { id: 'c:other', kind: 'company', name: 'Other Optics', aliases: [{ text: 'Other Optics' }], facts: [fact('hq')] },
    ],
  } as unknown as FactBundle;

  it("count a unit found on the whole span the writers marked as its owner, apart, and nothing else", () => {
    const doc = parseReachDoc('[[o:Kering Eyewear|Kering]] grows; [[o:Kering Optics|Kering]] too.', 'it/u.txt', 'it');
    const at = (s: string) => doc.text.indexOf(s);
    const report = scoreReach(withUnits, [{ doc, mentions: [
      { kind: 'company' as const, id: 'c:kering-eyewear', name: 'Kering Eyewear', surface: 'Kering Eyewear', start: at('Kering Eyewear'), end: at('Kering Eyewear') + 14 },
    ] }]);
    expect(report.byLang.get('it')!.org).toMatchObject({ names: 1, covered: 1, unit: 1 });
    // An unrelated company on the span, or a unit on part of it, covers nothing.
    const doc2 = parseReachDoc('[[o:Other Optics|Kering]] grows; [[o:Kering Eyewear Italia|Kering]] too.', 'it/v.txt', 'it');
    const at2 = (s: string) => doc2.text.indexOf(s);
    const report2 = scoreReach(withUnits, [{ doc: doc2, mentions: [
      { kind: 'company' as const, id: 'c:other', name: 'Other Optics', surface: 'Other Optics', start: at2('Other'), end: at2('Other') + 12 },
      { kind: 'company' as const, id: 'c:kering-eyewear', name: 'Kering Eyewear', surface: 'Kering Eyewear', start: at2('Kering Eyewear'), end: at2('Kering Eyewear') + 14 },
    ] }]);
    expect(report2.byLang.get('it')!.org).toMatchObject({ names: 1, covered: 0, unit: 0, notFound: 1 });
  });

  it('count the owner the text names by its own name for the unit the writers meant, apart, and not under another name', () => {
    const doc = parseReachDoc('[[o:Kering|Kering Eyewear]] grows.', 'it/w.txt', 'it');
    const kering = { kind: 'company' as const, id: 'c:kering', name: 'Kering', surface: 'Kering', start: 0, end: 6 };
    const report = scoreReach(withUnits, [{ doc, mentions: [kering] }]);
    expect(report.byLang.get('it')!.org).toMatchObject({ names: 1, covered: 1, owner: 1, unit: 0 });
    // "KE" is not a name of Kering: the owner found there covers nothing.
    const doc2 = parseReachDoc('[[o:KE|Kering Eyewear]] grows.', 'it/x.txt', 'it');
    const report2 = scoreReach(withUnits, [{ doc: doc2, mentions: [{ ...kering, surface: 'KE', end: 2 }] }]);
    expect(report2.byLang.get('it')!.org).toMatchObject({ names: 1, covered: 0, owner: 0, notFound: 1 });
  });
});

describe('gold names resolved through the bundle', () => {
  it('prefer an exact name or alias to a name that only matches without its suffix', async () => {
    const { makeResolver } = await import('../../../lib/eval/resolve-gold');
    const banks = {
      entities: [
        { id: 'c:citi-holdings', kind: 'company', name: 'Citi Holdings', aliases: [], facts: [] },
        { id: 'c:citigroup', kind: 'company', name: 'Citigroup', aliases: [{ text: 'Citi' }], facts: [] },
        { id: 'c:ferrovial', kind: 'company', name: 'Ferrovial SE', aliases: [], facts: [] },
      ],
    } as unknown as FactBundle;
    const r = makeResolver(banks);
    expect(r.resolve('Citi', 'companies')).toBe('c:citigroup');
    expect(r.resolve('Citi Holdings', 'companies')).toBe('c:citi-holdings');
    expect(r.resolve('Ferrovial', 'companies')).toBe('c:ferrovial');
    expect(r.resolve('Ferrovial', 'people')).toBeUndefined();
  });

  it('resolve a name an alias-less unit lost in the build to the entity that holds it as an alias', async () => {
    const { makeResolver } = await import('../../../lib/eval/resolve-gold');
    const telecoms = {
      entities: [
        { id: 'c:digi', kind: 'company', name: 'Digi', aliases: [], facts: [] },
        { id: 'c:digi-communications', kind: 'company', name: 'Digi Communications', aliases: [{ text: 'Digi Communications' }, { text: 'Digi' }], facts: [] },
      ],
    } as unknown as FactBundle;
    expect(makeResolver(telecoms).resolve('Digi', 'companies')).toBe('c:digi-communications');
  });

  it('fall back to a spelling without accents and ligatures, when it names one entity only', async () => {
    const { makeResolver } = await import('../../../lib/eval/resolve-gold');
    const shipping = {
      entities: [
        { id: 'c:maersk', kind: 'company', name: 'A.P. Moller-Maersk', aliases: [{ text: 'A.P. Møller – Maersk' }], facts: [] },
        { id: 'c:muller-a', kind: 'company', name: 'Müller AG', aliases: [], facts: [] },
        { id: 'c:muller-b', kind: 'company', name: 'Muller AG', aliases: [], facts: [] },
      ],
    } as unknown as FactBundle;
    const r = makeResolver(shipping);
    expect(r.resolve('A.P. Møller-Mærsk', 'companies')).toBe('c:maersk');
    expect(r.resolve('Müller AG', 'companies')).toBe('c:muller-a');
    expect(r.resolve('Mueller', 'companies')).toBeUndefined();
    expect(r.resolve('Mùller AG', 'companies')).toBeUndefined();
  });
});
