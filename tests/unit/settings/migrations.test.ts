import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, SETTINGS_VERSION } from '../../../lib/settings/defaults';
import { migrateSettings, NEWEST_MIGRATION_VERSION, SETTINGS_MIGRATIONS } from '../../../lib/settings/migrations';
import { validateSettings } from '../../../lib/settings/validate';
import { V001_EXAMPLE } from './examples/v001';

/** Stored examples by version: every version that has a migration out of it has an example. */
const EXAMPLES: Record<number, unknown> = { 1: V001_EXAMPLE };

describe('settings migrations', () => {
  it('declares SETTINGS_VERSION equal to the newest migration', () => {
    expect(SETTINGS_VERSION).toBe(NEWEST_MIGRATION_VERSION);
  });

  it('has a stored example for the input of every migration', () => {
    for (const target of Object.keys(SETTINGS_MIGRATIONS).map(Number)) expect(EXAMPLES[target - 1]).toBeDefined();
  });

  it('migrates the stored v1 example to valid v2 settings without losing a choice', () => {
    const migrated = migrateSettings(structuredClone(V001_EXAMPLE), 1, 2);
    const { settings, replaced } = validateSettings(migrated);
    expect(replaced).toEqual([]);
    expect(settings).toEqual({
      ...DEFAULT_SETTINGS,
      kinds: { company: true, person: false, figure: true },
      disabledSites: ['www.example.org', 'paywalled.example.com'],
      dwellMs: 400,
      displayCurrency: 'USD',
      uiLanguage: 'it',
      theme: 'auto',
      markerStyle: 'tint',
    });
  });

  it('migrates every stored example all the way to the current version', () => {
    for (const [version, example] of Object.entries(EXAMPLES)) {
      const { replaced } = validateSettings(migrateSettings(structuredClone(example), Number(version), SETTINGS_VERSION));
      expect(replaced).toEqual([]);
    }
  });

  it('leaves a current-shape value stored without a version mark intact', () => {
    const current = { ...DEFAULT_SETTINGS, dwellMs: 900, theme: 'dark', sites: ['a.com'] };
    expect(validateSettings(migrateSettings(structuredClone(current), 1, 2)).settings).toEqual(current);
  });

  it('survives garbage in the old shape (validation does the rest)', () => {
    const migrated = migrateSettings({ hoverDelay: 'slow', blockedHosts: [3, 'ht!tp://'], currency: 7 }, 1, 2);
    expect(validateSettings(migrated).settings).toEqual(DEFAULT_SETTINGS);
  });
});
