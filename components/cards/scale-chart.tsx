/**
 * Inline SVG of a figure's scale next to comparable amounts. Accessible as one image: <title>
 * names it, <desc> reads every bar with its value and says whether the scale is logarithmic.
 */
import type { FigureCardView } from '../../lib/card/figure-view';
import type { Lang } from '../../lib/i18n/core';
import { t } from '../../lib/card/fact-view';

const ROW_PX = 28;
const WIDTH_PX = 320;
const BAR_HEIGHT_PX = 9;

export function ScaleChart({ chart, lang, idPrefix = 'bs-scale' }: { chart: FigureCardView['chart']; lang: Lang; idPrefix?: string }) {
  if (chart.bars.length < 2) return null; // one bar says nothing about scale
  const height = chart.bars.length * ROW_PX + 14;
  const titleId = `${idPrefix}-title`;
  const descId = `${idPrefix}-desc`;
  return (
    <svg
      class="bs-chart"
      role="img"
      aria-labelledby={`${titleId} ${descId}`}
      viewBox={`0 0 ${WIDTH_PX} ${height}`}
      width={WIDTH_PX}
      height={height}
      data-scale={chart.scale}
    >
      <title id={titleId}>{t(lang, 'scale')}</title>
      <desc id={descId}>{chart.description}</desc>
      {chart.bars.map((bar, i) => {
        const y = i * ROW_PX;
        return (
          <g key={`${bar.label}-${i}`} data-bar={bar.highlight ? 'figure' : 'comparable'}>
            <text x={0} y={y + 10}>
              {truncate(bar.label, 52)}
            </text>
            <rect class={bar.highlight ? 'bs-bar-hi' : 'bs-bar'} x={0} y={y + 14} width={bar.length} height={BAR_HEIGHT_PX} rx={2} />
            <text x={bar.length + 4} y={y + 22}>
              {chart.valueLabels[i]}
            </text>
          </g>
        );
      })}
      <text x={0} y={height - 2} class="bs-axis-label">
        {t(lang, chart.scale === 'log' ? 'scale_log' : 'scale_linear')}
      </text>
    </svg>
  );
}

/** SVG text does not wrap; long labels are cut with an ellipsis (the full text is in <desc>). */
function truncate(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}
