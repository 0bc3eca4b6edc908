/**
 * Scores one scanned document against its gold (rules of issue 4):
 * - companies / people: multisets of (entity id, surface) — counts compared, order ignored;
 * - money: same span, amount within a relative 1e-9, same currency and kind;
 * - negatives: any reported mention or figure overlapping a negative's span is a hit.
 */
import type { ScanFigure, ScanMention, ScanResult } from '../cli/scan-core';
import type { GoldResolver } from './resolve-gold';
import type { LoadedDoc } from './types';

export const KINDS = ['companies', 'people', 'money'] as const;
export type EvalKind = (typeof KINDS)[number];

export interface Tally {
  tp: number;
  fp: number;
  fn: number;
}

export interface Miss {
  doc: string;
  kind: EvalKind | 'negative';
  /** fn: in gold, not found; fp: found, not in gold; hit: found on a negative. */
  type: 'fn' | 'fp' | 'hit';
  surface: string;
  detail: string;
  start?: number;
}

export interface DocScore {
  doc: string;
  base: string;
  tally: Record<EvalKind, Tally>;
  negatives: { total: number; hits: number };
  misses: Miss[];
  unresolved: string[];
}

export const AMOUNT_TOLERANCE = 1e-9;

export function sameAmount(a: number, b: number): boolean {
  return Math.abs(a - b) <= AMOUNT_TOLERANCE * Math.max(Math.abs(a), Math.abs(b));
}

function scoreEntities(doc: LoadedDoc, bucket: 'companies' | 'people', found: ScanMention[], resolver: GoldResolver, unresolved: string[], misses: Miss[]): Tally {
  const gold = new Map<string, { n: number; surface: string; name: string }>();
  for (const g of doc.gold[bucket]) {
    const id = resolver.resolve(g.canonical, bucket);
    if (!id) unresolved.push(`${g.canonical} (${bucket})`);
    const key = `${id ?? `unresolved:${g.canonical}`}\u0000${g.surface}`;
    const prev = gold.get(key);
    gold.set(key, { n: (prev?.n ?? 0) + g.count, surface: g.surface, name: g.canonical });
  }
  const got = new Map<string, { n: number; surface: string; name: string; start: number }>();
  for (const m of found.filter((m) => (m.kind === 'person') === (bucket === 'people'))) {
    const key = `${m.id}\u0000${m.surface}`;
    const prev = got.get(key);
    got.set(key, { n: (prev?.n ?? 0) + 1, surface: m.surface, name: m.name, start: prev?.start ?? m.start });
  }
  const tally: Tally = { tp: 0, fp: 0, fn: 0 };
  for (const [key, g] of gold) {
    const hit = Math.min(g.n, got.get(key)?.n ?? 0);
    tally.tp += hit;
    tally.fn += g.n - hit;
    if (g.n > hit) misses.push({ doc: doc.id, kind: bucket, type: 'fn', surface: g.surface, detail: `${g.name}: ${g.n - hit} of ${g.n} not found` });
  }
  for (const [key, m] of got) {
    const extra = m.n - Math.min(m.n, gold.get(key)?.n ?? 0);
    tally.fp += extra;
    if (extra > 0) misses.push({ doc: doc.id, kind: bucket, type: 'fp', surface: m.surface, detail: `${m.name}: ${extra} not in gold`, start: m.start });
  }
  return tally;
}

function describe(f: { amount: number; currency: string | null; kind: string }): string {
  return `${f.amount} ${f.currency ?? '∅'} ${f.kind}`;
}

function scoreMoney(doc: LoadedDoc, found: ScanFigure[], misses: Miss[]): Tally {
  const tally: Tally = { tp: 0, fp: 0, fn: 0 };
  const used = new Set<number>();
  for (const g of doc.gold.money) {
    const at = found.findIndex((f, i) => !used.has(i) && f.start === g.start && f.end === g.end
      && sameAmount(f.amount, g.amount) && f.currency === g.currency && f.kind === g.kind);
    if (at >= 0) {
      used.add(at);
      tally.tp += 1;
      continue;
    }
    tally.fn += 1;
    const near = found.find((f) => f.start < g.end! && g.start! < f.end);
    misses.push({ doc: doc.id, kind: 'money', type: 'fn', surface: g.surface, start: g.start,
      detail: `want ${describe(g)}; ${near ? `got "${near.surface}" = ${describe(near)}` : 'nothing found'}` });
  }
  found.forEach((f, i) => {
    if (used.has(i)) return;
    tally.fp += 1;
    misses.push({ doc: doc.id, kind: 'money', type: 'fp', surface: f.surface, start: f.start, detail: `found ${describe(f)}` });
  });
  return tally;
}

export function scoreDoc(doc: LoadedDoc, result: ScanResult, resolver: GoldResolver): DocScore {
  const misses: Miss[] = [];
  const unresolved: string[] = [];
  const tally = {
    companies: scoreEntities(doc, 'companies', result.mentions, resolver, unresolved, misses),
    people: scoreEntities(doc, 'people', result.mentions, resolver, unresolved, misses),
    money: scoreMoney(doc, result.figures, misses),
  };
  let hits = 0;
  for (const n of doc.gold.negatives) {
    const overlapping = [...result.mentions, ...result.figures].filter((x) => x.start < n.end! && n.start! < x.end);
    if (overlapping.length === 0) continue;
    hits += 1;
    misses.push({ doc: doc.id, kind: 'negative', type: 'hit', surface: n.surface, start: n.start,
      detail: `${n.why}: found ${overlapping.map((x) => `"${x.surface}"${'name' in x ? ` as ${x.name}` : ` = ${describe(x)}`}`).join(', ')}` });
  }
  return { doc: doc.id, base: doc.base, tally, negatives: { total: doc.gold.negatives.length, hits }, misses, unresolved };
}

export function f1(t: Tally): { p: number; r: number; f: number } {
  const p = t.tp + t.fp === 0 ? 1 : t.tp / (t.tp + t.fp);
  const r = t.tp + t.fn === 0 ? 1 : t.tp / (t.tp + t.fn);
  return { p, r, f: p + r === 0 ? 0 : (2 * p * r) / (p + r) };
}
