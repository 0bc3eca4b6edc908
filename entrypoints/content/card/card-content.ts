/**
 * Mention → card content through the per-page lookup cache: synchronously when the lookup was
 * prefetched during the dwell (the card appears in the frame the dwell ends), else "Looking up…"
 * first and the card when the background answers.
 */
import type { PageMention } from '../../../lib/card/types';
import type { EntityDetails, FigureQuery } from '../../../lib/messaging/protocol';
import type { Lang } from '../../../lib/i18n/core';
import { buildEntityView } from '../../../lib/card/entity-view';
import { buildFigureView } from '../../../lib/card/figure-view';
import type { LookupCache } from './services';
import type { CardContent } from './card-view';

export function figureQuery(mention: PageMention, displayCurrency: string): FigureQuery | null {
  const f = mention.figure;
  if (mention.kind !== 'figure' || !f) return null;
  return { amount: f.amount, currency: f.currency, kind: f.kind, entityIds: mention.sentenceEntityIds, displayCurrency };
}

/** Start the lookup; a failure is forgotten by the cache and retried by the open. */
export function prefetchContent(cache: LookupCache, mention: PageMention, displayCurrency: string): void {
  const fq = figureQuery(mention, displayCurrency);
  if (fq) cache.figure(fq).catch(() => undefined);
  else if (mention.entityId) cache.entity(mention.entityId).catch(() => undefined);
}

const message = (e: unknown) => (e instanceof Error ? e.message : String(e));

/**
 * Deliver the content for `mention` (possibly twice: loading, then the result).
 * @returns true when it was served from the cache, synchronously
 */
export function loadContent(cache: LookupCache, mention: PageMention, displayCurrency: string, deliver: (content: CardContent) => void): boolean {
  const label = mention.name ?? mention.surface;
  const fail = (e: unknown) => deliver({ status: 'error', label, message: message(e) });
  const fq = figureQuery(mention, displayCurrency);
  if (mention.kind === 'figure') {
    const f = mention.figure;
    if (!f || !fq) {
      deliver({ status: 'missing', label });
      return false;
    }
    const figure = { surface: f.surface, amount: f.amount, currency: f.currency, kind: f.kind };
    const hit = cache.peekFigure(fq);
    if (hit) {
      deliver({ status: 'figure', figure, details: hit });
      return true;
    }
    deliver({ status: 'loading', label: mention.surface });
    cache.figure(fq).then((details) => deliver({ status: 'figure', figure, details }), fail);
    return false;
  }
  const id = mention.entityId;
  if (!id) {
    deliver({ status: 'missing', label });
    return false;
  }
  const done = (details: EntityDetails | null) =>
    deliver(details ? { status: 'entity', details, surface: mention.surface } : { status: 'missing', label });
  const hit = cache.peekEntity(id);
  if (hit !== undefined) {
    done(hit);
    return true;
  }
  deliver({ status: 'loading', label });
  cache.entity(id).then(done, fail);
  return false;
}

/**
 * Deliver the card of an entity named by a link inside a card (issue #8): the owner of a brand,
 * one of an owner's brands, a CEO. Same cache as hovering, so going back and forth asks once.
 * @returns true when it was served from the cache, synchronously
 */
export function loadLinkedContent(cache: LookupCache, id: string, label: string, deliver: (content: CardContent) => void): boolean {
  const done = (details: EntityDetails | null) => deliver(details ? { status: 'entity', details, surface: details.entity.name } : { status: 'missing', label });
  const hit = cache.peekEntity(id);
  if (hit !== undefined) {
    done(hit);
    return true;
  }
  deliver({ status: 'loading', label });
  cache.entity(id).then(done, (e: unknown) => deliver({ status: 'error', label, message: message(e) }));
  return false;
}

/** The one line a screen reader hears when a card opens. */
export function summaryOf(content: CardContent, lang: Lang): string {
  if (content.status === 'entity') return buildEntityView(content.details, lang).summary;
  if (content.status === 'figure') return buildFigureView(content.figure, content.details, lang).summary;
  return '';
}
