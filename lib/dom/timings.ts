/** Per-phase timing of the scan (the numbers in docs/on-page.md and the debug line). */
import type { Detector } from './detect';

export class PhaseTimings {
  readonly phases: Record<string, { total: number; max: number }> = {};

  /** Record the time since `start` (performance.now()) under `phase`. */
  add(phase: string, start: number): void {
    const ms = performance.now() - start;
    const t = (this.phases[phase] ??= { total: 0, max: 0 });
    t.total += ms;
    if (ms > t.max) t.max = ms;
  }

  toJSON(): Record<string, { total: number; max: number }> {
    return this.phases;
  }
}

/** The same engine, with every call timed. */
export function timedDetector(d: Detector, timings: PhaseTimings): Detector {
  return {
    entities(text, lang) {
      const t = performance.now();
      const out = d.entities(text, lang);
      timings.add('entities', t);
      return out;
    },
    figures(text, lang) {
      const t = performance.now();
      const out = d.figures(text, lang);
      timings.add('figures', t);
      return out;
    },
    sentence: (text, offset) => d.sentence(text, offset),
  };
}
