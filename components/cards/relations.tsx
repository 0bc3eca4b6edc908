/**
 * Ownership sections of an entity card (issue #8): the owner line under the description of a
 * brand, unit, outlet or fund, and the list of an owner's brands and units. Names are buttons
 * that open that entity's card; every line keeps its as-of date and source.
 */
import type { OwnerView, UnitsView } from '../../lib/card/relations-view';
import type { FactRowView } from '../../lib/card/fact-view';
import type { Lang } from '../../lib/i18n/core';
import { t } from '../../lib/card/fact-view';
import { SourceLinks } from './source-links';
import { EntityLink, LinkedValue, type OpenEntity } from './entity-link';

/** One source per item in the compact lists; the full list is at the bottom of the card. */
const COMPACT_SOURCES = 1;

export function OwnerLines({ owners, lang, onOpenEntity }: { owners: readonly OwnerView[]; lang: Lang; onOpenEntity?: OpenEntity }) {
  if (owners.length === 0) return null;
  return (
    <section class="bs-section bs-owners">
      {owners.map((o, i) => (
        <div key={`${o.key}-${i}`} class="bs-owner" data-fact={o.key}>
          <span class="bs-owner-label">{o.label}</span>{' '}
          <span class="bs-owner-name">{o.link ? <EntityLink link={o.link} lang={lang} onOpen={onOpenEntity} /> : o.name}</span>
          {o.kind ? <span class="bs-asof"> ({o.kind.toLowerCase()})</span> : null} <span class="bs-asof">{o.asOf}</span>
          <SourceLinks sources={o.sources} />
          {o.user ? <span class="bs-user">{t(lang, 'user_fact')}</span> : null}
          {o.conflict ? <span class="bs-conflict">{o.conflict}</span> : null}
          <OwnerFacts rows={o.facts} lang={lang} onOpenEntity={onOpenEntity} />
        </div>
      ))}
    </section>
  );
}

/** The owner's own key facts, one compact line each ("Headquarters Amsterdam · as of 2021 · source"). */
function OwnerFacts({ rows, lang, onOpenEntity }: { rows: readonly FactRowView[]; lang: Lang; onOpenEntity?: OpenEntity }) {
  if (rows.length === 0) return null;
  return (
    <ul class="bs-list bs-owner-facts">
      {rows.map((row, i) => (
        <li key={`${row.key}-${i}`} data-owner-fact={row.key}>
          <span class="bs-owner-label">{row.label}</span> <LinkedValue value={row.value} link={row.link} lang={lang} onOpen={onOpenEntity} />{' '}
          <span class="bs-asof">{row.asOf}</span>
          <SourceLinks sources={row.sources} max={COMPACT_SOURCES} />
        </li>
      ))}
    </ul>
  );
}

export function UnitSections({ sections, lang, onOpenEntity }: { sections: readonly UnitsView[]; lang: Lang; onOpenEntity?: OpenEntity }) {
  return (
    <>
      {sections.map((s) => (
        <section key={s.group} class="bs-section bs-units" data-units={s.group}>
          <span class="bs-section-title">{s.title}</span>
          <ul class="bs-list">
            {s.items.map((u) => (
              <li key={u.id} data-unit={u.id}>
                <span class="bs-value">
                  <EntityLink link={u} lang={lang} onOpen={onOpenEntity} />
                </span>{' '}
                <span class="bs-asof">{u.asOf}</span>
                <SourceLinks sources={u.sources} max={COMPACT_SOURCES} />
              </li>
            ))}
          </ul>
          {s.more > 0 ? <span class="bs-meta bs-more">{t(lang, 'units_more', { count: s.more })}</span> : null}
        </section>
      ))}
    </>
  );
}
