/**
 * Regenerates tests/fixtures/corpus/<lang>/<slug>.json from the annotated <slug>.ann.txt beside it.
 *   npx tsx lib/eval/build-corpus.ts [--check]
 * --check exits 1 when a .json differs from its source (tests/corpus runs the same check).
 */
import { readdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseAnnotated } from './annotated';

export const CORPUS_DIR = join(dirname(fileURLToPath(import.meta.url)), '../../tests/fixtures/corpus');
export const CORPUS_LANGS = ['it', 'en', 'fr', 'de', 'es'] as const;

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

function main(check: boolean): number {
  let stale = 0;
  for (const { ann, json, lang } of annotatedSources()) {
    const rendered = renderDoc(ann, lang);
    const current = existsSync(json) ? readFileSync(json, 'utf8') : '';
    if (current === rendered) continue;
    stale += 1;
    if (check) console.error(`stale: ${json}`);
    else writeFileSync(json, rendered);
  }
  if (!check) console.log(`corpus: ${annotatedSources().length} sources, ${stale} rewritten`);
  return check && stale > 0 ? 1 : 0;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  process.exitCode = main(process.argv.includes('--check'));
}

/** Prints length problems and forgotten marks (authoring aid: `npx tsx lib/eval/build-corpus.ts --lint`). */
export async function lintAll(): Promise<number> {
  const { wordCount, unmarkedOccurrences, MIN_WORDS, MAX_WORDS } = await import('./lint-corpus');
  let problems = 0;
  for (const { ann, lang } of annotatedSources()) {
    const doc = parseAnnotated(readFileSync(ann, 'utf8'), lang, ann);
    const words = wordCount(doc.text!);
    const unmarked = unmarkedOccurrences(doc as typeof doc & { text: string });
    if (words < MIN_WORDS || words > MAX_WORDS || unmarked.length > 0) {
      problems += 1;
      console.log(`${ann.replace(CORPUS_DIR + '/', '')}: ${words} words ${unmarked.join(' ')}`);
    }
  }
  return problems;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1] && process.argv.includes('--lint')) {
  void lintAll();
}
