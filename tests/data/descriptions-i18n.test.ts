/**
 * The translated one-liners (data/sources/curated/descriptions-<lang>.jsonl): Italian covers every
 * curated record that has an English description or deal summary; every translation keeps the
 * English text's figures and dates; the bundle carries them on the same facts.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { DATA_DIR } from '../../lib/facts/build/paths';
import { TRANSLATED_FILES, parseTranslationLines, recordKey, translationFile, type TranslatedFile } from '../../lib/facts/build/translations';
import { loadBundleFromDisk } from '../../lib/facts/load-bundle-node';
import { TRANSLATION_LANGS, type FactBundle } from '../../lib/facts/schema';

const curatedDir = () => join(DATA_DIR(), 'sources', 'curated');
const readRecords = (file: string): Record<string, unknown>[] => {
  const path = join(curatedDir(), file);
  return existsSync(path) ? readFileSync(path, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as Record<string, unknown>) : [];
};
const files = Object.keys(TRANSLATED_FILES) as TranslatedFile[];
const english = (file: TranslatedFile, rec: Record<string, unknown>) => rec[TRANSLATED_FILES[file]] as string | undefined;
const translations = (lang: string) => {
  const path = join(curatedDir(), `descriptions-${lang}.jsonl`);
  return existsSync(path) ? parseTranslationLines(readFileSync(path, 'utf8'), `descriptions-${lang}.jsonl`) : [];
};
const keyOf = (l: { file: string; name: string; announced?: string }) => `${l.file}\u0000${l.file === 'deals.jsonl' ? `${l.name}\u0000${l.announced ?? ''}` : l.name}`;

/** Numbers as written, separators dropped: "97.4" and "97,4" are both "974", "10,000" and "10 000" "10000". */
const numbers = (text: string) => (text.match(/\d+(?:[.,\u00a0\u202f ]\d+)*/g) ?? []).map((n) => ({ raw: n, digits: n.replace(/\D/g, '') }));

describe('translated descriptions', () => {
  it('has an Italian translation for every curated record with description_en or summary_en', () => {
    const italian = new Set(translations('it').map(keyOf));
    const missing: string[] = [];
    for (const file of files) {
      for (const rec of readRecords(file)) {
        if (!english(file, rec)?.trim()) continue;
        const key = `${file}\u0000${recordKey(file, rec)}`;
        if (!italian.has(key)) missing.push(`${file}: ${recordKey(file, rec).replace('\u0000', ' ')}`);
      }
    }
    expect(missing).toEqual([]);
  });

  it('keeps the figures and dates of the English text and adds none', () => {
    const byKey = new Map<string, string>();
    for (const file of files) for (const rec of readRecords(file)) if (english(file, rec)) byKey.set(`${file}\u0000${recordKey(file, rec)}`, english(file, rec)!);
    const problems: string[] = [];
    for (const lang of TRANSLATION_LANGS) {
      for (const line of translations(lang)) {
        const en = byKey.get(keyOf(line));
        if (!en) continue; // the build rejects these (see tests/unit/facts-build/translations.test.ts)
        const enNums = numbers(en);
        const trDigits = new Set(numbers(line.text).map((n) => n.digits));
        const enDigits = new Set(enNums.map((n) => n.digits));
        // Every year, figure and decimal of the English is there; small counts may become words
        // ("19th century" -> "XIX secolo"), but no number appears that the English does not have.
        const lost = enNums.filter((n) => (n.digits.length >= 3 || n.raw !== n.digits) && !trDigits.has(n.digits)).map((n) => n.raw);
        const added = [...trDigits].filter((d) => !enDigits.has(d));
        if (lost.length || added.length) problems.push(`${line.at} ${line.name}: lost ${lost.join(', ') || '-'}; added ${added.join(', ') || '-'}`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('puts the translations on the bundle facts that carry the English', async () => {
    const bundle: FactBundle = await loadBundleFromDisk();
    const entity = (name: string) => bundle.entities.find((e) => e.name === name)!;
    const description = (name: string) => entity(name).facts.find((f) => f.key === 'description')!;
    const openai = description('OpenAI');
    expect(openai.value.t).toBe('text');
    if (openai.value.t !== 'text') return;
    expect(openai.value.v).toMatch(/^US artificial-intelligence research/);
    expect(openai.value.i18n?.it).toMatch(/^Azienda statunitense di ricerca/);
    const italian = translations('it');
    const deals = italian.filter((l) => l.file === 'deals.jsonl');
    expect(bundle.deals.filter((d) => d.summaryI18n?.it).length).toBe(deals.length);
    // Every Italian line reaches the bundle, on the description fact that carries its English.
    const enOf = new Map<string, string>();
    for (const file of files) for (const rec of readRecords(file)) if (english(file, rec)) enOf.set(`${file}\u0000${recordKey(file, rec)}`, english(file, rec)!);
    const shown = new Map<string, Set<string | undefined>>();
    for (const e of bundle.entities) {
      for (const f of e.facts) {
        if (f.key !== 'description' || f.value.t !== 'text') continue;
        shown.set(f.value.v, (shown.get(f.value.v) ?? new Set()).add(f.value.i18n?.it));
      }
    }
    const lost = italian.filter((l) => l.file !== 'deals.jsonl').filter((l) => {
      const en = enOf.get(keyOf(l));
      // No fact when no page supports the description (docs/data.md, "Left out").
      return en !== undefined && shown.has(en) && !shown.get(en)!.has(l.text);
    });
    expect(lost.map((l) => l.at)).toEqual([]);
  }, 120_000);
});

describe('translation files', () => {
  let counts: Record<string, number>;
  beforeAll(() => {
    counts = Object.fromEntries(TRANSLATION_LANGS.map((l) => [l, translations(l).length]));
  });
  it('are named descriptions-<lang>.jsonl for the four other UI languages', () => {
    expect(TRANSLATION_LANGS.map(translationFile)).toEqual(['descriptions-it.jsonl', 'descriptions-fr.jsonl', 'descriptions-de.jsonl', 'descriptions-es.jsonl']);
    expect(counts.it).toBeGreaterThan(900);
  });
});
