import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compileFacts } from '../../lib/facts/build/compile';
import { DATA_DIR } from '../../lib/facts/build/paths';
import { loadBundleFromDisk } from '../../lib/facts/load-bundle-node';
import type { FactBundle } from '../../lib/facts/schema';

const curated = (file: string) =>
  readFileSync(join(DATA_DIR(), 'sources', 'curated', file), 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as { name?: string });

let bundle: FactBundle;
const tmp: string[] = [];
beforeAll(async () => {
  bundle = await loadBundleFromDisk();
}, 120_000);
afterAll(() => tmp.forEach((d) => rmSync(d, { recursive: true, force: true })));

describe('curated records in the bundle', () => {
  it('keeps every curated company and person as an entity named so', () => {
    const names = new Set(bundle.entities.flatMap((e) => [e.name, ...e.aliases.map((a) => a.text)]));
    const lost = [...curated('companies.jsonl'), ...curated('people.jsonl')].map((r) => r.name!).filter((n) => !names.has(n));
    expect(lost).toEqual([]);
  });

  it('keeps every curated deal', () => {
    expect(bundle.deals.length).toBe(curated('deals.jsonl').length);
  });
});

describe('bad input', () => {
  it('stops the build with the file and line of a broken record', () => {
    const dir = mkdtempSync(join(tmpdir(), 'facts-bad-'));
    tmp.push(dir);
    cpSync(DATA_DIR(), dir, { recursive: true });
    const file = join(dir, 'sources', 'curated', 'deals.jsonl');
    writeFileSync(file, `${readFileSync(file, 'utf8')}{"kind": "bid", oops\n`);
    expect(() => compileFacts(dir)).toThrow(/deals\.jsonl:96: invalid JSON/);
  }, 120_000);

  it('stops the build with the file, line and field of a record of the wrong shape', () => {
    const dir = tmp[tmp.length - 1]!;
    const file = join(dir, 'sources', 'curated', 'reach-orgs.jsonl');
    const lines = readFileSync(file, 'utf8').trimEnd().split('\n');
    const record = { name: 'Esempio Ricerche', kind: 'company', key_people: [{ name: 'Anna Prova', role: 'president' }], sources: [{ url: 'https://example.org/a', title: 'A page', fields: ['key_people'] }] };
    writeFileSync(join(dir, 'sources', 'curated', 'deals.jsonl'), readFileSync(join(DATA_DIR(), 'sources', 'curated', 'deals.jsonl')));
    writeFileSync(file, `${[...lines, JSON.stringify(record)].join('\n')}\n`);
    expect(() => compileFacts(dir)).toThrow(new RegExp(`reach-orgs\\.jsonl:${lines.length + 1}: "key_people" entry 1 must be a non-empty string "Name \\(title\\)", got an object`));
  }, 120_000);
});
