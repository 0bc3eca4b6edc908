import { describe, expect, it } from 'vitest';
import { flagFirstNames } from '../../../lib/facts/build/alias-rows';
import type { Entity } from '../../../lib/facts/schema';

const entity = (id: string, kind: Entity['kind'], name: string, aliases: string[] = []): Entity => ({ id, kind, name, aliases: [name, ...aliases].map((text) => ({ text })), facts: [] });

describe('a company named like several people\'s first name', () => {
  it('needs more than a capital: "Barbara" the lingerie maker, not Barbara Kux', () => {
    const entities = [
      entity('p:barbara-kux', 'person', 'Barbara Kux'),
      entity('p:barbara-frei', 'person', 'Barbara Frei'),
      entity('p:dana-walden', 'person', 'Dana Walden'),
      entity('c:barbara', 'company', 'Barbara', ['Barbara Lingerie']),
      entity('c:dana', 'company', 'Dana'),
      entity('c:siemens', 'company', 'Siemens'),
    ];
    expect(flagFirstNames(entities)).toBe(1);
    const flags = (id: string, text: string) => entities.find((e) => e.id === id)!.aliases.find((a) => a.text === text)!.flags;
    expect(flags('c:barbara', 'Barbara')).toEqual({ ambiguous: true, needsContext: true });
    // Two words are a name of their own; one person's first name is not yet a pattern.
    expect(flags('c:barbara', 'Barbara Lingerie')).toBeUndefined();
    expect(flags('c:dana', 'Dana')).toBeUndefined();
    expect(flags('c:siemens', 'Siemens')).toBeUndefined();
    // People keep their names as they are.
    expect(flags('p:barbara-kux', 'Barbara Kux')).toBeUndefined();
  });
});
