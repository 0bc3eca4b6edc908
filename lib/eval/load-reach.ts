/** Reads the issue 8 coverage fixtures: tests/fixtures/reach/<lang>/*.txt (format in reach.ts). */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CORPUS_LANGS, REACH_DIR } from './paths';
import { parseReachDoc, type ReachDoc } from './reach';

export function loadReachDocs(root = REACH_DIR): ReachDoc[] {
  const docs: ReachDoc[] = [];
  for (const lang of CORPUS_LANGS) {
    const dir = join(root, lang);
    if (!existsSync(dir)) continue;
    for (const name of readdirSync(dir).filter((n) => n.endsWith('.txt')).sort()) {
      docs.push(parseReachDoc(readFileSync(join(dir, name), 'utf8'), `${lang}/${name}`, lang));
    }
  }
  return docs;
}
