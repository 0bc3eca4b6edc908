/**
 * Loads the evaluation corpus: tests/fixtures/corpus/<lang>/*.json (text + gold), and
 * *.txt / *.html files with a <name>.gold.json beside them (the HTML fixtures of the CLI).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { decodeBytes } from '../text/decode';
import { htmlToText } from '../text/html-to-text';
import { CORPUS_DIR } from './paths';
import type { CorpusDoc, LoadedDoc } from './types';

export class CorpusError extends Error {}

function baseOf(lang: string): string {
  return lang.toLowerCase().split(/[-_]/)[0]!;
}

function readJson(path: string): CorpusDoc {
  try {
    return JSON.parse(readFileSync(path, 'utf8')) as CorpusDoc;
  } catch (error) {
    throw new CorpusError(`${path}: ${(error as Error).message}`);
  }
}

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) =>
    d.isDirectory() ? walk(join(dir, d.name)) : [join(dir, d.name)]).sort();
}

/** Finds each surface in order (from the end of the previous one) to give span-less gold offsets. */
function locate<T extends { surface: string; start?: number; end?: number }>(text: string, items: T[], what: string, id: string): T[] {
  let from = 0;
  return items.map((item) => {
    if (item.start !== undefined) return item;
    let at = text.indexOf(item.surface, from);
    if (at < 0) at = text.indexOf(item.surface);
    if (at < 0) throw new CorpusError(`${id}: ${what} "${item.surface}" does not occur in the text`);
    from = at + item.surface.length;
    return { ...item, start: at, end: at + item.surface.length };
  });
}

/** A gold document over a text that lives elsewhere (e.g. the third-party seed article). */
export function docFromGold(id: string, doc: CorpusDoc, text: string): LoadedDoc {
  if (!doc.gold || !Array.isArray(doc.gold.money) || typeof doc.lang !== 'string') throw new CorpusError(`${id}: not in the FORMS.md gold shape`);
  const gold = {
    companies: doc.gold.companies ?? [],
    people: doc.gold.people ?? [],
    money: locate(text, doc.gold.money, 'money', id),
    negatives: locate(text, doc.gold.negatives ?? [], 'negative', id),
  };
  return { ...doc, id, text, base: baseOf(doc.lang), gold };
}

export function loadCorpus(root = CORPUS_DIR): LoadedDoc[] {
  if (!existsSync(root)) throw new CorpusError(`no corpus at ${root}`);
  const docs: LoadedDoc[] = [];
  for (const path of walk(root)) {
    const id = relative(root, path);
    let doc: CorpusDoc;
    let text: string;
    let html: string | undefined;
    if (path.endsWith('.gold.json')) {
      const source = [path.replace(/\.gold\.json$/, '.html'), path.replace(/\.gold\.json$/, '.txt')].find(existsSync);
      if (!source) throw new CorpusError(`${id}: no .html or .txt file beside it`);
      doc = readJson(path);
      // Same decoding as `backstory scan` (a saved page may be Windows-1252).
      const raw = decodeBytes(readFileSync(source), source.endsWith('.html'));
      html = source.endsWith('.html') ? raw : undefined;
      text = html !== undefined ? htmlToText(html).text : raw;
    } else if (path.endsWith('.json')) {
      doc = readJson(path);
      if (typeof doc.text !== 'string') throw new CorpusError(`${id}: no "text"`);
      text = doc.text;
    } else continue;
    const loaded = docFromGold(id.replace(/\.gold\.json$/, html !== undefined ? '.html' : '.txt'), doc, text);
    docs.push({ ...loaded, ...(html !== undefined ? { html } : {}) });
  }
  return docs;
}
