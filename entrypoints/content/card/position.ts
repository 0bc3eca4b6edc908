/**
 * Place the card next to a mention with Floating UI: a virtual reference built from the
 * mention's live Range (the line fragment under the pointer), flip/shift to stay on screen,
 * hide when the mention scrolls away, and autoUpdate while the card is open.
 */
import { autoUpdate, computePosition, flip, hide, offset, shift, size, type VirtualElement } from '@floating-ui/dom';
import { CARD_OFFSET_PX, VIEWPORT_PADDING_PX, pickAnchorRect, type Point } from '../../../lib/card/layout';

/** Below this a card is unreadable; flip() normally finds more room than this. */
const MIN_CARD_HEIGHT_PX = 160;

export function rangeReference(range: Range, pointer: Point | null): VirtualElement {
  const node = range.startContainer;
  const contextElement = node instanceof Element ? node : (node.parentElement ?? undefined);
  return {
    getBoundingClientRect: () => pickAnchorRect(Array.from(range.getClientRects()), pointer) ?? range.getBoundingClientRect(),
    getClientRects: () => range.getClientRects(),
    contextElement,
  };
}

/** Position `floating` (position: fixed) at the mention; returns the stop function. */
export function followRange(range: Range, pointer: Point | null, floating: HTMLElement): () => void {
  const reference = rangeReference(range, pointer);
  const update = () => {
    // The page removed or rewrote the mention's text (live pages): nothing to point at.
    if (range.getClientRects().length === 0) {
      floating.style.visibility = 'hidden';
      return;
    }
    void computePosition(reference, floating, {
      strategy: 'fixed',
      placement: 'bottom-start',
      middleware: [
        offset(CARD_OFFSET_PX),
        flip({ padding: VIEWPORT_PADDING_PX }),
        shift({ padding: VIEWPORT_PADDING_PX }),
        // A long card scrolls inside the room left on its side rather than running off screen.
        size({
          padding: VIEWPORT_PADDING_PX,
          apply: ({ availableHeight }) => floating.style.setProperty('--bs-max-height', `${Math.max(MIN_CARD_HEIGHT_PX, Math.floor(availableHeight))}px`),
        }),
        hide(),
      ],
    }).then(({ x, y, middlewareData }) => {
      // CSSOM property writes are allowed under `style-src 'none'` (attributes are not).
      floating.style.left = `${Math.round(x)}px`;
      floating.style.top = `${Math.round(y)}px`;
      floating.style.visibility = middlewareData.hide?.referenceHidden ? 'hidden' : 'visible';
    });
  };
  return autoUpdate(reference, floating, update, { animationFrame: false });
}
