/**
 * Whole-pipeline timings in Node, through the same path as `backstory scan` (lib/cli/scan-core):
 * a typical article (5–10k characters) and a 1 MB page, as plain text and as HTML.
 * Texts are built from our own corpus (tests/fixtures/corpus), so every kind of mention occurs.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ensureFactsBuilt } from '../lib/facts/load-bundle-node';
import { loadMatchIndex } from '../lib/match/index';
import { joinMatchIndex, MATCH_INDEX_FILE, matchIndexPartNames } from '../lib/match/index-parts';
import { scanContent } from '../lib/cli/scan-core';
import { htmlToText } from '../lib/text/html-to-text';
import { loadCorpus } from '../lib/eval/load-corpus';

const ARTICLE_TARGET_CHARS = 7_500;
const PAGE_TARGET_CHARS = 1_000_000;
const ARTICLE_RUNS = 50;
const PAGE_RUNS = 5;

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

/** Median and best of `runs` timed calls; the best is the estimate for an unloaded machine. */
interface Timing {
  median: number;
  best: number;
}

function timeRuns(runs: number, fn: () => unknown): Timing {
  fn(); // warm-up: JIT and caches
  const ms: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    fn();
    ms.push(performance.now() - t);
  }
  return { median: median(ms), best: Math.min(...ms) };
}

function fill(parts: string[], target: number): string {
  let out = '';
  for (let i = 0; out.length < target; i++) out += parts[i % parts.length] + '\n\n';
  return out;
}

function asHtml(text: string, lang: string): string {
  const paras = text.split(/\n\n+/).map((p) => `<p>${p.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/\b(\p{Lu}\p{L}+)/gu, '<a href="#">$1</a>')}</p>`);
  const chrome = '<nav><a href="/">Home</a> <a href="/m">Markets</a></nav><script>window.dataLayer=[];</script>';
  return `<!doctype html><html lang="${lang}"><head><title>t</title><style>p{margin:0}</style></head><body><header>${chrome}</header><main><article>${paras.join('\n')}</article></main><aside>ad</aside><footer>©</footer></body></html>`;
}

export interface PipelineNumbers {
  articleChars: number;
  articleMs: Timing;
  articleHtmlMs: Timing;
  pageChars: number;
  pageMs: Timing;
  pageHtmlBytes: number;
  pageHtmlToTextMs: Timing;
  pageHtmlMs: Timing;
  indexLoadMs: Timing;
}

export async function measurePipeline(): Promise<PipelineNumbers> {
  const outDir = await ensureFactsBuilt();
  // The head and its parts (lib/match/index-parts.ts): each parse times every file's JSON.parse and the join.
  const head = readFileSync(join(outDir, MATCH_INDEX_FILE), 'utf8');
  const parts = matchIndexPartNames(JSON.parse(head)).map((name) => readFileSync(join(outDir, name), 'utf8'));
  const parse = () => joinMatchIndex(JSON.parse(head), parts.map((json) => JSON.parse(json) as unknown));
  const indexLoadMs = timeRuns(PAGE_RUNS, () => loadMatchIndex(parse()));
  const index = loadMatchIndex(parse());
  const docs = loadCorpus().filter((d) => d.html === undefined);
  const article = fill(docs.filter((d) => d.base === 'it').map((d) => d.text), ARTICLE_TARGET_CHARS);
  const articleHtml = asHtml(article, 'it');
  const page = fill(docs.map((d) => d.text), PAGE_TARGET_CHARS);
  const pageHtml = asHtml(page, 'en');
  return {
    articleChars: article.length,
    articleMs: timeRuns(ARTICLE_RUNS, () => scanContent(index, { content: article, html: false, lang: 'it' })),
    articleHtmlMs: timeRuns(ARTICLE_RUNS, () => scanContent(index, { content: articleHtml, html: true })),
    pageChars: page.length,
    pageMs: timeRuns(PAGE_RUNS, () => scanContent(index, { content: page, html: false })),
    pageHtmlBytes: pageHtml.length,
    pageHtmlToTextMs: timeRuns(PAGE_RUNS, () => htmlToText(pageHtml)),
    pageHtmlMs: timeRuns(PAGE_RUNS, () => scanContent(index, { content: pageHtml, html: true })),
    indexLoadMs,
  };
}

export async function run(): Promise<void> {
  const n = await measurePipeline();
  const t = (x: Timing, d: number) => `${x.median.toFixed(d)} ms (best ${x.best.toFixed(d)})`;
  const rows: [string, string][] = [
    ['typical article, text (findMentions + parseFigures)', `${t(n.articleMs, 2)} for ${n.articleChars} chars`],
    ['typical article, HTML (+ html-to-text, lang attr)', t(n.articleHtmlMs, 2)],
    ['1 MB multilingual page, text (+ language detection)', `${t(n.pageMs, 0)} for ${n.pageChars} chars`],
    ['1 MB page as HTML: html-to-text alone', `${t(n.pageHtmlToTextMs, 0)} for ${n.pageHtmlBytes} bytes`],
    ['1 MB page as HTML: whole scan', t(n.pageHtmlMs, 0)],
    ['match index: JSON.parse + join of head and parts + loadMatchIndex', t(n.indexLoadMs, 1)],
  ];
  console.log(`\nWhole pipeline in Node, the \`scan\` path (bench/pipeline.bench.ts): median (best) of ${ARTICLE_RUNS} article / ${PAGE_RUNS} page runs`);
  for (const [k, v] of rows) console.log(`  ${k.padEnd(54)} ${v}`);
}

if (process.argv[1]?.endsWith('pipeline.bench.ts')) void run();
