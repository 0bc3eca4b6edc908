/**
 * Issue 8, "How we will check it": of the organisations and business people a business article
 * names, how many get a card with cited facts (target 90 % / 80 % on unseen articles). Our nine
 * fixture sets were written without looking at the data (tests/fixtures/reach*); the floors
 * below sit a little under today's measured coverage, so a data or matcher change that loses
 * cards fails here. The measured numbers are in docs/data.md.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { loadIndexFromDisk, scanContent } from '../../lib/cli/scan-core';
import { loadBundleFromDisk } from '../../lib/facts/load-bundle-node';
import { loadReachDocs } from '../../lib/eval/load-reach';
import { REACH_DIR, REACH_HELDOUT_C_DIR, REACH_HELDOUT_D_DIR, REACH_HELDOUT_DIR, REACH_HELDOUT_E_DIR, REACH_HELDOUT_F_DIR, REACH_HELDOUT_G_DIR, REACH_HELDOUT_H_DIR, REACH_HELDOUT_I_DIR, REACH_HELDOUT_J_DIR, REACH_HELDOUT_K_DIR, REACH_HELDOUT_L_DIR, REACH_HELDOUT_M_DIR, REACH_HELDOUT_N_DIR } from '../../lib/eval/paths';
import { coverage, reachTotals, scoreReach } from '../../lib/eval/reach';
import type { FactBundle } from '../../lib/facts/schema';
import type { MatchIndex } from '../../lib/match/index';

/**
 * Regression floors per set, a little under what was measured on 2026-11-30 (organisations /
 * people) after the fourteenth data round: A 97.5 % / 98.3 %, B 96.6 % / 98.3 %, C 97.4 % / 96.7 %,
 * D 94.3 % / 87.4 %, E 93.8 % / 96.8 %, F 83.3 % / 80.8 %, G 81.3 % / 71.7 %, H 75.6 % / 74.1 %,
 * I 89.5 % / 67.0 %, J 81.2 % / 81.6 %, K 84.3 % / 71.8 %, L 76.4 % / 64.4 %, M 81.1 % / 81.0 %.
 * A to E and I are no longer held out (data rounds drew on their misses). The honest figures are each
 * set's one untuned first run: C 64.8 % / 51.6 %, D 55.8 % / 44.7 %, E 65.2 % / 58.9 %,
 * F 72.7 % / 61.6 %, G 73.5 % / 56.6 %, H 69.3 % / 62.1 %, I 79.2 % / 53.8 % before round 11 and
 * 80.4 % / 53.8 % after it, J 78.0 % / 73.8 % before round 12 and 80.3 % / 78.6 % after it,
 * K 82.5 % / 69.2 % (written after round 12), L 75.1 % / 62.4 % before round 13 and
 * 76.4 % / 64.4 % after it, M 80.7 % / 81.0 % before round 14 and 81.1 % / 81.0 % after it
 * (docs/detection.md). After round 16 (2026-12-01): F 87.4 / 83.8, G 83.0 / 72.7, H 76.4 / 74.1,
 * I 89.1 / 69.8, J 83.9 / 86.4, K 84.8 / 78.6, L 79.1 / 68.3, M 81.9 / 81.0; N (written during
 * round 16, scored before it) 91.4 / 87.8 first run, 91.8 / 88.5 after. After round 17: F 87.4 / 84.8,
 * G 86.3 / 75.8, H 78.4 / 77.6, I 89.5 / 71.7, J 84.4 / 89.3, K 86.2 / 81.2, L 79.6 / 68.3,
 * M 82.4 / 81.9, N 91.8 / 90.1. After round 18: C 97.4 / 97.8, D 94.3 / 89.3, E 94.7 / 96.8,
 * F 87.9 / 84.8, G 87.1 / 78.8, H 79.6 / 78.4, I 89.9 / 72.6, J 84.9 / 89.3, K 86.6 / 82.9,
 * L 80.4 / 69.3, M 83.6 / 82.9, N 92.2 / 93.1. After round 19 (and the b4 fixes): D 94.8 / 90.3,
 * F 88.3 / 84.8, G 87.6 / 80.8, H 80.8 / 79.3, I 90.7 / 72.6, J 84.9 / 89.3, K 87.1 / 82.9,
 * L 81.8 / 70.3, M 84.0 / 84.8, N 92.2 / 93.1. After round 20 (and the b6 fixes): G 87.6 / 81.8,
 * H 81.6 / 81.0, I 90.7 / 73.6, K 87.1 / 84.6, N 92.2 / 93.9; the rest unchanged.
 */
