/**
 * Contract of the detection engine for companies and people (pure: no DOM, no `browser`).
 *
 * build time:  aliases (lib/facts/aliases.ts) ──compileMatchIndex()──▶ MatchIndexData (JSON)
 * run time:    loadMatchIndex(data) ──▶ MatchIndex ──findMentions(text, options)──▶ Mention[]
 */
import type { AliasFlags, EntityKind } from '../facts/schema';

/** One alias row handed from the fact build to the matcher compiler. */
export interface AliasEntry {
  text: string;
  entityId: string;
  kind: EntityKind;
  flags: AliasFlags;
}

/** An entity as the matcher knows it: enough to report a mention without the fact database. */
export interface IndexedEntity {
  id: string;
  kind: EntityKind;
  name: string;
  /**
   * Entities tied to this one by a cited fact (a company's CEO, founders, owner, brands; a
   * person's organisations). Named plainly in the same text, they are evidence for an ambiguous
   * name: "Tesla, run by Elon Musk, ..." is the carmaker even at a sentence start.
   */
  related?: string[];
}

/** A found mention. Offsets are UTF-16 code units into the text given to findMentions. */
export interface Mention {
  kind: EntityKind;
  id: string;
  /** Canonical name of the entity. */
  name: string;
  /** Exactly text.slice(start, end). */
  surface: string;
  start: number;
  end: number;
}

/** A user's "not this entity here" correction, honoured on later scans. */
export interface Correction {
  entityId: string;
  /** The surface text that was wrongly matched (case-insensitive compare). */
  surface: string;
  /** Host name the correction applies to, or '*' for everywhere. */
  site: string;
}

export interface FindOptions {
  /** BCP 47 language of the page (it, en, fr, de, es); guides cues and morphology. */
  lang?: string;
  /** Corrections to honour; matching (entity, surface) pairs are dropped. */
  corrections?: readonly Correction[];
  /** Host name of the page, to apply site-specific corrections (without it only '*' ones apply). */
  site?: string;
}
