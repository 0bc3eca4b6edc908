/**
 * One page session: the state every feature file shares (store, marks, scanner, card host) and
 * its life cycle. `start()` when Backstory is on for this site, `stop()` when the settings turn
 * it off (everything is removed: marks, observer, queued work) — no reload needed either way.
 */
import type { ContentScriptContext } from '#imports';
import type { CardHost } from '../../lib/card/types';
import type { Detector } from '../../lib/dom/detect';
import { browserHighlightBackend, type Palette } from '../../lib/dom/highlights';
import { browserNearViewport, Marker } from '../../lib/dom/marks';
import { MentionStore } from '../../lib/dom/mention-store';
import { PageScanner } from '../../lib/dom/page-scan';
import { browserGeometry } from '../../lib/dom/scan-plan';
import { detectPalette } from '../../lib/dom/palette';
import { browserSchedulerDeps, createScheduler, type Scheduler } from '../../lib/dom/scheduler';
import type { Settings } from '../../lib/settings/defaults';
import { indexTimings } from './engine';
import { pageLang } from './page-lang';

/** Attempts to get the match index when the background does not answer, spaced by this much. */
const START_RETRIES = 3;
const START_RETRY_MS = 1500;

export class PageSession {
  readonly store = new MentionStore();
  marker: Marker | null = null;
  scanner: PageScanner | null = null;
  scheduler: Scheduler | null = null;
  lang: string | undefined;
  palette: Palette = 'light';
  /** Key of the last mention reached by keyboard or popup (navigation starts there). */
  lastKey: string | null = null;
  private readonly changeListeners = new Set<() => void>();
  private retries = 0;
  private abort: AbortController | null = null;

  constructor(
    readonly ctx: ContentScriptContext,
    readonly cardHost: CardHost,
    private readonly detector: () => Promise<Detector>,
    public settings: Settings,
  ) {}

  get active(): boolean {
    return this.scanner !== null;
  }

  /** Called after new or removed mentions (popup findings stay current). */
  onChange(cb: () => void): void {
    this.changeListeners.add(cb);
  }

  async start(): Promise<void> {
    // Already running, or a start is waiting for the index.
    if (this.active || this.abort !== null || this.ctx.isInvalid) return;
    const abort = new AbortController();
    this.abort = abort;
    this.ctx.onInvalidated(() => abort.abort());
    let detector: Detector;
    try {
      detector = await this.detector();
    } catch (error) {
      // The background may be seeding or restarting: try again a little later, a few times.
      this.abort = null;
      if (this.retries++ < START_RETRIES) this.ctx.setTimeout(() => void this.start(), START_RETRY_MS * this.retries);
      else console.warn('[backstory] the fact index is not available on this page', error);
      return;
    }
    if (abort.signal.aborted || this.ctx.isInvalid) return;
    const doc = document;
    this.palette = detectPalette(doc);
    this.lang = pageLang(doc, null);
    this.marker = new Marker(browserHighlightBackend(window), this.settings, this.palette, browserNearViewport(window));
    this.scheduler = createScheduler(browserSchedulerDeps(window, abort.signal));
    this.scanner = new PageScanner({
      detector,
      store: this.store,
      marker: this.marker,
      scheduler: this.scheduler,
      lang: () => this.lang,
      onExtracted: (blocks) => {
        this.lang = pageLang(doc, blocks);
      },
      geometry: browserGeometry(window),
      onChange: () => this.changed(),
    });
    const t0 = performance.now();
    await this.scanner.scanPage(doc);
    this.reportScan(t0);
  }

  /** One debug line per full scan: what e2e and people measuring read (hidden by default in consoles). */
  private reportScan(t0: number): void {
    if (!this.scheduler) return;
    console.debug(
      `[backstory] scan done: index load ${indexTimings.loadMs.toFixed(1)} ms (message ${indexTimings.messageMs.toFixed(1)} ms), ${this.store.size} mentions, ${this.marker?.markedCount ?? 0} marked, ${this.marker?.paintedCount ?? 0} painted, ` +
        `${Math.round(performance.now() - t0)} ms elapsed, longest slice ${this.scheduler.longestSliceMs.toFixed(1)} ms, longest step ${this.scheduler.longestStep.ms.toFixed(1)} ms (${this.scheduler.longestStep.label}); ` +
        JSON.stringify(this.scanner?.timings ?? {}, (_k, v: unknown) => (typeof v === 'number' ? Math.round(v * 10) / 10 : v)),
    );
  }

  /** Forget everything found and scan the page again (SPA navigation, huge mutation, corrections). */
  rescanAll(): void {
    if (!this.scanner || !this.scheduler) return;
    this.scheduler.cancelAll();
    this.cardHost.close();
    this.marker?.clear();
    this.store.clear();
    this.lastKey = null;
    this.changed();
    const t0 = performance.now();
    void this.scanner.scanPage(document).then(() => this.reportScan(t0));
  }

  stop(): void {
    this.abort?.abort();
    this.abort = null;
    this.scheduler?.cancelAll();
    this.cardHost.close();
    this.marker?.destroy();
    this.store.clear();
    this.marker = null;
    this.scanner = null;
    this.scheduler = null;
    this.lastKey = null;
    this.changed();
  }

  /** Settings changed while running: re-mark (kinds, first mention only, style) without a rescan. */
  updateSettings(settings: Settings): void {
    this.settings = settings;
    this.marker?.update(settings, this.palette, this.store.all());
    this.changed();
  }

  get signal(): AbortSignal | undefined {
    return this.abort?.signal;
  }

  private changed(): void {
    for (const cb of this.changeListeners) cb();
  }
}
