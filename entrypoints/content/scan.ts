/**
 * Following the page: one MutationObserver whose callback only queues; the queue is drained in an
 * idle slice into subtree rescans (or one full rescan when huge); SPA navigation rescans.
 */
import type { ContentScriptContext } from '#imports';
import { MutationQueue, OBSERVE_OPTIONS } from '../../lib/dom/mutation-queue';
import type { PageSession } from './session';

/** Wait this long after a mutation before draining, so bursts (a live blog update) batch up. */
export const MUTATION_SETTLE_MS = 120;

export function init(ctx: ContentScriptContext, session: PageSession): void {
  const queue = new MutationQueue();
  let timer: number | null = null;

  const drain = (): void => {
    timer = null;
    if (!session.active || !session.scanner) return queue.reset();
    const result = queue.drain();
    if (result.full) return session.rescanAll();
    if (result.removals) session.scanner.sweepStale();
    if (result.roots.length) void session.scanner.rescan(result.roots);
  };

  const observer = new MutationObserver((records) => {
    if (!session.active) return;
    queue.queue(records);
    if (timer === null) timer = ctx.setTimeout(drain, MUTATION_SETTLE_MS);
  });
  observer.observe(document.documentElement, OBSERVE_OPTIONS);
  ctx.onInvalidated(() => observer.disconnect());

  ctx.addEventListener(window, 'wxt:locationchange', () => session.rescanAll());
}
