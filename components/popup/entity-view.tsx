/** A search result opened into the full card (CARDS' EntityCard), with a way back. */
import { useEffect, useRef, useState } from 'preact/hooks';
import { EntityCard } from '../cards/entity-card';
import { format, type Lang } from '../../lib/i18n/core';
import { POPUP_MESSAGES } from '../../lib/i18n/popup';
import type { EntityDetails } from '../../lib/messaging/protocol';
import { t } from '../../lib/card/fact-view';

export interface EntityViewProps {
  id: string;
  lang: Lang;
  theme: 'light' | 'dark';
  lookup: (id: string) => Promise<EntityDetails | null>;
  onBack: () => void;
  /** A linked name in the card (owner, brand, CEO) was chosen: open that entity (issue #8);
   *  `from` is this card's name, for the next card's "Back to …". */
  onOpenEntity?: (id: string, from: string) => void;
  /** This card was opened from another card's link: Back returns there, and says so. */
  backTo?: string;
}

export function EntityView({ id, lang, theme, lookup, onBack, onOpenEntity, backTo }: EntityViewProps) {
  const [details, setDetails] = useState<EntityDetails | null | undefined>(undefined);
  const [error, setError] = useState<string | null>(null);
  const back = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    let live = true;
    setDetails(undefined);
    lookup(id).then(
      (d) => live && setDetails(d),
      (e: unknown) => live && setError(e instanceof Error ? e.message : String(e)),
    );
    back.current?.focus();
    return () => {
      live = false;
    };
  }, [id]);
  const m = (key: 'back' | 'loading' | 'not_found') => format(POPUP_MESSAGES, lang, key);
  return (
    <section
      class="bs-entity"
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.preventDefault();
          onBack();
        }
      }}
    >
      <button type="button" class="bs-back" ref={back} onClick={onBack}>
        ← {backTo ? t(lang, 'back_to', { name: backTo }) : m('back')}
      </button>
      {error ? <p role="alert">{format(POPUP_MESSAGES, lang, 'error', { message: error })}</p> : null}
      {!error && details === undefined ? <p class="bs-muted">{m('loading')}</p> : null}
      {details === null ? <p class="bs-muted">{m('not_found')}</p> : null}
      {details ? <EntityCard details={details} lang={lang} theme={theme} headingId="bs-popup-card-title" onOpenEntity={onOpenEntity && ((linked) => onOpenEntity(linked, details.entity.name))} /> : null}
    </section>
  );
}
