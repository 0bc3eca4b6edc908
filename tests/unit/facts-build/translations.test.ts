import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import * as v from 'valibot';
import { compileFacts } from '../../../lib/facts/build/compile';
import { convertCompany } from '../../../lib/facts/build/convert-companies';
import { convertDeal } from '../../../lib/facts/build/convert-deals';
import { convertPerson } from '../../../lib/facts/build/convert-people';
import type { CuratedCompany, CuratedDeal, CuratedPerson } from '../../../lib/facts/build/curated-types';
import { IdAllocator } from '../../../lib/facts/build/ids';
import { DATA_DIR } from '../../../lib/facts/build/paths';
import { NameResolver } from '../../../lib/facts/build/resolver';
import { SourceRegistry } from '../../../lib/facts/build/source-registry';
import { englishFingerprint, matchTranslations, parseTranslationLines, type TranslatedFile } from '../../../lib/facts/build/translations';
import { resolveFact } from '../../../lib/facts/prefer';
import { Fact, FactPack } from '../../../lib/facts/schema';
import { localText } from '../../../lib/card/fact-view';
import { toSearchDocument } from '../../../lib/search/document';

// Invented records in the curated shape (not real data).
const company: CuratedCompany = {
  name: 'Fabbrica Esempio S.p.A.',
  hq: 'Torino',
  description_en: 'Turin maker of example widgets, founded in 1990.',
  sources: [
    { url: 'https://news.example.org/a', title: 'Esempio grows (Example News)', fields: ['hq'], date: '2025-01-10' },
    { url: 'https://www.example.com/ir', title: 'Esempio results (press release)', fields: ['hq'], date: '2025-02-01' },
  ],
};
const person: CuratedPerson = {
  name: 'Anna Prova',
  description_en: 'Italian manager who has run Fabbrica Esempio since 2021.',
  sources: [{ url: 'https://news.example.org/p', title: 'Anna Prova profile', fields: ['description_en'], date: '2024-06' }],
};
const deal: CuratedDeal = {
  kind: 'acquisition',
  acquirer_or_investors: ['Gruppo Prova'],
  target: 'Fabbrica Esempio S.p.A.',
  announced: '2025-03-01',
  summary_en: 'Gruppo Prova agreed to buy Fabbrica Esempio.',
  sources: [{ url: 'https://news.example.org/d', title: 'Prova buys Esempio', fields: ['target'], date: '2025-03-01' }],
};
const otherDeal: CuratedDeal = { ...deal, announced: '2019-01-01', summary_en: 'An earlier bid for Fabbrica Esempio.' };
const undescribed: CuratedCompany = { name: 'Senza Descrizione', sources: [] };

const records = (): Record<TranslatedFile, Record<string, unknown>[]> => ({
  'companies.jsonl': [company, undescribed],
  'reach-orgs.jsonl': [],
  'people.jsonl': [person],
  'reach-people.jsonl': [],
  'deals.jsonl': [deal as unknown as Record<string, unknown>, otherDeal as unknown as Record<string, unknown>],
});
const lines = (text: string, label = 'descriptions-it.jsonl') => parseTranslationLines(text, label);
/** The fingerprint of the English text a line translates ('00000000' when the record has none). */
function englishOf(o: { file: string; name: string; announced?: string }): string {
  const recs = records()[o.file as TranslatedFile] ?? [];
  const field = o.file === 'deals.jsonl' ? 'summary_en' : 'description_en';
  const r = recs.find((x) => (o.file === 'deals.jsonl' ? x.target === o.name && (x.announced ?? '') === (o.announced ?? '') : x.name === o.name));
  return r && typeof r[field] === 'string' ? englishFingerprint(r[field] as string) : '00000000';
}
const it1 = (obj: { file: string; name: string; announced?: string; text: string }) => JSON.stringify({ of: englishOf(obj), ...obj });

describe('stale translations', () => {
  it('stop the build when the English sentence changed after translating', () => {
    const stale = JSON.stringify({ file: 'companies.jsonl', name: 'Fabbrica Esempio S.p.A.', of: englishFingerprint('An older English sentence.'), text: 'Vecchia traduzione.' });
    expect(() => matchTranslations(records(), { it: lines(stale) })).toThrow(/descriptions-it\.jsonl:1: the English description_en .* changed since it was translated/);
  });

  it('need the fingerprint of the English they translate', () => {
    expect(() => lines(JSON.stringify({ file: 'companies.jsonl', name: 'Fabbrica Esempio S.p.A.', text: 'x' }))).toThrow(/"of" must be the 8-hex fingerprint/);
  });
});

