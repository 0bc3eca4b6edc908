/**
 * A linked entity name on a card (issue #8): a button that opens that entity's card in place
 * (content script) or in the popup. Without an `onOpen` handler (e.g. a static render) the name
 * stays plain text, so a card never shows a control that does nothing.
 */
import type { EntityLinkView } from '../../lib/card/fact-view';
import type { Lang } from '../../lib/i18n/core';
import { t } from '../../lib/card/fact-view';

/** Opens the card of the entity with this id. */
export type OpenEntity = (id: string) => void;

export function EntityLink({ link, lang, onOpen }: { link: EntityLinkView; lang: Lang; onOpen?: OpenEntity }) {
  if (!onOpen) return <>{link.name}</>;
  return (
    <button type="button" class="bs-entity-link" data-entity-id={link.id} title={t(lang, 'open_card', { name: link.name })} onClick={() => onOpen(link.id)}>
      {link.name}
    </button>
  );
}

/** A fact value with the linked name inside it made a button ("CEO, [Stellantis] (since 2025)"). */
export function LinkedValue({ value, link, lang, onOpen }: { value: string; link?: EntityLinkView; lang: Lang; onOpen?: OpenEntity }) {
  const at = link && onOpen ? value.indexOf(link.name) : -1;
  if (!link || at < 0) return <span class="bs-value">{value}</span>;
  return (
    <span class="bs-value">
      {value.slice(0, at)}
      <EntityLink link={link} lang={lang} onOpen={onOpen} />
      {value.slice(at + link.name.length)}
    </span>
  );
}
