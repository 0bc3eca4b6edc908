/**
 * What the search index knows about an entity: its names for matching and a short line to show.
 * Kept small because the index ships in the extension and loads in the background.
 */
import { TRANSLATION_LANGS, type Entity, type TranslationLang } from '../facts/schema';

export interface SearchDocument {
  id: string;
  kind: Entity['kind'];
  name: string;
  /** Aliases and press nicknames, not tickers. */
  aliases: string[];
  tickers: string[];
  /** One-line description for the results list (English, or the pack's own text). */
  description?: string;
  /** The same line in the other UI languages, where the data translates it. */
  descriptions?: Partial<Record<TranslationLang, string>>;
}

/** Longest description kept in the index (characters); the card shows the full text. */
export const DESCRIPTION_MAX_CHARS = 140;

export const SEARCH_FIELDS = ['name', 'aliases', 'tickers'] as const;
export const STORED_FIELDS = ['id', 'kind', 'name', 'aliases', 'tickers', 'description', 'descriptions'] as const;

function shorten(text: string): string {
  if (text.length <= DESCRIPTION_MAX_CHARS) return text;
  const cut = text.slice(0, DESCRIPTION_MAX_CHARS - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > DESCRIPTION_MAX_CHARS / 2 ? cut.slice(0, space) : cut).replace(/[,;:.\s]+$/, '')}…`;
}

/** Ticker symbols from "NASDAQ: NVDA" or "BIT:UCG" style values. */
function tickerSymbols(text: string): string[] {
  const symbol = text.includes(':') ? text.slice(text.lastIndexOf(':') + 1) : text;
  return symbol.trim() === '' ? [] : [symbol.trim()];
}

export function toSearchDocument(entity: Entity): SearchDocument {
  const aliases: string[] = [];
  const tickers: string[] = [];
  for (const alias of entity.aliases) {
    const list = alias.flags?.ticker ? tickers : aliases;
    if (alias.text !== entity.name && !list.includes(alias.text)) list.push(alias.text);
  }
  let description: string | undefined;
  let descriptions: Partial<Record<TranslationLang, string>> | undefined;
  for (const fact of entity.facts) {
    if (fact.value.t === 'ticker') {
      for (const symbol of tickerSymbols(fact.value.symbol)) if (!tickers.includes(symbol)) tickers.push(symbol);
    } else if (fact.key === 'description' && fact.value.t === 'text' && description === undefined) {
      description = shorten(fact.value.v);
      const i18n = fact.value.i18n;
      for (const lang of TRANSLATION_LANGS) {
        const text = i18n?.[lang];
        if (text) (descriptions ??= {})[lang] = shorten(text);
      }
    }
  }
  return { id: entity.id, kind: entity.kind, name: entity.name, aliases, tickers, ...(description ? { description } : {}), ...(descriptions ? { descriptions } : {}) };
}
