/**
 * The scan pipeline for one page, run as idle-time jobs (scheduler.ts):
 *
 *   walkBlocks(body) ─▶ blocks ─▶ windows of joined blocks (article / rest), visible first
 *        ─▶ detectInText per window (document evidence: a headline "Musk" backed by "Elon Musk"
 *           below) ─▶ split back per block ─▶ StoredMention (exact Range) ─▶ store ─▶ Marker
 *
 * Rescans of changed subtrees (mutation-queue.ts) reuse the same steps on a smaller root.
 * Nothing here touches the page DOM: only Ranges and the highlight registry.
 */
import { walkBlocks, type TextBlock } from './blocks';
import type { Mention } from '../match/types';
import type { Figure } from '../money/types';
import { combine, entitiesIn, figuresIn, FIGURE_WINDOW_CHARS, type Detector, type Found } from './detect';
import type { TextWindow } from './windows';
import { planWindows, type Geometry } from './scan-plan';
import { PhaseTimings, timedDetector } from './timings';
import type { Marker } from './marks';
import { groupOf, type MentionStore, type StoredMention } from './mention-store';
import type { Scheduler } from './scheduler';
import { isInsideSkipped } from './skip-rules';
import { isFresh, nodesIn, rangeFor } from './text-map';

/** Text read by each warm-up call before the first window (chars, growing). */
export const WARM_UP_SIZES: readonly number[] = [40, 160, 640, 2_000, 4_000, 8_000];

export interface ScanOptions {
  detector: Detector;
  store: MentionStore;
  marker: Marker;
  scheduler: Scheduler;
  /** Page language (from <html lang> or detected); may be decided after extraction. */
  lang: () => string | undefined;
  /** Called once with the first extracted text, before matching (language detection). */
  onExtracted?: (blocks: readonly TextBlock[]) => void;
  geometry?: Geometry;
  /** After each batch of new mentions (popup findings, hover index). */
  onChange?: () => void;
}

export class PageScanner {
  private seq = 0;
  /** What the running job is doing (for the scheduler's longest-step statistic). */
  private phase = 'idle';
  private readonly label = (): string => this.phase;
  /** Milliseconds per phase over all scans, and the longest single call (docs/on-page.md). */
  readonly timings = new PhaseTimings();

  private readonly detector: Detector;

  constructor(private readonly opts: ScanOptions) {
    this.detector = timedDetector(opts.detector, this.timings);
  }

  /** Scan the whole body. */
  scanPage(doc: Document): Promise<void> {
    const body = doc.body;
    if (!body) return Promise.resolve();
    return this.opts.scheduler.schedule(this.scanJob(body, true), this.label);
  }

  /** Rescan subtrees that changed: drop their old mentions, then read them again. */
  rescan(roots: readonly Element[]): Promise<void> {
    return this.opts.scheduler.schedule(this.rescanJob(roots), this.label);
  }

  /** Drop mentions whose text is gone or edited (a live Range collapses or shifts). */
  sweepStale(): void {
    const removed = this.opts.store.removeWhere((m) => !isFresh(m.block));
    if (removed.length) {
      this.opts.marker.remove(removed, this.opts.store.all());
      this.opts.onChange?.();
    }
  }

  private *rescanJob(roots: readonly Element[]): Generator<void, void, void> {
    // Old mentions go for every root (a subtree that became hidden or editable keeps none);
    // only roots still readable are read again.
    const removed = this.opts.store.removeWhere((m) => !isFresh(m.block) || roots.some((r) => r.contains(m.block.el)));
    const live = roots.filter((r) => r.isConnected && !isInsideSkipped(r));
    if (removed.length) this.opts.marker.remove(removed, this.opts.store.all());
    for (const root of live) yield* this.scanJob(root, false, this.opts.store.orderSpanFor(root));
    if (removed.length) this.opts.onChange?.();
  }

