import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createHoverIntent, HOVER_ABANDON_MS, type HoverIntentConfig, type ModifierState } from '../../../lib/card/hover-intent';

interface M {
  key: string;
}
const A: M = { key: 'openai' };
const B: M = { key: 'xai' };
const DWELL = 250;
const NO_MODS: ModifierState = { altKey: false, shiftKey: false, ctrlKey: false, metaKey: false };
const ALT: ModifierState = { ...NO_MODS, altKey: true };

function setup(config: Partial<HoverIntentConfig> = {}) {
  const events: string[] = [];
  const tokens: number[] = [];
  const intent = createHoverIntent<M>(
    { trigger: 'hover', modifier: 'Alt', dwellMs: DWELL, abandonMs: HOVER_ABANDON_MS, ...config },
    { set: (fn, ms) => setTimeout(fn, ms), clear: (h) => clearTimeout(h as ReturnType<typeof setTimeout>) },
    {
      open: (m, token, via) => {
        events.push(`open:${m.key}:${via}`);
        tokens.push(token);
      },
      close: () => events.push('close'),
      prefetch: (m) => events.push(`prefetch:${m.key}`),
    },
  );
  return { intent, events, tokens };
}

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('dwell', () => {
  it('opens only after the pointer has rested for the dwell delay', () => {
    const { intent, events } = setup();
    intent.pointerOn(A, NO_MODS);
    vi.advanceTimersByTime(DWELL - 1);
    expect(events).toEqual(['prefetch:openai']);
    vi.advanceTimersByTime(1);
    expect(events).toEqual(['prefetch:openai', 'open:openai:hover']);
    expect(intent.state).toBe('open');
  });

  it('moving within the same mention does not restart the dwell', () => {
    const { intent, events } = setup();
    intent.pointerOn(A, NO_MODS);
    vi.advanceTimersByTime(200);
    intent.pointerOn(A, NO_MODS);
    vi.advanceTimersByTime(50);
    expect(events).toContain('open:openai:hover');
  });

  it('respects a configured dwell time', () => {
    const { intent, events } = setup({ dwellMs: 600 });
    intent.pointerOn(A, NO_MODS);
    vi.advanceTimersByTime(599);
    expect(events).not.toContain('open:openai:hover');
    vi.advanceTimersByTime(1);
    expect(events).toContain('open:openai:hover');
  });
});

describe('fly-over', () => {
  it('shows no card when the pointer crosses mentions without resting', () => {
    const { intent, events } = setup();
    intent.pointerOn(A, NO_MODS);
    vi.advanceTimersByTime(100);
    intent.pointerOn(null, NO_MODS);
    intent.pointerOn(B, NO_MODS);
    vi.advanceTimersByTime(100);
    intent.pointerOn(null, NO_MODS);
    vi.advanceTimersByTime(2000);
    expect(events.filter((e) => e.startsWith('open'))).toEqual([]);
    expect(intent.state).toBe('idle');
  });
});

describe('abandon', () => {
  it('closes after the abandon delay once the pointer leaves mention and card', () => {
    const { intent, events } = setup();
    intent.pointerOn(A, NO_MODS);
    vi.advanceTimersByTime(DWELL);
    intent.pointerOn(null, NO_MODS);
    expect(intent.state).toBe('abandoning');
    vi.advanceTimersByTime(HOVER_ABANDON_MS - 1);
    expect(events).not.toContain('close');
    vi.advanceTimersByTime(1);
    expect(events).toContain('close');
    expect(intent.isCurrent(1)).toBe(false);
  });

  it('coming back to the mention before the delay keeps the card', () => {
    const { intent, events } = setup();
    intent.pointerOn(A, NO_MODS);
    vi.advanceTimersByTime(DWELL);
    intent.pointerOn(null, NO_MODS);
    vi.advanceTimersByTime(HOVER_ABANDON_MS / 2);
    intent.pointerOn(A, NO_MODS);
    vi.advanceTimersByTime(5000);
    expect(events).not.toContain('close');
    expect(intent.state).toBe('open');
  });

  it('moving into the card keeps it open, even across another mention on the way', () => {
    const { intent, events } = setup();
    intent.pointerOn(A, NO_MODS);
    vi.advanceTimersByTime(DWELL);
    intent.pointerOn(B, NO_MODS); // the path to the card crosses xAI
    vi.advanceTimersByTime(100);
    intent.enterCard();
    vi.advanceTimersByTime(5000);
    expect(events).not.toContain('close');
    expect(events).not.toContain('open:xai:hover');
    intent.leaveCard();
    intent.pointerOn(null, NO_MODS); // the scanner reports blank space within a frame
    vi.advanceTimersByTime(HOVER_ABANDON_MS);
    expect(events).toContain('close');
  });

  it('leaving the card back onto a mention crossed on the way in dwells on it (the scanner reports no change)', () => {
    const { intent, events } = setup();
    intent.pointerOn(A, NO_MODS);
    vi.advanceTimersByTime(DWELL);
    intent.pointerOn(B, NO_MODS);
    intent.enterCard();
    vi.advanceTimersByTime(1000);
    intent.leaveCard(); // pointer is on B again; the scanner still believes it is on B
    vi.advanceTimersByTime(DWELL);
    expect(events).toContain('open:xai:hover');
    expect(intent.current).toBe(B);
  });

  it('leaving the card onto blank space closes it after the abandon delay', () => {
    const { intent, events } = setup();
    intent.pointerOn(A, NO_MODS);
    vi.advanceTimersByTime(DWELL);
    intent.enterCard();
    intent.pointerOn(null, NO_MODS);
    intent.leaveCard();
    vi.advanceTimersByTime(HOVER_ABANDON_MS);
    expect(events).toContain('close');
  });

  it('an abandon timer does not cancel the dwell already running on the next mention; that card replaces it', () => {
    const { intent, events } = setup();
    intent.pointerOn(A, NO_MODS);
    vi.advanceTimersByTime(DWELL);
    intent.pointerOn(null, NO_MODS); // abandon timer for A starts
    vi.advanceTimersByTime(100);
    intent.pointerOn(B, NO_MODS); // B's dwell ends after A's abandon would have
    vi.advanceTimersByTime(HOVER_ABANDON_MS - 100);
    expect(events).not.toContain('close'); // A stays until B replaces it
    vi.advanceTimersByTime(DWELL);
    expect(events.at(-1)).toBe('open:xai:hover');
    expect(intent.current).toBe(B);
  });

  it('if that dwell is cancelled, the old card is abandoned after all', () => {
    const { intent, events } = setup();
    intent.pointerOn(A, NO_MODS);
    vi.advanceTimersByTime(DWELL);
    intent.pointerOn(null, NO_MODS);
    vi.advanceTimersByTime(100);
    intent.pointerOn(B, NO_MODS);
    vi.advanceTimersByTime(HOVER_ABANDON_MS - 100 + 20); // A's abandon came due; B still dwelling
    expect(intent.current).toBe(A);
    intent.pointerOn(null, NO_MODS); // left B before its dwell ended
    vi.advanceTimersByTime(HOVER_ABANDON_MS);
    expect(events).toContain('close');
    expect(events).not.toContain('open:xai:hover');
    expect(intent.state).toBe('idle');
  });

  it('resting on another mention replaces the card', () => {
    const { intent, events } = setup();
    intent.pointerOn(A, NO_MODS);
    vi.advanceTimersByTime(DWELL);
    intent.pointerOn(B, NO_MODS);
    vi.advanceTimersByTime(DWELL);
    expect(events).toContain('open:xai:hover');
    expect(intent.current).toBe(B);
    expect(events).not.toContain('close');
  });
});

