/**
 * Keyboard navigation order: the next or previous marked mention after the last one visited,
 * or, when none was visited (or it is gone), after the top of the viewport.
 */
import type { StoredMention } from './mention-store';

export interface NavState {
  /** Key of the last mention the keyboard moved to. */
  lastKey: string | null;
}

/**
 * `marked` in document order. `isBelowViewportTop(m)` tells whether a mention starts at or below
 * the viewport's top edge (the starting point when there is no last mention).
 */
export function nextMention(
  marked: readonly StoredMention[],
  direction: 'next' | 'previous',
  lastKey: string | null,
  isBelowViewportTop: (m: StoredMention) => boolean,
): StoredMention | null {
  if (marked.length === 0) return null;
  const last = lastKey === null ? -1 : marked.findIndex((m) => m.key === lastKey);
  if (last >= 0) {
    const i = direction === 'next' ? last + 1 : last - 1;
    // Wrap around, like find-in-page.
    return marked[(i + marked.length) % marked.length]!;
  }
  // First mention at or below the viewport top (binary search: document order ≈ vertical order).
  let lo = 0;
  let hi = marked.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (isBelowViewportTop(marked[mid]!)) hi = mid;
    else lo = mid + 1;
  }
  if (direction === 'next') return marked[lo % marked.length]!;
  return marked[(lo - 1 + marked.length) % marked.length]!;
}
