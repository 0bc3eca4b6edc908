/**
 * Contract between the page scanner (lib/dom, entrypoints/content) and the card host
 * (entrypoints/content/card, components/cards). The scanner finds mentions and hit-tests the
 * pointer; the host owns hover intent (dwell/abandon), the closed shadow root and the cards.
 */
import type { EntityKind } from '../facts/schema';
import type { Figure } from '../money/types';

export interface PageMention {
  /** Stable within a page scan; used by the popup to jump to a mention. */
  key: string;
  kind: EntityKind | 'figure';
  /** Live DOM range of the mention (what is highlighted). */
  range: Range;
  surface: string;
  /** For entity mentions. */
  entityId?: string;
  name?: string;
  /** For figure mentions. */
  figure?: Figure;
  /** Entities named in the same sentence (for figures: the deal match and comparables). */
  sentenceEntityIds: string[];
}

export interface CardHost {
  /**
   * The pointer rests on a mention, or on none (null). Applies the trigger setting, the dwell
   * delay before opening and the abandon delay before closing; a card the pointer moved into
   * stays open (WCAG 1.4.13).
   */
  pointerOn(mention: PageMention | null, event: MouseEvent): void;
  /** The user clicked a mention (for the 'click' trigger). */
  clicked(mention: PageMention, event: MouseEvent): void;
  /** Open at once as a non-modal dialog (keyboard shortcut, popup jump); focus moves into it
   *  when `focus` and returns where it was on close. */
  open(mention: PageMention, options: { focus: boolean }): void;
  close(): void;
  isOpen(): boolean;
  destroy(): void;
}
