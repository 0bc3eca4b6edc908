import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { DEFAULT_SETTINGS, SETTINGS_VERSION } from '../../../lib/settings/defaults';
import { V001_EXAMPLE } from './examples/v001';

/** storage.ts defines its item (and runs migrations) at import, so import it fresh per test. */
async function freshStorage() {
  vi.resetModules();
  return import('../../../lib/settings/storage');
}

describe('settings storage', () => {
  beforeEach(() => fakeBrowser.reset());

  it('gives the defaults on a fresh install', async () => {
    const { getSettings } = await freshStorage();
    expect(await getSettings()).toEqual(DEFAULT_SETTINGS);
  });

  it('falls back per field when a stored value is tampered with', async () => {
    await fakeBrowser.storage.local.set({
      settings: { ...DEFAULT_SETTINGS, dwellMs: -40, theme: 'neon', sites: ['ok.example.com', 'https://x.com/a'], firstMentionOnly: true },
      settings$: { v: SETTINGS_VERSION },
    });
    const { getSettings } = await freshStorage();
    const settings = await getSettings();
    expect(settings.dwellMs).toBe(DEFAULT_SETTINGS.dwellMs);
    expect(settings.theme).toBe(DEFAULT_SETTINGS.theme);
    expect(settings.sites).toEqual(['ok.example.com']);
    expect(settings.firstMentionOnly).toBe(true);
  });

  it('migrates a stored v1 value when the item loads', async () => {
    await fakeBrowser.storage.local.set({ settings: V001_EXAMPLE });
    const { getSettings } = await freshStorage();
    const settings = await getSettings();
    expect(settings.kinds).toEqual({ company: true, person: false, figure: true });
    expect(settings.dwellMs).toBe(400);
    const stored = await fakeBrowser.storage.local.get('settings$');
    expect(stored['settings$']).toEqual({ v: SETTINGS_VERSION });
  });

  it('saves a patch, tells watchers, and refuses a bad value without writing', async () => {
    const { getSettings, updateSettings, watchSettings } = await freshStorage();
    const seen: number[] = [];
    const unwatch = watchSettings((s) => seen.push(s.dwellMs));
    await updateSettings({ dwellMs: 600 });
    await expect(updateSettings({ dwellMs: -1 })).rejects.toThrow(/dwellMs/);
    expect((await getSettings()).dwellMs).toBe(600);
    await vi.waitFor(() => expect(seen).toEqual([600]));
    unwatch();
  });
});
