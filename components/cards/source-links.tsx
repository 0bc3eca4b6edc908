/** Source links: title + domain, opened in a new tab without a referrer (nothing leaks). */
import type { SourceView } from '../../lib/card/fact-view';

/** More sources than this are summarised by domain only, to keep a card short. */
const MAX_TITLED_SOURCES = 1;

export function SourceLinks({ sources }: { sources: readonly SourceView[] }) {
  if (sources.length === 0) return null;
  return (
    <span class="bs-src">
      {' · '}
      {sources.map((s, i) => (
        <span key={s.id}>
          {i > 0 ? ', ' : ''}
          <SourceLink source={s} titled={i < MAX_TITLED_SOURCES} />
        </span>
      ))}
    </span>
  );
}

function SourceLink({ source, titled }: { source: SourceView; titled: boolean }) {
  const text = titled ? (source.domain ? `${source.title} (${source.domain})` : source.title) : source.domain || source.title;
  if (!source.href) return <span>{text}</span>;
  return (
    <a href={source.href} target="_blank" rel="noopener noreferrer" title={source.title}>
      {text}
    </a>
  );
}
