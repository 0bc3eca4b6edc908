/**
 * `npm run test:e2e`: make sure the browsers exist, build both extensions from the current
 * source, then run tests/e2e/**.spec.ts (vitest.e2e.config.ts). Extra args go to vitest.
 */
import { ensureBrowsers } from './lib/ensure-browsers';
import { run } from './lib/run';

async function main(): Promise<number> {
  ensureBrowsers(['chromium', 'firefox-esr']);
  if (!process.argv.includes('--no-build')) {
    const built = await run('npm', ['run', '--silent', 'build']);
    if (built !== 0) return built;
  }
  const extra = process.argv.slice(2).filter((a) => a !== '--no-build');
  return run('npx', ['vitest', 'run', '-c', 'vitest.e2e.config.ts', ...extra]);
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(`test:e2e: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  },
);
