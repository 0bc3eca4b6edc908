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
import { detectInText, type Detector, type Found } from './detect';
import { groupWindows, type TextWindow } from './windows';
import type { Marker } from './marks';
import { groupOf, type MentionStore, type StoredMention } from './mention-store';
import type { Scheduler } from './scheduler';
import { isInsideSkipped } from './skip-rules';
import { isFresh, nodesIn, rangeFor } from './text-map';

/** Blocks measured per step when ordering visible first (getBoundingClientRect on clean layout). */
export const RECT_STEP_BLOCKS = 200;
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
  constructor(private readonly opts: ScanOptions) {}

  /** Scan the whole body. */
  scanPage(doc: Document): Promise<void> {
    const body = doc.body;
    if (!body) return Promise.resolve();
    return this.opts.scheduler.schedule(this.scanJob(body, true));
  }

  /** Rescan subtrees that changed: drop their old mentions, then read them again. */
  rescan(roots: readonly Element[]): Promise<void> {
    return this.opts.scheduler.schedule(this.rescanJob(roots));
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
    const live = roots.filter((r) => r.isConnected && !isInsideSkipped(r));
    const removed = this.opts.store.removeWhere((m) => !isFresh(m.block) || live.some((r) => r.contains(m.block.el)));
    if (removed.length) this.opts.marker.remove(removed, this.opts.store.all());
    for (const root of live) yield* this.scanJob(root, false);
    if (removed.length) this.opts.onChange?.();
  }

  private *scanJob(root: Element, first: boolean): Generator<void, void, void> {
    const blocks: TextBlock[] = [];
    yield* walkBlocks(root, (b) => blocks.push(b));
    if (first) this.opts.onExtracted?.(blocks);
    const windows: TextWindow[] = [];
    yield* this.plan(blocks, windows);
    const lang = this.opts.lang();
    for (const win of windows) {
      this.detectWindow(win, lang);
      this.opts.onChange?.();
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
    const all = [...groupWindows(article, visible), ...groupWindows(rest, visible)];
    out.push(...all.filter((w) => w.visible), ...all.filter((w) => !w.visible));
  }

  private detectWindow(win: TextWindow, lang: string | undefined): void {
    if (!win.blocks.every(isFresh)) {
      // Text changed since it was read: the mutation queue will hand these blocks back.
      for (const block of win.blocks) if (isFresh(block)) this.detectBlock(block, detectInText(block.text, this.opts.detector, lang));
      return;
    }
    const found = detectInText(win.text, this.opts.detector, lang);
    let fi = 0;
    for (let bi = 0; bi < win.blocks.length; bi++) {
      const block = win.blocks[bi]!;
      const base = win.offsets[bi]!;
      const end = base + block.text.length;
      const local: Found[] = [];
      while (fi < found.length && found[fi]!.start < end) {
        const f = found[fi++]!;
        // Never across the separator between two blocks (the matcher stops at blank lines anyway).
        if (f.start < base || f.end > end) continue;
        local.push({ ...f, start: f.start - base, end: f.end - base, ...(f.figure ? { figure: { ...f.figure, start: f.figure.start - base, end: f.figure.end - base } } : {}) });
      }
      this.detectBlock(block, local);
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
