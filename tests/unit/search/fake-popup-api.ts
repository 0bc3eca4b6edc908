/**
 * A PopupApi for popup tests: a page with no findings, English UI, light theme; each test
 * passes what it exercises (search, lookupEntity, a tab...) as overrides.
 */
import type { PopupApi } from '../../../components/popup/popup-api';
import { DEFAULT_SETTINGS } from '../../../lib/settings/defaults';

export function fakePopupApi(overrides: Partial<PopupApi> = {}): PopupApi {
  return {
    search: async () => [],
    lookupEntity: async () => null,
    getStatus: async () => ({ version: 'v', dataDate: '2026-08-22', counts: { companies: 1, people: 0, organisations: 1, deals: 0, facts: 0, sources: 0 }, packs: [], seeding: false }),
    getActiveTab: async () => null,
    getFindings: async () => ({ url: '', lang: 'it', items: [] }),
    focusMention: async () => true,
    getSettings: async () => ({ ...DEFAULT_SETTINGS, uiLanguage: 'en' }),
    updateSettings: async (patch) => ({ ...DEFAULT_SETTINGS, ...patch }),
    watchSettings: () => () => undefined,
    openOptions: () => undefined,
    close: () => undefined,
    languages: ['en-GB'],
    prefersDark: () => false,
    ...overrides,
  };
}
