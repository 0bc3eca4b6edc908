// @vitest-environment happy-dom
/**
 * The popup search list from the keyboard: typing shows results per keystroke, ↑/↓ move the
 * active option, Enter opens it as a card, Escape goes back to the list.
 */
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it } from 'vitest';
import { PopupApp } from '../../../components/popup/popup-app';
import type { PopupApi } from '../../../components/popup/popup-api';
import type { EntityDetails } from '../../../lib/messaging/protocol';
import { DEFAULT_SETTINGS } from '../../../lib/settings/defaults';
import { createSearchIndex, searchEntities } from '../../../lib/search/query';
import { ENTITIES } from './entities';
import { fakePopupApi } from './fake-popup-api';

const index = createSearchIndex(ENTITIES);

function fakeApi(overrides: Partial<PopupApi> = {}): PopupApi & { looked: string[] } {
  const looked: string[] = [];
  return {
    looked,
    ...fakePopupApi({
      search: async (query, limit) => searchEntities(index, query, limit),
      lookupEntity: async (id) => {
        looked.push(id);
        const entity = ENTITIES.find((e) => e.id === id)!;
        return { entity, sources: {}, deals: [], related: {}, dataDate: '2026-01-01' } satisfies EntityDetails;
      },
      getStatus: async () => ({ version: '2026-02-25-62c319cecf38', dataDate: '2026-02-25', counts: { companies: 1, people: 1, organisations: 0, deals: 0, facts: 0, sources: 0 }, packs: [], seeding: false }),
      getActiveTab: async () => ({ id: 7, host: 'news.example.com' }),
      getFindings: async () => ({ url: 'https://news.example.com/a', lang: 'it', items: [] }),
      ...overrides,
    }),
  };
}

const flush = () => act(async () => new Promise((r) => setTimeout(r, 0)));

async function mount(api: PopupApi) {
  const root = document.createElement('div');
  document.body.append(root);
  await act(() => render(<PopupApp api={api} />, root));
  await flush();
  return root;
}

async function type(input: HTMLInputElement, text: string) {
  for (let i = 1; i <= text.length; i++) {
    input.value = text.slice(0, i);
    await act(() => { input.dispatchEvent(new Event('input', { bubbles: true })); });
  }
  await flush();
}

async function key(el: Element, name: string) {
  await act(() => { el.dispatchEvent(new KeyboardEvent('keydown', { key: name, bubbles: true, cancelable: true })); });
  await flush();
}

const options = (root: Element) => [...root.querySelectorAll('[role="option"]')];
const selected = (root: Element) => root.querySelector('[role="option"][aria-selected="true"]')?.getAttribute('data-id');

afterEach(() => {
  document.body.innerHTML = '';
});

