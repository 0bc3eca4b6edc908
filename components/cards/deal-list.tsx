/** Deals: title, amount, status and date, with sources. */
import type { DealView } from '../../lib/card/fact-view';
import type { Lang } from '../../lib/i18n/core';
import { t } from '../../lib/card/fact-view';
import { SourceLinks } from './source-links';

export function dealLine(deal: DealView, lang: Lang): string {
  const status = deal.date ? t(lang, 'deal_status_date', { status: deal.status, date: deal.date }) : deal.status;
  return deal.amount ? `${deal.title}: ${deal.amount} — ${status}` : `${deal.title} — ${status}`;
}

export function DealItem({ deal, lang }: { deal: DealView; lang: Lang }) {
  return (
    <li data-deal={deal.id}>
      <span class="bs-value">{dealLine(deal, lang)}</span>
      <SourceLinks sources={deal.sources} />
      {deal.user ? <span class="bs-user">{t(lang, 'user_fact')}</span> : null}
    </li>
  );
}

export function DealList({ title, deals, lang }: { title: string; deals: readonly DealView[]; lang: Lang }) {
  if (deals.length === 0) return null;
  return (
    <section class="bs-section">
      <span class="bs-section-title">{title}</span>
      <ul class="bs-list">
        {deals.map((d) => (
          <DealItem key={d.id} deal={d} lang={lang} />
        ))}
      </ul>
    </section>
  );
}
