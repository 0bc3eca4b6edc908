/**
 * Fact packs: import (read with progress, parsed, then validated and written by the background
 * in one transaction; a bad file changes nothing and its message names the record and field),
 * the installed list with counts, export and remove.
 */
import { useState } from 'preact/hooks';
import { checkPackSize } from '../../lib/facts/pack-validate';
import type { Lang } from '../../lib/i18n/core';
import type { PackSummary } from '../../lib/messaging/protocol';
import type { OptionsApi } from './options-api';
import { parseJson, readFileWithProgress } from './read-file';
import type { T } from './t';

type ImportState =
  | { step: 'idle' }
  | { step: 'reading'; fraction: number }
  | { step: 'importing' }
  | { step: 'done'; pack: PackSummary }
  | { step: 'failed'; message: string };

export interface PacksSectionProps {
  t: T;
  lang: Lang;
  api: OptionsApi;
  packs: PackSummary[];
  /** Called after an import or removal so the page refreshes the status. */
  onChanged: () => void;
}

function formatDate(iso: string, lang: Lang): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : new Intl.DateTimeFormat(lang, { dateStyle: 'medium' }).format(date);
}

export function PacksSection({ t, lang, api, packs, onChanged }: PacksSectionProps) {
  const [state, setState] = useState<ImportState>({ step: 'idle' });
  const [confirming, setConfirming] = useState<string | null>(null);
  const [notice, setNotice] = useState('');

  async function importFile(file: File): Promise<void> {
    try {
      checkPackSize(file.size);
      setState({ step: 'reading', fraction: 0 });
      const text = await readFileWithProgress(file, (fraction) => setState({ step: 'reading', fraction }));
      const parsed = parseJson(text);
      if (!parsed.ok) return setState({ step: 'failed', message: t('not_json', { message: parsed.message }) });
      setState({ step: 'importing' });
      const pack = await api.importPack(parsed.value);
      setState({ step: 'done', pack });
      onChanged();
    } catch (error) {
      setState({ step: 'failed', message: error instanceof Error ? error.message : String(error) });
    }
  }

  async function exportPack(pack: PackSummary): Promise<void> {
    try {
      api.download(`${pack.id}.backstory-pack.json`, await api.exportPack(pack.id));
    } catch (error) {
      setNotice(t('error', { message: error instanceof Error ? error.message : String(error) }));
    }
  }

  async function remove(pack: PackSummary): Promise<void> {
    setConfirming(null);
    try {
      await api.removePack(pack.id);
      setNotice(t('removed', { name: pack.name }));
      onChanged();
    } catch (error) {
      setNotice(t('error', { message: error instanceof Error ? error.message : String(error) }));
    }
  }

  const busy = state.step === 'reading' || state.step === 'importing';
  return (
    <section aria-labelledby="sec-packs">
      <h2 id="sec-packs">{t('section_packs')}</h2>
      <p class="muted">{t('packs_intro')}</p>
      <label class="block" for="pack-file">
        {t('import_label')}
      </label>
      <input
        id="pack-file"
        name="pack-file"
        type="file"
        accept=".json,application/json"
        disabled={busy}
        onChange={(e) => {
          const input = e.currentTarget;
          const file = input.files?.[0];
          if (file) void importFile(file).finally(() => (input.value = ''));
        }}
      />
      {state.step === 'reading' ? (
        <div class="progress-row">
          <progress max={100} value={Math.round(state.fraction * 100)} aria-label={t('reading', { percent: Math.round(state.fraction * 100) })} />
          <span>{t('reading', { percent: Math.round(state.fraction * 100) })}</span>
        </div>
      ) : null}
      {state.step === 'importing' ? (
        <div class="progress-row">
          <progress aria-label={t('importing')} />
          <span>{t('importing')}</span>
        </div>
      ) : null}
      <div role="status" aria-live="polite" class="ok" data-testid="import-ok">
        {state.step === 'done' ? t('import_ok', { name: state.pack.name, entities: state.pack.entities, deals: state.pack.deals }) : ''}
      </div>
      {state.step === 'failed' ? (
        <p role="alert" class="error" data-testid="import-error">
          {t('import_failed', { message: state.message })}
        </p>
      ) : null}
      {packs.length === 0 ? <p class="muted">{t('packs_empty')}</p> : null}
      <ul class="plain packs">
        {packs.map((pack) => (
          <li key={pack.id} class="pack" data-pack={pack.id}>
            <span class="pack-name">{pack.name}</span>
            <span class="muted">{t('pack_counts', { entities: pack.entities, deals: pack.deals, date: formatDate(pack.importedAt, lang) })}</span>
            <span class="actions">
              <button type="button" onClick={() => void exportPack(pack)} aria-label={`${t('export')}: ${pack.name}`}>
                {t('export')}
              </button>
              {confirming === pack.id ? (
                <>
                  <button type="button" class="danger" onClick={() => void remove(pack)}>
                    {t('remove_confirm')}: {pack.name}
                  </button>
                  <button type="button" onClick={() => setConfirming(null)}>
                    {t('cancel')}
                  </button>
                </>
              ) : (
                <button type="button" onClick={() => setConfirming(pack.id)} aria-label={`${t('remove')}: ${pack.name}`}>
                  {t('remove')}
                </button>
              )}
            </span>
          </li>
        ))}
      </ul>
      <p role="status" aria-live="polite">
        {notice}
      </p>
    </section>
  );
}
