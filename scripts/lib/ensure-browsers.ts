/**
 * End-to-end tests and the demo need Debian's Chromium (and Firefox ESR for the Firefox tests).
 * Install them when missing and we are root; otherwise say exactly what to run.
 */
import { existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';

const PACKAGES: Record<string, string> = { chromium: '/usr/bin/chromium', 'firefox-esr': '/usr/bin/firefox-esr' };

export function ensureBrowsers(names: Array<keyof typeof PACKAGES>): void {
  const missing = names.filter((name) => !existsSync(PACKAGES[name]!));
  if (missing.length === 0) return;
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (!isRoot) {
    throw new Error(`missing ${missing.join(' and ')}: install with "sudo apt-get install -y ${missing.join(' ')}" and run again`);
  }
  console.log(`Installing Debian ${missing.join(' and ')} (needed for the browser tests)...`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  const update = spawnSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
  const install = spawnSync('apt-get', ['install', '-y', '-qq', ...missing], { stdio: 'inherit', env });
  if (update.status !== 0 || install.status !== 0 || missing.some((name) => !existsSync(PACKAGES[name]!))) {
    throw new Error(`could not install ${missing.join(' ')} with apt-get`);
  }
}