describe('stale tokens', () => {
  it('a lookup for an old hover is no longer current', () => {
    const { intent, tokens } = setup();
    intent.pointerOn(A, NO_MODS);
    vi.advanceTimersByTime(DWELL);
    const first = tokens[0]!;
    expect(intent.isCurrent(first)).toBe(true);
    intent.pointerOn(B, NO_MODS);
    vi.advanceTimersByTime(DWELL);
    const second = tokens[1]!;
    expect(intent.isCurrent(first)).toBe(false);
    expect(intent.isCurrent(second)).toBe(true);
    intent.close();
    expect(intent.isCurrent(second)).toBe(false);
  });
});

describe('triggers', () => {
  it('hover with modifier: no card without the key, a card once it is held', () => {
    const { intent, events } = setup({ trigger: 'hover-modifier', modifier: 'Alt' });
    intent.pointerOn(A, NO_MODS);
    vi.advanceTimersByTime(2000);
    expect(events).toEqual([]);
    intent.modifiersChanged(ALT);
    vi.advanceTimersByTime(DWELL);
    expect(events).toContain('open:openai:hover');
  });

  it('hover with modifier: the modifier held while moving counts', () => {
    const { intent, events } = setup({ trigger: 'hover-modifier', modifier: 'Shift' });
    intent.pointerOn(A, { ...NO_MODS, shiftKey: true });
    vi.advanceTimersByTime(DWELL);
    expect(events).toContain('open:openai:hover');
  });

  it('click: hovering never opens, clicking opens at once and pointer moves do not close', () => {
    const { intent, events } = setup({ trigger: 'click' });
    intent.pointerOn(A, NO_MODS);
    vi.advanceTimersByTime(2000);
    expect(events).toEqual([]);
    intent.click(A);
    expect(events).toEqual(['open:openai:click']);
    intent.pointerOn(null, NO_MODS);
    vi.advanceTimersByTime(5000);
    expect(intent.state).toBe('open');
    intent.close();
    expect(events).toContain('close');
  });

  it('click is ignored under the hover trigger', () => {
    const { intent, events } = setup();
    intent.click(A);
    expect(events).toEqual([]);
  });
});

describe('keyboard opens', () => {
  it('a keyboard-opened card stays until dismissed (WCAG 1.4.13 persistent)', () => {
    const { intent, events } = setup();
    intent.openNow(A, 'keyboard');
    intent.pointerOn(null, NO_MODS);
    vi.advanceTimersByTime(10_000);
    expect(intent.state).toBe('open');
    intent.close();
    expect(events).toEqual(['open:openai:keyboard', 'close']);
  });

  it('settings changes apply to the next hover', () => {
    const { intent, events } = setup();
    intent.configure({ dwellMs: 1000 });
    intent.pointerOn(A, NO_MODS);
    vi.advanceTimersByTime(DWELL);
    expect(events).not.toContain('open:openai:hover');
    vi.advanceTimersByTime(1000 - DWELL);
    expect(events).toContain('open:openai:hover');
  });
});

describe('pin (issue #8: a link followed inside the card)', () => {
  it('keeps a hover card open after the pointer leaves, until dismissed', () => {
    const { intent, events } = setup();
    intent.pointerOn(A, NO_MODS);
    vi.advanceTimersByTime(DWELL);
    intent.enterCard();
    intent.pin();
    intent.leaveCard();
    intent.pointerOn(null, NO_MODS);
    vi.advanceTimersByTime(HOVER_ABANDON_MS * 3);
    expect(intent.state).toBe('open');
    intent.close();
    expect(events.at(-1)).toBe('close');
  });

  it('does nothing without an open card', () => {
    const { intent } = setup();
    intent.pin();
    expect(intent.state).toBe('idle');
  });
});
