import { describe, expect, it } from 'vitest';
import { buildSearchIndex } from '../../../lib/search/build-index';
import { createSearchIndex, loadSearchIndex, searchEntities, addEntitiesToIndex, removeEntitiesFromIndex } from '../../../lib/search/query';
import { ENTITIES } from './entities';

const index = loadSearchIndex(JSON.stringify(buildSearchIndex(ENTITIES)));
const ids = (query: string, limit = 5) => searchEntities(index, query, limit).map((hit) => hit.id);

describe('search ranking', () => {
  it('finds a company from a prefix while typing', () => {
    expect(ids('unicr')[0]).toBe('unicredit');
    expect(ids('uni')).toEqual(expect.arrayContaining(['unicredit', 'unipol', 'unicef']));
  });

  it('tolerates a typo', () => {
    expect(ids('unicredt')[0]).toBe('unicredit');
    expect(ids('mediobnaca')[0]).toBe('mediobanca');
  });

  it('finds an entity by its press nickname and says which alias matched', () => {
    const [hit] = searchEntities(index, 'Piazzetta Cuccia', 5);
    expect(hit).toMatchObject({ id: 'mediobanca', matched: 'Piazzetta Cuccia' });
  });

  it('finds a company by its ticker', () => {
    const [hit] = searchEntities(index, 'NVDA', 5);
    expect(hit).toMatchObject({ id: 'nvidia', matched: 'NVDA' });
    expect(ids('ucg')[0]).toBe('unicredit');
  });

  it('ignores accents and case both ways', () => {
    expect(ids('societe generale')[0]).toBe('societe-generale');
    expect(ids('SOCIÉTÉ')[0]).toBe('societe-generale');
  });

  it('puts an exact alias before prefix matches and prefix before fuzzy', () => {
    // "Generali" is exactly one entity's name and a word of two others.
    expect(ids('generali')[0]).toBe('generali');
    // "Musk" is Elon Musk's alias exactly, and a prefix of Muskrat Holdings.
    expect(ids('musk').slice(0, 2)).toEqual(['elon-musk', 'muskrat-holdings']);
    // "unipo" is a prefix of Unipol; a fuzzy neighbour must not outrank it.
    const hits = searchEntities(index, 'unipo', 5);
    expect(hits[0]?.id).toBe('unipol');
    expect(Math.floor(hits[0]!.score)).toBe(2);
  });

  it('scores carry the tier so best matches come first', () => {
    const hits = searchEntities(index, 'banca', 10);
    const scores = hits.map((h) => h.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
  });

  it('returns nothing for an empty query and respects the limit', () => {
    expect(searchEntities(index, '   ', 5)).toEqual([]);
    expect(searchEntities(index, 'banca', 2)).toHaveLength(2);
  });

  it('includes the short description for the results list', () => {
    expect(searchEntities(index, 'nvidia', 1)[0]?.description).toBe('US chip designer.');
  });

  it('adds and removes fact-pack entities at run time', () => {
    const live = createSearchIndex(ENTITIES);
    addEntitiesToIndex(live, [{ id: 'pack:acme', kind: 'company', name: 'Acme Tessile', aliases: [], facts: [] }]);
    expect(searchEntities(live, 'acme', 3)[0]?.id).toBe('pack:acme');
    removeEntitiesFromIndex(live, ['pack:acme']);
    expect(searchEntities(live, 'acme', 3)).toEqual([]);
  });

  it('treats a name typed without its apostrophe or spaces as exact', () => {
    const [hit] = searchEntities(index, 'loreal', 3);
    expect(hit?.id).toBe('loreal');
    expect(Math.floor(hit!.score)).toBe(3);
  });

  it('with one unknown word, keeps results matching another word, not typo-only ones', () => {
    // No entity has both words: "piazza" matches Banco BPM's nickname; "pizza" is only a typo away.
    const hits = searchEntities(index, 'piazza affari', 5);
    expect(hits.map((h) => h.id)).toEqual(['banco-bpm']);
    expect(hits[0]?.matched).toBe('Piazza Meda');
  });
});
