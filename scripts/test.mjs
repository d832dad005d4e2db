#!/usr/bin/env node
// The one test command (`npm test`): type-check, lint, format check, then every test tier
// (domain, components, browser) in one Vitest run. It finds a system Chromium for the browser
// tests and, when there is none, stops with the command that installs it (it installs nothing).
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';

const env = { ...process.env, TZ: 'Europe/London', LANG: 'en_GB.UTF-8' };
if (!process.stdout.isTTY) env.NO_COLOR = '1';
const args = process.argv.slice(2);
const onlyE2e = args.includes('--only-e2e');

/** Debian packages the browser tests need, with the command each provides. */
const SYSTEM_NEEDS = [
  { pkg: 'chromium', bin: ['/usr/bin/chromium', '/usr/bin/chromium-browser'] },
  // pdftotext and pdfinfo read the printed PDFs back in the print tests.
  { pkg: 'poppler-utils', bin: ['/usr/bin/pdftotext'] },
  // Chromium depends on no font at all; pages and PDFs need real glyphs to be checked.
  { pkg: 'fonts-dejavu-core', bin: ['/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf'] },
];

/** A locally installed tool, called directly (npx adds nothing but noise). */
const bin = (name) => `node_modules/.bin/${name}`;

function run(title, command, commandArgs) {
  const started = Date.now();
  console.log(`\n== ${title}: ${command} ${commandArgs.join(' ')}`);
  const result = spawnSync(command, commandArgs, { stdio: 'inherit', env });
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  if (result.status !== 0) {
    console.error(`\n✗ ${title} failed after ${seconds}s.`);
    process.exit(result.status ?? 1);
  }
  console.log(`✓ ${title} (${seconds}s)`);
}

function haveSystemNeeds() {
  const chromium = env.CHROMIUM_PATH
    ? existsSync(env.CHROMIUM_PATH)
    : SYSTEM_NEEDS[0].bin.some((path) => existsSync(path));
  return (
    chromium && SYSTEM_NEEDS.slice(1).every((need) => need.bin.some((path) => existsSync(path)))
  );
}

/**
 * The browser tests need a system Chromium, pdftotext and a font. This command never installs
 * system packages itself (CI's script `.ci/run` does, as root on a fresh machine): it stops
 * with the one command that would.
 */
function ensureSystemPackages() {
  if (haveSystemNeeds()) return;
  const missing = SYSTEM_NEEDS.filter((need) => !need.bin.some((path) => existsSync(path)));
  const names = missing.map((need) => need.pkg).join(' ') || 'chromium';
  console.error(
    `\n✗ The browser tests need a system Chromium, poppler-utils (pdftotext) and a font (fonts-dejavu-core); this machine lacks: ${names}.\n` +
      `  On Debian or Ubuntu run:  sudo apt-get update && sudo apt-get install -y --no-install-recommends ${names}\n` +
      `  or set CHROMIUM_PATH to a Chromium or Chrome executable, then run npm test again.\n` +
      (existsSync('/etc/os-release')
        ? `  (This machine: ${/PRETTY_NAME="([^"]*)"/.exec(readFileSync('/etc/os-release', 'utf8'))?.[1] ?? 'unknown'}.)\n`
        : ''),
  );
  process.exit(1);
}

const started = Date.now();
if (!onlyE2e) {
  run('Type-check', bin('tsc'), ['--noEmit', '-p', 'tsconfig.json']);
  run('Lint (zero warnings)', bin('eslint'), ['.', '--max-warnings', '0']);
  run('Format check', bin('prettier'), ['--check', '.', '--log-level', 'warn']);
}
ensureSystemPackages();
const projects = onlyE2e
  ? ['--project', 'e2e']
  : ['--project', 'domain', '--project', 'components', '--project', 'e2e'];
run('Tests: domain, components and browser', bin('vitest'), ['run', ...projects]);
console.log(`\nAll checks passed in ${((Date.now() - started) / 1000).toFixed(0)}s.`);
