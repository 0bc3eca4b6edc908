/**
 * A deal's title in the reader's language, built from its kind and parties. The fact build writes
 * the English one with the same templates (lib/facts/build/convert-deals.ts: dealTitle). A deal
 * from the user's own fact pack keeps the title its author wrote.
 */
import { surnameOf, stripLegalSuffix } from '../facts/aliases';
import type { Deal, EntityRef } from '../facts/schema';
import type { Lang } from '../i18n/core';
import { CARD_MESSAGES, type CardMessageKey } from '../i18n/cards';
import { format } from '../i18n/core';

function shortName(r: EntityRef): string {
  if (r.id?.startsWith('p:')) return surnameOf(r.name) ?? r.name;
  return stripLegalSuffix(r.name);
}

export function localDealTitle(deal: Deal, lang: Lang): string {
  return deal.pack !== undefined || lang === 'en' ? deal.title : builtDealTitle(deal, lang);
}

/** The title from the templates (in English, the title the fact build writes). */
export function builtDealTitle(deal: Pick<Deal, 'kind' | 'acquirers' | 'target'>, lang: Lang): string {
  const lead = deal.acquirers[0] ? shortName(deal.acquirers[0]) : undefined;
  // A merger or funding round names its lead party alone; a purchase names the consortium.
  const byLead = deal.kind === 'merger' || deal.kind === 'funding_round' || deal.kind === 'ipo';
  const buyer = lead === undefined ? undefined : deal.acquirers.length > 1 && !byLead ? format(CARD_MESSAGES, lang, 'deal_t_consortium', { lead }) : lead;
  const key = `deal_t_${deal.kind}${buyer === undefined ? '' : '_by'}` as CardMessageKey;
  return format(CARD_MESSAGES, lang, key, { buyer: buyer ?? '', target: shortName(deal.target) });
}
