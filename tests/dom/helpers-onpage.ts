/** Shared fakes for ON-PAGE DOM tests: a word-list detector, a synchronous scheduler, a highlight registry. */
import type { Detector } from '../../lib/dom/detect';
import type { HighlightBackend, HighlightLike } from '../../lib/dom/highlights';
import type { Scheduler } from '../../lib/dom/scheduler';
import type { Mention } from '../../lib/match/types';
import type { Figure } from '../../lib/money/types';

const ENTITIES: Record<string, { id: string; kind: Mention['kind'] }> = {
  OpenAI: { id: 'openai', kind: 'company' },
  'Elon Musk': { id: 'elon-musk', kind: 'person' },
  Apple: { id: 'apple', kind: 'company' },
};

/** Finds the names above (exact case) and "<n> miliardi" figures. */
export const fakeDetector: Detector = {
  entities(text) {
    const out: Mention[] = [];
    for (const [name, e] of Object.entries(ENTITIES)) {
      for (let i = text.indexOf(name); i >= 0; i = text.indexOf(name, i + 1)) {
        out.push({ kind: e.kind, id: e.id, name, surface: name, start: i, end: i + name.length });
      }
    }
    return out.sort((a, b) => a.start - b.start);
  },
  figures(text) {
    const out: Figure[] = [];
    for (const m of text.matchAll(/(\d+) miliardi/g)) {
      out.push({ surface: m[0], start: m.index, end: m.index + m[0].length, amount: Number(m[1]) * 1e9, currency: 'EUR', kind: 'total' });
    }
    return out;
  },
  sentence(text, offset) {
    const start = Math.max(text.lastIndexOf('.', offset - 1) + 1, 0);
    const dot = text.indexOf('.', offset);
    return { start, end: dot < 0 ? text.length : dot + 1 };
  },
};

/** Runs every job to completion at once. */
export function syncScheduler(): Scheduler {
  return {
    schedule(job) {
      while (!job.next().done) { /* run */ }
      return Promise.resolve();
    },
    cancelAll() {},
    longestSliceMs: 0,
    longestStep: { ms: 0, label: '' },
    pending: 0,
  };
}

export class FakeHighlight implements HighlightLike {
  readonly ranges = new Set<AbstractRange>();
  add(r: AbstractRange) { this.ranges.add(r); return this; }
  delete(r: AbstractRange) { return this.ranges.delete(r); }
  clear() { this.ranges.clear(); }
  get size() { return this.ranges.size; }
}

export function fakeBackend(): HighlightBackend & { registry: Map<string, FakeHighlight> } {
  const registry = new Map<string, FakeHighlight>();
  return {
    registry,
    create: () => new FakeHighlight(),
    set: (name, h) => void registry.set(name, h as FakeHighlight),
    remove: (name) => void registry.delete(name),
  };
}

/** Text of every registered range, per highlight name. */
export function marked(backend: { registry: Map<string, FakeHighlight> }): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const [name, h] of backend.registry) out[name] = [...h.ranges].map((r) => (r as Range).toString());
  return out;
}
