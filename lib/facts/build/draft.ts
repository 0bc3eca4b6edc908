/** Intermediate entity record: candidates from one source file, merged later (merge.ts). */
import type { Candidate } from '../prefer';
import type { EntityKind } from '../schema';

export interface DraftAlias {
  text: string;
  /** Press nickname or metonym recorded by the curators. */
  nickname?: boolean;
}

export interface EntityDraft {
  kind: EntityKind;
  name: string;
  aliases: DraftAlias[];
  candidates: Candidate[];
  /** Keys that identify the same company across sources. */
  match: { tickers: string[]; cik?: string; isins: string[] };
  /** Which input produced it (curated, sp500-companies, pytickersymbols, ...). */
  origin: string;
  /** Titles of the record's cited pages (curated only): evidence for press short forms. */
  titles?: string[];
  /** Names that count only beside the full name (curated `only_beside_full_name`). */
  besideFullName?: string[];
  /** Curated Wikipedia article title, for credits. */
  wikipedia?: string;
}

export function pushDefined<T>(list: T[], item: T | undefined): void {
  if (item !== undefined) list.push(item);
}
