/** A definition list of facts, each with its as-of date, sources and any disagreement. */
import type { FactRowView } from '../../lib/card/fact-view';
import type { Lang } from '../../lib/i18n/core';
import { t } from '../../lib/card/fact-view';
import { SourceLinks } from './source-links';

export function FactRows({ rows, lang }: { rows: readonly FactRowView[]; lang: Lang }) {
  if (rows.length === 0) return null;
  return (
    <dl class="bs-facts">
      {rows.map((row, i) => (
        <FactRow key={`${row.key}-${i}`} row={row} lang={lang} />
      ))}
    </dl>
  );
}

function FactRow({ row, lang }: { row: FactRowView; lang: Lang }) {
  return (
    <>
      <dt>{row.label}</dt>
      <dd data-fact={row.key}>
        <span class="bs-value">{row.value}</span> <span class="bs-asof">{row.asOf}</span>
        <SourceLinks sources={row.sources} />
        {row.user ? <span class="bs-user">{t(lang, 'user_fact')}</span> : null}
        {row.conflict ? <span class="bs-conflict">{row.conflict}</span> : null}
      </dd>
    </>
  );
}

export function RoleList({ title, rows }: { title: string; rows: readonly FactRowView[] }) {
  if (rows.length === 0) return null;
  return (
    <section class="bs-section">
      <span class="bs-section-title">{title}</span>
      <ul class="bs-list">
        {rows.map((row, i) => (
          <li key={`${row.key}-${i}`} data-fact={row.key}>
            <span class="bs-value">{row.value}</span> <span class="bs-asof">{row.asOf}</span>
            <SourceLinks sources={row.sources} />
            {row.conflict ? <span class="bs-conflict">{row.conflict}</span> : null}
          </li>
        ))}
      </ul>
    </section>
  );
}
