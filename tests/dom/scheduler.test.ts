import { describe, expect, it } from 'vitest';
import { createScheduler, type IdleDeadlineLike } from '../../lib/dom/scheduler';

/** A fake clock and idle queue: each job step advances the clock by its cost. */
function harness() {
  let now = 0;
  const idle: Array<(d: IdleDeadlineLike) => void> = [];
  const scheduler = createScheduler({ now: () => now, requestIdle: (cb) => void idle.push(cb) }, 8);
  const runIdle = (remaining = 50) => {
    const cb = idle.shift();
    cb?.({ timeRemaining: () => remaining });
    return cb !== undefined;
  };
  return { scheduler, runIdle, advance: (ms: number) => (now += ms), pendingIdle: () => idle.length };
}

function* steps(n: number, cost: number, advance: (ms: number) => void, log: number[]) {
  for (let i = 0; i < n; i++) {
    advance(cost);
    log.push(i);
    yield;
  }
}

describe('idle-time scheduler', () => {
  it('stops a slice once its budget is spent and resumes in the next idle period', async () => {
    const h = harness();
    const log: number[] = [];
    const done = h.scheduler.schedule(steps(10, 3, h.advance, log));
    h.runIdle();
    // 3 ms steps, 8 ms budget: the third step crosses it.
    expect(log).toEqual([0, 1, 2]);
    expect(h.pendingIdle()).toBe(1);
    while (h.runIdle()) { /* drain */ }
    await done;
    expect(log).toHaveLength(10);
    expect(h.scheduler.longestSliceMs).toBeLessThanOrEqual(9);
  });

  it('respects a short idle deadline', () => {
    const h = harness();
    const log: number[] = [];
    void h.scheduler.schedule(steps(10, 2, h.advance, log));
    h.runIdle(3);
    expect(log).toEqual([0, 1]);
  });

  it('runs jobs in order, and a failing job does not stop the next', async () => {
    const h = harness();
    const log: number[] = [];
    const bad = (function* () {
      yield;
      throw new Error('boom');
    })();
    const origError = console.error;
    console.error = () => {};
    const first = h.scheduler.schedule(bad);
    const second = h.scheduler.schedule(steps(2, 1, h.advance, log));
    while (h.runIdle()) { /* drain */ }
    console.error = origError;
    await Promise.all([first, second]);
    expect(log).toEqual([0, 1]);
  });

  it('cancels queued work (Backstory switched off) and resolves waiters', async () => {
    const h = harness();
    const log: number[] = [];
    const done = h.scheduler.schedule(steps(100, 5, h.advance, log));
    h.runIdle();
    h.scheduler.cancelAll();
    await done;
    while (h.runIdle()) { /* nothing left */ }
    expect(log.length).toBeLessThan(5);
    expect(h.scheduler.pending).toBe(0);
  });
});
