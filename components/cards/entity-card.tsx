/**
 * Card for a company, organisation or person. Presentational: no `browser`, no messaging;
 * the content script's card host and the popup both render it from an EntityDetails.
 * Every string from the data goes through JSX text nodes (never HTML).
 */
import { useMemo } from 'preact/hooks';
import type { EntityDetails } from '../../lib/messaging/protocol';
import type { Lang } from '../../lib/i18n/core';
import { buildEntityView } from '../../lib/card/entity-view';
import { t } from '../../lib/card/fact-view';
import { FactRows, RoleList } from './fact-rows';
import { DealList } from './deal-list';
import { SourceLinks, SourceList } from './source-links';
import { OwnerLines, UnitSections } from './relations';
import type { OpenEntity } from './entity-link';

export interface EntityCardProps {
  details: EntityDetails;
  lang: Lang;
  theme: 'light' | 'dark';
  /** Shows the "Not this" action when given (content script only). */
  onNotThis?: () => void;
  /** The surface text on the page, for the "Not this" explanation. */
  surface?: string;
  /** Id for the heading, so a dialog wrapper can point aria-labelledby at it. */
  headingId?: string;
  /** Shows a close button when given. */
  onClose?: () => void;
  /** Makes linked names (owner, brands, CEO, a role's company) buttons that open that entity's
   *  card; without it they are plain text (issue #8). */
  onOpenEntity?: OpenEntity;
  /** A "← Back to {name}" button, when this card was opened from another card's link. */
  back?: { label: string; onBack: () => void };
}

export function EntityCard({ details, lang, theme, onNotThis, surface, headingId = 'bs-card-title', onClose, onOpenEntity, back }: EntityCardProps) {
  const view = useMemo(() => buildEntityView(details, lang), [details, lang]);
  return (
    <article class="bs-card" data-theme={theme} data-kind={details.entity.kind} lang={lang} aria-labelledby={headingId} tabIndex={-1}>
      <header class="bs-head">
        <h2 class="bs-title" id={headingId}>
          {view.name}
          {view.qualifier ? <span class="bs-qualifier"> {view.qualifier}</span> : null}
        </h2>
        <span class="bs-kind">{view.kind}</span>
        {onClose ? (
          <button type="button" class="bs-close" aria-label={t(lang, 'close')} title={t(lang, 'close')} onClick={onClose}>
            ×
          </button>
        ) : null}
      </header>
      {back ? (
        <button type="button" class="bs-btn bs-back-link" data-action="back" onClick={back.onBack}>
          ← {t(lang, 'back_to', { name: back.label })}
        </button>
      ) : null}
      {view.userEntity ? <span class="bs-user">{t(lang, 'user_entity')}</span> : null}
      {view.description ? (
        <p class="bs-desc" data-fact="description" lang={view.description.lang && view.description.lang !== lang ? view.description.lang : undefined}>
          {view.description.text} <span class="bs-asof">{view.description.asOf}</span>
          <SourceLinks sources={view.description.sources} />
        </p>
      ) : null}
      <OwnerLines owners={view.owners} lang={lang} onOpenEntity={onOpenEntity} />
      <RoleList title={t(lang, 'roles_current')} rows={view.currentRoles} lang={lang} onOpenEntity={onOpenEntity} />
      <FactRows rows={view.keyFacts} lang={lang} onOpenEntity={onOpenEntity} />
      <RoleList title={t(lang, 'roles_past')} rows={view.pastRoles} lang={lang} onOpenEntity={onOpenEntity} />
      <UnitSections sections={view.units} lang={lang} onOpenEntity={onOpenEntity} />
      {view.moreFacts.length > 0 ? (
        <section class="bs-section">
          <span class="bs-section-title">{t(lang, 'more_facts')}</span>
          <FactRows rows={view.moreFacts} lang={lang} onOpenEntity={onOpenEntity} />
        </section>
      ) : null}
      <DealList title={t(lang, view.isPerson ? 'person_deals' : 'deals')} deals={view.deals} lang={lang} />
      <SourceList sources={view.sources} lang={lang} />
      <footer class="bs-foot">
        <span>{view.dataDate ? t(lang, 'data_date', { date: view.dataDate }) : ''}</span>
        {onNotThis ? (
          <button
            type="button"
            class="bs-btn"
            data-action="not-this"
            title={t(lang, 'not_this_hint', { surface: surface ?? view.name, name: view.name })}
            onClick={onNotThis}
          >
            {t(lang, 'not_this', { name: view.name })}
          </button>
        ) : null}
      </footer>
    </article>
  );
}
