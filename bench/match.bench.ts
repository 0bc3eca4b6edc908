/**
 * Entity matcher benchmark (issue 4, "Measured"): throughput on a ~1 MB multilingual text as a
 * ratio to the floor (one loop reading every char code of the same text, same run), at the real
 * database size and at 10x (synthetic aliases), against a RegExp alternation of the same
 * aliases, and index load time. Run: `npx tsx bench/match.bench.ts` or via scripts/bench.ts.
 * Method and numbers: docs/detection.md, section "Entity matcher".
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ensureFactsBuilt } from '../lib/facts/load-bundle-node';
import { compileMatchIndex, findMentions, indexAliases, indexedEntities, loadMatchIndex, type MatchIndexData } from '../lib/match/index';
import { aliasTexts } from '../lib/match/compile-index';
import { joinMatchIndex, MATCH_INDEX_FILE, matchIndexPartNames, splitMatchIndex } from '../lib/match/index-parts';
import { generateText, syntheticAliases } from './match-text';

const TEXT_CHARS = 1_000_000;
const RUNS = 21;
const LOAD_RUNS = 9;
/** Fresh processes for the cold load (each a first parse and load, as in a new tab). */
const COLD_RUNS = 7;
/** The RegExp is far slower: time it on a slice and scale up (bench must stay under a minute). */
const REGEX_SLICE_CHARS = 50_000;
const REGEX_TIME_BUDGET_MS = 20_000;

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

/**
 * Median CPU time (user + system) of `fn`, in ms. CPU time, not wall time: the benchmark machine
 * is shared (load average above the core count), and wall time then measures the neighbours.
 */
function time(runs: number, fn: () => unknown): number {
  fn(); // warm-up (JIT)
  const ms: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = process.cpuUsage();
    fn();
    const d = process.cpuUsage(t);
    ms.push((d.user + d.system) / 1000);
  }
  return median(ms);
}

function timeInterleaved(runs: number, fns: Array<() => unknown>): number[] {
  for (const fn of fns) fn(); // warm-up (JIT)
  const ms: number[][] = fns.map(() => []);
  for (let i = 0; i < runs; i++) {
    fns.forEach((fn, k) => {
      const t = process.cpuUsage();
      fn();
      const d = process.cpuUsage(t);
      ms[k]!.push((d.user + d.system) / 1000);
    });
  }
  return ms.map(median);
}

let sink = 0;
function floor(text: string): number {
  let sum = 0;
  for (let i = 0; i < text.length; i++) sum = (sum + text.charCodeAt(i)) | 0;
  sink ^= sum;
  return sum;
}

