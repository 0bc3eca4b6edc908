/**
 * The settings storage item (WXT storage, `local:settings`, versioned with migrations) and the
 * three ways everyone uses it. Every read goes through validateSettings, so callers always get
 * complete, valid Settings even when storage holds something odd.
 *
 * Open tabs follow changes without a reload: content scripts call watchSettings, which fires on
 * every storage change from the options page or the popup.
 */
import { storage } from 'wxt/utils/storage';
import { DEFAULT_SETTINGS, SETTINGS_VERSION, type Settings } from './defaults';
import { SETTINGS_MIGRATIONS } from './migrations';
import { assertValidPatch, validateSettings } from './validate';

export const settingsItem = storage.defineItem<Settings>('local:settings', {
  fallback: DEFAULT_SETTINGS,
  version: SETTINGS_VERSION,
  migrations: SETTINGS_MIGRATIONS,
});

/** Current settings, validated per field. */
export async function getSettings(): Promise<Settings> {
  return validateSettings(await settingsItem.getValue()).settings;
}

/** Call `cb` with validated settings after every change; returns the unwatch function. */
export function watchSettings(cb: (settings: Settings, previous: Settings) => void): () => void {
  return settingsItem.watch((next, previous) => {
    cb(validateSettings(next).settings, validateSettings(previous).settings);
  });
}

/**
 * Merge a patch into the stored settings and save. A bad value throws (naming the field) and
 * nothing is written. Returns the new settings.
 */
export async function updateSettings(patch: Partial<Settings>): Promise<Settings> {
  assertValidPatch(patch);
  const next = { ...(await getSettings()), ...structuredClone(patch) };
  await settingsItem.setValue(next);
  return next;
}

/** Back to defaults (the options page's "Reset"). */
export async function resetSettings(): Promise<Settings> {
  await settingsItem.setValue(structuredClone(DEFAULT_SETTINGS));
  return structuredClone(DEFAULT_SETTINGS);
}