describe('popup search from the keyboard', () => {
  it('shows the best match first while typing and moves with the arrows', async () => {
    const root = await mount(fakeApi());
    const input = root.querySelector<HTMLInputElement>('input[role="combobox"]')!;
    expect(document.activeElement).toBe(input);
    await type(input, 'unicr');
    expect(options(root)[0]?.getAttribute('data-id')).toBe('unicredit');
    expect(selected(root)).toBe('unicredit');
    expect(input.getAttribute('aria-activedescendant')).toBe(options(root)[0]?.id);

    await type(input, 'banca');
    const ids = options(root).map((o) => o.getAttribute('data-id'));
    expect(ids.length).toBeGreaterThan(2);
    await key(input, 'ArrowDown');
    expect(selected(root)).toBe(ids[1]);
    await key(input, 'ArrowUp');
    await key(input, 'ArrowUp');
    expect(selected(root)).toBe(ids[ids.length - 1]);
  });

  it('opens the active result as a card with Enter and returns with Escape', async () => {
    const api = fakeApi();
    const root = await mount(api);
    const input = root.querySelector<HTMLInputElement>('input[role="combobox"]')!;
    await type(input, 'NVDA');
    await key(input, 'Enter');
    expect(api.looked).toEqual(['nvidia']);
    expect(root.querySelector('#bs-popup-card-title')?.textContent).toBe('Nvidia');
    expect(root.querySelector('[role="combobox"]')).toBeNull();

    await key(root.querySelector('.bs-back')!, 'Escape');
    const again = root.querySelector<HTMLInputElement>('input[role="combobox"]')!;
    expect(again.value).toBe('NVDA');
    expect(options(root)[0]?.getAttribute('data-id')).toBe('nvidia');
  });

  it('says so when nothing matches, and drops a stale reply', async () => {
    let release: () => void = () => undefined;
    const slow = new Promise<void>((r) => (release = r));
    const api = fakeApi({
      search: async (query, limit) => {
        if (query === 'u') await slow; // the first keystroke's reply arrives last
        return searchEntities(index, query, limit);
      },
    });
    const root = await mount(api);
    const input = root.querySelector<HTMLInputElement>('input[role="combobox"]')!;
    await type(input, 'uzzzzq');
    release();
    await flush();
    expect(options(root)).toHaveLength(0);
    expect(root.querySelector('[role="status"]')?.textContent).toMatch(/Nothing matches “uzzzzq”/);
  });

  it('lists what the page holds, grouped with counts, and jumps to a mention', async () => {
    const jumps: Array<[number, string]> = [];
    let closed = false;
    const api = fakeApi({
      getFindings: async () => ({
        url: 'https://news.example.com/a',
        lang: 'it',
        items: [
          { key: 'p:elon-musk', kind: 'person', id: 'elon-musk', label: 'Elon Musk', count: 3, firstKey: 'm1' },
          { key: 'c:nvidia', kind: 'company', id: 'nvidia', label: 'Nvidia', count: 1, firstKey: 'm2' },
          { key: 'c:mediobanca', kind: 'company', id: 'mediobanca', label: 'Mediobanca', count: 2, firstKey: 'm3' },
          { key: 'f:97e9', kind: 'figure', id: '97400000000:USD', label: '97,4 miliardi $', count: 1, firstKey: 'm4' },
        ],
      }),
      focusMention: async (tabId, key) => (jumps.push([tabId, key]), true),
      close: () => (closed = true),
    });
    const root = await mount(api);
    const groups = [...root.querySelectorAll('[data-group]')].map((g) => [g.getAttribute('data-group'), g.querySelector('h3')?.textContent]);
    expect(groups).toEqual([['companies', 'Companies 3'], ['people', 'People 3'], ['figures', 'Figures 1']]);
    const first = root.querySelector<HTMLButtonElement>('[data-group="companies"] button')!;
    expect(first.textContent).toContain('Mediobanca');
    await act(() => first.click());
    await flush();
    expect(jumps).toEqual([[7, 'm3']]);
    expect(closed).toBe(true);
  });

  it('shows the site switch and the database line', async () => {
    let saved: unknown = null;
    const api = fakeApi({ updateSettings: async (patch) => ((saved = patch), { ...DEFAULT_SETTINGS, ...patch }) });
    const root = await mount(api);
    expect(root.querySelector('[data-testid="db-status"]')?.textContent).toMatch(/Database 62c319c · data as of Feb 25, 2026/);
    const toggle = root.querySelector<HTMLInputElement>('input[role="switch"]')!;
    expect(toggle.checked).toBe(true);
    toggle.checked = false;
    await act(() => { toggle.dispatchEvent(new Event('change', { bubbles: true })); });
    await flush();
    expect(saved).toEqual({ disabledSites: ['news.example.com'] });
    expect(root.querySelector<HTMLInputElement>('input[role="switch"]')!.checked).toBe(false);
  });

  it('follows the theme setting, and the system scheme while open when set to auto', async () => {
    let flip: (dark: boolean) => void = () => undefined;
    const root = await mount(fakeApi({ prefersDark: () => true, watchScheme: (cb) => ((flip = cb), () => undefined) }));
    expect(root.querySelector('main')?.getAttribute('data-theme')).toBe('dark');
    await act(() => flip(false));
    expect(root.querySelector('main')?.getAttribute('data-theme')).toBe('light');
    document.body.innerHTML = '';
    const fixed = await mount(fakeApi({ prefersDark: () => true, getSettings: async () => ({ ...DEFAULT_SETTINGS, theme: 'light', uiLanguage: 'it' }) }));
    expect(fixed.querySelector('main')?.getAttribute('data-theme')).toBe('light');
    expect(fixed.querySelector('input[role="combobox"]')?.getAttribute('aria-label')).toBe('Cerca aziende, persone e ticker');
  });

  it('says the page is not readable when the tab does not answer', async () => {
    const root = await mount(fakeApi({ getFindings: async () => Promise.reject(new Error('Backstory is not running on this page yet')) }));
    expect(root.querySelector('.bs-page')?.textContent).toMatch(/not reading this page/);
  });
});
