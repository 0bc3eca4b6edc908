/**
 * Regenerates tests/fixtures/corpus/<lang>/<slug>.json from the annotated <slug>.ann.txt beside
 * it, and COVERAGE.md from the fixtures' `covers`.
 *   npx tsx lib/eval/build-corpus.ts           write
 *   npx tsx lib/eval/build-corpus.ts --check   exit 1 when anything is stale (the corpus test checks the same)
 *   npx tsx lib/eval/build-corpus.ts --lint    article length and forgotten marks
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseAnnotated } from './annotated';
import { renderCoverage } from './coverage';
import { FORMS_ROWS } from './forms-rows';
import { MAX_WORDS, MIN_WORDS, unmarkedOccurrences, wordCount } from './lint-corpus';
import { loadCorpus } from './load-corpus';
import { CORPUS_DIR, CORPUS_LANGS, COVERAGE_FILE } from './paths';

export { CORPUS_DIR, CORPUS_LANGS, COVERAGE_FILE } from './paths';
export { renderCoverage } from './coverage';

export function annotatedSources(root = CORPUS_DIR): { ann: string; json: string; lang: string }[] {
  const out: { ann: string; json: string; lang: string }[] = [];
  for (const lang of CORPUS_LANGS) {
    const dir = join(root, lang);
    if (!existsSync(dir)) continue;
    for (const name of readdirSync(dir).sort()) {
      if (name.endsWith('.ann.txt')) out.push({ ann: join(dir, name), json: join(dir, name.replace(/\.ann\.txt$/, '.json')), lang });
    }
  }
  return out;
}

export function renderDoc(annPath: string, lang: string): string {
  return JSON.stringify(parseAnnotated(readFileSync(annPath, 'utf8'), lang, annPath), null, 1) + '\n';
}

/** Writes (or, with check, reports) every stale output; returns how many were stale. */
function build(check: boolean): number {
  let stale = 0;
  const update = (path: string, rendered: string): void => {
    if ((existsSync(path) ? readFileSync(path, 'utf8') : '') === rendered) return;
    stale += 1;
    if (check) console.error(`stale: ${path}`);
    else writeFileSync(path, rendered);
  };
  for (const { ann, json, lang } of annotatedSources()) update(json, renderDoc(ann, lang));
  update(COVERAGE_FILE, renderCoverage(loadCorpus(), FORMS_ROWS));
  return stale;
}

/** Length problems and forgotten marks, one line per fixture; returns how many fixtures have some. */
function lint(): number {
  let problems = 0;
  for (const { ann, lang } of annotatedSources()) {
    const doc = parseAnnotated(readFileSync(ann, 'utf8'), lang, ann);
    const words = wordCount(doc.text!);
    const unmarked = unmarkedOccurrences(doc as typeof doc & { text: string });
    if (words >= MIN_WORDS && words <= MAX_WORDS && unmarked.length === 0) continue;
    problems += 1;
    console.log(`${ann.replace(CORPUS_DIR + '/', '')}: ${words} words ${unmarked.join(' ')}`);
  }
  return problems;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  if (process.argv.includes('--lint')) process.exitCode = lint() > 0 ? 1 : 0;
  else if (process.argv.includes('--check')) process.exitCode = build(true) > 0 ? 1 : 0;
  else console.log(`corpus: ${annotatedSources().length} sources, ${build(false)} files rewritten`);
}
