// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createCardController } from '../../entrypoints/content/card/controller';
import type { CardServices } from '../../entrypoints/content/card/services';
import type { PageMention } from '../../lib/card/types';
import type { EntityDetails, FigureDetails } from '../../lib/messaging/protocol';
import { DEFAULT_SETTINGS, type Settings } from '../../lib/settings/defaults';
import { altmanDetails, BID_FIGURE, bidFigureDetails, openAiDetails } from './card-fixtures';

const DWELL = DEFAULT_SETTINGS.dwellMs;

function deferred<T>() {
  let resolve!: (v: T) => void;
  const promise = new Promise<T>((r) => (resolve = r));
  return { promise, resolve };
}

function mention(key: string, entityId: string, surface: string): PageMention {
  const p = document.createElement('p');
  p.textContent = `Text about ${surface} here.`;
  document.body.append(p);
  const range = document.createRange();
  range.setStart(p.firstChild!, 11);
  range.setEnd(p.firstChild!, 11 + surface.length);
  return { key, kind: entityId.startsWith('person:') ? 'person' : 'company', range, surface, entityId, name: surface, sentenceEntityIds: [] };
}

function setup(overrides: Partial<CardServices> = {}, settings: Partial<Settings> = {}) {
  const container = document.createElement('div');
  const hostElement = document.createElement('backstory-card-host');
  hostElement.append(container);
  document.documentElement.append(hostElement);
  const controller = new AbortController();
  const services: CardServices = {
    lookupEntity: vi.fn(async (id: string) => (id === 'company:openai' ? openAiDetails() : id === 'person:sam-altman' ? altmanDetails() : null)),
    lookupFigure: vi.fn(async () => bidFigureDetails()),
    addCorrection: vi.fn(async (c) => [c]),
    getSettings: async () => ({ ...DEFAULT_SETTINGS, ...settings }),
    watchSettings: () => () => {},
    ...overrides,
  };
  const onCorrection = vi.fn();
  const position = vi.fn(() => () => {});
  const host = createCardController({
    container,
    hostElement,
    services,
    settings: { ...DEFAULT_SETTINGS, uiLanguage: 'en', ...settings },
    timers: { set: (fn, ms) => setTimeout(fn, ms), clear: (h) => clearTimeout(h as ReturnType<typeof setTimeout>) },
    signal: controller.signal,
    position,
    theme: (s) => (s === 'dark' ? 'dark' : 'light'),
    onCorrection,
    browserLanguages: ['en-US'],
  });
  const layer = container.querySelector<HTMLElement>('.bs-layer')!;
  const live = container.querySelector<HTMLElement>('[aria-live]')!;
  return { host, layer, live, services, onCorrection, position, hostElement, abort: () => controller.abort() };
}

const move = (x = 10, y = 10) => new MouseEvent('pointermove', { clientX: x, clientY: y });
const flush = async () => {
  await vi.advanceTimersByTimeAsync(0);
};

beforeEach(() => vi.useFakeTimers());
afterEach(() => {
  vi.useRealTimers();
  document.body.replaceChildren();
  document.querySelectorAll('backstory-card-host').forEach((h) => h.remove());
});

