/** The real PopupApi: background messages, the active tab, settings storage. */
import { browser } from 'wxt/browser';
import type { PopupApi } from '../../components/popup/popup-api';
import { sendMessage, sendTabMessage } from '../../lib/messaging/client';
import { getSettings, updateSettings, watchSettings } from '../../lib/settings/storage';
import { colorScheme } from '../../components/common/color-scheme';

function hostOf(url: string | undefined): string | null {
  if (!url) return null;
  try {
    const parsed = new URL(url);
    return /^https?:$/.test(parsed.protocol) ? parsed.hostname : null;
  } catch {
    return null;
  }
}

export function createBrowserPopupApi(): PopupApi {
  return {
    search: (query, limit) => sendMessage('search', { query, limit }),
    lookupEntity: (id) => sendMessage('lookupEntity', { id }),
    getStatus: () => sendMessage('getStatus', {}),
    async getActiveTab() {
      // popup.html?tab=ID targets a given tab: end-to-end tests open the popup as a page of its
      // own, which would otherwise be the active tab itself.
      const forced = Number(new URLSearchParams(location.search).get('tab'));
      const [tab] = Number.isInteger(forced) && forced > 0 ? [await browser.tabs.get(forced)] : await browser.tabs.query({ active: true, currentWindow: true });
      return tab?.id === undefined ? null : { id: tab.id, host: hostOf(tab.url) };
    },
    getFindings: (tabId) => sendTabMessage(tabId, 'getPageFindings', {}),
    focusMention: (tabId, key) => sendTabMessage(tabId, 'focusMention', { key }),
    getSettings,
    updateSettings,
    watchSettings: (cb) => watchSettings((settings) => cb(settings)),
    openOptions() {
      void browser.runtime.openOptionsPage().then(() => window.close());
    },
    close: () => window.close(),
    languages: navigator.languages,
    ...colorScheme,
  };
}
