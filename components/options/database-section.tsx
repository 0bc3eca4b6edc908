/** Database: version, build and data dates, counts, "Rebuild cache" with progress, credits. */
import { useEffect, useState } from 'preact/hooks';
import type { Credit } from '../../lib/facts/schema';
import type { Lang } from '../../lib/i18n/core';
import type { DbStatus } from '../../lib/messaging/protocol';
import type { OptionsApi } from './options-api';
import type { T } from './t';

export interface DatabaseSectionProps {
  t: T;
  lang: Lang;
  api: OptionsApi;
  status: DbStatus | null;
  onStatus: (status: DbStatus) => void;
}

function formatDate(iso: string | undefined, lang: Lang): string {
  if (!iso) return '—';
  const date = new Date(iso.length === 10 ? `${iso}T00:00:00Z` : iso);
  return Number.isNaN(date.getTime()) ? iso : new Intl.DateTimeFormat(lang, { dateStyle: 'long', timeZone: 'UTC' }).format(date);
}

function CreditList({ credits }: { credits: readonly Credit[] }) {
  return (
    <ul class="credits">
      {credits.map((credit) => (
        <li key={credit.url}>
          <a href={credit.url} target="_blank" rel="noopener noreferrer">
            {credit.name}
          </a>{' '}
          — <span class="licence">{credit.licence}</span>
          {credit.note ? <span class="muted"> ({credit.note})</span> : null}
        </li>
      ))}
    </ul>
  );
}

export function DatabaseSection({ t, lang, api, status, onStatus }: DatabaseSectionProps) {
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null);
  const [message, setMessage] = useState('');
  const [credits, setCredits] = useState<Credit[] | null | undefined>(undefined);

  useEffect(() => {
    api.loadCredits().then(setCredits, () => setCredits(null));
  }, []);

  async function rebuild(): Promise<void> {
    setMessage('');
    setProgress({ done: 0, total: 0 });
    const stop = api.onSeedProgress((done, total) => setProgress({ done, total }));
    try {
      onStatus(await api.rebuildCache());
      setMessage(t('rebuilt'));
    } catch (error) {
      setMessage(t('error', { message: error instanceof Error ? error.message : String(error) }));
    } finally {
      stop();
      setProgress(null);
    }
  }

  const number = new Intl.NumberFormat(lang);
  // Datasets first, always visible; the many cited pages (Wikipedia and copies) fold away.
  const isPage = (credit: Credit) => credit.note !== undefined || /wiki/i.test(credit.licence);
  const datasets = (credits ?? []).filter((credit) => !isPage(credit));
  const pages = (credits ?? []).filter(isPage);
  const c = status?.counts;
  return (
    <section aria-labelledby="sec-db">
      <h2 id="sec-db">{t('section_database')}</h2>
      <dl class="facts" data-testid="db-facts">
        <dt>{t('db_version')}</dt>
        <dd>{status?.version ?? '—'}</dd>
        {status?.builtAt ? (
          <>
            <dt>{t('db_built')}</dt>
            <dd>{formatDate(status.builtAt, lang)}</dd>
          </>
        ) : null}
        <dt>{t('db_data_date')}</dt>
        <dd>{formatDate(status?.dataDate, lang)}</dd>
        <dt>{t('db_counts')}</dt>
        <dd>
          {c
            ? t('db_counts_value', {
                companies: number.format(c.companies),
                people: number.format(c.people),
                organisations: number.format(c.organisations),
                deals: number.format(c.deals),
                facts: number.format(c.facts),
                sources: number.format(c.sources),
              })
            : '—'}
        </dd>
      </dl>
      <button type="button" onClick={() => void rebuild()} disabled={progress !== null}>
        {t('rebuild')}
      </button>
      {progress ? (
        <div class="progress-row">
          <progress max={progress.total || undefined} value={progress.total ? progress.done : undefined} aria-label={t('rebuild')} />
          <span>{progress.total ? t('rebuilding', { done: number.format(progress.done), total: number.format(progress.total) }) : ''}</span>
        </div>
      ) : null}
      <p role="status" aria-live="polite">
        {message}
      </p>
      <h3>{t('credits_title')}</h3>
      <p class="muted">{t('credits_intro')}</p>
      {credits === null ? <p class="muted">{t('credits_unavailable')}</p> : null}
      <CreditList credits={datasets} />
      {pages.length > 0 ? (
        <details>
          <summary>{t('credits_pages', { count: pages.length })}</summary>
          <CreditList credits={pages} />
        </details>
      ) : null}
    </section>
  );
}
