/**
 * Where e2e runs put screenshots and measurements. A normal test run (CI, `npm test`) writes them
 * under the build output so the working tree stays clean; `BACKSTORY_DOCS=1 npm run test:e2e`
 * refreshes the copies in docs/ that the documentation shows.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { OUTPUT_DIR } from './chromium';

export function artifactDir(kind: 'screenshots' | 'measurements'): string {
  const dir = process.env.BACKSTORY_DOCS === '1' ? join('docs', kind) : join(OUTPUT_DIR, 'e2e-artifacts', kind);
  mkdirSync(dir, { recursive: true });
  return dir;
}