const FLOORS: Record<string, { org: number; person: number }> = {
  'set A': { org: 0.93, person: 0.95 },
  'held-out set B': { org: 0.93, person: 0.95 },
  'held-out set C': { org: 0.94, person: 0.95 },
  'held-out set D': { org: 0.92, person: 0.88 },
  'held-out set E': { org: 0.92, person: 0.94 },
  'held-out set F': { org: 0.85, person: 0.83 },
  'held-out set G': { org: 0.85, person: 0.8 },
  'held-out set H': { org: 0.8, person: 0.79 },
  'held-out set I': { org: 0.89, person: 0.72 },
  'held-out set J': { org: 0.83, person: 0.87 },
  'held-out set K': { org: 0.85, person: 0.83 },
  'held-out set L': { org: 0.8, person: 0.68 },
  'held-out set M': { org: 0.82, person: 0.83 },
  'held-out set N': { org: 0.91, person: 0.92 },
};
const MAX_STRAY_SHARE = 0.03;
const FACTS_BUILD_TIMEOUT_MS = 180_000;

let bundle: FactBundle;
let index: MatchIndex;
beforeAll(async () => {
  [bundle, index] = [await loadBundleFromDisk(), await loadIndexFromDisk()];
}, FACTS_BUILD_TIMEOUT_MS);

describe.each([['set A', REACH_DIR], ['held-out set B', REACH_HELDOUT_DIR], ['held-out set C', REACH_HELDOUT_C_DIR], ['held-out set D', REACH_HELDOUT_D_DIR], ['held-out set E', REACH_HELDOUT_E_DIR], ['held-out set F', REACH_HELDOUT_F_DIR], ['held-out set G', REACH_HELDOUT_G_DIR], ['held-out set H', REACH_HELDOUT_H_DIR], ['held-out set I', REACH_HELDOUT_I_DIR], ['held-out set J', REACH_HELDOUT_J_DIR], ['held-out set K', REACH_HELDOUT_K_DIR], ['held-out set L', REACH_HELDOUT_L_DIR], ['held-out set M', REACH_HELDOUT_M_DIR], ['held-out set N', REACH_HELDOUT_N_DIR]])('reach coverage, %s', (name, dir) => {
  it('has articles in all five languages with organisations and people marked', () => {
    const docs = loadReachDocs(dir);
    expect(new Set(docs.map((d) => d.lang))).toEqual(new Set(['it', 'en', 'fr', 'de', 'es']));
    expect(docs.every((d) => d.names.some((n) => n.kind === 'org') && d.names.some((n) => n.kind === 'person'))).toBe(true);
  });

  it('gives most named organisations and people a card with cited facts', () => {
    const docs = loadReachDocs(dir).map((doc) => ({ doc, mentions: scanContent(index, { content: doc.text, html: false, lang: doc.lang }).mentions }));
    const report = scoreReach(bundle, docs);
    const all = reachTotals(report);
    expect(coverage(all.org)).toBeGreaterThanOrEqual(FLOORS[name]!.org);
    expect(coverage(all.person)).toBeGreaterThanOrEqual(FLOORS[name]!.person);
    // Precision: the writers mark every organisation and person, so marks elsewhere are mostly
    // false positives (docs/detection.md: 0.6-2.5 % per set, 1.3 % over B-J on 2026-11-30).
    expect(report.strays.length / report.marks).toBeLessThanOrEqual(MAX_STRAY_SHARE);
  });
});