describe('card host', () => {
  it('opens a dialog with the entity card after the dwell, positioned at the mention', async () => {
    const { host, layer, live, position } = setup();
    const openai = mention('m1', 'company:openai', 'OpenAI');
    host.pointerOn(openai, move());
    await vi.advanceTimersByTimeAsync(DWELL - 10);
    expect(layer.hidden).toBe(true);
    await vi.advanceTimersByTimeAsync(10);
    expect(layer.hidden).toBe(false);
    expect(layer.getAttribute('role')).toBe('dialog');
    expect(layer.getAttribute('aria-modal')).toBe('false');
    expect(layer.querySelector(`#${layer.getAttribute('aria-labelledby')}`)?.textContent).toBe('OpenAI');
    expect(layer.textContent).toContain('Sam Altman');
    expect(position).toHaveBeenCalledWith(openai.range, { x: 10, y: 10 }, layer);
    expect(live.textContent).toBe('OpenAI, company, San Francisco, CEO Sam Altman. Press Escape to close.');
    expect(host.isOpen()).toBe(true);
  });

  it('renders in the same task the dwell ends when the lookup was prefetched', async () => {
    const { host, layer } = setup();
    host.pointerOn(mention('m1', 'company:openai', 'OpenAI'), move());
    await vi.advanceTimersByTimeAsync(DWELL - 1); // prefetch resolved meanwhile
    vi.advanceTimersByTime(1); // synchronous: no microtask turn
    expect(layer.querySelector('[data-state="loading"]')).toBeNull();
    expect(layer.querySelector('h2')?.textContent).toBe('OpenAI');
  });

  it('Esc closes the card', async () => {
    const { host, layer } = setup();
    host.pointerOn(mention('m1', 'company:openai', 'OpenAI'), move());
    await vi.advanceTimersByTimeAsync(DWELL);
    window.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape' }));
    expect(layer.hidden).toBe(true);
    expect(layer.getAttribute('role')).toBeNull();
    expect(layer.textContent).toBe('');
    expect(host.isOpen()).toBe(false);
  });

  it('drops a late reply for an older hover', async () => {
    const slow = deferred<EntityDetails | null>();
    const { host, layer } = setup({
      lookupEntity: vi.fn((id: string) => (id === 'company:openai' ? slow.promise : Promise.resolve(altmanDetails()))),
    });
    host.pointerOn(mention('m1', 'company:openai', 'OpenAI'), move());
    await vi.advanceTimersByTimeAsync(DWELL);
    expect(layer.textContent).toContain('Looking up…');
    host.pointerOn(mention('m2', 'person:sam-altman', 'Sam Altman'), move());
    await vi.advanceTimersByTimeAsync(DWELL);
    expect(layer.querySelector('h2')?.textContent).toBe('Sam Altman');
    slow.resolve(openAiDetails());
    await flush();
    expect(layer.querySelector('h2')?.textContent).toBe('Sam Altman');
  });

  it('keyboard open moves focus into the card and gives it back on Esc', async () => {
    const { host, layer, hostElement } = setup();
    const button = document.createElement('button');
    document.body.append(button);
    button.focus();
    host.open(mention('m1', 'company:openai', 'OpenAI'), { focus: true });
    await flush();
    // Inside a (closed) shadow root the document sees the host; here the layer itself.
    expect(layer.contains(document.activeElement) || document.activeElement === hostElement).toBe(true);
    await vi.advanceTimersByTimeAsync(5000);
    expect(host.isOpen()).toBe(true); // persistent: no abandon for keyboard cards
    layer.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, composed: true }));
    expect(host.isOpen()).toBe(false);
    expect(document.activeElement).toBe(button);
  });

  it('"Not this" stores a correction for this site and tells the page to rescan', async () => {
    const { host, layer, services, onCorrection } = setup();
    host.open(mention('m1', 'company:openai', 'OpenAI'), { focus: false });
    await flush();
    layer.querySelector<HTMLButtonElement>('[data-action="not-this"]')!.click();
    await flush();
    const expected = { entityId: 'company:openai', surface: 'OpenAI', site: location.hostname };
    expect(services.addCorrection).toHaveBeenCalledWith(expected);
    expect(onCorrection).toHaveBeenCalledWith(expected, [expected]);
    expect(host.isOpen()).toBe(false);
  });

  it('shows a figure card with conversion, matched deal and scale bars', async () => {
    const { host, layer, services } = setup();
    const m = mention('f1', 'company:openai', BID_FIGURE.surface);
    const figureMention: PageMention = { ...m, kind: 'figure', entityId: undefined, figure: { ...BID_FIGURE, start: 0, end: 1 }, sentenceEntityIds: ['company:openai', 'person:elon-musk'] };
    host.pointerOn(figureMention, move());
    await vi.advanceTimersByTimeAsync(DWELL);
    expect(services.lookupFigure).toHaveBeenCalledWith({ amount: 97_400_000_000, currency: 'USD', kind: 'total', entityIds: ['company:openai', 'person:elon-musk'], displayCurrency: 'EUR' });
    expect(layer.querySelector('h2')?.textContent).toBe('US$97.4 billion');
    expect(layer.querySelectorAll('svg rect').length).toBeGreaterThanOrEqual(3);
  });

  it('shows a readable message when the background fails (prefetch and open), and retries on the next hover', async () => {
    let calls = 0;
    const { host, layer } = setup({
      lookupEntity: vi.fn(async () => {
        calls += 1;
        if (calls <= 2) throw new Error('Backstory’s background is not answering');
        return openAiDetails();
      }),
    });
    const m = mention('m1', 'company:openai', 'OpenAI');
    host.pointerOn(m, move());
    await vi.advanceTimersByTimeAsync(DWELL);
    expect(layer.textContent).toContain('Could not load the facts (Backstory’s background is not answering)');
    host.close();
    host.pointerOn(null, move());
    host.pointerOn(m, move());
    await vi.advanceTimersByTimeAsync(DWELL);
    expect(layer.querySelector('h2')?.textContent).toBe('OpenAI');
  });

  it('stops listening when the content script context is invalidated', async () => {
    const { host, layer, abort } = setup();
    host.open(mention('m1', 'company:openai', 'OpenAI'), { focus: false });
    await flush();
    abort();
    expect(layer.hidden).toBe(true);
  });
});

describe('card host with figure details of another shape', () => {
  it('a figure without conversion or deal still shows its amount', async () => {
    const details: FigureDetails = { comparables: [], sources: {} };
    const { host, layer } = setup({ lookupFigure: vi.fn(async () => details) }, { uiLanguage: 'it' });
    const m = mention('f1', 'company:openai', '9,74 miliardi');
    host.open({ ...m, kind: 'figure', entityId: undefined, figure: { surface: '9,74 miliardi', start: 0, end: 1, amount: 9_740_000_000, currency: 'USD', kind: 'total' } }, { focus: false });
    await flush();
    expect(layer.querySelector('h2')?.textContent).toBe('9,74 miliardi USD');
    expect(layer.textContent).toContain('Nessuna operazione nota');
    expect(layer.querySelector('svg')).toBeNull();
  });
});
