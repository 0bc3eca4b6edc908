/**
 * A company's own people or owner named plainly are evidence for its ambiguous name
 * ("Tesla, run by Elon Musk, ..."): a careful reader needs nothing more, even at a sentence start.
 */
import { describe, expect, it } from 'vitest';
import { compileMatchIndex, findMentions, indexAliases, indexedEntities, loadMatchIndex } from '../../../lib/match/index';
import type { AliasEntry, IndexedEntity } from '../../../lib/match/types';

const AMB = { ambiguous: true, needsContext: true };
const entities: IndexedEntity[] = [
  { id: 'c:tesla', kind: 'company', name: 'Tesla, Inc.', related: ['p:elon-musk'] },
  { id: 'p:elon-musk', kind: 'person', name: 'Elon Musk', related: ['c:tesla'] },
  { id: 'p:tim-cook', kind: 'person', name: 'Tim Cook' },
];
const aliases: AliasEntry[] = [
  { text: 'Tesla', entityId: 'c:tesla', kind: 'company', flags: AMB },
  { text: 'Tesla, Inc.', entityId: 'c:tesla', kind: 'company', flags: {} },
  { text: 'Elon Musk', entityId: 'p:elon-musk', kind: 'person', flags: {} },
  { text: 'Tim Cook', entityId: 'p:tim-cook', kind: 'person', flags: {} },
];
const index = loadMatchIndex(compileMatchIndex(aliases, entities));
const surfaces = (text: string) => findMentions(index, text, { lang: 'en' }).map((m) => m.surface);

describe('evidence from related entities', () => {
  it('accepts a sentence-initial ambiguous name when its chief executive is named plainly', () => {
    expect(surfaces('Tesla, run by Elon Musk, said it would build two plants.')).toEqual(['Tesla', 'Elon Musk']);
    expect(surfaces('Tesla said it would build two plants. Elon Musk was not at the event.')).toEqual(['Tesla', 'Elon Musk']);
  });

  it('does not accept it without the relation: an unrelated person is no evidence', () => {
    expect(surfaces('Tesla said it would build two plants. Tim Cook was not at the event.')).toEqual(['Tim Cook']);
  });

  it('never turns a lower-case common word into the company', () => {
    expect(surfaces('One tesla is a unit of flux density, Elon Musk noted.')).toEqual(['Elon Musk']);
  });

  it('keeps the relations when a fact pack recompiles the shipped index (they travel only in its packed arrays)', () => {
    const shipped = JSON.parse(JSON.stringify(compileMatchIndex(aliases, entities)));
    expect(shipped.entities).toBeUndefined();
    expect(Object.keys(shipped.joined).sort()).toEqual(['aliases', 'idEntities', 'ids', 'kinds', 'nameAlias', 'names']);
    expect(indexedEntities(shipped)).toEqual(entities);
    const recompiled = loadMatchIndex(compileMatchIndex(indexAliases(shipped), indexedEntities(shipped)));
    expect(findMentions(recompiled, 'Tesla, run by Elon Musk, said it would build two plants.', { lang: 'en' }).map((m) => m.surface)).toEqual(['Tesla', 'Elon Musk']);
  });
});

describe('a surname that is also a word, after a definite article', () => {
  const rows: IndexedEntity[] = [{ id: 'p:gianni-franco-papa', kind: 'person', name: 'Gianni Franco Papa' }];
  const papa = loadMatchIndex(
    compileMatchIndex(
      [
        { text: 'Gianni Franco Papa', entityId: 'p:gianni-franco-papa', kind: 'person', flags: {} },
        { text: 'Papa', entityId: 'p:gianni-franco-papa', kind: 'person', flags: { surname: true, ambiguous: true, needsContext: true } },
      ],
      rows,
    ),
  );
  it('is the common noun ("il Papa" is the Pope), while the surname alone is the banker', () => {
    const text = "L'amministratore delegato Gianni Franco Papa ha parlato. Papa ha presentato il piano mentre il Papa riceveva i fedeli.";
    expect(findMentions(papa, text, { lang: 'it' }).map((m) => [m.surface, m.start])).toEqual([
      ['Gianni Franco Papa', 26],
      ['Papa', 57],
    ]);
  });
});

describe('exchange labels', () => {
  const ix = loadMatchIndex(
    compileMatchIndex(
      [
        { text: 'Nasdaq', entityId: 'c:nasdaq', kind: 'company', flags: {} },
        { text: 'NVDA', entityId: 'c:nvidia', kind: 'company', flags: { ticker: true, caseSensitive: true } },
      ],
      [
        { id: 'c:nasdaq', kind: 'company', name: 'Nasdaq, Inc.' },
        { id: 'c:nvidia', kind: 'company', name: 'Nvidia' },
      ],
    ),
  );
  it('"NASDAQ:NVDA" names the exchange, not the company, wherever the text ends', () => {
    for (const text of ['NASDAQ:NVDA', 'NASDAQ:NVDA\n\n, poi', '(NASDAQ: NVDA) sale']) {
      expect(findMentions(ix, text, { lang: 'en' }).map((m) => m.id)).toEqual(['c:nvidia']);
    }
  });
});

