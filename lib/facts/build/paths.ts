/** Filesystem locations of the fact build (Node only). */
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root: the nearest folder above this file with a package.json. */
export function projectRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, 'package.json'))) {
    const up = dirname(dir);
    if (up === dir) throw new Error('backstory: cannot find the project root (package.json)');
    dir = up;
  }
  return dir;
}

export const DATA_DIR = (root = projectRoot()) => join(root, 'data');
export const OUT_DIR = (root = projectRoot()) => join(root, 'public', 'facts');
