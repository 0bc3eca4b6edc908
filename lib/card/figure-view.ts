/**
 * FigureDetails → what a figure card shows (pure): the amount in the reader's locale, its value
 * in the display currency at a dated ECB rate, the matched deal, and the comparables for the
 * scale picture (only those in the figure's own currency: bars must share one unit).
 */
import type { FigureDetails } from '../messaging/protocol';
import type { Deal } from '../facts/schema';
import type { Figure } from '../money/types';
import type { Lang } from '../i18n/core';
import { builtDealTitle } from './deal-title';
import { collectSources, dealView, localText, resolveSources, t, type DealView, type SourceView } from './fact-view';
import { formatBareAmount, formatIsoDate, formatMoney } from './format';
import { layoutScale, type ScaleLayout } from './scale';

export type FigureInfo = Pick<Figure, 'surface' | 'amount' | 'currency' | 'kind'>;

/** Bars in the scale picture, including the figure itself. */
export const MAX_BARS = 5;
/** Length of the longest bar in the SVG, px. */
export const BAR_AREA_PX = 180;

export interface FigureCardView {
  amount: string;
  kindNote?: string;
  conversion?: { value: string; rate: string; sources: SourceView[] };
  /** `summary` in the UI language when translated, else English (`summaryLang: 'en'`). */
  deal?: DealView & { summary?: string; summaryLang?: Lang };
  chart: ScaleLayout & { valueLabels: string[]; description: string };
  /** Every source on the card, for the list at the bottom. */
  sources: SourceView[];
  summary: string;
}

function rateText(rate: number, lang: Lang): string {
  return new Intl.NumberFormat(lang, { maximumSignificantDigits: 5 }).format(rate);
}

export function formatFigureAmount(figure: FigureInfo, lang: Lang): string {
  return figure.currency
    ? formatMoney({ amount: figure.amount, currency: figure.currency }, lang)
    : `${formatBareAmount(figure.amount, lang)} (${t(lang, 'figure_no_currency')})`;
}

export function buildFigureView(figure: FigureInfo, details: FigureDetails, lang: Lang): FigureCardView {
  const amount = formatFigureAmount(figure, lang);
  const kindNote =
    figure.kind === 'per_share' ? t(lang, 'figure_per_share')
    : figure.kind === 'range_low' ? t(lang, 'figure_range_low')
    : figure.kind === 'range_high' ? t(lang, 'figure_range_high')
    : undefined;

  let conversion: FigureCardView['conversion'];
  const c = details.conversion;
  if (c && figure.currency && c.value.currency !== figure.currency && figure.amount !== 0) {
    // The effective rate is derived from the two amounts so its direction can never be misread.
    const rate = c.value.amount / figure.amount;
    conversion = {
      value: t(lang, 'converted', { value: formatMoney(c.value, lang) }),
      rate: t(lang, 'fx_rate', { date: formatIsoDate(c.rateDate, lang), from: figure.currency, rate: rateText(rate, lang), to: c.value.currency }),
      sources: resolveSources([c.sourceId], details.sources),
    };
  }

  const deal = details.deal ? { ...dealView(details.deal, lang, details.sources), ...dealSummary(details.deal, lang) } : undefined;

  const items = [{ label: t(lang, 'this_figure'), amount: figure.amount, highlight: true }];
  for (const comp of details.comparables) {
    if (items.length >= MAX_BARS) break;
    if (figure.currency && comp.value.currency !== figure.currency) continue;
    const date = comp.asOf && comp.asOf !== 'undated' ? formatIsoDate(comp.asOf, lang) : undefined;
    items.push({ label: comparableLabel(comp, lang, date), amount: comp.value.amount, highlight: false });
  }
  const layout = figure.kind === 'per_share' ? { scale: 'linear' as const, bars: [] } : layoutScale(items, BAR_AREA_PX);
  const money = (a: number) => (figure.currency ? formatMoney({ amount: a, currency: figure.currency }, lang) : formatBareAmount(a, lang));
  const valueLabels = layout.bars.map((b) => money(b.amount));
  const description = t(lang, 'scale_summary', {
    scale: t(lang, layout.scale === 'log' ? 'scale_log' : 'scale_linear'),
    items: layout.bars.map((b, i) => `${b.label}: ${valueLabels[i]}`).join('; '),
  });

  const summaryParts = [amount];
  if (conversion) summaryParts.push(conversion.value);
  if (deal) summaryParts.push(`${deal.title}, ${deal.status}`);
  const sources = collectSources([conversion ? [conversion] : [], deal ? [deal] : []]);
  return { amount, kindNote, conversion, deal, chart: { ...layout, valueLabels, description }, sources, summary: summaryParts.join(', ') };
}

/**
 * A comparable's bar label in the reader's language: "Acquisizione di X da parte di Y
 * (operazione, 10 feb 2025)", "Valutazione di xAI (feb 2026)" (a size says what it is itself).
 */
function comparableLabel(comp: FigureDetails['comparables'][number], lang: Lang, date: string | undefined): string {
  const about = comp.about;
  if (about && 'entity' in about) {
    const name = t(lang, about.size === 'marketCap' ? 'comp_market_cap_of' : 'comp_valuation_of', { name: about.entity });
    return date ? `${name} (${date})` : name;
  }
  const title = about && lang !== 'en' ? builtDealTitle(about.deal, lang) : comp.label;
  const kind = t(lang, comp.kind === 'deal' ? 'comp_deal' : comp.kind === 'valuation' ? 'comp_valuation' : 'comp_landmark');
  return `${title} (${kind}${date ? `, ${date}` : ''})`;
}

/** A deal's summary in the UI language when translated (Deal.summaryI18n), else as stored. */
export function dealSummary(deal: Deal, lang: Lang): { summary?: string; summaryLang?: Lang } {
  if (!deal.summary) return {};
  const local = localText(deal.summary, deal.summaryI18n, lang);
  if (local.translated) return { summary: local.text, summaryLang: lang };
  return deal.pack === undefined ? { summary: local.text, summaryLang: 'en' } : { summary: local.text };
}
