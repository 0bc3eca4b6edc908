import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../../../lib/settings/defaults';
import { checkHostPattern, hostMatches, parseHostList } from '../../../lib/settings/host-pattern';
import { isEnabledForHost, setSiteEnabled } from '../../../lib/settings/sites';

describe('host patterns', () => {
  it('accepts hosts and wildcard hosts, normalised', () => {
    expect(checkHostPattern('Example.COM')).toEqual({ ok: true, pattern: 'example.com' });
    expect(checkHostPattern(' *.ilsole24ore.com ')).toEqual({ ok: true, pattern: '*.ilsole24ore.com' });
    expect(checkHostPattern('corriere.it.')).toEqual({ ok: true, pattern: 'corriere.it' });
  });

  it('rejects URLs, paths, spaces and bad labels with a message that says what to do', () => {
    const message = (s: string) => {
      const check = checkHostPattern(s);
      return check.ok ? '' : check.message;
    };
    expect(message('https://www.example.com/news')).toMatch(/web address.*www\.example\.com/);
    expect(message('example.com/news')).toMatch(/path/);
    expect(message('exa mple.com')).toMatch(/space/);
    expect(message('-bad.com')).toMatch(/invalid part "-bad"/);
    expect(message('a..com')).toMatch(/invalid part ""/);
    expect(message('ex_ample.com')).toMatch(/invalid part/);
    expect(message('foo.*.com')).toMatch(/only allowed as "\*\." at the start/);
    expect(message('example')).toMatch(/needs a domain/);
    expect(message('example.com:8080')).toMatch(/port/);
    expect(message('')).toMatch(/Empty/);
  });

  it('matches exact hosts (with www.) and wildcards (with the bare domain)', () => {
    expect(hostMatches('example.com', 'example.com')).toBe(true);
    expect(hostMatches('example.com', 'www.example.com')).toBe(true);
    expect(hostMatches('example.com', 'news.example.com')).toBe(false);
    expect(hostMatches('*.example.com', 'a.b.example.com')).toBe(true);
    expect(hostMatches('*.example.com', 'example.com')).toBe(true);
    expect(hostMatches('*.example.com', 'badexample.com')).toBe(false);
  });

  it('parses a textarea into patterns and errors, dropping duplicates', () => {
    expect(parseHostList('a.com\n\n*.b.org, a.com\nhttp://c.net/x')).toEqual({
      patterns: ['a.com', '*.b.org'],
      errors: [expect.stringMatching(/web address/)],
    });
  });
});

describe('isEnabledForHost', () => {
  const base = { ...DEFAULT_SETTINGS };
  it('follows the global switch, the popup switch and the site mode', () => {
    expect(isEnabledForHost(base, 'news.example.com')).toBe(true);
    expect(isEnabledForHost({ ...base, enabled: false }, 'news.example.com')).toBe(false);
    expect(isEnabledForHost({ ...base, disabledSites: ['*.example.com'] }, 'news.example.com')).toBe(false);
    expect(isEnabledForHost({ ...base, siteMode: 'only-listed', sites: ['corriere.it'] }, 'www.corriere.it')).toBe(true);
    expect(isEnabledForHost({ ...base, siteMode: 'only-listed', sites: ['corriere.it'] }, 'repubblica.it')).toBe(false);
    expect(isEnabledForHost({ ...base, siteMode: 'except-listed', sites: ['corriere.it'] }, 'corriere.it')).toBe(false);
    expect(isEnabledForHost({ ...base, siteMode: 'except-listed', sites: ['corriere.it'] }, 'repubblica.it')).toBe(true);
  });

  it('the popup switch turns a site off and back on in every mode', () => {
    for (const siteMode of ['everywhere', 'only-listed', 'except-listed'] as const) {
      const start = { ...base, siteMode, sites: siteMode === 'except-listed' ? ['www.corriere.it'] : [] };
      const on = { ...start, ...setSiteEnabled(start, 'www.corriere.it', true) };
      expect(isEnabledForHost(on, 'www.corriere.it')).toBe(true);
      const off = { ...on, ...setSiteEnabled(on, 'www.corriere.it', false) };
      expect(isEnabledForHost(off, 'www.corriere.it')).toBe(false);
      expect(isEnabledForHost({ ...off, ...setSiteEnabled(off, 'www.corriere.it', true) }, 'www.corriere.it')).toBe(true);
    }
  });
});
