/**
 * Hover intent for cards (pure: timers are injected, so tests drive time).
 *
 *   idle ──pointerOn(m)──▶ dwelling(m) ──dwell elapsed──▶ open(m, token)
 *     ▲                        │ pointerOn(null|other) restarts or cancels (fly-over: no card)
 *     │                        ▼
 *     └──abandon elapsed── abandoning ◀── pointer left mention and card
 *                               │ pointer back on mention / into card: stays open
 *
 * Every open gets a fresh token; the host drops lookups whose token is no longer current
 * (Wikimedia Popups' stale-token rule). Cards opened by click or keyboard are "sticky": pointer
 * movement never closes them, only Esc, a click outside or another open (WCAG 1.4.13).
 */
import type { Modifier, Trigger } from '../settings/defaults';

/** Wikipedia Page Previews close 300 ms after the pointer leaves link and card: enough to cross
 *  the gap between text and card, short enough that a card does not linger. */
export const HOVER_ABANDON_MS = 300;

export interface IntentTimers {
  set(fn: () => void, ms: number): unknown;
  clear(handle: unknown): void;
}

export interface ModifierState {
  altKey: boolean;
  shiftKey: boolean;
  ctrlKey: boolean;
  metaKey: boolean;
}

export interface HoverIntentConfig {
  trigger: Trigger;
  modifier: Modifier;
  dwellMs: number;
  abandonMs: number;
}

export interface HoverIntentCallbacks<T> {
  /** Open (or replace) the card for `target`; `token` identifies this interaction. */
  open(target: T, token: number, via: OpenVia): void;
  close(token: number): void;
  /** The pointer started resting on `target`: a good time to start the lookup. */
  prefetch?(target: T): void;
}

export type OpenVia = 'hover' | 'click' | 'keyboard';
export type IntentState = 'idle' | 'dwelling' | 'open' | 'abandoning';

export function modifierHeld(modifier: Modifier, mods: ModifierState): boolean {
  switch (modifier) {
    case 'Alt':
      return mods.altKey;
    case 'Shift':
      return mods.shiftKey;
    case 'Control':
      return mods.ctrlKey;
    case 'Meta':
      return mods.metaKey;
  }
}

export interface HoverIntent<T> {
  /** Pointer rests on `target` (null: on nothing of ours). */
  pointerOn(target: T | null, mods?: ModifierState): void;
  /** A click on a mention (the 'click' trigger opens here; other triggers ignore it). */
  click(target: T): void;
  /** The modifier key changed while the pointer rests where it is. */
  modifiersChanged(mods: ModifierState): void;
  enterCard(): void;
  leaveCard(): void;
  /** Open now (keyboard, popup jump); sticky until dismissed. */
  openNow(target: T, via?: OpenVia): number;
  /** The reader acted inside the open card (followed a link in it, issue #8): keep it until
   *  dismissed, like a clicked card, even when the new content no longer lies under the pointer. */
  pin(): void;
  close(): void;
  isCurrent(token: number): boolean;
  readonly state: IntentState;
  readonly current: T | null;
  configure(config: Partial<HoverIntentConfig>): void;
  dispose(): void;
}

export function createHoverIntent<T extends { key: string }>(
  initial: HoverIntentConfig,
  timers: IntentTimers,
  callbacks: HoverIntentCallbacks<T>,
): HoverIntent<T> {
  let config = { ...initial };
  let state: IntentState = 'idle';
  let current: T | null = null; // target of the open card
  let pending: T | null = null; // target we are dwelling on
  let hovered: T | null = null; // what the pointer is on now
  let inCard = false;
  let sticky = false;
  let token = 0;
  let dwellTimer: unknown;
  let abandonTimer: unknown;
  let lastMods: ModifierState = { altKey: false, shiftKey: false, ctrlKey: false, metaKey: false };

  const same = (a: T | null, b: T | null) => a !== null && b !== null && a.key === b.key;

  function cancelDwell() {
    if (dwellTimer !== undefined) timers.clear(dwellTimer);
    dwellTimer = undefined;
    pending = null;
  }
  function cancelAbandon() {
    if (abandonTimer !== undefined) timers.clear(abandonTimer);
    abandonTimer = undefined;
    if (state === 'abandoning') state = 'open';
  }
  function doOpen(target: T, via: OpenVia): number {
    cancelDwell();
    cancelAbandon();
    token += 1;
    current = target;
    state = 'open';
    sticky = via !== 'hover';
    callbacks.open(target, token, via);
    return token;
  }
  function doClose() {
    cancelDwell();
    cancelAbandon();
    if (state === 'idle' && current === null) return;
    const closing = token;
    token += 1; // late replies for the closed card are now stale
    state = 'idle';
    current = null;
    sticky = false;
    inCard = false;
    callbacks.close(closing);
  }
  function startAbandon() {
    if (sticky || inCard || current === null || abandonTimer !== undefined) return;
    state = 'abandoning';
    abandonTimer = timers.set(() => {
      abandonTimer = undefined;
      // A dwell already running on another mention (it may have started after this abandon
      // timer) replaces the card when it ends: no flash of "no card" in between. If that dwell
      // is cancelled, evaluate() starts a fresh abandon.
      if (pending) return;
      doClose();
    }, config.abandonMs);
  }
  function wantsHover(mods: ModifierState): boolean {
    if (config.trigger === 'click') return false;
    if (config.trigger === 'hover-modifier') return modifierHeld(config.modifier, mods);
    return true;
  }
  function startDwell(target: T) {
    if (same(pending, target)) return; // still resting on the same mention
    cancelDwell();
    pending = target;
    callbacks.prefetch?.(target);
    dwellTimer = timers.set(() => {
      dwellTimer = undefined;
      const t = pending;
      pending = null;
      if (t) doOpen(t, 'hover');
    }, config.dwellMs);
    if (state === 'idle') state = 'dwelling';
  }
  function evaluate() {
    const target = hovered;
    if (target && same(target, current)) {
      cancelDwell();
      cancelAbandon();
      return;
    }
    if (target && wantsHover(lastMods)) startDwell(target);
    else {
      cancelDwell();
      if (state === 'dwelling') state = 'idle';
    }
    if (current !== null && !inCard) startAbandon();
  }

  return {
    pointerOn(target, mods) {
      if (mods) lastMods = mods;
      hovered = target;
      evaluate();
    },
    click(target) {
      if (config.trigger !== 'click') return;
      if (same(target, current)) return;
      doOpen(target, 'click');
    },
    modifiersChanged(mods) {
      lastMods = mods;
      if (config.trigger === 'hover-modifier') evaluate();
    },
    enterCard() {
      inCard = true;
      cancelAbandon();
      cancelDwell(); // crossing another mention on the way into the card does not count
    },
    leaveCard() {
      inCard = false;
      // The scanner reports only changes of mention and ignores moves over our card, so the
      // mention the pointer left the card onto may be the one it last reported: dwell on it now.
      evaluate();
    },
    openNow(target, via = 'keyboard') {
      return doOpen(target, via);
    },
    pin() {
      if (current === null) return;
      sticky = true;
      cancelAbandon();
    },
    close: doClose,
    isCurrent: (t) => t === token && state !== 'idle',
    get state() {
      return state;
    },
    get current() {
      return current;
    },
    configure(partial) {
      config = { ...config, ...partial };
    },
    dispose() {
      cancelDwell();
      cancelAbandon();
      state = 'idle';
      current = null;
    },
  };
}
