/**
 * The card host's behaviour, independent of WXT so happy-dom tests can drive it:
 *
 *   ON-PAGE ──pointerOn/clicked/open──▶ hover intent (lib/card/hover-intent) ──open(token)──▶
 *   lookup cache ──(token still current?)──▶ Preact CardView in the layer ──▶ Floating UI
 *
 * Focus: a card opened with `{focus: true}` takes focus (non-modal dialog) and gives it back
 * on close. Esc closes any open card; a click outside closes it; the pointer moving into the
 * card keeps it open (WCAG 1.4.13). A polite live region reads a one-line summary.
 *
 * Linked names in a card (owner, brands, CEO; issue #8) open that entity's card in the same
 * place, still anchored to the mention; a "Back to …" button walks the trail back. "Not this"
 * belongs to the mention, so only the mention's own card offers it.
 */
import { render } from 'preact';
import type { CardHost, PageMention } from '../../../lib/card/types';
import type { Correction } from '../../../lib/match/types';
import type { Settings } from '../../../lib/settings/defaults';
import type { CardTheme } from '../../../lib/card/theme';
import { resolveLang, type Lang } from '../../../lib/i18n/core';
import { createHoverIntent, HOVER_ABANDON_MS, type IntentTimers, type OpenVia } from '../../../lib/card/hover-intent';
import { t } from '../../../lib/card/fact-view';
import { warmFormatters } from '../../../lib/card/format';
import type { Point } from '../../../lib/card/layout';
import { createLookupCache, type CardServices } from './services';
import { CardView, type CardContent } from './card-view';
import { recordOpenToRender } from './stats';
import { loadContent, loadLinkedContent, prefetchContent, summaryOf } from './card-content';
import { linkedEntityName } from '../../../lib/card/relations-view';
import { createCardLayer } from './layer';
import { listenForDismissal } from './dismiss-events';

/** Latest moment for the idle-time warm-up of the formatters, ms after the host starts. */
const WARM_UP_TIMEOUT_MS = 3000;

export interface ControllerDeps {
  /** Where the layer and the live region go (the closed shadow root's container). */
  container: HTMLElement;
  /** Our shadow host: events whose path includes it happened inside our UI. */
  hostElement: Element;
  services: CardServices;
  settings: Settings;
  timers: IntentTimers;
  signal: AbortSignal;
  /** Starts positioning the layer at the mention; returns the stop function. */
  position(range: Range, pointer: Point | null, layer: HTMLElement): () => void;
  theme(setting: Settings['theme']): CardTheme;
  /** Called once a "Not this" correction is stored, so the page rescans (see index.ts). */
  onCorrection?: (correction: Correction, all: Correction[]) => void;
  browserLanguages?: readonly string[];
}

