/**
 * What the blind-batch scripts share (scripts/batch-aid.mts, scripts/batch-remark.mts): their
 * arguments, and the canonical-table entries they add for names the corpus build must resolve.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { GoldBucket } from '../../lib/eval/canonical-table';

const TABLE_FILE = join(import.meta.dirname, '../../lib/eval/canonical-table.ts');

export interface BatchArgs {
  dir: string;
  write: boolean;
  /** `--unmark "Name"` (repeatable), lower-cased: a namesake the bundle holds that the writer did not mean. */
  unmark: ReadonlySet<string>;
}

/** `<batch dir> [--unmark "Name" ...] [--write]`; prints `usage` and exits 2 without a directory. */
export function batchArgs(argv: readonly string[], usage: string): BatchArgs {
  const [dir, ...flags] = argv;
  if (!dir) {
    console.error(`usage: ${usage}`);
    process.exit(2);
  }
  const unmark = new Set(flags.flatMap((f, i) => (f === '--unmark' && flags[i + 1] ? [flags[i + 1]!.toLowerCase()] : [])));
  return { dir, write: flags.includes('--write'), unmark };
}

/** Adds `name: []` entries to the canonical table, each at the end of its bucket's table. */
export function addCanonicalEntries(entries: ReadonlyMap<string, GoldBucket>): void {
  if (entries.size === 0) return;
  let table = readFileSync(TABLE_FILE, 'utf8');
  for (const bucket of ['companies', 'people'] as const) {
    const adds = [...entries].filter(([, b]) => b === bucket).map(([n]) => `  '${n.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}': [],\n`);
    if (adds.length === 0) continue;
    // Each table ends with a line "};" after its last entry.
    const at = table.indexOf('\n};', table.indexOf(bucket === 'companies' ? 'const COMPANIES' : 'const PEOPLE')) + 1;
    table = table.slice(0, at) + adds.join('') + table.slice(at);
  }
  writeFileSync(TABLE_FILE, table);
}
