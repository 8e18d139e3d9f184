// What the browser checks share: starts Debian's chromium (through playwright-core) in a fresh
// profile, records the page's console errors and any request that leaves the machine, runs the
// check's steps, screenshots the page when a step fails, and prints the result as JSON on stdout.
import { createRequire } from 'node:module';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const require = createRequire(resolve(here, '../../main/web/package.json'));
const { chromium } = require('playwright-core');

// Runs steps(page) and prints result, with result.console, result.offsite and, on failure,
// result.error (exit code 1) and SHOTS/NAME-failure.png.
export async function drive(executable, shots, name, result, steps) {
  mkdirSync(shots, { recursive: true });
  const profile = mkdtempSync(join(tmpdir(), 'parley-chromium-'));
  result.console = [];
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: executable,
    headless: true,
    viewport: { width: 1440, height: 1000 },
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  try {
    const page = context.pages()[0] || await context.newPage();
    const offsite = [];
    page.on('request', (r) => {
      const u = new URL(r.url());
      if (!['127.0.0.1', 'localhost'].includes(u.hostname) && u.protocol.startsWith('http')) offsite.push(r.url());
    });
    page.on('console', (m) => { if (m.type() === 'error') result.console.push(m.text()); });
    page.on('pageerror', (e) => result.console.push(String(e)));
    await steps(page);
    result.offsite = offsite;
  } catch (e) {
    result.error = String(e);
    process.exitCode = 1;
    const page = context.pages()[0];
    if (page) await page.screenshot({ path: join(shots, `${name}-failure.png`) }).catch(() => {});
  } finally {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  }
  process.stdout.write(JSON.stringify(result));
}
