/**
 * One cold index load, as in a tab's content script: a fresh process reads the built match index,
 * then times its first JSON.parse and its first loadMatchIndex (code not yet compiled by the JIT).
 * Prints {"parseMs", "loadMs"}. Run by bench/match.bench.ts, once per child process.
 */
import { readFileSync } from 'node:fs';
import { loadMatchIndex } from '../lib/match/index';

const file = process.argv[2];
if (!file) throw new Error('usage: index-load-cold.ts <match-index.json>');
const json = readFileSync(file, 'utf8');
const t0 = performance.now();
const data = JSON.parse(json);
const t1 = performance.now();
loadMatchIndex(data);
const t2 = performance.now();
console.log(JSON.stringify({ parseMs: t1 - t0, loadMs: t2 - t1 }));
