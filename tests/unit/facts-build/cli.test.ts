import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { runLookup } from '../../../lib/cli/lookup';
import { findEntity } from '../../../lib/cli/lookup-match';
import { runStats } from '../../../lib/cli/stats';
import { loadBundleFromDisk } from '../../../lib/facts/load-bundle-node';
import type { FactBundle } from '../../../lib/facts/schema';

let bundle: FactBundle;
beforeAll(async () => {
  bundle = await loadBundleFromDisk();
}, 120_000);
afterEach(() => vi.restoreAllMocks());

/** Runs a CLI command, returning its exit code and what it printed. */
async function capture(run: (argv: string[]) => Promise<number>, argv: string[]): Promise<{ code: number; out: string; err: string }> {
  const out: string[] = [];
  const err: string[] = [];
  vi.spyOn(console, 'log').mockImplementation((...a: unknown[]) => void out.push(a.join(' ')));
  vi.spyOn(console, 'error').mockImplementation((...a: unknown[]) => void err.push(a.join(' ')));
  const code = await run(argv);
  return { code, out: out.join('\n'), err: err.join('\n') };
}

describe('lookup matching', () => {
  it.each([
    ['Piazzetta Cuccia', 'c:mediobanca', 'exact'],
    ['openai', 'c:openai', 'case-insensitive'],
    ['NESTLE, S.A.', 'c:nestle', 'normalised'],
    ['NVDA', 'c:nvidia', 'exact'],
    ['Mediob', 'c:mediobanca', 'prefix'],
  ])('%s -> %s (%s)', (query, id, how) => {
    const hit = findEntity(bundle, query);
    expect(hit?.entity.id).toBe(id);
    expect(hit?.how).toBe(how);
  });

  it('finds nothing for a name no record has', () => {
    expect(findEntity(bundle, 'Qzxv Nonexistent Holdings')).toBeUndefined();
  });
});

describe('backstory lookup / stats', () => {
  it('prints OpenAI with founding year, HQ, CEO and a dated valuation, each with resolved sources', async () => {
    const { code, out } = await capture(runLookup, ['OpenAI', '--json']);
    expect(code).toBe(0);
    const r = JSON.parse(out) as { entity: { id: string; facts: { key: string; value: Record<string, unknown>; asOf: string; sources: { url: string; title: string }[] }[] } };
    expect(r.entity.id).toBe('c:openai');
    const fact = (key: string) => r.entity.facts.find((f) => f.key === key)!;
    expect(String((fact('founded').value as { v: string }).v)).toMatch(/^2015/);
    expect((fact('hq').value as { v: string }).v).toContain('San Francisco');
    expect((fact('ceo').value as { v: { name: string; id: string } }).v).toEqual({ id: 'p:sam-altman', name: 'Sam Altman' });
    expect(fact('valuation').asOf).toMatch(/^\d{4}-\d{2}/);
    for (const f of r.entity.facts) {
      expect(f.sources.length, f.key).toBeGreaterThan(0);
      for (const s of f.sources) expect(s.url).toMatch(/^https?:\/\//);
    }
  });

  it('answers a press nickname in the readable report', async () => {
    const { code, out } = await capture(runLookup, ['Piazzetta', 'Cuccia']);
    expect(code).toBe(0);
    expect(out.split('\n')[0]).toMatch(/^Mediobanca\b/);
  });

  it('exits 1 with a clear message when nothing matches', async () => {
    const { code, err } = await capture(runLookup, ['Qzxv Nonexistent Holdings', '--json']);
    expect(code).toBe(1);
    expect(err).toContain('nothing matches "Qzxv Nonexistent Holdings"');
  });

  it('reports counts with every fact sourced and dated', async () => {
    const { code, out } = await capture(runStats, ['--json']);
    expect(code).toBe(0);
    const s = JSON.parse(out) as Record<string, number | string>;
    expect(s.factsWithSource).toBe(s.facts);
    expect(s.factsWithAsOf).toBe(s.facts);
    expect(s.version).toBe(bundle.version);
    expect(s.dataDate).toBe(bundle.dataDate);
  });
});
