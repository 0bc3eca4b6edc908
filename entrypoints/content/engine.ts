/**
 * The detection engine in the content script: the match index comes from the background once per
 * page (content scripts never open IndexedDB), figures and sentences are parsed locally.
 */
import { sendMessage } from '../../lib/messaging/client';
import { findMentions, loadMatchIndex, type MatchIndex, type MatchIndexData } from '../../lib/match/index';
import type { Correction } from '../../lib/match/types';
import type { Detector } from '../../lib/dom/detect';
import { parseFigures, sentenceAt } from '../../lib/money/index';

let indexPromise: Promise<MatchIndex> | null = null;
/** How long turning the index into typed arrays took on this page (one task; see docs/on-page.md). */
export const indexTimings = { loadMs: 0, messageMs: 0 };

/** Load the match index once per page (it is a few hundred KB of typed arrays). */
export function loadIndex(): Promise<MatchIndex> {
  const asked = performance.now();
  indexPromise ??= sendMessage('getMatchIndex', {}).then(({ index }) => {
    const t = performance.now();
    // The round trip includes the background's reply and the runtime's copy of the index into this page.
    indexTimings.messageMs = t - asked;
    const loaded = loadMatchIndex(index as MatchIndexData);
    indexTimings.loadMs = performance.now() - t;
    return loaded;
  });
  // A failed load (background restarting) may be retried by the next scan.
  indexPromise.catch(() => { indexPromise = null; });
  return indexPromise;
}

/** Corrections ("Not this") are honoured on every scan; failures mean none. */
export async function loadCorrections(): Promise<Correction[]> {
  try {
    return await sendMessage('listCorrections', {});
  } catch {
    return [];
  }
}

export function createDetector(index: MatchIndex, site: string, corrections: () => readonly Correction[]): Detector {
  return {
    entities: (text, lang) => findMentions(index, text, { ...(lang ? { lang } : {}), site, corrections: corrections() }),
    figures: (text, lang) => parseFigures(text, lang ? { lang } : {}),
    sentence: sentenceAt,
  };
}
