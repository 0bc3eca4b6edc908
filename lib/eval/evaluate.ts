/** Runs the whole corpus through the scan path and aggregates scores per kind and language. */
import type { FactBundle } from '../facts/schema';
import type { MatchIndex } from '../match/index';
import { scanContent } from '../cli/scan-core';
import { loadCorpus } from './load-corpus';
import { makeResolver } from './resolve-gold';
import { KINDS, scoreDoc, type DocScore, type EvalKind, type Tally } from './score';
import type { LoadedDoc } from './types';

export const EVAL_LANGS = ['it', 'en', 'fr', 'de', 'es'] as const;

export interface LangScore {
  docs: number;
  tally: Record<EvalKind, Tally>;
  negatives: { total: number; hits: number };
}

export interface EvalReport {
  byLang: Record<string, LangScore>;
  all: LangScore;
  docs: DocScore[];
  unresolved: string[];
}

const empty = (): LangScore => ({
  docs: 0,
  tally: { companies: { tp: 0, fp: 0, fn: 0 }, people: { tp: 0, fp: 0, fn: 0 }, money: { tp: 0, fp: 0, fn: 0 } },
  negatives: { total: 0, hits: 0 },
});

function add(into: LangScore, s: DocScore): void {
  into.docs += 1;
  for (const k of KINDS) {
    into.tally[k].tp += s.tally[k].tp;
    into.tally[k].fp += s.tally[k].fp;
    into.tally[k].fn += s.tally[k].fn;
  }
  into.negatives.total += s.negatives.total;
  into.negatives.hits += s.negatives.hits;
}

/** Scans a corpus document exactly as `backstory scan` would (HTML through html-to-text and its lang). */
export function scanDoc(index: MatchIndex, doc: LoadedDoc) {
  return doc.html !== undefined
    ? scanContent(index, { content: doc.html, html: true })
    : scanContent(index, { content: doc.text, html: false, lang: doc.lang });
}

export function evaluate(index: MatchIndex, bundle: FactBundle, docs: LoadedDoc[] = loadCorpus()): EvalReport {
  const resolver = makeResolver(bundle);
  const byLang: Record<string, LangScore> = Object.fromEntries(EVAL_LANGS.map((l) => [l, empty()]));
  const all = empty();
  const scores: DocScore[] = [];
  for (const doc of docs) {
    const s = scoreDoc(doc, scanDoc(index, doc), resolver);
    scores.push(s);
    add((byLang[doc.base] ??= empty()), s);
    add(all, s);
  }
  return { byLang, all, docs: scores, unresolved: [...new Set(scores.flatMap((s) => s.unresolved))].sort() };
}
