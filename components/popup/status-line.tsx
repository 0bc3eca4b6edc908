/** One line: database version and data date (getStatus). */
import { format, type Lang } from '../../lib/i18n/core';
import { POPUP_MESSAGES } from '../../lib/i18n/popup';
import type { DbStatus } from '../../lib/messaging/protocol';

/** Characters of the content-hash version shown (enough to tell two builds apart). */
const VERSION_CHARS = 8;

export function formatDataDate(date: string, lang: Lang): string {
  const parts = date.split('-').map(Number);
  if (parts.length < 3 || parts.some((p) => !Number.isFinite(p))) return date;
  return new Intl.DateTimeFormat(lang, { dateStyle: 'medium', timeZone: 'UTC' }).format(Date.UTC(parts[0]!, parts[1]! - 1, parts[2]!));
}

export function StatusLine({ lang, status }: { lang: Lang; status: DbStatus | null | undefined }) {
  let text = '';
  if (status === null) text = format(POPUP_MESSAGES, lang, 'db_unavailable');
  else if (status?.seeding) text = format(POPUP_MESSAGES, lang, 'db_seeding');
  else if (status) {
    text = format(POPUP_MESSAGES, lang, 'db_line', { version: status.version.slice(0, VERSION_CHARS), date: formatDataDate(status.dataDate, lang) });
  }
  return (
    <p class="bs-db" data-testid="db-status">
      {text}
    </p>
  );
}
