/**
 * Idle-time job runner. Every job is a generator that yields after a small step; the runner
 * advances jobs inside requestIdleCallback slices and stops a slice once TASK_BUDGET_MS is spent
 * (or the idle deadline is near), so no task of ours approaches the 50 ms long-task line
 * (issue 5; docs/PERF.md: done in one go, scanning a 1 MB page is a 95 ms – 1.4 s task).
 *
 *   schedule(job) ─▶ queue ─▶ idle slice: step, step, step … budget spent? ─▶ next idle slice
 */

/** Work per slice. Far below 50 ms so one slow step (a big block) still stays well under it. */
export const TASK_BUDGET_MS = 8;
/** An idle callback is forced after this long even on a busy page. */
export const IDLE_TIMEOUT_MS = 300;
/** Fallback slice spacing where requestIdleCallback is missing (Safari, some test DOMs). */
export const FALLBACK_DELAY_MS = 16;

export type Job = Iterator<unknown, unknown, undefined>;

export interface IdleDeadlineLike {
  timeRemaining(): number;
  readonly didTimeout?: boolean;
}

export interface SchedulerDeps {
  now(): number;
  /** Call `cb` when the main thread is idle. */
  requestIdle(cb: (deadline: IdleDeadlineLike) => void): void;
}

export interface Scheduler {
  /** Queue a job; resolves when it has run to completion (or was cancelled). `label` names the
   *  job's current phase for the longest-step statistic. */
  schedule(job: Job, label?: () => string): Promise<void>;
  /** Drop every queued job (settings turned Backstory off, context invalidated). */
  cancelAll(): void;
  /** Longest slice so far in ms (for docs and tests). */
  readonly longestSliceMs: number;
  /** Longest single step and the phase it was in (what to shorten when a slice runs long). */
  readonly longestStep: { ms: number; label: string };
  readonly pending: number;
}

/** Browser deps: requestIdleCallback with a timeout, else setTimeout with a synthetic deadline. */
export function browserSchedulerDeps(win: Window & typeof globalThis, signal?: AbortSignal): SchedulerDeps {
  const now = (): number => win.performance.now();
  const ric = win.requestIdleCallback?.bind(win);
  return {
    now,
    requestIdle(cb) {
      if (signal?.aborted) return;
      if (ric) {
        ric((d) => { if (!signal?.aborted) cb(d); }, { timeout: IDLE_TIMEOUT_MS });
        return;
      }
      win.setTimeout(() => {
        if (signal?.aborted) return;
        const start = now();
        cb({ timeRemaining: () => Math.max(0, TASK_BUDGET_MS - (now() - start)) });
      }, FALLBACK_DELAY_MS);
    },
  };
}

interface Entry {
  job: Job;
  done: () => void;
  label?: () => string;
}

export function createScheduler(deps: SchedulerDeps, budgetMs = TASK_BUDGET_MS): Scheduler {
  const queue: Entry[] = [];
  let requested = false;
  let longest = 0;
  const longestStep = { ms: 0, label: '' };

  const slice = (deadline: IdleDeadlineLike): void => {
    requested = false;
    const start = deps.now();
    // didTimeout: the page never went idle; take a budget slice anyway so scanning progresses.
    const allowed = deadline.didTimeout ? budgetMs : Math.min(budgetMs, Math.max(1, deadline.timeRemaining()));
    while (queue.length > 0) {
      const entry = queue[0]!;
      let finished = false;
      const stepStart = deps.now();
      try {
        finished = entry.job.next().done === true;
        const ms = deps.now() - stepStart;
        if (ms > longestStep.ms) {
          longestStep.ms = ms;
          longestStep.label = entry.label?.() ?? '';
        }
      } catch (err) {
        // A broken job must not stop the others (or the page): report and drop it.
        console.error('[backstory] scan step failed', err);
        finished = true;
      }
      if (finished) {
        queue.shift();
        entry.done();
      }
      if (deps.now() - start >= allowed) break;
    }
    longest = Math.max(longest, deps.now() - start);
    if (queue.length > 0) request();
  };

  const request = (): void => {
    if (requested) return;
    requested = true;
    deps.requestIdle(slice);
  };

  return {
    schedule(job, label) {
      return new Promise<void>((resolve) => {
        queue.push(label ? { job, done: resolve, label } : { job, done: resolve });
        request();
      });
    },
    cancelAll() {
      for (const entry of queue.splice(0)) {
        try { entry.job.return?.(undefined); } catch { /* already closing */ }
        entry.done();
      }
    },
    get longestSliceMs() { return longest; },
    get longestStep() { return longestStep; },
    get pending() { return queue.length; },
  };
}
