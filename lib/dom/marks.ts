/**
 * Which stored mentions are marked, and which marks are painted.
 *
 * Marked: the kinds switched on in the settings, and with "first mention only" just the first
 * mention of each entity (or figure amount) in document order. Hover and keyboard act on marked
 * mentions only: no mark, no card.
 *
 * Painted: every mark while there are at most PAINT_ALL_MAX of them (every real news page).
 * Chromium re-validates every registered highlight range on each change (measured: frames of
 * 150–650 ms of style/paint with 23,000 ranges on the 1 MB page), so beyond that only marks in
 * blocks near the viewport are registered, following an IntersectionObserver.
 */
import type { MarkerStyle, Settings } from '../settings/defaults';
import { HighlightSet, markKindOf, type HighlightBackend, type Palette } from './highlights';
import { compareMentions, type StoredMention } from './mention-store';

export type MarkSettings = Pick<Settings, 'kinds' | 'firstMentionOnly' | 'markerStyle'>;

/** Above this many marks only those near the viewport are registered (see above). */
export const PAINT_ALL_MAX = 1000;

/** IntersectionObserver as the marker uses it (absent in test DOMs: everything is painted). */
export interface NearViewport {
  observe(el: Element): void;
  disconnect(): void;
}
export type NearViewportFactory = (cb: (changes: Array<{ el: Element; near: boolean }>) => void) => NearViewport;

export class Marker {
  private readonly highlights: HighlightSet | null;
  private readonly marked = new Set<StoredMention>();
  private readonly painted = new Set<StoredMention>();
  /** With firstMentionOnly: the marked (first) mention of each group. */
  private readonly firstOf = new Map<string, StoredMention>();
  private readonly byEl = new Map<Element, Set<StoredMention>>();
  private readonly near = new Set<Element>();
  private readonly watcher: NearViewport | null;
  private virtual = false;

  constructor(backend: HighlightBackend | null, private settings: MarkSettings, palette: Palette, nearViewport?: NearViewportFactory) {
    this.highlights = backend ? new HighlightSet(backend, settings.markerStyle, palette) : null;
    this.watcher = nearViewport ? nearViewport((changes) => this.onNear(changes)) : null;
  }

  isMarked(m: StoredMention): boolean {
    return this.marked.has(m);
  }

  get markedCount(): number {
    return this.marked.size;
  }

  get paintedCount(): number {
    return this.painted.size;
  }

  /** Mark newly stored mentions. */
  add(batch: readonly StoredMention[]): void {
    for (const m of batch) {
      if (!this.settings.kinds[markKindOf(m.kind)]) continue;
      if (!this.settings.firstMentionOnly) {
        this.mark(m);
        continue;
      }
      const first = this.firstOf.get(m.group);
      if (first && compareMentions(first, m) <= 0) continue;
      if (first) this.unmark(first);
      this.firstOf.set(m.group, m);
      this.mark(m);
    }
    if (!this.virtual && this.watcher && this.marked.size > PAINT_ALL_MAX) this.goVirtual();
  }

  /** Forget removed mentions; with firstMentionOnly the next mention of the group takes over. */
  remove(removed: readonly StoredMention[], remaining: readonly StoredMention[]): void {
    const orphaned = new Set<string>();
    for (const m of removed) {
      if (this.marked.has(m)) this.unmark(m);
      if (this.firstOf.get(m.group) === m) {
        this.firstOf.delete(m.group);
        orphaned.add(m.group);
      }
    }
    if (orphaned.size === 0) return;
    this.add(remaining.filter((m) => orphaned.has(m.group)));
  }

  /** Settings changed: recompute the marked set over everything stored (in document order). */
  update(settings: MarkSettings, palette: Palette, all: readonly StoredMention[]): void {
    const style: MarkerStyle = settings.markerStyle;
    this.highlights?.restyle(style, palette);
    const same =
      settings.firstMentionOnly === this.settings.firstMentionOnly &&
      settings.kinds.company === this.settings.kinds.company &&
      settings.kinds.person === this.settings.kinds.person &&
      settings.kinds.figure === this.settings.kinds.figure;
    this.settings = settings;
    if (same) return;
    this.clear();
    this.add(all);
  }

  clear(): void {
    this.highlights?.clear();
    // A new page (SPA navigation) starts by painting everything again.
    this.virtual = false;
    this.marked.clear();
    this.painted.clear();
    this.firstOf.clear();
    for (const set of this.byEl.values()) set.clear();
  }

  destroy(): void {
    this.watcher?.disconnect();
    this.clear();
    this.byEl.clear();
    this.highlights?.destroy();
  }

  private mark(m: StoredMention): void {
    this.marked.add(m);
    const el = m.block.el;
    let set = this.byEl.get(el);
    if (!set) {
      this.byEl.set(el, (set = new Set()));
      this.watcher?.observe(el);
    }
    set.add(m);
    if (!this.virtual || this.near.has(el)) this.paint(m);
  }

  private unmark(m: StoredMention): void {
    this.marked.delete(m);
    this.byEl.get(m.block.el)?.delete(m);
    this.unpaint(m);
  }

  private paint(m: StoredMention): void {
    if (this.painted.has(m)) return;
    this.painted.add(m);
    this.highlights?.add(markKindOf(m.kind), m.range);
  }

  private unpaint(m: StoredMention): void {
    if (!this.painted.delete(m)) return;
    this.highlights?.delete(markKindOf(m.kind), m.range);
  }

  private goVirtual(): void {
    this.virtual = true;
    for (const m of [...this.painted]) if (!this.near.has(m.block.el)) this.unpaint(m);
  }

  private onNear(changes: ReadonlyArray<{ el: Element; near: boolean }>): void {
    for (const { el, near } of changes) {
      if (near) this.near.add(el);
      else this.near.delete(el);
      if (!this.virtual) continue;
      for (const m of this.byEl.get(el) ?? []) {
        if (near) this.paint(m);
        else this.unpaint(m);
      }
    }
  }
}

/** Blocks within one viewport height above or below the visible area count as near. */
export const NEAR_VIEWPORT_MARGIN = '100% 0px 100% 0px';

export function browserNearViewport(win: Window & typeof globalThis): NearViewportFactory | undefined {
  const IO = win.IntersectionObserver;
  if (typeof IO !== 'function') return undefined;
  return (cb) => {
    const io = new IO((entries) => cb(entries.map((e) => ({ el: e.target, near: e.isIntersecting }))), { rootMargin: NEAR_VIEWPORT_MARGIN });
    return { observe: (el) => io.observe(el), disconnect: () => io.disconnect() };
  };
}
