/**
 * The popup: search (with results opening into the full card), "On this page", the per-site
 * switch and the database line. All browser access goes through `api` (PopupApi).
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { format, resolveLang } from '../../lib/i18n/core';
import { POPUP_MESSAGES } from '../../lib/i18n/popup';
import type { DbStatus, PageFindings, SearchHit } from '../../lib/messaging/protocol';
import { DEFAULT_SETTINGS, type Settings } from '../../lib/settings/defaults';
import { isEnabledForHost, setSiteEnabled } from '../../lib/settings/sites';
import { EntityView } from './entity-view';
import type { Finding } from './group-findings';
import { OnThisPage } from './on-this-page';
import type { ActiveTab, PopupApi } from './popup-api';
import { SearchPanel } from './search-panel';
import { SiteSwitch } from './site-switch';
import { StatusLine } from './status-line';
import { resolveTheme } from './theme';
import { useSearch } from './use-search';

/** How long "On this page" waits for the tab before saying Backstory is not reading it. */
export const FINDINGS_TIMEOUT_MS = 3000;

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('timeout')), ms);
    promise.then(
      (value) => (clearTimeout(timer), resolve(value)),
      (error: unknown) => (clearTimeout(timer), reject(error)),
    );
  });
}

export function PopupApp({ api }: { api: PopupApi }) {
  const [settings, setSettings] = useState<Settings>(DEFAULT_SETTINGS);
  const [tab, setTab] = useState<ActiveTab | null>(null);
  const [findings, setFindings] = useState<PageFindings | null | undefined>(undefined);
  const [status, setStatus] = useState<DbStatus | null | undefined>(undefined);
  // Cards opened from the search, then from links inside cards (issue #8); Back pops one.
  const [opened, setOpened] = useState<Array<{ id: string; from?: string }>>([]);
  const openId = opened.at(-1)?.id ?? null;
  const { state, setQuery } = useSearch((q, limit) => api.search(q, limit));
  const input = useRef<HTMLInputElement | null>(null);
  const [dark, setDark] = useState(() => api.prefersDark());
  useEffect(() => api.watchScheme?.(setDark), []);

  useEffect(() => {
    api.getSettings().then(setSettings, () => undefined);
    const unwatch = api.watchSettings(setSettings);
    api.getStatus().then(setStatus, () => setStatus(null));
    api.getActiveTab().then(async (active) => {
      setTab(active);
      if (!active) return setFindings(null);
      try {
        const found = await withTimeout(api.getFindings(active.id), FINDINGS_TIMEOUT_MS);
        setFindings(found);
        // Without the "tabs" permission the browser may hide the URL; the page knows its own.
        if (!active.host && found.url) setTab({ ...active, host: hostOf(found.url) });
      } catch {
        setFindings(null);
      }
    }, () => setFindings(null));
    input.current?.focus();
    return unwatch;
  }, []);

  const lang = resolveLang(settings.uiLanguage, api.languages);
  const theme = resolveTheme(settings.theme, dark);
  useEffect(() => {
    document.documentElement.lang = lang;
    document.documentElement.dataset.theme = theme;
  }, [lang, theme]);

  function open(hit: SearchHit): void {
    setOpened([{ id: hit.id }]);
  }
  function openLinked(id: string, from: string): void {
    setOpened((stack) => [...stack, { id, from }]);
  }
  function back(): void {
    if (opened.length > 1) {
      setOpened(opened.slice(0, -1));
      return;
    }
    setOpened([]);
    // Focus after the list is back in the document.
    setTimeout(() => input.current?.focus(), 0);
  }
  async function choose(item: Finding): Promise<void> {
    if (!tab) return;
    try {
      await api.focusMention(tab.id, item.firstKey);
    } finally {
      api.close();
    }
  }
  async function toggleSite(on: boolean): Promise<void> {
    if (!tab?.host) return;
    setSettings(await api.updateSettings(setSiteEnabled(settings, tab.host, on)));
  }

  return (
    <main class="bs-popup" data-theme={theme}>
      <header class="bs-top">
        <h1 class="bs-brand">Backstory</h1>
        <button type="button" class="bs-link" onClick={() => api.openOptions()}>
          {format(POPUP_MESSAGES, lang, 'options')}
        </button>
      </header>
      {openId ? (
        <EntityView id={openId} lang={lang} theme={theme} lookup={(id) => api.lookupEntity(id)} onBack={back} onOpenEntity={openLinked} backTo={opened.at(-1)?.from} />
      ) : (
        <SearchPanel lang={lang} state={state} onQuery={setQuery} onOpen={open} inputRef={(el) => (input.current = el)} />
      )}
      {!openId && state.query.trim() === '' ? <OnThisPage lang={lang} findings={findings} onChoose={(item) => void choose(item)} /> : null}
      <footer class="bs-foot">
        {tab?.host ? <SiteSwitch lang={lang} host={tab.host} on={isEnabledForHost(settings, tab.host)} onChange={(on) => void toggleSite(on)} /> : null}
        <StatusLine lang={lang} status={status} />
      </footer>
    </main>
  );
}

function hostOf(url: string): string | null {
  try {
    const parsed = new URL(url);
    return /^https?:$/.test(parsed.protocol) ? parsed.hostname : null;
  } catch {
    return null;
  }
}
