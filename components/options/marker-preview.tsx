/**
 * A sample sentence marked the way pages will be: the same colours as the content script's
 * ::highlight rules (entrypoints/content/marks.css), drawn with spans because this page is ours.
 * The names in it are made up.
 */
import type { MarkerStyle, Settings } from '../../lib/settings/defaults';
import type { T } from './t';

const SAMPLE_COMPANY = 'Tessiture Alpine';
const SAMPLE_PERSON = 'Giulia Ferro';

function Mark({ kind, style, on, text }: { kind: 'company' | 'person' | 'figure'; style: MarkerStyle; on: boolean; text: string }) {
  return on ? (
    <span class={`mark mark-${kind} mark-${style}`} data-kind={kind}>
      {text}
    </span>
  ) : (
    <span>{text}</span>
  );
}

export function MarkerPreview({ t, settings, theme }: { t: T; settings: Settings; theme: 'light' | 'dark' }) {
  const { markerStyle: style, kinds } = settings;
  return (
    <figure class="preview" data-theme={theme} data-style={style} aria-label={t('preview_label')}>
      <figcaption>{t('preview_label')}</figcaption>
      <p>
        {t('preview_a')}
        <Mark kind="company" style={style} on={kinds.company} text={SAMPLE_COMPANY} />
        {t('preview_b')}
        <Mark kind="person" style={style} on={kinds.person} text={SAMPLE_PERSON} />
        {t('preview_c')}
        <Mark kind="figure" style={style} on={kinds.figure} text={t('preview_figure')} />
        {t('preview_d')}
      </p>
    </figure>
  );
}
