/**
 * The design's boundaries, enforced on the source (docs/architecture.md):
 * - data is rendered as text: no innerHTML / dangerouslySetInnerHTML / insertAdjacentHTML anywhere;
 * - content scripts never open IndexedDB (it would be the page's database);
 * - lib/match and lib/money are pure: no DOM, no `browser`, no idb;
 * - no network APIs anywhere in the extension's code.
 */
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

function sourceFiles(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...sourceFiles(path));
    else if (/\.(ts|tsx)$/.test(name)) out.push(path);
  }
  return out;
}

const EXTENSION_CODE = ['lib', 'components', 'entrypoints'].flatMap(sourceFiles);
/** Strip comments so a comment explaining a rule does not trip it. */
const code = (file: string) => readFileSync(file, 'utf8').replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:])\/\/.*$/gm, '$1');

describe('source boundaries', () => {
  it('never builds HTML from strings', () => {
    const offenders = EXTENSION_CODE.filter((f) => /innerHTML|outerHTML|dangerouslySetInnerHTML|insertAdjacentHTML|document\.write/.test(code(f)));
    expect(offenders).toEqual([]);
  });

  it('keeps IndexedDB out of content-script code', () => {
    const contentSide = EXTENSION_CODE.filter((f) => f.startsWith('entrypoints/content') || f.startsWith('lib/dom') || f.startsWith('lib/card') || f.startsWith('components/'));
    const offenders = contentSide.filter((f) => /indexedDB|from ['"]idb['"]|lib\/facts\/(db|seed|query)/.test(code(f)));
    expect(offenders).toEqual([]);
  });

  it('keeps lib/match and lib/money pure (no DOM, no browser, no idb)', () => {
    const pure = EXTENSION_CODE.filter((f) => f.startsWith('lib/match') || f.startsWith('lib/money'));
    expect(pure.length).toBeGreaterThan(0);
    const offenders = pure.filter((f) => /\b(document|window|navigator)\.|wxt\/browser|webextension-polyfill|from ['"]idb['"]|#imports/.test(code(f)));
    expect(offenders).toEqual([]);
  });

  it('makes no network requests', () => {
    const offenders = EXTENSION_CODE.filter((f) => /XMLHttpRequest|WebSocket|EventSource|sendBeacon|fetch\(\s*['"`]https?:/.test(code(f)));
    expect(offenders).toEqual([]);
  });
});