describe('a brand known only from its owner\'s list, named by an ordinary word', () => {
  // "Ora" (Italian "now") is a Great Wall Motor car brand; "gruppo", "Borsa" and the like are in
  // every business article, so a company cue is no evidence for it.
  const LISTED = { ambiguous: true, needsContext: true, ownerContext: true };
  const rows: IndexedEntity[] = [
    { id: 'b:ora', kind: 'brand', name: 'Ora', related: ['c:gwm'] },
    { id: 'c:gwm', kind: 'company', name: 'Great Wall Motor', related: ['b:ora'] },
    { id: 'c:mps', kind: 'company', name: 'Monte dei Paschi' },
  ];
  const list: AliasEntry[] = [
    { text: 'Ora', entityId: 'b:ora', kind: 'brand', flags: LISTED },
    { text: 'Great Wall Motor', entityId: 'c:gwm', kind: 'company', flags: {} },
    { text: 'Monte dei Paschi', entityId: 'c:mps', kind: 'company', flags: {} },
  ];
  const ix = loadMatchIndex(compileMatchIndex(list, rows));
  const found = (text: string, lang: string) => findMentions(ix, text, { lang }).map((m) => m.surface);

  it('is not taken on a company cue alone (a sentence start, an all-caps heading)', () => {
    expect(found('Ora il gruppo Monte dei Paschi dovrà decidere cosa fare della quota.', 'it')).toEqual(['Monte dei Paschi']);
    expect(found('ORA LA BORSA FESTEGGIA IL GRUPPO', 'it')).toEqual([]);
  });

  it('is taken when its owner is named in the text, or by a capital nothing explains', () => {
    expect(found('Great Wall Motor porterà in Europa i modelli elettrici. Ora punta sulle citycar.', 'it')).toEqual(['Great Wall Motor', 'Ora']);
    expect(found('Le vendite delle elettriche Ora sono salite del 20 %.', 'it')).toEqual(['Ora']);
  });
});

describe('a brand known only from its owner\'s list and named like a town', () => {
  // Fedrigoni's paper brand "Fabriano" shares its name with the town of its mills.
  const TOWN = { ambiguous: true, needsContext: true, ownerContext: true, place: true };
  const rows: IndexedEntity[] = [
    { id: 'b:fabriano', kind: 'brand', name: 'Fabriano', related: ['c:fedrigoni'] },
    { id: 'c:fedrigoni', kind: 'company', name: 'Fedrigoni', related: ['b:fabriano'] },
  ];
  const list: AliasEntry[] = [
    { text: 'Fabriano', entityId: 'b:fabriano', kind: 'brand', flags: TOWN },
    { text: 'Fedrigoni', entityId: 'c:fedrigoni', kind: 'company', flags: {} },
  ];
  const ix = loadMatchIndex(compileMatchIndex(list, rows));
  const found = (text: string, lang: string) => findMentions(ix, text, { lang }).map((m) => m.surface);

  it('is no mention where only its capital speaks for it: towns have capitals too', () => {
    expect(found('Lo stabilimento di Fabriano resterà aperto fino a marzo.', 'it')).toEqual([]);
    expect(found('The bakery chain opened a shop near Fabriano last year.', 'en')).toEqual([]);
  });

  it('is the brand when its owner is named in the text', () => {
    expect(found('Fedrigoni rilancia la carta da disegno: le vendite di Fabriano crescono.', 'it')).toEqual(['Fedrigoni', 'Fabriano']);
  });
});

describe('two companies of one short name, one of them with kin in the story', () => {
  // Metro AG (German wholesaler) and Metro Inc. (Quebec grocer, owner of the Jean Coutu
  // pharmacies) both go by "Metro". The first pass gives every "Metro" to the first of them; that
  // acceptance, by the very name the two share, is no evidence against the one whose unit the
  // story names, however often the name recurs.
  const rows: IndexedEntity[] = [
    { id: 'c:metro', kind: 'company', name: 'Metro AG' },
    { id: 'c:metro-canada', kind: 'company', name: 'Metro Inc.', related: ['b:jean-coutu'] },
    { id: 'b:jean-coutu', kind: 'brand', name: 'Jean Coutu', related: ['c:metro-canada'] },
  ];
  const list: AliasEntry[] = [
    { text: 'Metro', entityId: 'c:metro', kind: 'company', flags: AMB },
    { text: 'Metro AG', entityId: 'c:metro', kind: 'company', flags: {} },
    { text: 'Metro', entityId: 'c:metro-canada', kind: 'company', flags: AMB },
    { text: 'Metro Inc.', entityId: 'c:metro-canada', kind: 'company', flags: {} },
    { text: 'Jean Coutu', entityId: 'b:jean-coutu', kind: 'brand', flags: {} },
  ];
  const ix = loadMatchIndex(compileMatchIndex(list, rows));
  const found = (text: string) => findMentions(ix, text, { lang: 'fr' }).map((m) => [m.surface, m.id]);
  const story = [
    'Les pharmacies Jean Coutu portent les résultats de Metro.',
    "Le bénéfice net de Metro a atteint 258 millions $ au trimestre.",
    "L'action de Metro a gagné 2,3 % à la Bourse de Toronto.",
  ];

  it('gives every "Metro" to the company whose pharmacies the story names', () => {
    expect(found(story.join(' '))).toEqual([
      ['Jean Coutu', 'b:jean-coutu'],
      ['Metro', 'c:metro-canada'],
      ['Metro', 'c:metro-canada'],
      ['Metro', 'c:metro-canada'],
    ]);
  });

  it('keeps the first company where nothing in the story speaks for the other', () => {
    expect(found(story.slice(1).join(' ')).map(([, id]) => id)).toEqual(['c:metro', 'c:metro']);
  });
});
