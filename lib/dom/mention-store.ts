/**
 * Every mention found on the page, three ways: in document order (keyboard navigation, first
 * mention per entity), by text node (hit-testing in O(log n)), and by key (popup jumps).
 */
import type { PageMention } from '../card/types';
import type { TextBlock } from './blocks';

export interface StoredMention extends PageMention {
  /** The block it was found in (rescans drop mentions by block). */
  block: TextBlock;
  /** Text nodes the range touches. */
  nodes: Text[];
  /** Entity id, or `figure:<amount>:<currency>`: mentions of the same thing. */
  group: string;
  /** Offset of the mention in its block's text (document order = block.order, then start). */
  start: number;
}

/** Document order of two stored mentions, without touching the DOM. */
export function compareMentions(a: Pick<StoredMention, 'block' | 'start'>, b: Pick<StoredMention, 'block' | 'start'>): number {
  return a.block.order - b.block.order || a.start - b.start;
}

// Range.START_TO_START; numeric so a page that redefines `Range` cannot interfere.
const START_TO_START = 0;

/** Document order of two ranges' starts; equal when they cannot be compared (different trees). */
export function compareStarts(a: Range, b: Range): number {
  try {
    return a.compareBoundaryPoints(START_TO_START, b);
  } catch {
    return 0;
  }
}

export function groupOf(m: Pick<PageMention, 'kind' | 'entityId' | 'figure'>): string {
  if (m.kind === 'figure') return `figure:${m.figure?.amount ?? '?'}:${m.figure?.currency ?? ''}`;
  return m.entityId ?? '';
}

export class MentionStore {
  private ordered: StoredMention[] = [];
  private readonly byNode = new Map<Text, StoredMention[]>();
  private readonly byKey = new Map<string, StoredMention>();

  get size(): number {
    return this.ordered.length;
  }

  /** All mentions in document order. */
  all(): readonly StoredMention[] {
    return this.ordered;
  }

  get(key: string): StoredMention | undefined {
    return this.byKey.get(key);
  }

  /** Add one block's mentions (already in document order among themselves). */
  addBatch(batch: readonly StoredMention[]): void {
    if (batch.length === 0) return;
    const at = this.insertionIndex(batch[0]!);
    // Appending is the common case (document order within a window): no array shift.
    if (at === this.ordered.length) for (const m of batch) this.ordered.push(m);
    else this.ordered.splice(at, 0, ...batch);
    for (const m of batch) {
      this.byKey.set(m.key, m);
      for (const node of m.nodes) {
        const list = this.byNode.get(node);
        if (!list) this.byNode.set(node, [m]);
        else {
          list.push(m);
          if (list.length > 1) list.sort(compareMentions);
        }
      }
    }
  }

  /** Remove and return the mentions matching `pred` (a rescanned subtree, disconnected nodes). */
  removeWhere(pred: (m: StoredMention) => boolean): StoredMention[] {
    const removed: StoredMention[] = [];
    const kept: StoredMention[] = [];
    for (const m of this.ordered) (pred(m) ? removed : kept).push(m);
    if (removed.length === 0) return removed;
    this.ordered = kept;
    for (const m of removed) {
      this.byKey.delete(m.key);
      for (const node of m.nodes) {
        const list = this.byNode.get(node);
        if (!list) continue;
        const rest = list.filter((x) => x !== m);
        if (rest.length) this.byNode.set(node, rest);
        else this.byNode.delete(node);
      }
    }
    return removed;
  }

  clear(): StoredMention[] {
    return this.removeWhere(() => true);
  }

  /**
   * The mention containing a caret position. Ranges in one node are sorted and do not overlap,
   * so `comparePoint` (-1 before, 0 inside, 1 after) is monotone: binary search.
   */
  at(node: Node, offset: number): StoredMention | null {
    const list = this.byNode.get(node as Text);
    if (!list) return null;
    let lo = 0;
    let hi = list.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const m = list[mid]!;
      let cmp: number;
      try {
        cmp = m.range.comparePoint(node, offset);
      } catch {
        return null;
      }
      if (cmp === 0) return m;
      if (cmp < 0) hi = mid - 1;
      else lo = mid + 1;
    }
    return null;
  }

  /** Index of the first stored mention after `m` in document order. */
  private insertionIndex(m: StoredMention): number {
    let lo = 0;
    let hi = this.ordered.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (compareMentions(this.ordered[mid]!, m) <= 0) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /**
   * Orders for blocks read again under `root` (a mutation): between the stored mention before
   * the root and the one after it. Found with compareDocumentPosition, once per root.
   */
  orderSpanFor(root: Node): { low: number; high: number } {
    let lo = 0;
    let hi = this.ordered.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      const el = this.ordered[mid]!.block.el;
      // PRECEDING (2): the stored block is before the root; CONTAINED_BY/inside counts as after.
      if (el !== root && (root.compareDocumentPosition(el) & 2) !== 0 && !root.contains(el)) lo = mid + 1;
      else hi = mid;
    }
    const before = this.ordered[lo - 1];
    const after = this.ordered.slice(lo).find((m) => !root.contains(m.block.el));
    const low = before ? before.block.order : -1;
    const high = after ? after.block.order : low + 2;
    return { low, high };
  }
}
