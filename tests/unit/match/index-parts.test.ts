/**
 * The match index ships as a head and parts (lib/match/index-parts.ts): joined again it is the
 * object compileMatchIndex made, so it finds exactly what the one-file index finds; a one-file
 * index still reads as it is; a missing or malformed part gives an error that names the file.
 */
import { describe, expect, it } from 'vitest';
import { aliasEntries } from '../../../lib/facts/alias-entries';
import { compileMatchIndex, findMentions, loadMatchIndex, type MatchIndexData } from '../../../lib/match/index';
import { joinMatchIndex, MATCH_INDEX_FILE, MATCH_PART_NAME, matchIndexPartNames, readMatchIndex, splitMatchIndex } from '../../../lib/match/index-parts';
import { ENTITIES } from '../store/small-bundle';

const { aliases, indexed } = aliasEntries(ENTITIES);
const INDEX = compileMatchIndex(aliases, indexed, { blockList: ['OpenAI Oversight Council'] });
const TEXT = 'Elon Musk and OpenAI: xAI, Apple and the OpenAI Oversight Council met on Monday.';
const bytes = (value: unknown) => new TextEncoder().encode(JSON.stringify(value)).length;

/** Files as the build writes them: JSON text, read back with JSON.parse. */
function shipped(partBytes?: number): Map<string, unknown> {
  const { head, parts } = splitMatchIndex(INDEX, partBytes);
  const files = new Map<string, unknown>([[MATCH_INDEX_FILE, head]]);
  parts.forEach((part, i) => files.set(head.parts[i]!, part));
  return new Map([...files].map(([name, value]) => [name, JSON.parse(JSON.stringify(value)) as unknown]));
}
const reader = (files: Map<string, unknown>) => async (name: string) => {
  if (!files.has(name)) throw new Error(`${name} is missing`);
  return files.get(name);
};

describe('match index parts', () => {
  it('keeps only the format and the list of parts in the head, and cuts the fields into parts under the target size', () => {
    const partBytes = 300;
    const files = shipped(partBytes);
    const head = files.get(MATCH_INDEX_FILE) as { format: number; parts: string[] };
    expect(Object.keys(head).sort()).toEqual(['format', 'parts']);
    expect(head.format).toBe(INDEX.format);
    expect(head.parts.length).toBeGreaterThan(2);
    expect(matchIndexPartNames(head)).toEqual(head.parts);
    for (const name of head.parts) {
      expect(name).toMatch(MATCH_PART_NAME);
      const part = files.get(name) as Record<string, unknown>;
      // Over the target only when one value alone is larger (a part of its own then).
      const values = Object.values(part).flatMap((v) => (v && typeof v === 'object' && !Array.isArray(v) ? Object.values(v) : [v]));
      if (values.length > 1) expect(bytes(part), name).toBeLessThanOrEqual(partBytes);
    }
    // `joined` and `packed` are larger than a part: their own fields travel in several parts.
    for (const field of ['joined', 'packed']) expect(head.parts.filter((name) => field in (files.get(name) as object)).length, field).toBeGreaterThan(1);
  });

  it('joined again, is the object compileMatchIndex made and finds the same mentions', async () => {
    const whole = JSON.parse(JSON.stringify(INDEX)) as MatchIndexData;
    const expected = findMentions(loadMatchIndex(whole), TEXT, { lang: 'en' });
    expect(expected.map((m) => m.id)).toContain('c.openai');
    for (const partBytes of [undefined, 1_000, 300, 100]) {
      const joined = await readMatchIndex(reader(shipped(partBytes)));
      expect(joined, String(partBytes)).toEqual(whole);
      expect(findMentions(loadMatchIndex(joined), TEXT, { lang: 'en' })).toEqual(expected);
    }
    // At the default size the small index is one part.
    expect((shipped().get(MATCH_INDEX_FILE) as { parts: string[] }).parts).toEqual(['match-index-1.json']);
  });

  it('reads a one-file index (an older build, or a test serving compileMatchIndex output) as it is', async () => {
    const files = new Map<string, unknown>([[MATCH_INDEX_FILE, JSON.parse(JSON.stringify(INDEX))]]);
    expect(await readMatchIndex(reader(files))).toEqual(files.get(MATCH_INDEX_FILE));
    expect(matchIndexPartNames(INDEX)).toEqual([]);
  });

  it('says which file is missing or malformed', async () => {
    const files = shipped(1_000);
    const names = (files.get(MATCH_INDEX_FILE) as { parts: string[] }).parts;
    const without = new Map(files);
    without.delete(names[1]!);
    await expect(readMatchIndex(reader(without))).rejects.toThrow(`${names[1]} is missing`);
    // A reader whose error does not name the file gets it named.
    await expect(readMatchIndex(async (name) => {
      if (name === names[2]) throw new Error('404');
      return files.get(name);
    })).rejects.toThrow(`match index: cannot read ${names[2]}: 404`);
    await expect(readMatchIndex(reader(new Map([...files, [names[0]!, ['not', 'fields']]])))).rejects.toThrow(`${names[0]} is not an object of index fields`);
    const badName = { ...(files.get(MATCH_INDEX_FILE) as object), parts: ['../bundle.json'] };
    await expect(readMatchIndex(reader(new Map([...files, [MATCH_INDEX_FILE, badName]])))).rejects.toThrow('bad part name "../bundle.json"');
    await expect(readMatchIndex(reader(new Map([...files, [MATCH_INDEX_FILE, { format: 6, parts: [] }]])))).rejects.toThrow('bad list of parts');
    await expect(readMatchIndex(reader(new Map([[MATCH_INDEX_FILE, 'oops']])))).rejects.toThrow(`${MATCH_INDEX_FILE} is not an object`);
    // A part that gives a field another part (or the head) gives too.
    const twice = new Map([...files, [names[1]!, { ...(files.get(names[1]!) as object), format: 7 }]]);
    await expect(readMatchIndex(reader(twice))).rejects.toThrow(`${names[1]} gives format again`);
    expect(() => joinMatchIndex(files.get(MATCH_INDEX_FILE), [])).toThrow(`names ${names.length} parts, 0 given`);
  });
});
