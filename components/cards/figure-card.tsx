/**
 * Card for a money figure: normalised amount, value in the display currency at a dated ECB
 * rate (with its source), the known deal it matches, and a scale picture. Presentational.
 */
import { useMemo } from 'preact/hooks';
import type { FigureDetails } from '../../lib/messaging/protocol';
import type { Lang } from '../../lib/i18n/core';
import { buildFigureView, type FigureInfo } from '../../lib/card/figure-view';
import { t } from '../../lib/card/fact-view';
import { DealItem } from './deal-list';
import { ScaleChart } from './scale-chart';
import { SourceLinks, SourceList } from './source-links';

export interface FigureCardProps {
  figure: FigureInfo;
  details: FigureDetails;
  lang: Lang;
  theme: 'light' | 'dark';
  headingId?: string;
  onClose?: () => void;
}

export function FigureCard({ figure, details, lang, theme, headingId = 'bs-card-title', onClose }: FigureCardProps) {
  const view = useMemo(() => buildFigureView(figure, details, lang), [figure, details, lang]);
  return (
    <article class="bs-card" data-theme={theme} data-kind="figure" lang={lang} aria-labelledby={headingId} tabIndex={-1}>
      <header class="bs-head">
        <h2 class="bs-title bs-amount" id={headingId}>
          {view.amount}
        </h2>
        <span class="bs-kind">{t(lang, 'figure')}</span>
        {onClose ? (
          <button type="button" class="bs-close" aria-label={t(lang, 'close')} title={t(lang, 'close')} onClick={onClose}>
            ×
          </button>
        ) : null}
      </header>
      <span class="bs-meta">
        “{figure.surface}”{view.kindNote ? ` · ${view.kindNote}` : ''}
      </span>
      {view.conversion ? (
        <p class="bs-desc" data-part="conversion">
          <span class="bs-value">{view.conversion.value}</span>
          <span class="bs-meta">
            {view.conversion.rate}
            <SourceLinks sources={view.conversion.sources} />
          </span>
        </p>
      ) : null}
      <section class="bs-section" data-part="deal">
        <span class="bs-section-title">{t(lang, 'matched_deal')}</span>
        {view.deal ? (
          <ul class="bs-list">
            <DealItem deal={view.deal} lang={lang} />
            {view.deal.summary ? <li class="bs-meta" lang={view.deal.summaryLang && view.deal.summaryLang !== lang ? view.deal.summaryLang : undefined}>{view.deal.summary}</li> : null}
          </ul>
        ) : (
          <span class="bs-state">{t(lang, 'no_deal')}</span>
        )}
      </section>
      {view.chart.bars.length >= 2 ? (
        <section class="bs-section" data-part="scale">
          <span class="bs-section-title">{t(lang, 'scale')}</span>
          <ScaleChart chart={view.chart} lang={lang} />
        </section>
      ) : null}
      <SourceList sources={view.sources} lang={lang} />
    </article>
  );
}
