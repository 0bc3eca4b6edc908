// @vitest-environment happy-dom
/**
 * The options page as a user meets it: a bad fact pack shows the exact record and field and
 * imports nothing; a good one shows its counts; bad site lines are explained and not saved;
 * the marker preview follows the style chosen.
 */
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it } from 'vitest';
import { OptionsApp } from '../../../components/options/options-app';
import type { OptionsApi } from '../../../components/options/options-api';
import type { DbStatus, PackSummary } from '../../../lib/messaging/protocol';
import { DEFAULT_SETTINGS, type Settings } from '../../../lib/settings/defaults';
import { assertValidPatch } from '../../../lib/settings/validate';

const STATUS: DbStatus = {
  version: '2026-08-22-62c319cecf38',
  dataDate: '2026-08-22',
  builtAt: '2026-08-23T10:00:00Z',
  counts: { companies: 1225, people: 172, organisations: 10, deals: 95, facts: 13478, sources: 908 },
  packs: [],
  seeding: false,
};

function fakeApi(overrides: Partial<OptionsApi> = {}) {
  let settings: Settings = { ...DEFAULT_SETTINGS, uiLanguage: 'en' };
  const writes: Array<Partial<Settings>> = [];
  const imported: unknown[] = [];
  const api: OptionsApi = {
    getSettings: async () => settings,
    updateSettings: async (patch) => {
      assertValidPatch(patch);
      writes.push(patch);
      settings = { ...settings, ...patch };
      return settings;
    },
    resetSettings: async () => (settings = DEFAULT_SETTINGS),
    watchSettings: () => () => undefined,
    getStatus: async () => STATUS,
    importPack: async (pack) => {
      imported.push(pack);
      const p = pack as { id: string; name: string; entities: unknown[] };
      return { id: p.id, name: p.name, entities: p.entities.length, deals: 0, importedAt: '2026-11-30T03:00:00Z' } satisfies PackSummary;
    },
    exportPack: async () => {
      throw new Error('not used');
    },
    removePack: async () => ({ removed: true }),
    rebuildCache: async () => STATUS,
    onSeedProgress: () => () => undefined,
    listCorrections: async () => [{ entityId: 'c:apple', surface: 'Apple', site: 'www.example.com' }],
    removeCorrection: async () => [],
    entityName: async () => 'Apple Inc.',
    loadCredits: async () => [{ name: 'Wikipedia: Mediobanca', url: 'https://en.wikipedia.org/wiki/Mediobanca', licence: 'CC BY-SA 4.0' }],
    download: () => undefined,
    languages: ['en-US'],
    prefersDark: () => false,
    ...overrides,
  };
  return { api, writes, imported };
}

const flush = () => act(async () => new Promise((r) => setTimeout(r, 10)));

async function mount(api: OptionsApi) {
  const root = document.createElement('div');
  document.body.append(root);
  await act(() => render(<OptionsApp api={api} />, root));
  await flush();
  await flush();
  return root;
}

async function chooseFile(root: Element, text: string) {
  const input = root.querySelector<HTMLInputElement>('input[type="file"]')!;
  const file = new File([text], 'pack.json', { type: 'application/json' });
  Object.defineProperty(input, 'files', { value: [file], configurable: true });
  await act(() => {
    input.dispatchEvent(new Event('change', { bubbles: true }));
  });
  for (let i = 0; i < 5; i++) await flush();
}

afterEach(() => {
  document.body.innerHTML = '';
});

describe('options page', () => {
  it('shows the background’s error naming the record and field, and imports nothing', async () => {
    const message = 'entities[3] (id "c:acme").facts[0].sources: every fact needs a source';
    const { api } = fakeApi({
      importPack: async () => {
        throw new Error(message);
      },
    });
    const root = await mount(api);
    await chooseFile(root, JSON.stringify({ format: 'backstory-fact-pack/1', id: 'p', name: 'P', sources: [], entities: [] }));
    const alert = root.querySelector('[data-testid="import-error"]');
    expect(alert?.getAttribute('role')).toBe('alert');
    expect(alert?.textContent).toBe(`Nothing was imported. ${message}`);
    expect(root.querySelector('[data-testid="import-ok"]')?.textContent).toBe('');
  });

  it('rejects a file that is not JSON before asking the background', async () => {
    const { api, imported } = fakeApi();
    const root = await mount(api);
    await chooseFile(root, '{"format": "backstory-fact-pack/1",');
    expect(root.querySelector('[data-testid="import-error"]')?.textContent).toMatch(/^Nothing was imported\. This file is not valid JSON \(.+\)\.$/);
    expect(imported).toEqual([]);
  });

  it('imports a good pack and shows its counts', async () => {
    const { api, imported } = fakeApi();
    const root = await mount(api);
    await chooseFile(root, JSON.stringify({ format: 'backstory-fact-pack/1', id: 'my-pack', name: 'My companies', sources: [], entities: [{}, {}] }));
    expect(imported).toHaveLength(1);
    expect(root.querySelector('[data-testid="import-ok"]')?.textContent).toBe('Imported “My companies”: 2 entities, 0 deals.');
  });

  it('explains a bad site line and saves the list only once every line is valid', async () => {
    const { api, writes } = fakeApi();
    const root = await mount(api);
    const area = root.querySelector<HTMLTextAreaElement>('textarea#sites')!;
    const typeInto = async (value: string) => {
      area.value = value;
      await act(() => {
        area.dispatchEvent(new Event('input', { bubbles: true }));
      });
      await flush();
    };
    await typeInto('corriere.it\nhttps://www.ilsole24ore.com/finanza');
    expect(root.querySelector('#sites-errors')?.textContent).toMatch(/web address: write only the host name, e\.g\. www\.ilsole24ore\.com/);
    expect(area.getAttribute('aria-invalid')).toBe('true');
    expect(writes.some((w) => 'sites' in w)).toBe(false);
    await typeInto('corriere.it\n*.ilsole24ore.com');
    expect(root.querySelector('#sites-errors')).toBeNull();
    expect(writes.filter((w) => 'sites' in w).at(-1)).toEqual({ sites: ['corriere.it', '*.ilsole24ore.com'] });
  });

  it('saves a marker style at once and the preview follows', async () => {
    const { api, writes } = fakeApi();
    const root = await mount(api);
    expect(root.querySelector('.preview')?.getAttribute('data-style')).toBe('dotted');
    const tint = root.querySelector<HTMLInputElement>('input[name="markerStyle"][value="tint"]')!;
    await act(() => {
      tint.click();
    });
    await flush();
    expect(writes).toContainEqual({ markerStyle: 'tint' });
    expect(root.querySelectorAll('.preview .mark-tint')).toHaveLength(3);
    expect(root.querySelector('[data-testid="saved"]')?.textContent).toMatch(/Saved/);
  });

  it('shows database facts, credits and corrections with names', async () => {
    const { api } = fakeApi();
    const root = await mount(api);
    expect(root.querySelector('[data-testid="db-facts"]')?.textContent).toContain('1,225 companies');
    expect(root.querySelector('.credits')?.textContent).toContain('CC BY-SA 4.0');
    expect(root.querySelector('.correction')?.textContent).toContain('“Apple” is not Apple Inc. · www.example.com');
  });
});
