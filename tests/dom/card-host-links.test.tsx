// @vitest-environment happy-dom
/**
 * Issue #8 in the card host: a linked name inside a card opens that entity's card in place,
 * "Back to …" returns, "Not this" stays with the mention's own card, and a card opened from the
 * keyboard keeps focus inside while moving between linked cards.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createCardController } from '../../entrypoints/content/card/controller';
import type { CardServices } from '../../entrypoints/content/card/services';
import type { PageMention } from '../../lib/card/types';
import { DEFAULT_SETTINGS } from '../../lib/settings/defaults';
import { bidFigureDetails } from './card-fixtures';
import { jeepDetails, stellantisDetails } from './relation-fixtures';

function setup() {
  const container = document.createElement('div');
  const hostElement = document.createElement('backstory-card-host');
  hostElement.append(container);
  document.documentElement.append(hostElement);
  const controller = new AbortController();
  const lookupEntity = vi.fn(async (id: string) => (id === 'b:jeep' ? jeepDetails() : id === 'c:stellantis' ? stellantisDetails() : null));
  const services: CardServices = {
    lookupEntity,
    lookupFigure: vi.fn(async () => bidFigureDetails()),
    addCorrection: vi.fn(async (c) => [c]),
    getSettings: async () => DEFAULT_SETTINGS,
    watchSettings: () => () => {},
  };
  const position = vi.fn(() => () => {});
  const host = createCardController({
    container,
    hostElement,
    services,
    settings: { ...DEFAULT_SETTINGS, uiLanguage: 'en' },
    timers: { set: (fn, ms) => setTimeout(fn, ms), clear: (h) => clearTimeout(h as ReturnType<typeof setTimeout>) },
    signal: controller.signal,
    position,
    theme: () => 'light',
    browserLanguages: ['en-US'],
  });
  return { host, layer: container.querySelector<HTMLElement>('.bs-layer')!, lookupEntity, position };
}

function jeepMention(): PageMention {
  const p = document.createElement('p');
  p.textContent = 'La nuova Jeep arriva in Italia.';
  document.body.append(p);
  const range = document.createRange();
  range.setStart(p.firstChild!, 9);
  range.setEnd(p.firstChild!, 13);
  return { key: 'm1', kind: 'brand', range, surface: 'Jeep', entityId: 'b:jeep', name: 'Jeep', sentenceEntityIds: [] };
}

const title = (layer: HTMLElement) => layer.querySelector('h2')?.textContent;
const button = (layer: HTMLElement, selector: string) => layer.querySelector<HTMLButtonElement>(selector)!;

beforeEach(() => vi.useFakeTimers());
afterEach(() => {
  vi.useRealTimers();
  document.body.replaceChildren();
  document.querySelectorAll('backstory-card-host').forEach((h) => h.remove());
});

describe('linked names in the card host', () => {
  it('opens the owner’s card in place, then a brand from it, and walks back', async () => {
    const { host, layer, position } = setup();
    host.pointerOn(jeepMention(), new MouseEvent('pointermove', { clientX: 5, clientY: 5 }));
    await vi.advanceTimersByTimeAsync(DEFAULT_SETTINGS.dwellMs);
    expect(title(layer)).toBe('Jeep');
    expect(layer.querySelector('[data-action="not-this"]')).not.toBeNull();

    button(layer, '.bs-owner button.bs-entity-link').click();
    await vi.advanceTimersByTimeAsync(0);
    expect(title(layer)).toBe('Stellantis');
    expect(layer.querySelectorAll('[data-units="units"] [data-unit]')).toHaveLength(8);
    // "Not this" is about the word on the page, which named Jeep, not Stellantis.
    expect(layer.querySelector('[data-action="not-this"]')).toBeNull();
    expect(layer.querySelector('[data-action="back"]')?.textContent).toContain('Back to Jeep');
    expect(position).toHaveBeenCalledTimes(1); // still anchored to the mention
    // Following a link pins the card: the new content may not lie under the pointer any more.
    layer.dispatchEvent(new Event('pointerleave'));
    host.pointerOn(null, new MouseEvent('pointermove', { clientX: 900, clientY: 900 }));
    await vi.advanceTimersByTimeAsync(2000);
    expect(host.isOpen()).toBe(true);

    button(layer, '[data-unit="b:fiat"] button').click();
    await vi.advanceTimersByTimeAsync(0);
    expect(layer.textContent).toContain('No stored facts for Fiat.');

    button(layer, '[data-action="back"]').click();
    expect(title(layer)).toBe('Stellantis');
    button(layer, '[data-action="back"]').click();
    expect(title(layer)).toBe('Jeep');
    expect(layer.querySelector('[data-action="back"]')).toBeNull();
    expect(layer.querySelector('[data-action="not-this"]')).not.toBeNull();
  });

  it('keeps focus in a keyboard-opened card when a link replaces it', async () => {
    const { host, layer } = setup();
    host.open(jeepMention(), { focus: true });
    await vi.advanceTimersByTimeAsync(0);
    const link = button(layer, '.bs-owner button.bs-entity-link');
    link.focus();
    link.click();
    await vi.advanceTimersByTimeAsync(0);
    expect(title(layer)).toBe('Stellantis');
    expect(layer.contains(document.activeElement)).toBe(true);
  });

  it('asks the background once per entity while moving back and forth', async () => {
    const { host, layer, lookupEntity } = setup();
    host.open(jeepMention(), { focus: false });
    await vi.advanceTimersByTimeAsync(0);
    button(layer, '.bs-owner button.bs-entity-link').click();
    await vi.advanceTimersByTimeAsync(0);
    button(layer, '[data-unit="b:jeep"] button').click();
    await vi.advanceTimersByTimeAsync(0);
    expect(title(layer)).toBe('Jeep');
    expect(lookupEntity.mock.calls.map(([id]) => id)).toEqual(['b:jeep', 'c:stellantis']);
  });
});
