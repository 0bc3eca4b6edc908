/**
 * One cold index load, as in a tab's content script: a fresh process reads the built match index
 * (its head and the parts it names, lib/match/index-parts.ts), then times its first read of every
 * file (I/O and UTF-8 decoding), their first JSON.parse and join, and its first loadMatchIndex
 * (code not yet compiled by the JIT). Prints {"readMs", "parseMs" (parse + join), "loadMs"}.
 * Run by bench/match.bench.ts, once per child process.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { loadMatchIndex } from '../lib/match/index';
import { joinMatchIndex, matchIndexPartNames } from '../lib/match/index-parts';

const file = process.argv[2];
if (!file) throw new Error('usage: index-load-cold.ts <match-index.json>');
const t0 = performance.now();
const headJson = readFileSync(file, 'utf8');
const partJsons = matchIndexPartNames(JSON.parse(headJson)).map((name) => readFileSync(join(dirname(file), name), 'utf8'));
const t1 = performance.now();
const data = joinMatchIndex(JSON.parse(headJson), partJsons.map((json) => JSON.parse(json) as unknown));
const t2 = performance.now();
loadMatchIndex(data);
const t3 = performance.now();
console.log(JSON.stringify({ readMs: t1 - t0, parseMs: t2 - t1, loadMs: t3 - t2 }));
