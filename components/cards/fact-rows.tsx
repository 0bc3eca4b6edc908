/** A definition list of facts, each with its as-of date, sources and any disagreement. */
import type { FactRowView } from '../../lib/card/fact-view';
import type { Lang } from '../../lib/i18n/core';
import { t } from '../../lib/card/fact-view';
import { SourceLinks } from './source-links';
import { LinkedValue, type OpenEntity } from './entity-link';

export function FactRows({ rows, lang, onOpenEntity }: { rows: readonly FactRowView[]; lang: Lang; onOpenEntity?: OpenEntity }) {
  if (rows.length === 0) return null;
  return (
    <dl class="bs-facts">
      {rows.map((row, i) => (
        <FactRow key={`${row.key}-${i}`} row={row} lang={lang} onOpenEntity={onOpenEntity} />
      ))}
    </dl>
  );
}

function FactRow({ row, lang, onOpenEntity }: { row: FactRowView; lang: Lang; onOpenEntity?: OpenEntity }) {
  return (
    <>
      <dt>{row.label}</dt>
      <dd data-fact={row.key}>
        <LinkedValue value={row.value} link={row.link} lang={lang} onOpen={onOpenEntity} /> <span class="bs-asof">{row.asOf}</span>
        <SourceLinks sources={row.sources} />
        {row.user ? <span class="bs-user">{t(lang, 'user_fact')}</span> : null}
        {row.conflict ? <span class="bs-conflict">{row.conflict}</span> : null}
      </dd>
    </>
  );
}

export function RoleList({ title, rows, lang, onOpenEntity }: { title: string; rows: readonly FactRowView[]; lang: Lang; onOpenEntity?: OpenEntity }) {
  if (rows.length === 0) return null;
  return (
    <section class="bs-section">
      <span class="bs-section-title">{title}</span>
      <ul class="bs-list">
        {rows.map((row, i) => (
          <li key={`${row.key}-${i}`} data-fact={row.key}>
            <LinkedValue value={row.value} link={row.link} lang={lang} onOpen={onOpenEntity} /> <span class="bs-asof">{row.asOf}</span>
            <SourceLinks sources={row.sources} />
            {row.conflict ? <span class="bs-conflict">{row.conflict}</span> : null}
          </li>
        ))}
      </ul>
    </section>
  );
}
