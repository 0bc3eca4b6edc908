/** What the card layer shows for the current interaction: loading, a card, or a short message. */
import type { EntityDetails, FigureDetails } from '../../../lib/messaging/protocol';
import type { Lang } from '../../../lib/i18n/core';
import type { CardTheme } from '../../../lib/card/theme';
import type { FigureInfo } from '../../../lib/card/figure-view';
import { t } from '../../../lib/card/fact-view';
import { EntityCard } from '../../../components/cards/entity-card';
import { FigureCard } from '../../../components/cards/figure-card';

export type CardContent =
  | { status: 'loading'; label: string }
  | { status: 'entity'; details: EntityDetails; surface: string }
  | { status: 'figure'; figure: FigureInfo; details: FigureDetails }
  | { status: 'missing'; label: string }
  | { status: 'error'; label: string; message: string };

export const HEADING_ID = 'bs-card-title';

export function CardView(props: {
  content: CardContent;
  lang: Lang;
  theme: CardTheme;
  onClose: () => void;
  onNotThis?: () => void;
  /** Opens a linked entity's card in place of this one (issue #8). */
  onOpenEntity?: (id: string) => void;
  /** Back to the card this one was opened from. */
  back?: { label: string; onBack: () => void };
}) {
  const { content, lang, theme, onClose } = props;
  switch (content.status) {
    case 'entity':
      return (
        <EntityCard
          details={content.details}
          surface={content.surface}
          lang={lang}
          theme={theme}
          headingId={HEADING_ID}
          onClose={onClose}
          onNotThis={props.onNotThis}
          onOpenEntity={props.onOpenEntity}
          back={props.back}
        />
      );
    case 'figure':
      return <FigureCard figure={content.figure} details={content.details} lang={lang} theme={theme} headingId={HEADING_ID} onClose={onClose} />;
    default: {
      const text =
        content.status === 'loading' ? t(lang, 'loading')
        : content.status === 'missing' ? t(lang, 'not_found', { name: content.label })
        : t(lang, 'load_error', { message: content.message });
      return (
        <article class="bs-card" data-theme={theme} data-state={content.status} lang={lang} aria-labelledby={HEADING_ID} aria-busy={content.status === 'loading'} tabIndex={-1}>
          <header class="bs-head">
            <h2 class="bs-title" id={HEADING_ID}>
              {content.label}
            </h2>
            <button type="button" class="bs-close" aria-label={t(lang, 'close')} title={t(lang, 'close')} onClick={onClose}>
              ×
            </button>
          </header>
          <span class="bs-state">{text}</span>
          {props.back ? (
            <button type="button" class="bs-btn bs-back-link" data-action="back" onClick={props.back.onBack}>
              ← {t(lang, 'back_to', { name: props.back.label })}
            </button>
          ) : null}
        </article>
      );
    }
  }
}
