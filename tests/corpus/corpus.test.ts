/**
 * Issue 4, "Measured, not asserted": on our own corpus, F1 >= 0.97 for companies, people and money
 * in each language, and no hit on any negative; plus the corpus's own integrity (sources and JSON
 * in sync, a dozen articles per language, 100-400 words, every FORMS.md row covered).
 */
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadIndexFromDisk } from '../../lib/cli/scan-core';
import { loadBundleFromDisk } from '../../lib/facts/load-bundle-node';
import { annotatedSources, COVERAGE_FILE, renderCoverage, renderDoc } from '../../lib/eval/build-corpus';
import { evaluate, EVAL_LANGS, type EvalReport } from '../../lib/eval/evaluate';
import { FORMS_ROWS } from '../../lib/eval/forms-rows';
import { MAX_WORDS, MIN_WORDS, unmarkedOccurrences, wordCount } from '../../lib/eval/lint-corpus';
import { loadCorpus } from '../../lib/eval/load-corpus';
import { f1, KINDS } from '../../lib/eval/score';

const F1_TARGET = 0.97;
/** The first load may rebuild public/facts (data or build code changed). */
const FACTS_BUILD_TIMEOUT_MS = 180_000;
const MIN_ARTICLES_PER_LANG = 12;
const docs = loadCorpus();

describe('corpus integrity', () => {
  it('has at least a dozen articles per language and 60 in all', () => {
    for (const lang of EVAL_LANGS) expect(docs.filter((d) => d.base === lang && !d.id.startsWith('html/')).length, lang).toBeGreaterThanOrEqual(MIN_ARTICLES_PER_LANG);
    expect(docs.filter((d) => !d.id.startsWith('html/')).length).toBeGreaterThanOrEqual(60);
  });

  it('keeps every JSON fixture in sync with its annotated source', () => {
    for (const { ann, json, lang } of annotatedSources()) expect(readFileSync(json, 'utf8'), json).toBe(renderDoc(ann, lang));
  });

  it('has short articles (100-400 words) with every occurrence of a gold name marked', () => {
    for (const d of docs.filter((x) => !x.id.startsWith('html/'))) {
      const words = wordCount(d.text);
      expect(words, d.id).toBeGreaterThanOrEqual(MIN_WORDS);
      expect(words, d.id).toBeLessThanOrEqual(MAX_WORDS);
      expect(unmarkedOccurrences(d), d.id).toEqual([]);
    }
  });

  it('covers every FORMS.md row, and COVERAGE.md says which fixture does', () => {
    const covered = new Set(docs.flatMap((d) => d.covers ?? []));
    expect(Object.keys(FORMS_ROWS).filter((row) => !covered.has(row))).toEqual([]);
    expect([...covered].filter((row) => !(row in FORMS_ROWS))).toEqual([]);
    expect(readFileSync(COVERAGE_FILE, 'utf8')).toBe(renderCoverage(docs, FORMS_ROWS));
  });
});

describe('detection quality on the corpus (issue 4 target)', () => {
  let report: EvalReport;
  beforeAll(async () => {
    report = evaluate(await loadIndexFromDisk(), await loadBundleFromDisk(), docs);
  }, FACTS_BUILD_TIMEOUT_MS);

  it('resolves every gold name to an entity of the database', () => {
    expect(report.unresolved).toEqual([]);
  });

  for (const lang of EVAL_LANGS) {
    for (const kind of KINDS) {
      it(`${lang} ${kind}: F1 >= ${F1_TARGET}`, () => {
        const t = report.byLang[lang]!.tally[kind];
        const misses = report.docs.filter((d) => d.base === lang).flatMap((d) => d.misses.filter((m) => m.kind === kind))
          .map((m) => `${m.type} ${m.doc} "${m.surface}" ${m.detail}`);
        expect(f1(t).f, `${JSON.stringify(t)}\n${misses.join('\n')}`).toBeGreaterThanOrEqual(F1_TARGET);
      });
    }
    it(`${lang}: nothing found on a negative`, () => {
      const hits = report.docs.filter((d) => d.base === lang).flatMap((d) => d.misses.filter((m) => m.type === 'hit'))
        .map((m) => `${m.doc} "${m.surface}" ${m.detail}`);
      expect(hits).toEqual([]);
    });
  }
});
