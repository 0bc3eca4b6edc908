/**
 * The options page. Every control saves at once through updateSettings; open tabs follow
 * through the storage watch in the content script (no reload). Browser access goes through
 * `api` (OptionsApi) so the page renders in tests.
 */
import { useEffect, useState } from 'preact/hooks';
import { resolveLang } from '../../lib/i18n/core';
import type { DbStatus } from '../../lib/messaging/protocol';
import { DEFAULT_SETTINGS, type Settings } from '../../lib/settings/defaults';
import { resolveTheme } from '../popup/theme';
import { CorrectionsSection } from './corrections-section';
import { DatabaseSection } from './database-section';
import { DisplaySection } from './display-section';
import { GeneralSection } from './general-section';
import type { OptionsApi } from './options-api';
import { PacksSection } from './packs-section';
import { SitesSection } from './sites-section';
import { makeT } from './t';
import { TriggerSection } from './trigger-section';

/** How long the "Saved" notice stays (ms): long enough to read two words. */
const NOTICE_MS = 2500;

export function OptionsApp({ api }: { api: OptionsApi }) {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [status, setStatus] = useState<DbStatus | null>(null);
  const [notice, setNotice] = useState('');
  // The toast clears itself; a later save restarts the clock.
  useEffect(() => {
    if (notice === '') return;
    const timer = setTimeout(() => setNotice(''), NOTICE_MS);
    return () => clearTimeout(timer);
  }, [notice]);
  const [dark, setDark] = useState(() => api.prefersDark());
  useEffect(() => api.watchScheme?.(setDark), []);

  function refreshStatus(): void {
    api.getStatus().then(setStatus, () => setStatus(null));
  }
  useEffect(() => {
    api.getSettings().then(setSettings, () => setSettings(DEFAULT_SETTINGS));
    const unwatch = api.watchSettings(setSettings);
    refreshStatus();
    return unwatch;
  }, []);

  const current = settings ?? DEFAULT_SETTINGS;
  const lang = resolveLang(current.uiLanguage, api.languages);
  const theme = resolveTheme(current.theme, dark);
  const t = makeT(lang);
  useEffect(() => {
    document.documentElement.lang = lang;
    document.documentElement.dataset.theme = theme;
    document.title = t('title');
  }, [lang, theme]);

  function save(patch: Partial<Settings>): void {
    setSettings((s) => ({ ...(s ?? DEFAULT_SETTINGS), ...patch }));
    api.updateSettings(patch).then(
      (next) => {
        setSettings(next);
        setNotice(t('saved'));
      },
      (error: unknown) => setNotice(t('error', { message: error instanceof Error ? error.message : String(error) })),
    );
  }

  if (!settings) return <main class="options" aria-busy="true" />;
  const props = { t, settings, save };
  return (
    <main class="options" data-theme={theme}>
      <h1>{t('title')}</h1>
      <p class="notice" role="status" aria-live="polite" data-testid="saved">
        {notice}
      </p>
      <GeneralSection {...props} />
      <SitesSection {...props} />
      <TriggerSection {...props} />
      <DisplaySection {...props} lang={lang} theme={theme} />
      <PacksSection t={t} lang={lang} api={api} packs={status?.packs ?? []} onChanged={refreshStatus} />
      <CorrectionsSection t={t} api={api} />
      <DatabaseSection t={t} lang={lang} api={api} status={status} onStatus={setStatus} />
      <p>
        <button
          type="button"
          onClick={() => {
            void api.resetSettings().then((next) => {
              setSettings(next);
              setNotice(t('saved'));
            });
          }}
        >
          {t('reset')}
        </button>
      </p>
    </main>
  );
}
