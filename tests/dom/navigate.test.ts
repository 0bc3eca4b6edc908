// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { nextMention } from '../../lib/dom/navigate';
import type { StoredMention } from '../../lib/dom/mention-store';
import { guessLang, pageLang } from '../../entrypoints/content/page-lang';

const ms = ['a', 'b', 'c', 'd'].map((key) => ({ key }) as StoredMention);

describe('keyboard navigation order', () => {
  it('moves from the last mention, wrapping around at both ends', () => {
    expect(nextMention(ms, 'next', 'b', () => true)?.key).toBe('c');
    expect(nextMention(ms, 'next', 'd', () => true)?.key).toBe('a');
    expect(nextMention(ms, 'previous', 'a', () => true)?.key).toBe('d');
  });
  it('starts from the viewport when nothing was visited (or the last mention is gone)', () => {
    const below = (m: StoredMention) => m.key >= 'c';
    expect(nextMention(ms, 'next', null, below)?.key).toBe('c');
    expect(nextMention(ms, 'previous', 'gone', below)?.key).toBe('b');
    expect(nextMention([], 'next', null, below)).toBeNull();
  });
});

describe('page language', () => {
  it('prefers <html lang>, else guesses from stop words', () => {
    document.documentElement.setAttribute('lang', 'it-IT');
    expect(pageLang(document, null)).toBe('it');
    document.documentElement.removeAttribute('lang');
    expect(guessLang('Die Bank und der Vorstand haben das nicht mit den Aktionären besprochen')).toBe('de');
    expect(guessLang('El banco y los accionistas de la empresa para el año')).toBe('es');
    expect(guessLang('xyz')).toBeUndefined();
  });
});
