/** The `backstory scan` contract (issue 2): one JSON object per file per line, exact offsets. */
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { parseScanArgs, runScan } from '../../../lib/cli/scan';
import { loadIndexFromDisk, outputKind } from '../../../lib/cli/scan-core';

// The seed article is third-party text: read beside the project, never copied into it.
const SEED_CANDIDATES = [process.env.BACKSTORY_SEED_ARTICLE, join(__dirname, '../../../../shared/corpus/seed-it.txt'), '/work/shared/corpus/seed-it.txt'];
const SEED = SEED_CANDIDATES.find((p): p is string => !!p && existsSync(p)) ?? '';
const HAVE_SEED = SEED !== '';
const FIXTURES = join(__dirname, '../../fixtures/corpus/html');
const FACTS_BUILD_TIMEOUT_MS = 180_000;

interface Line {
  file: string;
  lang: string;
  text?: string;
  mentions: { kind: string; id: string; name: string; surface: string; start: number; end: number }[];
  figures: { surface: string; start: number; end: number; amount: number; currency: string | null; kind: string }[];
}

async function scanJson(args: string[]): Promise<{ code: number; lines: Line[]; errors: string[] }> {
  const out: string[] = [];
  const errors: string[] = [];
  vi.spyOn(console, 'log').mockImplementation((s: string) => void out.push(s));
  vi.spyOn(console, 'error').mockImplementation((s: string) => void errors.push(s));
  const code = await runScan(args);
  return { code, lines: out.map((l) => JSON.parse(l) as Line), errors };
}

beforeAll(async () => {
  await loadIndexFromDisk(); // may build public/facts first
}, FACTS_BUILD_TIMEOUT_MS);
afterEach(() => vi.restoreAllMocks());

describe('backstory scan --json', () => {
  it.skipIf(!HAVE_SEED)('finds every item of the seed article and nothing for bare scale words', async () => {
    const { code, lines } = await scanJson([SEED, '--json']);
    expect(code).toBe(0);
    expect(lines).toHaveLength(1);
    const [r] = lines as [Line];
    const text = readFileSync(SEED, 'utf8');
    expect(r.file).toBe(SEED);
    expect(r.lang).toBe('it');
    for (const m of [...r.mentions, ...r.figures]) expect(text.slice(m.start, m.end)).toBe(m.surface);
    const names = new Set(r.mentions.map((m) => m.name));
    for (const name of ['OpenAI', 'xAI', 'Elon Musk', 'Mark Zuckerberg', 'Sam Altman']) expect(names).toContain(name);
    const surfaces = new Set(r.mentions.map((m) => `${m.surface}`));
    for (const s of ['openai', 'Meta', 'Twitter', 'Apple', 'Musk', 'Zuckerberg', 'Altman', 'elon musk', 'mark zuckerberg']) expect(surfaces).toContain(s);
    expect(r.mentions.every((m) => m.kind === 'company' || m.kind === 'person')).toBe(true);
    expect(r.figures.map((f) => [f.amount, f.currency, f.kind])).toEqual([[97.4e9, 'USD', 'total'], [9.74e9, 'USD', 'total']]);
    const covered = (word: string) => [...text.matchAll(new RegExp(`\\b${word}\\b`, 'g'))].map((m) => m.index!)
      .filter((at) => r.figures.some((f) => f.start <= at && at < f.end) === false && r.figures.some((f) => at < f.end && f.start < at + word.length));
    expect(covered('miliardi')).toEqual([]);
    expect(r.figures.some((f) => f.surface.includes('milionarie'))).toBe(false);
  });

  it('reads HTML: extracted text in "text", offsets into it, language from <html lang>', async () => {
    const { lines } = await scanJson([join(FIXTURES, 'it-borsa.html'), join(FIXTURES, 'en-tech.html'), '--json']);
    expect(lines.map((l) => l.lang)).toEqual(['it', 'en']);
    for (const l of lines) {
      expect(typeof l.text).toBe('string');
      for (const m of [...l.mentions, ...l.figures]) expect(l.text!.slice(m.start, m.end)).toBe(m.surface);
    }
    const it0 = lines[0]!;
    expect(it0.text).not.toContain('Tecnologia'); // nav
    expect(it0.text).not.toContain('Abbonati'); // aside
    expect(it0.mentions.map((m) => m.name)).toContain('UniCredit');
    expect(it0.figures.map((f) => f.amount)).toEqual([3.5e9, 9e9]);
  });

  it('plain-text output has no "text" field, and --lang overrides detection', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'scan-'));
    const file = join(dir, 'a.txt');
    writeFileSync(file, 'The board said OpenAI is not for sale at $97.4bn.');
    const { lines } = await scanJson(['--lang', 'en-GB', file, '--json']);
    expect(lines[0]!.text).toBeUndefined();
    expect(lines[0]!.lang).toBe('en-GB');
    expect(lines[0]!.figures[0]).toMatchObject({ surface: '$97.4bn', amount: 97.4e9, currency: 'USD' });
  });

  it('a name inside a figure is not reported apart from it ("US$ 320 MM" is no Mayr-Melnhof)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'scan-'));
    const file = join(dir, 'cl.txt');
    writeFileSync(file, 'La minera ganó US$ 320 MM y el banco MM$ 45.300 en el año.');
    const { lines } = await scanJson(['--lang', 'es-CL', file, '--json']);
    expect(lines[0]!.figures.map((f) => [f.surface, f.amount, f.currency])).toEqual([['US$ 320 MM', 320e6, 'USD'], ['MM$ 45.300', 45.3e9, 'CLP']]);
    expect(lines[0]!.mentions).toEqual([]);
  });

  it('reports an unreadable file clearly, still scans the others, and exits 1', async () => {
    const { code, lines, errors } = await scanJson(['/nonexistent/x.txt', join(FIXTURES, 'de-auto.html'), '--json']);
    expect(code).toBe(1);
    expect(lines).toHaveLength(1);
    expect(errors.join('\n')).toMatch(/cannot read \/nonexistent\/x\.txt: no such file/);
  });
});

describe('backstory scan report', () => {
  it('prints each item with key facts and sources', async () => {
    const out: string[] = [];
    vi.spyOn(console, 'log').mockImplementation((s: string) => void out.push(s));
    expect(await runScan([join(FIXTURES, 'it-borsa.html')])).toBe(0);
    const report = out.join('\n');
    expect(report).toMatch(/UniCredit ×2/);
    expect(report).toMatch(/ceo: Andrea Orcel \((as of \d{4}|undated)/);
    expect(report).toMatch(/"3,5\u00a0miliardi di euro" = €3\.5 billion/);
  });
});

describe('argument parsing and kinds', () => {
  it('rejects missing files and bad options with a usage line', () => {
    expect(parseScanArgs([])).toMatch(/give at least one file/);
    expect(parseScanArgs(['--frobnicate', 'a.txt'])).toMatch(/unknown option --frobnicate/);
    expect(parseScanArgs(['a.txt', '--lang'])).toMatch(/--lang needs/);
    expect(parseScanArgs(['a.txt', '--json', '--lang=fr'])).toEqual({ files: ['a.txt'], json: true, lang: 'fr' });
  });

  it('reports organisation-like kinds as companies and leaves regulators out', () => {
    expect(['company', 'investor', 'media', 'brand', 'organisation'].map((k) => outputKind(k as never))).toEqual(['company', 'company', 'company', 'company', 'company']);
    expect(outputKind('person')).toBe('person');
    expect(outputKind('regulator')).toBeUndefined();
  });
});