describe('translations of the curated one-liners', () => {
  it('attaches each line to the record it names, per language', () => {
    const map = matchTranslations(records(), {
      it: lines([
        it1({ file: 'companies.jsonl', name: 'Fabbrica Esempio S.p.A.', text: 'Produttore torinese di widget di esempio, fondato nel 1990.' }),
        it1({ file: 'people.jsonl', name: 'Anna Prova', text: 'Manager italiana che guida Fabbrica Esempio dal 2021.' }),
        it1({ file: 'deals.jsonl', name: 'Fabbrica Esempio S.p.A.', announced: '2025-03-01', text: 'Gruppo Prova ha concordato l’acquisto di Fabbrica Esempio.' }),
      ].join('\n')),
      fr: lines(it1({ file: 'companies.jsonl', name: 'Fabbrica Esempio S.p.A.', text: 'Fabricant turinois de widgets d’exemple, fondé en 1990.' }), 'descriptions-fr.jsonl'),
    });
    expect(map.get(company)).toEqual({ it: 'Produttore torinese di widget di esempio, fondato nel 1990.', fr: 'Fabricant turinois de widgets d’exemple, fondé en 1990.' });
    expect(map.get(person)).toEqual({ it: 'Manager italiana che guida Fabbrica Esempio dal 2021.' });
    // A deal is its target plus its announcement date: the 2019 bid has no translation.
    expect(map.get(deal)).toEqual({ it: 'Gruppo Prova ha concordato l’acquisto di Fabbrica Esempio.' });
    expect(map.has(otherDeal)).toBe(false);
    expect(map.has(undescribed)).toBe(false);
  });

  it('rejects a line that names no record, with the file and line', () => {
    const text = [
      it1({ file: 'people.jsonl', name: 'Anna Prova', text: 'Manager italiana.' }),
      '',
      it1({ file: 'companies.jsonl', name: 'Fabbrica Esempio', text: 'Nome sbagliato.' }),
    ].join('\n');
    expect(() => matchTranslations(records(), { it: lines(text, 'data/sources/curated/descriptions-it.jsonl') })).toThrow(
      'data/sources/curated/descriptions-it.jsonl:3: no record "Fabbrica Esempio" in companies.jsonl',
    );
    // The right name in the wrong file is no match either.
    expect(() => matchTranslations(records(), { it: lines(it1({ file: 'reach-people.jsonl', name: 'Anna Prova', text: 'x' })) })).toThrow(/descriptions-it\.jsonl:1: no record "Anna Prova" in reach-people\.jsonl/);
    // A deal's announcement date is part of its name.
    expect(() => matchTranslations(records(), { it: lines(it1({ file: 'deals.jsonl', name: 'Fabbrica Esempio S.p.A.', announced: '2025-03-02', text: 'x' })) })).toThrow(
      /:1: no record "Fabbrica Esempio S\.p\.A\." \(announced 2025-03-02\) in deals\.jsonl/,
    );
  });

  it('rejects a record with no English to translate, a record translated twice and malformed lines', () => {
    expect(() => matchTranslations(records(), { it: lines(it1({ file: 'companies.jsonl', name: 'Senza Descrizione', text: 'x' })) })).toThrow(/:1: companies\.jsonl record "Senza Descrizione" has no description_en/);
    const twice = [it1({ file: 'people.jsonl', name: 'Anna Prova', text: 'a' }), it1({ file: 'people.jsonl', name: 'Anna Prova', text: 'b' })].join('\n');
    expect(() => matchTranslations(records(), { it: lines(twice) })).toThrow(/descriptions-it\.jsonl:2: "Anna Prova" in people\.jsonl is translated twice \(first at descriptions-it\.jsonl:1\)/);
    expect(() => lines('{"file": "companies.jsonl", oops')).toThrow(/descriptions-it\.jsonl:1: invalid JSON/);
    expect(() => lines(it1({ file: 'brands.jsonl', name: 'x', text: 'y' }))).toThrow(/:1: "file" must be one of/);
    expect(() => lines(it1({ file: 'people.jsonl', name: 'Anna Prova', text: '  ' }))).toThrow(/:1: "text" must be a non-empty string/);
  });

  it('carries the translations on the description value, with the English sources and as-of', () => {
    const i18n = { it: 'Produttore torinese di widget di esempio, fondato nel 1990.', de: 'Turiner Hersteller von Beispiel-Widgets, gegründet 1990.' };
    const plain = convertCompany(company, new SourceRegistry()).candidates.find((c) => c.key === 'description')!;
    const translated = convertCompany(company, new SourceRegistry(), i18n).candidates.find((c) => c.key === 'description')!;
    expect(translated.value).toEqual({ t: 'text', v: company.description_en, i18n });
    expect(translated.sources).toEqual(plain.sources);
    expect(translated.asOf).toBe(plain.asOf);
    expect(translated.asOf).toBe('2025-02-01');
    const p = convertPerson(person, new SourceRegistry(), { es: 'Directiva italiana que dirige Fabbrica Esempio desde 2021.' }).candidates.find((c) => c.key === 'description')!;
    expect(p.value).toEqual({ t: 'text', v: person.description_en, i18n: { es: 'Directiva italiana que dirige Fabbrica Esempio desde 2021.' } });
    const d = convertDeal(deal, new SourceRegistry(), new NameResolver([]), new IdAllocator(), { it: 'Gruppo Prova ha concordato l’acquisto di Fabbrica Esempio.' });
    expect(d.summary).toBe(deal.summary_en);
    expect(d.summaryI18n).toEqual({ it: 'Gruppo Prova ha concordato l’acquisto di Fabbrica Esempio.' });
  });

  it('falls back to English where a record or a language has no translation', () => {
    const plain = convertCompany(company, new SourceRegistry()).candidates.find((c) => c.key === 'description')!;
    expect(plain.value).toEqual({ t: 'text', v: company.description_en });
    const d = convertDeal(otherDeal, new SourceRegistry(), new NameResolver([]), new IdAllocator());
    expect(d.summaryI18n).toBeUndefined();
    expect(localText('English.', undefined, 'it')).toEqual({ text: 'English.', translated: false });
    expect(localText('English.', { it: 'Italiano.' }, 'fr')).toEqual({ text: 'English.', translated: false });
    expect(localText('English.', { it: 'Italiano.' }, 'it')).toEqual({ text: 'Italiano.', translated: true });
    expect(localText('English.', { it: 'Italiano.' }, 'en')).toEqual({ text: 'English.', translated: false });
  });

  it('treats a translated and an untranslated copy of one English text as the same value', () => {
    const base = { key: 'description', asOf: '2024' as const, authority: 'press' as const };
    const fact = resolveFact([
      { ...base, value: { t: 'text', v: 'Same line.' }, sources: ['s:a'] },
      { ...base, value: { t: 'text', v: 'Same line.', i18n: { it: 'Stessa riga.' } }, sources: ['s:b'] },
    ])!;
    expect(fact.conflicts).toBeUndefined();
    expect(fact.sources).toEqual(['s:a', 's:b']);
    expect(fact.value).toEqual({ t: 'text', v: 'Same line.', i18n: { it: 'Stessa riga.' } });
  });

  it('keeps fact packs valid with or without translations', () => {
    const withI18n = { key: 'description', value: { t: 'text', v: 'A line.', i18n: { it: 'Una riga.' } }, asOf: '2024', sources: ['u:1'] };
    expect(v.parse(Fact, withI18n).value).toEqual({ t: 'text', v: 'A line.', i18n: { it: 'Una riga.' } });
    const pack = { format: 'backstory-fact-pack/1', id: 'my-pack', name: 'Mine', sources: [{ id: 'u:1', url: 'https://example.org/', title: 'x', authority: 'user' }], entities: [{ id: 'c:x', kind: 'company', name: 'X', aliases: [], facts: [{ ...withI18n, value: { t: 'text', v: 'A line.' } }] }] };
    expect(v.safeParse(FactPack, pack).success).toBe(true);
    expect(v.safeParse(Fact, { ...withI18n, value: { t: 'text', v: 'A line.', i18n: { it: '' } } }).success).toBe(false);
  });
});

