import { existsSync } from 'node:fs';

/** Places Debian and other distributions put a system Chromium. */
const CANDIDATES = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome-stable',
  '/usr/bin/google-chrome',
];

export const INSTALL_HINT =
  'Browser tests need a system Chromium. On Debian or Ubuntu run: ' +
  'sudo apt-get update && sudo apt-get install -y chromium ' +
  '(or set CHROMIUM_PATH to a Chromium or Chrome executable).';

/** The Chromium the browser tests drive, or undefined when the machine has none. */
export function findChromium(env: NodeJS.ProcessEnv = process.env): string | undefined {
  const fromEnv = env['CHROMIUM_PATH'];
  if (fromEnv) return existsSync(fromEnv) ? fromEnv : undefined;
  return CANDIDATES.find((path) => existsSync(path));
}

/** Flags headless Chromium needs on this kind of machine (root, no GPU, closed network). */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
];
