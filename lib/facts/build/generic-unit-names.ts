/**
 * A unit known only from its owner's list and named by ordinary words ("Consumer Products" of
 * L'Oréal, "Industrial Solutions" of BASF, "Life Sciences" of Corning) is named so in a results
 * table, beside its owner. In running text the same words end other companies' names ("Godrej
 * Consumer Products", "Venn Life Sciences", "CG Power and Industrial Solutions"): such a name
 * counts only where the story names its owner or the unit itself plainly, as a short form that
 * counts only beside its full name does (judge.ts, the owner-context rule).
 */
import type { Entity } from '../schema';
import type { StubKind } from './alias-rows';

/** Flags a listed unit's ordinary-word names; returns how many aliases it flagged. */
export function flagGenericUnitNames(entities: readonly Entity[], stub: (e: Entity) => StubKind): number {
  let flagged = 0;
  for (const e of entities) {
    if (e.kind === 'person' || stub(e) !== 'listed') continue;
    for (const a of e.aliases) {
      if (a.flags?.ticker || a.flags?.place || !genericName(a.text)) continue;
      a.flags = { ...a.flags, ambiguous: true, needsContext: true, ownerContext: true, place: true };
      flagged++;
    }
  }
  return flagged;
}

/**
 * The words a division's label is made of: a trade's noun ("Products", "Solutions", "Sciences")
 * and the words that say which ("Consumer", "Industrial", "Crop"). A listed unit whose every
 * word is one of them is a label ("Consumer Products", "Agricultural Solutions", "Life
 * Sciences"); one with a word of its own ("Blizzard Entertainment", "Heartland Payment Systems",
 * "Air Wick") keeps its name.
 */
const DIVISION_HEADS =
  'products solutions sciences science industries services technologies technology systems health care banking networks ' +
  'materials electronics logistics chemicals coatings polymers plastics specialties businesses brands foods nutrition ' +
  'diagnostics devices instruments equipment components infrastructure automation engineering energy power mobility ' +
  'markets management investments insurance media entertainment software operations finance payments';
const DIVISION_WORDS: ReadonlySet<string> = new Set(
  (DIVISION_HEADS +
    ' consumer industrial agricultural digital personal corporate investment institutional wealth asset global specialty ' +
    'commercial business financial life animal crop human smart process surface performance adhesive electronic ' +
    'environmental critical connected mobile network cloud enterprise retail private community premier international home ' +
    'fabric professional medical precision mission combat marine electrical sensor interconnect motion contract custom ' +
    'battery hydrogen grid machine display compact food diabetes vision hearing behavioral capital real estate general ' +
    'advanced applied integrated new green renewable oilfield gas water air sea road rail land space defence defense ' +
    'aerospace transportation mission').split(/\s+/),
);
const HEADS: ReadonlySet<string> = new Set(DIVISION_HEADS.split(/\s+/));

/** Every word a division's word (see above), the last its trade's noun ("Electronics" of Merck alone too). */
function genericName(text: string): boolean {
  const parts = text.toLowerCase().split(/\s+/).filter((w) => !/^(?:and|of|&)$/.test(w));
  return parts.length >= 1 && HEADS.has(parts[parts.length - 1]!) && parts.every((w) => DIVISION_WORDS.has(w));
}
