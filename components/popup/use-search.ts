/**
 * Search as you type: one request per keystroke (the index answers within a frame, so no
 * debounce), and a token so a slow reply to an older query never replaces a newer one.
 */
import { useRef, useState } from 'preact/hooks';
import type { SearchHit } from '../../lib/messaging/protocol';

/** Results shown in the popup list. */
export const SEARCH_LIMIT = 12;

export interface SearchState {
  query: string;
  hits: SearchHit[];
  /** The query the current hits answer (to say "nothing matches X" only for X). */
  answered: string;
  error: string | null;
}

export function useSearch(search: (query: string, limit: number) => Promise<SearchHit[]>) {
  const [state, setState] = useState<SearchState>({ query: '', hits: [], answered: '', error: null });
  const token = useRef(0);

  function setQuery(query: string): void {
    const mine = ++token.current;
    setState((s) => ({ ...s, query }));
    if (query.trim() === '') {
      setState({ query, hits: [], answered: '', error: null });
      return;
    }
    search(query, SEARCH_LIMIT).then(
      (hits) => {
        if (mine === token.current) setState({ query, hits, answered: query, error: null });
      },
      (error: unknown) => {
        if (mine === token.current) setState({ query, hits: [], answered: query, error: error instanceof Error ? error.message : String(error) });
      },
    );
  }

  return { state, setQuery };
}
