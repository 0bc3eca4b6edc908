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
import { ARTICLE_WINDOW_CHARS, groupWindows, type TextWindow } from './windows';
import type { Marker } from './marks';
import { groupOf, type MentionStore, type StoredMention } from './mention-store';
import type { Scheduler } from './scheduler';
import { isInsideSkipped } from './skip-rules';
import { isFresh, nodesIn, rangeFor } from './text-map';

/** Blocks measured per step when ordering visible first (getBoundingClientRect on clean layout). */
export const RECT_STEP_BLOCKS = 200;
/** Warm-up calls before the first window, and the text each reads (growing by this much). */
export const WARM_UP_STEPS = 6;
export const WARM_UP_CHARS = 1_500;
/** Viewport margin (px) counted as visible: the next scroll's worth is marked with the first slice. */
export const VISIBLE_MARGIN_PX = 600;

export interface Geometry {
  /** Null for elements without a box (display:none somewhere above). */
  rect(el: Element): { top: number; bottom: number } | null;
  viewportHeight(): number;
}

/** Real layout: a zero-size rect means no box (hidden). */
export function browserGeometry(win: Window): Geometry {
  return {
    rect(el) {
      const r = el.getBoundingClientRect();
      return r.width === 0 && r.height === 0 ? null : { top: r.top, bottom: r.bottom };
    },
    viewportHeight: () => win.innerHeight,
  };
}

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
  readonly timings: Record<string, { total: number; max: number }> = {};

  private time(phase: string, start: number): void {
    const ms = performance.now() - start;
    const t = (this.timings[phase] ??= { total: 0, max: 0 });
    t.total += ms;
    if (ms > t.max) t.max = ms;
  }
  private readonly detector: Detector;

  constructor(private readonly opts: ScanOptions) {
    const d = opts.detector;
    // Timed engine calls: the per-phase numbers in docs/on-page.md come from here.
    this.detector = {
      entities: (text, lang) => {
        const t = performance.now();
        const out = d.entities(text, lang);
        this.time('entities', t);
        return out;
      },
      figures: (text, lang) => {
        const t = performance.now();
        const out = d.figures(text, lang);
        this.time('figures', t);
        return out;
      },
      sentence: (text, offset) => d.sentence(text, offset),
    };
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
    yield* this.plan(blocks, windows);
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
    this.phase = 'warm-up';
    for (let i = 0; i < WARM_UP_STEPS; i++) {
      const size = WARM_UP_CHARS * (i + 1);
      this.opts.detector.entities(text.slice(0, size), lang);
      yield;
      this.opts.detector.figures(text.slice(0, size / 2), lang);
      yield;
    }
  }

  /**
   * Group blocks into windows (article and rest separately, document order inside each) and
   * order them: windows with a visible block first, then article, then the rest. Boxless
   * (hidden) blocks are dropped.
   */
  private *plan(blocks: readonly TextBlock[], out: TextWindow[]): Generator<void, void, void> {
    const geo = this.opts.geometry;
    const height = geo?.viewportHeight() ?? 0;
    const article: TextBlock[] = [];
    const rest: TextBlock[] = [];
    const visible = new Set<TextBlock>();
    for (let i = 0; i < blocks.length; i++) {
      if (geo && i > 0 && i % RECT_STEP_BLOCKS === 0) yield;
      const block = blocks[i]!;
      if (geo) {
        const r = geo.rect(block.el);
        if (!r) continue;
        if (r.bottom >= -VISIBLE_MARGIN_PX && r.top <= height + VISIBLE_MARGIN_PX) visible.add(block);
      }
      (block.inArticle ? article : rest).push(block);
    }
    const all = [...groupWindows(article, visible, ARTICLE_WINDOW_CHARS), ...groupWindows(rest, visible)];
    out.push(...all.filter((w) => w.visible), ...all.filter((w) => !w.visible));
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
      this.time('combine', t);
      t = performance.now();
      this.detectBlock(block, found);
      this.time('store+mark', t);
      chars += block.text.length;
      if (chars >= FIGURE_WINDOW_CHARS) {
        chars = 0;
        const t2 = performance.now();
        this.opts.onChange?.();
        this.time('onChange', t2);
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
