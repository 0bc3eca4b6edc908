/** One line: database version and data date (getStatus). */
import { format, type Lang } from '../../lib/i18n/core';
import { POPUP_MESSAGES } from '../../lib/i18n/popup';
import type { DbStatus } from '../../lib/messaging/protocol';

/** Characters of the content hash shown (enough to tell two builds apart). */
const HASH_CHARS = 7;

/** "2026-08-22-62c319cecf38" (data date + content hash) → "62c319c"; the date is shown apart. */
export function shortVersion(version: string): string {
  const hash = /^\d{4}-\d{2}-\d{2}-([0-9a-f]+)$/.exec(version)?.[1];
  return hash ? hash.slice(0, HASH_CHARS) : version.slice(0, 12);
}

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
    text = format(POPUP_MESSAGES, lang, 'db_line', { version: shortVersion(status.version), date: formatDataDate(status.dataDate, lang) });
  }
  return (
    <p class="bs-db" data-testid="db-status">
      {text}
    </p>
  );
}
