/**
 * The card host's behaviour, independent of WXT so happy-dom tests can drive it:
 *
 *   ON-PAGE ──pointerOn/clicked/open──▶ hover intent (lib/card/hover-intent) ──open(token)──▶
 *   lookup cache ──(token still current?)──▶ Preact CardView in the layer ──▶ Floating UI
 *
 * Focus: a card opened with `{focus: true}` takes focus (non-modal dialog) and gives it back
 * on close. Esc closes any open card; a click outside closes it; the pointer moving into the
 * card keeps it open (WCAG 1.4.13). A polite live region reads a one-line summary.
 */
import { render } from 'preact';
import type { CardHost, PageMention } from '../../../lib/card/types';
import type { Correction } from '../../../lib/match/types';
import type { Settings } from '../../../lib/settings/defaults';
import type { CardTheme } from '../../../lib/card/theme';
import { resolveLang, type Lang } from '../../../lib/i18n/core';
import { createHoverIntent, HOVER_ABANDON_MS, type IntentTimers, type OpenVia } from '../../../lib/card/hover-intent';
import { buildEntityView } from '../../../lib/card/entity-view';
import { buildFigureView } from '../../../lib/card/figure-view';
import { t } from '../../../lib/card/fact-view';
import { warmFormatters } from '../../../lib/card/format';
import type { Point } from '../../../lib/card/layout';
import type { EntityDetails, FigureQuery } from '../../../lib/messaging/protocol';
import { createLookupCache, type CardServices } from './services';
import { CardView, HEADING_ID, type CardContent } from './card-view';
import { recordOpenToRender } from './stats';

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

  const layer = doc.createElement('div');
  layer.className = 'bs-layer';
  layer.hidden = true;
  layer.tabIndex = -1;
  // The dialog role exists only while a card is shown: a hidden, empty dialog would still be
  // listed by assistive tech (and by tests reading the accessibility tree).
  const setDialog = (on: boolean) => {
    if (on) {
      layer.setAttribute('role', 'dialog');
      layer.setAttribute('aria-modal', 'false');
      layer.setAttribute('aria-labelledby', HEADING_ID);
    } else {
      layer.removeAttribute('role');
      layer.removeAttribute('aria-modal');
      layer.removeAttribute('aria-labelledby');
    }
  };
  const live = doc.createElement('div');
  live.className = 'bs-sr';
  live.setAttribute('role', 'status');
  live.setAttribute('aria-live', 'polite');
  container.append(layer, live);

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

  function paint() {
    if (!shown) {
      render(null, layer);
      return;
    }
    const { mention, content, token } = shown;
    const notThis = content.status === 'entity' && mention.entityId ? () => void notThis_(mention, token) : undefined;
    render(<CardView content={content} lang={langOf()} theme={deps.theme(settings.theme)} onClose={() => intent.close()} onNotThis={notThis} />, layer);
  }

  function show(mention: PageMention, token: number, content: CardContent) {
    if (!intent.isCurrent(token)) return; // a late reply for an older hover
    shown = { mention, content, token };
    paint();
    // "Looking up…" is replaced by the card: keep focus inside a card opened with focus.
    if (keepFocus && !focusInside()) focusCard();
    if (content.status === 'entity' || content.status === 'figure') {
      recordOpenToRender(performance.now() - openedAt, openedFromCache);
      announce(content);
    }
  }

  function announce(content: CardContent) {
    const lang = langOf();
    let summary = '';
    if (content.status === 'entity') summary = buildEntityView(content.details, lang).summary;
    else if (content.status === 'figure') summary = buildFigureView(content.figure, content.details, lang).summary;
    live.textContent = t(lang, 'summary_opened', { summary });
  }

  function figureQuery(mention: PageMention): FigureQuery | null {
    const f = mention.figure;
    if (mention.kind !== 'figure' || !f) return null;
    return { amount: f.amount, currency: f.currency, kind: f.kind, entityIds: mention.sentenceEntityIds, displayCurrency: settings.displayCurrency };
  }

  function load(mention: PageMention, token: number) {
    openedAt = performance.now();
    const fq = figureQuery(mention);
    openedFromCache = fq ? cache.peekFigure(fq) !== undefined : mention.entityId !== undefined && cache.peekEntity(mention.entityId) !== undefined;
    const label = mention.name ?? mention.surface;
    if (mention.kind === 'figure') {
      const f = mention.figure;
      if (!f || !fq) return show(mention, token, { status: 'missing', label });
      const query = fq;
      const figure = { surface: f.surface, amount: f.amount, currency: f.currency, kind: f.kind };
      const hit = cache.peekFigure(query);
      if (hit) return show(mention, token, { status: 'figure', figure, details: hit });
      show(mention, token, { status: 'loading', label: mention.surface });
      cache.figure(query).then(
        (details) => show(mention, token, { status: 'figure', figure, details }),
        (e: unknown) => show(mention, token, { status: 'error', label, message: e instanceof Error ? e.message : String(e) }),
      );
      return;
    }
    const id = mention.entityId;
    if (!id) return show(mention, token, { status: 'missing', label });
    const hit = cache.peekEntity(id);
    const done = (details: EntityDetails | null) =>
      show(mention, token, details ? { status: 'entity', details, surface: mention.surface } : { status: 'missing', label });
    if (hit !== undefined) return done(hit);
    show(mention, token, { status: 'loading', label });
    cache.entity(id).then(done, (e: unknown) => show(mention, token, { status: 'error', label, message: e instanceof Error ? e.message : String(e) }));
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
    layer.hidden = false;
    setDialog(true);
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
    keepFocus = false;
    paint();
    layer.hidden = true;
    setDialog(false);
    live.textContent = '';
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
      // Start the lookup while the pointer rests, so the card renders the moment the dwell ends.
      // A failure is forgotten by the cache; the open retries and shows the error.
      prefetch: (m) => {
        const fq = figureQuery(m);
        if (fq) cache.figure(fq).catch(() => undefined);
        else if (m.entityId) cache.entity(m.entityId).catch(() => undefined);
      },
    },
  );

  const listen = <K extends keyof WindowEventMap>(type: K, fn: (e: WindowEventMap[K]) => void) =>
    window.addEventListener(type, fn as EventListener, { capture: true, signal });
  listen('keydown', (e) => {
    if (e.key === 'Escape' && intent.state !== 'idle') {
      const inside = e.composedPath().includes(deps.hostElement);
      intent.close();
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
    if (intent.state === 'idle' || e.composedPath().includes(deps.hostElement)) return;
    restoreOnClose = false; // the user put focus somewhere else on purpose
    intent.close();
  });
  layer.addEventListener('pointerenter', () => intent.enterCard(), { signal });
  layer.addEventListener('pointerleave', () => intent.leaveCard(), { signal });
  layer.addEventListener(
    'focusout',
    (e) => {
      const next = e.relatedTarget;
      if (next instanceof Node && !layer.contains(next) && intent.state !== 'idle') {
        restoreOnClose = false;
        intent.close();
      }
    },
    { signal },
  );

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
      layer.remove();
      live.remove();
    },
  };
}
