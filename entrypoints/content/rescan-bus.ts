/**
 * A module-level signal inside the content script: the card's "Not this" action saved a
 * correction, so the page is scanned again with it (issue 5: corrections honoured on rescans).
 * In-process only: nothing reaches the page.
 */
const listeners = new Set<() => void>();

export function onCorrectionsChanged(cb: () => void): () => void {
  listeners.add(cb);
  return () => listeners.delete(cb);
}

/** CARDS calls this after `addCorrection` / `removeCorrection` succeed. */
export function correctionsChanged(): void {
  for (const cb of listeners) cb();
}
