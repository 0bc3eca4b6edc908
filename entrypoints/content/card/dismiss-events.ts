/**
 * How a card is dismissed or kept (WCAG 1.4.13): Esc closes it from anywhere; a pointer press
 * outside our UI or focus moving out of the card closes it without pulling focus back; the
 * pointer inside the card keeps it; the trigger modifier is tracked for "hover with modifier".
 * Every listener is tied to the content script's AbortSignal.
 */
import type { HoverIntent } from '../../../lib/card/hover-intent';

export interface DismissDeps {
  intent: Pick<HoverIntent<never>, 'state' | 'close' | 'modifiersChanged' | 'enterCard' | 'leaveCard'>;
  layer: HTMLElement;
  /** Our shadow host: events whose composed path includes it happened inside our UI. */
  hostElement: Element;
  signal: AbortSignal;
  /** Close because the user moved on (pointer press or focus elsewhere): no focus return. */
  closeWithoutRestore(): void;
}

export function listenForDismissal({ intent, layer, hostElement, signal, closeWithoutRestore }: DismissDeps): void {
  const listen = <K extends keyof WindowEventMap>(type: K, fn: (e: WindowEventMap[K]) => void) =>
    window.addEventListener(type, fn as EventListener, { capture: true, signal });

  listen('keydown', (e) => {
    if (e.key === 'Escape' && intent.state !== 'idle') {
      const inside = e.composedPath().includes(hostElement);
      intent.close();
      // Swallow Esc only when it was meant for us; a page dialog still gets its own Esc.
      if (inside) {
        e.preventDefault();
        e.stopPropagation();
      }
      return;
    }
    intent.modifiersChanged(e);
  });
  listen('keyup', (e) => intent.modifiersChanged(e));
  listen('pointerdown', (e) => {
    if (intent.state === 'idle' || e.composedPath().includes(hostElement)) return;
    closeWithoutRestore();
  });
  layer.addEventListener('pointerenter', () => intent.enterCard(), { signal });
  layer.addEventListener('pointerleave', () => intent.leaveCard(), { signal });
  layer.addEventListener(
    'focusout',
    (e) => {
      const next = e.relatedTarget;
      // null: the window lost focus (another app); the card stays for when the reader returns.
      if (next instanceof Node && !layer.contains(next) && intent.state !== 'idle') closeWithoutRestore();
    },
    { signal },
  );
}
