/**
 * Host patterns for the site lists: "example.com" matches that host (and its "www." form);
 * "*.example.com" matches example.com and every subdomain. Patterns are host names
 * only: no scheme, path, port or spaces, so a user pasting a URL gets a clear message.
 */

/** A DNS label: letters, digits, hyphens, not starting or ending with a hyphen, ≤ 63 chars. */
const LABEL = /^(?!-)[a-z0-9-]{1,63}(?<!-)$/;
/** Longest host name DNS allows. */
const MAX_HOST_LENGTH = 253;

export type HostPatternCheck = { ok: true; pattern: string } | { ok: false; message: string };

/** Check and normalise one pattern (trimmed, lower-case, no trailing dot). */
export function checkHostPattern(input: string): HostPatternCheck {
  const raw = input.trim().toLowerCase().replace(/\.$/, '');
  if (raw === '') return { ok: false, message: 'Empty site: write a host name such as example.com.' };
  if (/\s/.test(raw)) return { ok: false, message: `"${input.trim()}" contains a space: write one host name per line.` };
  if (/^[a-z][a-z0-9+.-]*:\/\//.test(raw)) {
    return { ok: false, message: `"${input.trim()}" is a web address: write only the host name, e.g. ${hostOfUrl(raw) ?? 'example.com'}.` };
  }
  if (/[/?#]/.test(raw)) return { ok: false, message: `"${input.trim()}" has a path: write only the host name, without "/".` };
  if (raw.includes(':')) return { ok: false, message: `"${input.trim()}" has a port: write only the host name.` };
  const wildcard = raw.startsWith('*.');
  const host = wildcard ? raw.slice(2) : raw;
  if (host.includes('*')) return { ok: false, message: `"${input.trim()}": "*" is only allowed as "*." at the start.` };
  if (host.length > MAX_HOST_LENGTH) return { ok: false, message: `"${input.trim()}" is too long for a host name.` };
  const labels = host.split('.');
  if (labels.length < 2 && host !== 'localhost') {
    return { ok: false, message: `"${input.trim()}" needs a domain, e.g. ${host}.com.` };
  }
  const bad = labels.find((label) => !LABEL.test(label));
  if (bad !== undefined) {
    return { ok: false, message: `"${input.trim()}" has an invalid part "${bad}": use letters, digits and "-" between dots.` };
  }
  return { ok: true, pattern: wildcard ? `*.${host}` : host };
}

function hostOfUrl(url: string): string | null {
  try {
    return new URL(url).hostname || null;
  } catch {
    return null;
  }
}

/** Normalise a host for comparison (lower-case, no trailing dot, no leading "www."). */
export function normaliseHost(host: string): string {
  return host.trim().toLowerCase().replace(/\.$/, '');
}

/** True when the host matches the pattern; "example.com" also matches "www.example.com". */
export function hostMatches(pattern: string, host: string): boolean {
  const h = normaliseHost(host);
  if (pattern.startsWith('*.')) {
    const base = pattern.slice(2);
    return h === base || h.endsWith(`.${base}`);
  }
  return h === pattern || h === `www.${pattern}`;
}

/** Parse a textarea of patterns (one per line or comma-separated) into patterns and errors. */
export function parseHostList(text: string): { patterns: string[]; errors: string[] } {
  const patterns: string[] = [];
  const errors: string[] = [];
  for (const part of text.split(/[\n,]+/)) {
    if (part.trim() === '') continue;
    const check = checkHostPattern(part);
    if (check.ok) {
      if (!patterns.includes(check.pattern)) patterns.push(check.pattern);
    } else errors.push(check.message);
  }
  return { patterns, errors };
}