function regexFor(aliases: readonly string[]): RegExp {
  const alts = [...new Set(aliases)].sort((a, b) => b.length - a.length).map((a) => a.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${alts.join('|')})(?![\\p{L}\\p{N}])`, 'giu');
}

/** ms per MB of the RegExp, from a slice; null when one slice alone exceeds the budget. */
function regexMsPerMb(re: RegExp, text: string): number | null {
  const slice = text.slice(0, REGEX_SLICE_CHARS);
  const t = performance.now();
  let n = 0;
  for (const _ of slice.matchAll(re)) {
    n++;
    if (performance.now() - t > REGEX_TIME_BUDGET_MS) return null;
  }
  sink ^= n;
  return ((performance.now() - t) * 1_000_000) / slice.length;
}

/** An index as it ships: the head and the parts it names (lib/match/index-parts.ts), each file's JSON. */
interface IndexFiles {
  head: string;
  parts: string[];
}

/** The files the build would write for `data` (the 10x index, which exists only in memory). */
function filesOf(data: MatchIndexData): IndexFiles {
  const { head, parts } = splitMatchIndex(data);
  return { head: JSON.stringify(head), parts: parts.map((part) => JSON.stringify(part)) };
}

/** The built index's files, read from `dir` now (a warm load times this too). */
function readFiles(dir: string): IndexFiles {
  const head = readFileSync(join(dir, MATCH_INDEX_FILE), 'utf8');
  return { head, parts: matchIndexPartNames(JSON.parse(head)).map((name) => readFileSync(join(dir, name), 'utf8')) };
}

const parseFiles = (files: IndexFiles): MatchIndexData => joinMatchIndex(JSON.parse(files.head), files.parts.map((json) => JSON.parse(json) as unknown));

/**
 * Warm load: `files()` (the files' JSON: read from disk, I/O and UTF-8 decoding, for the built
 * index; in memory for the 10x one), JSON.parse of each and the join, then loadMatchIndex.
 * `chars` counts every file's characters, `files` the head and its parts.
 */
function loadTimes(files: () => IndexFiles): { readMs: number; parseMs: number; loadMs: number; chars: number; files: number } {
  const readMs = time(LOAD_RUNS, files);
  const read = files();
  const parseMs = time(LOAD_RUNS, () => parseFiles(read));
  const parsed = parseFiles(read);
  const loadMs = time(LOAD_RUNS, () => loadMatchIndex(parsed));
  return { readMs, parseMs, loadMs, chars: read.head.length + read.parts.reduce((n, json) => n + json.length, 0), files: 1 + read.parts.length };
}

/**
 * The index's first read, parse and load in fresh processes (bench/index-load-cold.ts): the JIT
 * has compiled nothing yet, as in each tab's content script. Medians and minima of COLD_RUNS, wall time.
 */
function coldLoads(file: string): { readMs: number; parseMs: number; loadMs: number; totalMs: number; minTotalMs: number } {
  const runs: Array<{ readMs: number; parseMs: number; loadMs: number }> = [];
  for (let i = 0; i < COLD_RUNS; i++) {
    const child = spawnSync(process.execPath, ['--import', 'tsx', join(import.meta.dirname, 'index-load-cold.ts'), file], { encoding: 'utf8' });
    if (child.status !== 0) throw new Error(`index-load-cold.ts failed: ${child.stderr}`);
    runs.push(JSON.parse(child.stdout.trim().split('\n').pop()!) as { readMs: number; parseMs: number; loadMs: number });
  }
  const totals = runs.map((r) => r.readMs + r.parseMs + r.loadMs);
  return { readMs: median(runs.map((r) => r.readMs)), parseMs: median(runs.map((r) => r.parseMs)), loadMs: median(runs.map((r) => r.loadMs)), totalMs: median(totals), minTotalMs: Math.min(...totals) };
}

export async function run(): Promise<void> {
  const outDir = await ensureFactsBuilt();
  const indexFile = join(outDir, MATCH_INDEX_FILE);
  const real = parseFiles(readFiles(outDir));
  const realAliases = indexAliases(real);
  const names = realAliases.map((a) => a.text);
  const text = generateText(names, TEXT_CHARS);
  const mb = text.length / 1_000_000;

  // Load times first, as at a background start: after the throughput runs, or the 10x compile,
  // the heap holds their garbage and the same load measured 2-5 times slower.
  const realLoad = loadTimes(() => readFiles(outDir));
  const cold = coldLoads(indexFile);

  const synth = syntheticAliases(realAliases.length * 9);
  const compileStart = performance.now();
  const tenX = compileMatchIndex([...realAliases, ...synth.aliases], [...indexedEntities(real), ...synth.entities]);
  const compileMs = performance.now() - compileStart;
  const tenXFiles = filesOf(tenX);
  const tenXLoad = loadTimes(() => tenXFiles);
  const realIndex = loadMatchIndex(real);
  const tenXIndex = loadMatchIndex(tenX);
  // Interleaved (floor, real, 10x, floor, ...) so that load changes on the shared machine and
  // JIT or GC phases hit all three alike.
  const [floorMs, realMs, tenXMs] = timeInterleaved(RUNS, [() => floor(text), () => findMentions(realIndex, text, {}), () => findMentions(tenXIndex, text, {})]) as [number, number, number];
  const found = findMentions(realIndex, text, {}).length;
  const regexReal = regexMsPerMb(regexFor(names), text);
  const tenXTexts = aliasTexts(tenX);
  const regexTenX = regexMsPerMb(regexFor(tenXTexts), text);

  const perMb = (ms: number) => ms / mb;
  const fmt = (x: number | null, d = 1) => (x === null ? `> ${REGEX_TIME_BUDGET_MS} ms per slice` : x.toFixed(d));
  const rows: Array<[string, string]> = [
    ['text', `${text.length} UTF-16 units, ${found} mentions at real size`],
    ['aliases (real / 10x)', `${realAliases.length} / ${tenXTexts.length}`],
    ['floor, ms per MB', fmt(perMb(floorMs), 2)],
    ['findMentions real, ms per MB (x floor)', `${fmt(perMb(realMs), 2)} (${(realMs / floorMs).toFixed(2)}x)`],
    ['findMentions 10x, ms per MB (x floor)', `${fmt(perMb(tenXMs), 2)} (${(tenXMs / floorMs).toFixed(2)}x)`],
    ['cost of 10x aliases', `${(tenXMs / realMs).toFixed(2)}x`],
    ['RegExp giu real, ms per MB (x floor)', regexReal === null ? fmt(null) : `${fmt(regexReal, 0)} (${(regexReal / perMb(floorMs)).toFixed(0)}x)`],
    ['RegExp giu 10x, ms per MB (x floor)', regexTenX === null ? fmt(null) : `${fmt(regexTenX, 0)} (${(regexTenX / perMb(floorMs)).toFixed(0)}x)`],
    ['index load real, warm: read + JSON.parse and join + loadMatchIndex, ms', `${realLoad.readMs.toFixed(1)} + ${realLoad.parseMs.toFixed(1)} + ${realLoad.loadMs.toFixed(1)} = ${(realLoad.readMs + realLoad.parseMs + realLoad.loadMs).toFixed(1)} (${(realLoad.chars / 1024).toFixed(0)} KiB in ${realLoad.files} files)`],
    [`index load real, cold (fresh process, median of ${COLD_RUNS}): read + JSON.parse and join + loadMatchIndex, ms`, `${cold.readMs.toFixed(1)} + ${cold.parseMs.toFixed(1)} + ${cold.loadMs.toFixed(1)} = ${cold.totalMs.toFixed(1)} (min ${cold.minTotalMs.toFixed(1)})`],
    ['index load 10x: JSON.parse and join + loadMatchIndex, ms', `${tenXLoad.parseMs.toFixed(1)} + ${tenXLoad.loadMs.toFixed(1)} (${(tenXLoad.chars / 1024).toFixed(0)} KiB in ${tenXLoad.files} files)`],
    ['compile 10x at build time, ms', compileMs.toFixed(0)],
  ];
  console.log('\nEntity matcher (bench/match.bench.ts)');
  for (const [k, v] of rows) console.log(`  ${k.padEnd(48)} ${v}`);
  if (sink === 0.5) console.log(''); // keep the floor loop observable
}

if (import.meta.url === `file://${process.argv[1]}`) void run();
