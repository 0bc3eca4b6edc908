/** The user's "Not this" corrections, with undo and export. */
import { useEffect, useState } from 'preact/hooks';
import type { Correction } from '../../lib/match/types';
import type { OptionsApi } from './options-api';
import type { T } from './t';

const key = (c: Correction) => `${c.entityId}\u0000${c.surface}\u0000${c.site}`;

export function CorrectionsSection({ t, api }: { t: T; api: OptionsApi }) {
  const [list, setList] = useState<Correction[] | null>(null);
  const [names, setNames] = useState<Record<string, string>>({});
  const [error, setError] = useState('');

  useEffect(() => {
    api.listCorrections().then(setList, (e: unknown) => setError(String(e instanceof Error ? e.message : e)));
  }, []);
  useEffect(() => {
    for (const id of new Set((list ?? []).map((c) => c.entityId))) {
      if (names[id] === undefined) api.entityName(id).then((name) => setNames((n) => ({ ...n, [id]: name })), () => undefined);
    }
  }, [list]);

  async function undo(correction: Correction): Promise<void> {
    try {
      setList(await api.removeCorrection(correction));
    } catch (e) {
      setError(String(e instanceof Error ? e.message : e));
    }
  }

  return (
    <section aria-labelledby="sec-corrections">
      <h2 id="sec-corrections">{t('section_corrections')}</h2>
      <p class="muted">{t('corrections_intro')}</p>
      {list !== null && list.length === 0 ? <p class="muted">{t('corrections_empty')}</p> : null}
      <ul class="plain">
        {(list ?? []).map((c) => (
          <li key={key(c)} class="row correction">
            <span>{t('correction_line', { surface: c.surface, entity: names[c.entityId] ?? c.entityId, site: c.site === '*' ? t('everywhere') : c.site })}</span>
            <button type="button" onClick={() => void undo(c)} aria-label={`${t('undo')}: ${c.surface}`}>
              {t('undo')}
            </button>
          </li>
        ))}
      </ul>
      {list && list.length > 0 ? (
        <button type="button" onClick={() => api.download('backstory-corrections.json', { format: 'backstory-corrections/1', corrections: list })}>
          {t('export_corrections')}
        </button>
      ) : null}
      {error ? (
        <p role="alert" class="error">
          {t('error', { message: error })}
        </p>
      ) : null}
    </section>
  );
}
