/**
 * Sources, shown twice on purpose: next to each fact its publisher's domain as a link (short,
 * so a card stays scannable; the full title is the link's tooltip), and at the bottom of the card
 * the list of every source with title, domain and licence. Links open in a new tab without a
 * referrer, and only http(s) URLs ever become links.
 */
import type { SourceView } from '../../lib/card/fact-view';
import type { Lang } from '../../lib/i18n/core';
import { t } from '../../lib/card/fact-view';

/** Sources named next to one fact; the rest are counted ("+2") and listed at the bottom. */
const MAX_INLINE_SOURCES = 2;

/** @param max sources named inline; compact lists (a company's brands) name one */
export function SourceLinks({ sources, max = MAX_INLINE_SOURCES }: { sources: readonly SourceView[]; max?: number }) {
  if (sources.length === 0) return null;
  const shown = sources.slice(0, max);
  const more = sources.length - shown.length;
  return (
    <span class="bs-src">
      {' · '}
      {shown.map((s, i) => (
        <span key={s.id}>
          {i > 0 ? ', ' : ''}
          <SourceLink source={s} text={s.domain || s.title} />
        </span>
      ))}
      {more > 0 ? ` +${more}` : ''}
    </span>
  );
}

function SourceLink({ source, text }: { source: SourceView; text: string }) {
  if (!source.href) return <span title={source.title}>{text}</span>;
  return (
    <a href={source.href} target="_blank" rel="noopener noreferrer" title={source.title}>
      {text}
    </a>
  );
}

export function SourceList({ sources, lang }: { sources: readonly SourceView[]; lang: Lang }) {
  if (sources.length === 0) return null;
  return (
    <details class="bs-section bs-sources">
      <summary class="bs-section-title">{t(lang, 'sources_title', { count: sources.length })}</summary>
      <ol class="bs-list">
        {sources.map((s) => (
          <li key={s.id} data-source={s.id}>
            <SourceLink source={s} text={s.domain ? `${s.title} (${s.domain})` : s.title} />
            {s.licence ? <span class="bs-meta">{s.licence}</span> : null}
            {s.user ? <span class="bs-user">{t(lang, 'user_fact')}</span> : null}
          </li>
        ))}
      </ol>
    </details>
  );
}
