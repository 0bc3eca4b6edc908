/**
 * Cards render data as text only (issue 7: "Strings are always rendered as text"). This test
 * keeps every HTML-parsing sink out of the card code, so a later change cannot slip one in.
 */
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

const ROOTS = ['components/cards', 'lib/card', 'entrypoints/content/card'];
const SINKS = /\.innerHTML\s*=|\.outerHTML\s*=|dangerouslySetInnerHTML|insertAdjacentHTML|document\.write|createContextualFragment|DOMParser/;

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : /\.(ts|tsx)$/.test(name) ? [path] : [];
  });
}

describe('card code', () => {
  it('has no HTML-parsing sinks', () => {
    const offenders = ROOTS.flatMap(files).filter((f) => SINKS.test(readFileSync(f, 'utf8')));
    expect(offenders).toEqual([]);
  });

  it('links only through safeHttpUrl and always with noopener noreferrer', () => {
    const source = readFileSync('components/cards/source-links.tsx', 'utf8');
    expect(source).toContain('rel="noopener noreferrer"');
    const anchors = ROOTS.flatMap(files).filter((f) => /<a\s/.test(readFileSync(f, 'utf8')));
    expect(anchors).toEqual(['components/cards/source-links.tsx']);
  });
});
