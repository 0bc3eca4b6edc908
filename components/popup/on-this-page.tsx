/** "On this page": grouped findings of the active tab; choosing one jumps there and closes. */
import { format, type Lang } from '../../lib/i18n/core';
import { POPUP_MESSAGES, type PopupMessageKey } from '../../lib/i18n/popup';
import type { PageFindings } from '../../lib/messaging/protocol';
import { groupFindings, type Finding } from './group-findings';

export interface OnThisPageProps {
  lang: Lang;
  /** undefined while loading, null when the tab's content script does not answer. */
  findings: PageFindings | null | undefined;
  onChoose: (item: Finding) => void;
}

export function OnThisPage({ lang, findings, onChoose }: OnThisPageProps) {
  const m = (key: PopupMessageKey, vars?: Record<string, string | number>) => format(POPUP_MESSAGES, lang, key, vars);
  const groups = findings ? groupFindings(findings.items) : [];
  return (
    <section class="bs-page" aria-labelledby="bs-page-title">
      <h2 id="bs-page-title" class="bs-section-head">
        {m('on_page')}
      </h2>
      {findings === undefined ? <p class="bs-muted">{m('loading')}</p> : null}
      {findings === null ? <p class="bs-muted">{m('on_page_unavailable')}</p> : null}
      {findings && groups.length === 0 ? <p class="bs-muted">{m('on_page_empty')}</p> : null}
      {groups.map((group) => (
        <div class="bs-group" key={group.id} data-group={group.id}>
          <h3 class="bs-group-head" id={`bs-group-${group.id}`}>
            {m(`group_${group.id}`)} <span class="bs-count">{group.total}</span>
          </h3>
          <ul class="bs-group-list" aria-labelledby={`bs-group-${group.id}`}>
            {group.items.map((item) => (
              <li key={item.key}>
                <button
                  type="button"
                  class="bs-finding"
                  data-key={item.firstKey}
                  aria-label={`${m('go_to', { label: item.label })} (${m('mention_count', { count: item.count })})`}
                  onClick={() => onChoose(item)}
                >
                  <span class="bs-finding-label">{item.label}</span>
                  <span class="bs-count" aria-hidden="true">
                    {m('mention_count', { count: item.count })}
                  </span>
                </button>
              </li>
            ))}
          </ul>
        </div>
      ))}
    </section>
  );
}