  private *scanJob(root: Element, first: boolean, span?: { low: number; high: number }): Generator<void, void, void> {
    const blocks: TextBlock[] = [];
    this.phase = 'walk';
    yield* walkBlocks(root, (b) => blocks.push(b));
    if (span) {
      // Fit the subtree's blocks between their stored neighbours (fractions of the gap).
      const gap = (span.high - span.low) / (blocks.length + 1);
      blocks.forEach((b, i) => (b.order = span.low + gap * (i + 1)));
    }
    this.phase = 'plan';
    if (first) this.opts.onExtracted?.(blocks);
    const windows: TextWindow[] = [];
    yield* planWindows(blocks, this.opts.geometry, windows);
    const lang = this.opts.lang();
    if (first && windows[0]) yield* this.warmUp(windows[0].text, lang);
    for (const win of windows) {
      yield* this.detectWindow(win, lang);
      this.opts.onChange?.();
      yield;
    }
  }

  /**
   * The engine's first calls run in the interpreter (measured: 110 ms for a cold 50k-char call,
   * 2 ms warm). A few small calls, each its own step, let the JIT tier up before the first
   * full window.
   */
  private *warmUp(text: string, lang: string | undefined): Generator<void, void, void> {
    // Tiny first calls: the very first one also pays for compiling the engine's code.
    for (const size of WARM_UP_SIZES) {
      this.phase = `warm-up entities ${size}`;
      this.opts.detector.entities(text.slice(0, size), lang);
      yield;
      this.phase = `warm-up figures ${size}`;
      this.opts.detector.figures(text.slice(0, size), lang);
      yield;
    }
  }

  /**
   * One window: entities over the joined text (one step), then per block its figures (small
   * steps), the merge, the Ranges and the marks. Yields whenever FIGURE_WINDOW_CHARS were read.
   */
  private *detectWindow(win: TextWindow, lang: string | undefined): Generator<void, void, void> {
    const detector = this.detector;
    const ents: Mention[] = [];
    this.phase = `entities ${win.text.length}`;
    yield* entitiesIn(win.text, detector, lang, ents);
    yield;
    let ei = 0;
    let chars = 0;
    for (let bi = 0; bi < win.blocks.length; bi++) {
      const block = win.blocks[bi]!;
      const base = win.offsets[bi]!;
      const end = base + block.text.length;
      const local: Mention[] = [];
      while (ei < ents.length && ents[ei]!.start < end) {
        const m = ents[ei++]!;
        // Never across the separator between two blocks (the matcher stops at blank lines anyway).
        if (m.start >= base && m.end <= end) local.push({ ...m, start: m.start - base, end: m.end - base });
      }
      const figs: Figure[] = [];
      this.phase = 'figures';
      yield* figuresIn(block.text, detector, lang, figs);
      this.phase = 'mark';
      // The text changed while we were reading it: the mutation queue hands the block back.
      if (!isFresh(block)) continue;
      let t = performance.now();
      const found = combine(block.text, local, figs, detector);
      this.timings.add('combine', t);
      t = performance.now();
      this.detectBlock(block, found);
      this.timings.add('store+mark', t);
      chars += block.text.length;
      if (chars >= FIGURE_WINDOW_CHARS) {
        chars = 0;
        const t2 = performance.now();
        this.opts.onChange?.();
        this.timings.add('onChange', t2);
        yield;
      }
    }
  }

  private detectBlock(block: TextBlock, found: readonly Found[]): void {
    const batch: StoredMention[] = [];
    for (const f of found) {
      const range = rangeFor(block, f.start, f.end);
      if (!range) continue;
      const m: StoredMention = {
        key: `m${++this.seq}`,
        kind: f.kind,
        range,
        surface: f.surface,
        sentenceEntityIds: f.sentenceEntityIds,
        block,
        nodes: nodesIn(block, f.start, f.end),
        group: '',
        start: f.start,
      };
      if (f.entityId !== undefined) m.entityId = f.entityId;
      if (f.name !== undefined) m.name = f.name;
      if (f.figure !== undefined) m.figure = f.figure;
      m.group = groupOf(m);
      batch.push(m);
    }
    if (batch.length === 0) return;
    this.opts.store.addBatch(batch);
    this.opts.marker.add(batch);
  }
}
