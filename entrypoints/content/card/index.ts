/**
 * createCardHost: the one closed shadow root of Backstory on a page, holding the hover card.
 *
 * For ON-PAGE (entrypoints/content): call once per page and feed it pointer and click events:
 *
 *   const host = await createCardHost(ctx, {
 *     // After the user says "Not this" on a card the correction is already stored in the
 *     // background; rescan so the mark disappears. No page-visible event is dispatched.
 *     onCorrection: (correction, all) => scanner.rescan({ corrections: all }),
 *   });
 *   host.pointerOn(mentionUnderPointer ?? null, pointerEvent);  // on pointermove
 *   host.clicked(mention, clickEvent);                          // on click of a mention
 *   host.open(mention, { focus: true });                        // keyboard command / popup jump
 *
 * Hit-testing our own UI: events from inside the card have `hostElement` in composedPath();
 * `isOwnNode(node)` says whether a node is our shadow host (skip it when scanning/observing).
 */
import { createShadowRootUi, type ContentScriptContext } from '#imports';
import type { CardHost } from '../../../lib/card/types';
import type { Correction } from '../../../lib/match/types';
import { createCardController } from './controller';
import { defaultServices, type CardServices } from './services';
import { adoptCardStyles } from './styles';
import { followRange } from './position';
import { detectTheme } from './page-theme';

/** Tag name of our shadow host: the only element Backstory adds to a page. */
export const CARD_HOST_TAG = 'backstory-card-host';

export interface CardHostOptions {
  /** A "Not this" correction was stored: rescan the page honouring `all`. */
  onCorrection?: (correction: Correction, all: Correction[]) => void;
  /** For tests: replace messaging and settings. */
  services?: CardServices;
}

export function isOwnNode(node: Node): boolean {
  return node instanceof Element && node.localName === CARD_HOST_TAG;
}

export async function createCardHost(ctx: ContentScriptContext, options: CardHostOptions = {}): Promise<CardHost & { hostElement: HTMLElement }> {
  const services = options.services ?? defaultServices();
  const settings = await services.getSettings();
  let controller: CardHost | undefined;
  const ui = await createShadowRootUi(ctx, {
    name: CARD_HOST_TAG,
    mode: 'closed',
    position: 'inline',
    // On <html>, after <body>: body.innerHTML stays byte-for-byte the page's own, and a
    // transform on <body> cannot turn our position: fixed into position: absolute.
    anchor: () => document.documentElement,
    append: 'last',
    onMount: (container, shadow, hostElement) => {
      // Marks our host for page-DOM comparisons (e2e pageSnapshot) and the scanner's skip rules.
      hostElement.setAttribute('data-backstory-host', '');
      adoptCardStyles(shadow);
      controller = createCardController({
        container,
        hostElement,
        services,
        settings,
        signal: ctx.signal,
        timers: { set: (fn, ms) => ctx.setTimeout(fn, ms), clear: (h) => clearTimeout(h as number) },
        position: followRange,
        theme: detectTheme,
        onCorrection: options.onCorrection,
      });
      return controller;
    },
    onRemove: (mounted) => mounted?.destroy(),
  });
  ui.mount();
  const host = controller!;
  return {
    hostElement: ui.shadowHost,
    pointerOn: (m, e) => host.pointerOn(m, e),
    clicked: (m, e) => host.clicked(m, e),
    open: (m, o) => host.open(m, o),
    close: () => host.close(),
    isOpen: () => host.isOpen(),
    destroy: () => ui.remove(),
  };
}
