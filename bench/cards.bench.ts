/**
 * Card render cost: build the view model and render an EntityCard / FigureCard with Preact into
 * a happy-dom document, for the richest entities of the real bundle. happy-dom's DOM is slower
 * than a browser's, so these are upper bounds for "card shown within one frame (16 ms) after
 * the dwell ends" (docs/cards.md). Run: `npm run bench -- cards`.
 */
import { Window } from 'happy-dom';
import { h, render } from 'preact';
import type { Deal, FactBundle, Source } from '../lib/facts/schema.ts';
import type { EntityDetails, FigureDetails } from '../lib/messaging/protocol.ts';
import { loadBundleFromDisk } from '../lib/facts/load-bundle-node.ts';

const ENTITIES = 60;
const ROUNDS = 5;

function detailsFor(bundle: FactBundle, index: number): EntityDetails {
  const entity = bundle.entities[index]!;
  const deals: Deal[] = bundle.deals.filter((d) => d.target.id === entity.id || d.acquirers.some((a) => a.id === entity.id));
  const ids = new Set<string>([...entity.facts.flatMap((f) => [...f.sources, ...(f.conflicts ?? []).flatMap((c) => c.sources)]), ...deals.flatMap((d) => d.sources)]);
  const sources: Record<string, Source> = {};
  for (const s of bundle.sources) if (ids.has(s.id)) sources[s.id] = s;
  return { entity, sources, deals, related: {}, dataDate: bundle.dataDate };
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))]!;
}

export async function run(): Promise<void> {
  const window = new Window();
  const g = globalThis as Record<string, unknown>;
  for (const key of ['document', 'window', 'Node', 'Element', 'HTMLElement', 'SVGElement', 'Event', 'navigator']) {
    if (!(key in g) || key === 'document' || key === 'window') g[key] = (window as unknown as Record<string, unknown>)[key];
  }
  // Imported after the DOM globals exist.
  const { EntityCard } = await import('../components/cards/entity-card.tsx');
  const { FigureCard } = await import('../components/cards/figure-card.tsx');

  const bundle = await loadBundleFromDisk();
  const richest = bundle.entities.map((e, i) => ({ i, n: e.facts.length })).sort((a, b) => b.n - a.n).slice(0, ENTITIES);
  const container = window.document.createElement('div');
  window.document.body.append(container as never);

  const entityTimes: number[] = [];
  for (let round = 0; round < ROUNDS; round += 1) {
    for (const { i } of richest) {
      const details = detailsFor(bundle, i);
      const t0 = performance.now();
      render(h(EntityCard, { details, lang: round % 2 ? 'it' : 'en', theme: 'light' }), container as never);
      entityTimes.push(performance.now() - t0);
      render(null, container as never);
    }
  }

  const deals = bundle.deals.filter((d) => d.amount).slice(0, 6);
  const figureTimes: number[] = [];
  for (let round = 0; round < ROUNDS * 10; round += 1) {
    const deal = deals[round % deals.length]!;
    const details: FigureDetails = {
      deal,
      comparables: deals.map((d) => ({ label: d.title, value: d.amount!, kind: 'deal' as const, asOf: d.announced })),
      sources: Object.fromEntries(bundle.sources.filter((s) => deal.sources.includes(s.id)).map((s) => [s.id, s])),
    };
    const figure = { surface: 'x', amount: deal.amount!.amount, currency: deal.amount!.currency, kind: 'total' as const };
    const t0 = performance.now();
    render(h(FigureCard, { figure, details, lang: 'it', theme: 'dark' }), container as never);
    figureTimes.push(performance.now() - t0);
    render(null, container as never);
  }

  const row = (name: string, times: number[]) => {
    const sorted = [...times].sort((a, b) => a - b);
    const warm = sorted.slice(0, Math.max(1, sorted.length - 1)); // drop the single cold outlier
    return { card: name, renders: times.length, medianMs: +percentile(warm, 0.5).toFixed(2), p95Ms: +percentile(warm, 0.95).toFixed(2), maxMs: +sorted[sorted.length - 1]!.toFixed(2) };
  };
  console.log('\nCards: view model + Preact render into happy-dom (upper bound for a browser)');
  console.table([row(`EntityCard (${ENTITIES} richest entities)`, entityTimes), row('FigureCard (deal + 6 bars)', figureTimes)]);
  await window.happyDOM.close();
}

if (import.meta.url === `file://${process.argv[1]}`) void run();
