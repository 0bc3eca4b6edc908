/**
 * The search box and its results, as an ARIA combobox: focus stays in the input, ↑/↓ move the
 * active option (announced through aria-activedescendant), Enter opens it, Escape clears.
 */
import { useState } from 'preact/hooks';
import type { SearchHit } from '../../lib/messaging/protocol';
import { format, type Lang } from '../../lib/i18n/core';
import { POPUP_MESSAGES, type PopupMessageKey } from '../../lib/i18n/popup';
import { CARD_MESSAGES, type CardMessageKey } from '../../lib/i18n/cards';
import type { SearchState } from './use-search';

export interface SearchPanelProps {
  lang: Lang;
  state: SearchState;
  onQuery: (query: string) => void;
  onOpen: (hit: SearchHit) => void;
  /** Ref callback for the input, so the app can return focus to it. */
  inputRef?: (el: HTMLInputElement | null) => void;
}

const LIST_ID = 'bs-results';
const optionId = (i: number) => `bs-result-${i}`;

function kindLabel(lang: Lang, kind: SearchHit['kind']): string {
  return format(CARD_MESSAGES, lang, `kind_${kind}` as CardMessageKey);
}

export function SearchPanel({ lang, state, onQuery, onOpen, inputRef }: SearchPanelProps) {
  const m = (key: PopupMessageKey, vars?: Record<string, string | number>) => format(POPUP_MESSAGES, lang, key, vars);
  const [active, setActive] = useState(0);
  const [shownFor, setShownFor] = useState(state.hits);
  // New hits → first option active again.
  if (shownFor !== state.hits) {
    setShownFor(state.hits);
    setActive(0);
  }
  const hits = state.hits;
  const expanded = hits.length > 0;

  function onKeyDown(event: KeyboardEvent): void {
    if (event.key === 'ArrowDown' && hits.length > 0) {
      event.preventDefault();
      setActive((i) => (i + 1) % hits.length);
    } else if (event.key === 'ArrowUp' && hits.length > 0) {
      event.preventDefault();
      setActive((i) => (i - 1 + hits.length) % hits.length);
    } else if (event.key === 'Home' && hits.length > 0 && event.ctrlKey) {
      event.preventDefault();
      setActive(0);
    } else if (event.key === 'End' && hits.length > 0 && event.ctrlKey) {
      event.preventDefault();
      setActive(hits.length - 1);
    } else if (event.key === 'Enter') {
      const hit = hits[Math.min(active, hits.length - 1)];
      if (hit) {
        event.preventDefault();
        onOpen(hit);
      }
    } else if (event.key === 'Escape' && state.query !== '') {
      event.preventDefault();
      onQuery('');
    }
  }

  const nothing = state.answered !== '' && state.answered === state.query && hits.length === 0 && !state.error;
  return (
    <section class="bs-search" aria-label={m('search_label')}>
      <input
        ref={inputRef}
        class="bs-search-input"
        type="search"
        role="combobox"
        aria-label={m('search_label')}
        aria-autocomplete="list"
        aria-expanded={expanded}
        aria-controls={LIST_ID}
        aria-activedescendant={expanded ? optionId(Math.min(active, hits.length - 1)) : undefined}
        placeholder={m('search_placeholder')}
        value={state.query}
        autoComplete="off"
        spellcheck={false}
        onInput={(e) => onQuery((e.currentTarget as HTMLInputElement).value)}
        onKeyDown={onKeyDown}
      />
      <ul id={LIST_ID} class="bs-results" role="listbox" aria-label={m('results_label')} hidden={!expanded}>
        {hits.map((hit, i) => (
          <li
            key={hit.id}
            id={optionId(i)}
            role="option"
            class="bs-result"
            aria-selected={i === active}
            data-id={hit.id}
            onMouseMove={() => setActive(i)}
            onClick={() => onOpen(hit)}
          >
            <span class="bs-result-name">{hit.name}</span>
            <span class="bs-result-kind">{kindLabel(lang, hit.kind)}</span>
            {hit.matched ? <span class="bs-result-alias">{m('matched_as', { alias: hit.matched })}</span> : null}
            <HitDescription hit={hit} lang={lang} />
          </li>
        ))}
      </ul>
      <p class="bs-status-msg" role="status" aria-live="polite">
        {state.error ? m('error', { message: state.error }) : nothing ? m('no_results', { query: state.query }) : expanded ? (hits.length === 1 ? m('results_one') : m('results_count', { count: hits.length })) : ''}
      </p>
      {expanded ? <p class="bs-hint" aria-hidden="true">{m('hint_keys')}</p> : null}
    </section>
  );
}

/** The result's one-liner in the UI language when the data translates it, else English. */
function HitDescription({ hit, lang }: { hit: SearchHit; lang: Lang }) {
  const own = lang === 'en' ? undefined : hit.descriptions?.[lang];
  const text = own ?? hit.description;
  return text ? <span class="bs-result-desc">{text}</span> : null;
}
