/**
 * Whatever storage holds, reading it gives settings that are valid field by field, and valid
 * stored fields survive untouched (fast-check).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, type Settings } from '../../../lib/settings/defaults';
import { checkHostPattern } from '../../../lib/settings/host-pattern';
import { assertValidPatch, validateSettings } from '../../../lib/settings/validate';

const KEYS = Object.keys(DEFAULT_SETTINGS) as Array<keyof Settings>;

describe('validateSettings (property)', () => {
  it('always returns complete, valid settings, whatever is stored', () => {
    const storedShape = fc.dictionary(fc.constantFrom(...KEYS, 'extra', '__proto__'), fc.anything(), { maxKeys: 16 });
    fc.assert(
      fc.property(fc.oneof(storedShape, fc.anything()), (stored) => {
        const { settings } = validateSettings(stored);
        expect(Object.keys(settings).sort()).toEqual([...KEYS].sort());
        expect(() => assertValidPatch(settings)).not.toThrow();
      }),
      { numRuns: 500 },
    );
  });

  it('keeps every valid field and reports only the replaced ones', () => {
    const field = fc.constantFrom(...KEYS);
    fc.assert(
      fc.property(field, fc.anything(), (key, junk) => {
        const stored = { ...DEFAULT_SETTINGS, theme: 'dark', dwellMs: 700, [key]: junk };
        const { settings, replaced } = validateSettings(stored);
        for (const other of KEYS) if (other !== key) expect(settings[other]).toEqual(stored[other]);
        expect(replaced.every((k) => k === key)).toBe(true);
      }),
      { numRuns: 500 },
    );
  });
});

describe('checkHostPattern (property)', () => {
  it('is idempotent: an accepted pattern checks as itself', () => {
    const label = fc.stringMatching(/^[a-z0-9]([a-z0-9-]{0,10}[a-z0-9])?$/);
    const host = fc.tuple(fc.boolean(), fc.array(label, { minLength: 2, maxLength: 4 }), fc.boolean()).map(
      ([wild, labels, upper]) => `${wild ? '*.' : ''}${labels.join('.')}`[upper ? 'toUpperCase' : 'toLowerCase'](),
    );
    fc.assert(
      fc.property(fc.oneof(host, fc.string()), (input) => {
        const first = checkHostPattern(input);
        if (!first.ok) return;
        expect(checkHostPattern(first.pattern)).toEqual(first);
      }),
      { numRuns: 1000 },
    );
  });
});