describe('search results', () => {
  it('carry the one-liner per language next to the English', () => {
    const doc = toSearchDocument({
      id: 'c:x', kind: 'company', name: 'X', aliases: [],
      facts: [{ key: 'description', value: { t: 'text', v: 'A line.', i18n: { it: 'Una riga.', es: 'Una línea.' } }, asOf: '2024', sources: ['s:a'] }],
    });
    expect(doc.description).toBe('A line.');
    expect(doc.descriptions).toEqual({ it: 'Una riga.', es: 'Una línea.' });
    const plain = toSearchDocument({ id: 'c:y', kind: 'company', name: 'Y', aliases: [], facts: [{ key: 'description', value: { t: 'text', v: 'Only English.' }, asOf: '2024', sources: ['s:a'] }] });
    expect(plain.descriptions).toBeUndefined();
  });
});

describe('the fact build with translations', () => {
  const tmp: string[] = [];
  afterAll(() => tmp.forEach((d) => rmSync(d, { recursive: true, force: true })));

  it('stops with the file and line of a translation that names no record', () => {
    const dir = mkdtempSync(join(tmpdir(), 'facts-i18n-'));
    tmp.push(dir);
    cpSync(DATA_DIR(), dir, { recursive: true });
    const file = join(dir, 'sources', 'curated', 'descriptions-it.jsonl');
    const before = readFileSync(file, 'utf8');
    const lineNo = before.split('\n').filter((l) => l.trim()).length + 1;
    writeFileSync(file, `${before}${it1({ file: 'companies.jsonl', name: 'No Such Company SpA', text: 'Nessuna.' })}\n`);
    expect(() => compileFacts(dir)).toThrow(new RegExp(`descriptions-it\\.jsonl:${lineNo}: no record "No Such Company SpA" in companies\\.jsonl`));
  }, 120_000);
});
