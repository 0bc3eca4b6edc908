/**
 * The two elements of the card UI inside the shadow root: the positioned layer (a non-modal
 * dialog while a card shows) and a visually hidden polite live region for the summary.
 */
import { HEADING_ID } from './card-view';

export interface CardLayer {
  layer: HTMLElement;
  live: HTMLElement;
  /** Show or hide the layer; the dialog role exists only while shown, since a hidden, empty
   *  dialog would still be listed by assistive tech. */
  setShown(shown: boolean): void;
  announce(text: string): void;
  remove(): void;
}

export function createCardLayer(container: HTMLElement): CardLayer {
  const doc = container.ownerDocument;
  const layer = doc.createElement('div');
  layer.className = 'bs-layer';
  layer.hidden = true;
  layer.tabIndex = -1;
  const live = doc.createElement('div');
  live.className = 'bs-sr';
  live.setAttribute('role', 'status');
  live.setAttribute('aria-live', 'polite');
  container.append(layer, live);
  return {
    layer,
    live,
    setShown(shown) {
      layer.hidden = !shown;
      if (shown) {
        layer.setAttribute('role', 'dialog');
        layer.setAttribute('aria-modal', 'false');
        layer.setAttribute('aria-labelledby', HEADING_ID);
      } else {
        layer.removeAttribute('role');
        layer.removeAttribute('aria-modal');
        layer.removeAttribute('aria-labelledby');
        live.textContent = '';
      }
    },
    announce(text) {
      live.textContent = text;
    },
    remove() {
      layer.remove();
      live.remove();
    },
  };
}
