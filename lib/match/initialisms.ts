/**
 * An organisation's initials stand for it in a story that names it in full: "Associated British
 * Ports … ABP commits £1.1bn" is the port operator, not the Dutch pension fund ABP the index also
 * knows; "Banque Internationale à Luxembourg (BIL)". Applied after selection, over the mentions of
 * one text: each capitalised token of three to five letters that spells the initials of exactly
 * one organisation named in the text is that organisation (a mention of another entity on the
 * same span is replaced; a token in a longer mention is left alone). Not on lines set in capitals,
 * where every word looks like an acronym, and never legal forms ("SpA", "PLC").
 */
import type { Mention } from './types';

/** Words left out of initials: "Bank of America" is BOA, "Cassa depositi e prestiti" CDP. */
const SKIPPED = new Set(['of', 'and', 'the', 'for', 'de', 'di', 'del', 'della', 'des', 'du', 'da', 'e', 'et', 'y', 'und', 'der', 'la', 'le', 'el', '&', 'à', 'a']);
const LEGAL_FORMS = new Set(['PLC', 'SPA', 'SAS', 'INC', 'LTD', 'LLC', 'ASA', 'SRL', 'NV', 'GMBH']);
// ASCII capitals only: a Unicode-class scan of a 1 MB page cost more than the rest of the rules.
const TOKEN_RE = /(?<![A-Za-z0-9&.\-\u00C0-\u024F])[A-Z]{3,5}(?![A-Za-z0-9&\-\u00C0-\u024F])/g;

function initials(name: string): string {
  const words = name.split(/[\s\u00a0-]+/).filter((w) => w && !SKIPPED.has(w.toLowerCase()));
  // A name of one or two words has no initials a reader would use.
  if (words.length < 3) return '';
  return words.map((w) => w.charAt(0).toUpperCase()).join('');
}

function lineIsCapitals(text: string, at: number): boolean {
  const start = text.lastIndexOf('\n', at) + 1;
  const nl = text.indexOf('\n', at);
  const line = text.slice(start, nl < 0 ? text.length : nl);
  return !/\p{Ll}/u.test(line);
}

export function withInitialisms(text: string, mentions: readonly Mention[]): Mention[] {
  const byInitials = new Map<string, Mention | null>();
  for (const m of mentions) {
    if (m.kind === 'person') continue;
    for (const form of new Set([initials(m.name), initials(m.surface)])) {
      if (form.length < 3 || form.length > 5) continue;
      const seen = byInitials.get(form);
      // Two organisations with the same initials: the token names neither for sure.
      byInitials.set(form, seen === undefined || seen?.id === m.id ? m : null);
    }
  }
  if (byInitials.size === 0) return [...mentions];
  const out = [...mentions];
  const extra: Mention[] = [];
  for (const t of text.matchAll(TOKEN_RE)) {
    const org = byInitials.get(t[0]);
    if (!org || LEGAL_FORMS.has(t[0]) || lineIsCapitals(text, t.index)) continue;
    const start = t.index;
    const end = start + t[0].length;
    const i = overlapping(mentions, start, end);
    if (i >= 0) {
      const m = out[i]!;
      if (m.start === start && m.end === end && m.id !== org.id) out[i] = { kind: org.kind, id: org.id, name: org.name, surface: t[0], start, end };
      continue;
    }
    extra.push({ kind: org.kind, id: org.id, name: org.name, surface: t[0], start, end });
  }
  return extra.length > 0 ? [...out, ...extra].sort((a, b) => a.start - b.start) : out;
}

/** Index of a mention overlapping [start, end) in mentions sorted by start (binary search), or -1. */
function overlapping(mentions: readonly Mention[], start: number, end: number): number {
  let lo = 0;
  let hi = mentions.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (mentions[mid]!.end <= start) lo = mid + 1;
    else hi = mid;
  }
  return lo < mentions.length && mentions[lo]!.start < end ? lo : -1;
}