export function createCardController(deps: ControllerDeps): CardHost {
  const { container, services, signal } = deps;
  const doc = container.ownerDocument;
  const cache = createLookupCache(services);
  let settings = deps.settings;
  const langOf = (): Lang => resolveLang(settings.uiLanguage, deps.browserLanguages ?? navigator.languages);

  const ui = createCardLayer(container);
  const { layer } = ui;

  let pointer: Point | null = null;
  let stopPositioning: (() => void) | null = null;
  let returnFocus: HTMLElement | null = null;
  let focusNext = false;
  let keepFocus = false;
  let openedAt = 0;
  let openedFromCache = false;
  // The card itself takes focus: it is the scroll container, so arrow keys scroll a long card.
  const focusCard = () => (layer.querySelector<HTMLElement>('.bs-card') ?? layer).focus({ preventScroll: true });
  const focusInside = () => {
    const active = (layer.getRootNode() as Document | ShadowRoot).activeElement;
    return active !== null && layer.contains(active);
  };
  let shown: { mention: PageMention; content: CardContent; token: number } | null = null;
  /** Cards this one was opened from by links, oldest first (empty on the mention's own card). */
  let trail: CardContent[] = [];
  /** Bumped by every link or back step, so a slow lookup cannot land on a card moved away from. */
  let step = 0;

  function paint() {
    if (!shown) {
      render(null, layer);
      return;
    }
    const { mention, content, token } = shown;
    const notThis = content.status === 'entity' && mention.entityId && trail.length === 0 ? () => void notThis_(mention, token) : undefined;
    const previous = trail.at(-1);
    const back = previous?.status === 'entity' ? { label: previous.details.entity.name, onBack: () => goBack(token) } : undefined;
    render(
      <CardView
        content={content}
        lang={langOf()}
        theme={deps.theme(settings.theme)}
        onClose={() => intent.close()}
        onNotThis={notThis}
        onOpenEntity={(id) => openLinked(id, token)}
        back={back}
      />,
      layer,
    );
  }

  function openLinked(id: string, token: number) {
    if (!shown || !intent.isCurrent(token)) return;
    const from = shown.content;
    const label = (from.status === 'entity' && linkedEntityName(from.details, id)) || id;
    // The clicked button leaves the DOM: keep keyboard users in the card, not on <body>.
    keepFocus ||= focusInside();
    intent.pin(); // a followed link is a deliberate act: the card no longer closes on its own
    trail = [...trail, from];
    const mention = shown.mention;
    const mine = ++step;
    loadLinkedContent(cache, id, label, (content) => mine === step && show(mention, token, content));
  }

  function goBack(token: number) {
    const previous = trail.at(-1);
    if (!shown || !previous || !intent.isCurrent(token)) return;
    keepFocus ||= focusInside();
    step++;
    trail = trail.slice(0, -1);
    show(shown.mention, token, previous);
  }

  function show(mention: PageMention, token: number, content: CardContent) {
    if (!intent.isCurrent(token)) return; // a late reply for an older hover
    shown = { mention, content, token };
    paint();
    // "Looking up…" is replaced by the card: keep focus inside a card opened with focus.
    if (keepFocus && !focusInside()) focusCard();
    if (content.status === 'entity' || content.status === 'figure') {
      recordOpenToRender(performance.now() - openedAt, openedFromCache);
      ui.announce(t(langOf(), 'summary_opened', { summary: summaryOf(content, langOf()) }));
    }
  }

  function load(mention: PageMention, token: number) {
    openedAt = performance.now();
    openedFromCache = loadContent(cache, mention, settings.displayCurrency, (content) => show(mention, token, content));
  }

  async function notThis_(mention: PageMention, token: number) {
    if (!mention.entityId) return;
    const correction: Correction = { entityId: mention.entityId, surface: mention.surface, site: location.hostname };
    try {
      const all = await services.addCorrection(correction);
      intent.close();
      deps.onCorrection?.(correction, all);
    } catch (e) {
      show(mention, token, { status: 'error', label: mention.name ?? mention.surface, message: e instanceof Error ? e.message : String(e) });
    }
  }

  function openCard(mention: PageMention, token: number, via: OpenVia) {
    stopPositioning?.();
    trail = [];
    ui.setShown(true);
    stopPositioning = deps.position(mention.range, via === 'hover' ? pointer : null, layer);
    load(mention, token);
    keepFocus = focusNext;
    focusNext = false;
    if (keepFocus) focusCard();
  }

  function hideCard(restore: boolean) {
    stopPositioning?.();
    stopPositioning = null;
    shown = null;
    trail = [];
    keepFocus = false;
    paint();
    ui.setShown(false);
    const target = returnFocus;
    returnFocus = null;
    const active = doc.activeElement;
    // Give focus back only if it is still ours (or lost to <body>), never steal it.
    if (restore && target?.isConnected && (active === null || active === doc.body || active === deps.hostElement || deps.hostElement.contains(active))) target.focus({ preventScroll: true });
  }

  let restoreOnClose = true;
  const intent = createHoverIntent<PageMention>(
    { trigger: settings.trigger, modifier: settings.modifier, dwellMs: settings.dwellMs, abandonMs: HOVER_ABANDON_MS },
    deps.timers,
    {
      open: openCard,
      close: () => {
        hideCard(restoreOnClose);
        restoreOnClose = true;
      },
      // Look up while the pointer rests, so the card renders the moment the dwell ends.
      prefetch: (m) => prefetchContent(cache, m, settings.displayCurrency),
    },
  );

  listenForDismissal({
    intent,
    layer,
    hostElement: deps.hostElement,
    signal,
    closeWithoutRestore: () => {
      restoreOnClose = false; // the user put focus somewhere else on purpose
      intent.close();
    },
  });

  // Intl's first use loads locale data (~20 ms in Chromium): do it while the reader reads.
  const warm = () => signal.aborted || warmFormatters(langOf());
  if (typeof requestIdleCallback === 'function') requestIdleCallback(warm, { timeout: WARM_UP_TIMEOUT_MS });
  else deps.timers.set(warm, 0);

  const unwatch = services.watchSettings((next) => {
    settings = next;
    intent.configure({ trigger: next.trigger, modifier: next.modifier, dwellMs: next.dwellMs });
    cache.clear(); // display currency or data may have changed
    paint();
  });
  signal.addEventListener('abort', () => {
    unwatch();
    intent.dispose();
    hideCard(false);
  });

  return {
    pointerOn(mention, event) {
      pointer = { x: event.clientX, y: event.clientY };
      intent.pointerOn(mention, event);
    },
    clicked(mention, event) {
      pointer = { x: event.clientX, y: event.clientY };
      intent.click(mention);
    },
    open(mention, options) {
      if (options.focus) {
        focusNext = true;
        const active = doc.activeElement;
        if (!returnFocus && active instanceof HTMLElement && active !== deps.hostElement) returnFocus = active;
      }
      intent.openNow(mention, options.focus ? 'keyboard' : 'click');
    },
    close: () => intent.close(),
    isOpen: () => intent.state === 'open' || intent.state === 'abandoning',
    destroy() {
      unwatch();
      intent.dispose();
      hideCard(false);
      ui.remove();
    },
  };
}
