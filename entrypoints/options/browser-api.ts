/** The real OptionsApi: background messages, settings storage, the bundled credits, downloads. */
import { browser } from 'wxt/browser';
import type { OptionsApi } from '../../components/options/options-api';
import type { Credit } from '../../lib/facts/schema';
import { onBackgroundEvent, sendMessage } from '../../lib/messaging/client';
import { getSettings, resetSettings, updateSettings, watchSettings } from '../../lib/settings/storage';
import { colorScheme } from '../../components/common/color-scheme';

/** The bundle ships inside the extension: reading it is a local file read, not a network call. */
const BUNDLE_PATH = '/facts/bundle.json';

async function loadCredits(): Promise<Credit[]> {
  const response = await fetch(browser.runtime.getURL(BUNDLE_PATH as '/'));
  const bundle = (await response.json()) as { credits?: Credit[] };
  return bundle.credits ?? [];
}

function download(filename: string, data: unknown): void {
  const blob = new Blob([`${JSON.stringify(data, null, 2)}\n`], { type: 'application/json' });
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  document.body.append(link);
  link.click();
  link.remove();
  // Give the browser time to start the download before the URL goes away.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

export function createBrowserOptionsApi(): OptionsApi {
  return {
    getSettings,
    updateSettings,
    resetSettings,
    watchSettings: (cb) => watchSettings((settings) => cb(settings)),
    getStatus: () => sendMessage('getStatus', {}),
    importPack: (pack) => sendMessage('importPack', { pack }),
    exportPack: (id) => sendMessage('exportPack', { id }),
    removePack: (id) => sendMessage('removePack', { id }),
    rebuildCache: () => sendMessage('rebuildCache', {}),
    onSeedProgress: (cb) =>
      onBackgroundEvent((event) => {
        if (event.event === 'seedProgress') cb(event.progress.done, event.progress.total);
      }),
    listCorrections: () => sendMessage('listCorrections', {}),
    removeCorrection: (correction) => sendMessage('removeCorrection', correction),
    entityName: async (id) => (await sendMessage('lookupEntity', { id }))?.entity.name ?? id,
    loadCredits,
    download,
    languages: navigator.languages,
    ...colorScheme,
  };
}
