/**
 * Geometry choices for placing a card (pure; Floating UI does the flip/shift maths).
 * A mention can wrap over two lines: the card anchors to the line fragment under the pointer,
 * not to the bounding box of both lines (which can sit far from the text the reader hovers).
 */
export interface RectLike {
  left: number;
  top: number;
  right: number;
  bottom: number;
  width: number;
  height: number;
}

export interface Point {
  x: number;
  y: number;
}

/** Gap between the text and the card, px: small enough for the pointer to cross quickly. */
export const CARD_OFFSET_PX = 6;
/** Keep this far from the viewport edges when flipping and shifting, px. */
export const VIEWPORT_PADDING_PX = 8;

/**
 * The client rect of a mention to anchor the card to: the fragment containing the pointer,
 * else the one nearest to it, else the first (keyboard opens). Empty rects are ignored.
 */
export function pickAnchorRect<R extends RectLike>(rects: readonly R[], pointer?: Point | null): R | undefined {
  const usable = rects.filter((r) => r.width > 0 || r.height > 0);
  if (usable.length === 0) return undefined;
  if (!pointer) return usable[0];
  let best = usable[0]!;
  let bestDistance = Infinity;
  for (const r of usable) {
    const dx = pointer.x < r.left ? r.left - pointer.x : pointer.x > r.right ? pointer.x - r.right : 0;
    const dy = pointer.y < r.top ? r.top - pointer.y : pointer.y > r.bottom ? pointer.y - r.bottom : 0;
    const distance = dx * dx + dy * dy;
    if (distance < bestDistance) {
      best = r;
      bestDistance = distance;
    }
  }
  return best;
}
