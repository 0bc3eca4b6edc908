/**
 * Pointer → mention. The caret position under the pointer (caretPositionFromPoint, or WebKit's
 * caretRangeFromPoint) gives a text node and offset; the store finds the mention containing it
 * by binary search; the mention's client rects must contain the pointer, because the caret API
 * snaps to the nearest character even when the pointer is in a margin beside the line.
 */
import type { Marker } from './marks';
import type { MentionStore, StoredMention } from './mention-store';

export interface CaretPoint {
  node: Node;
  offset: number;
}

export type CaretAt = (x: number, y: number) => CaretPoint | null;

/** Pixels of tolerance around a mention's rects (sub-pixel rounding at glyph edges). */
export const HIT_SLOP_PX = 1;

export function browserCaretAt(doc: Document): CaretAt {
  const d = doc as Document & {
    caretPositionFromPoint?: (x: number, y: number) => { offsetNode: Node; offset: number } | null;
    caretRangeFromPoint?: (x: number, y: number) => Range | null;
  };
  if (typeof d.caretPositionFromPoint === 'function') {
    return (x, y) => {
      const p = d.caretPositionFromPoint!(x, y);
      return p ? { node: p.offsetNode, offset: p.offset } : null;
    };
  }
  if (typeof d.caretRangeFromPoint === 'function') {
    return (x, y) => {
      const r = d.caretRangeFromPoint!(x, y);
      return r ? { node: r.startContainer, offset: r.startOffset } : null;
    };
  }
  return () => null;
}

export function rectsContain(rects: ArrayLike<{ left: number; right: number; top: number; bottom: number }>, x: number, y: number, slop = HIT_SLOP_PX): boolean {
  for (let i = 0; i < rects.length; i++) {
    const r = rects[i]!;
    if (x >= r.left - slop && x <= r.right + slop && y >= r.top - slop && y <= r.bottom + slop) return true;
  }
  return false;
}

/** The marked mention under (x, y), or null. */
export function mentionAtPoint(store: MentionStore, marker: Marker, caretAt: CaretAt, x: number, y: number): StoredMention | null {
  const caret = caretAt(x, y);
  if (!caret || caret.node.nodeType !== 3) return null;
  const m = store.at(caret.node, caret.offset);
  if (!m || !marker.isMarked(m)) return null;
  return rectsContain(m.range.getClientRects(), x, y) ? m : null;
}
