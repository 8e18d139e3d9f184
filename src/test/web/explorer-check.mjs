// Drives Debian's chromium through the explorer page with playwright-core and prints what it saw
// as JSON on stdout; the JUnit test ExplorerPageBrowserTest makes the assertions.
// usage: node explorer-check.mjs BASE_URL SCREENSHOT_DIR CHROMIUM_PATH SEARCH EXPECTED_ROUND
import { createRequire } from 'node:module';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const require = createRequire(resolve(here, '../../main/web/package.json'));
const { chromium } = require('playwright-core');

const [base, shots, executable, search, expectedRound] = process.argv.slice(2);
mkdirSync(shots, { recursive: true });
const profile = mkdtempSync(join(tmpdir(), 'parley-chromium-'));
const result = { steps: [], console: [] };
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

  const t0 = Date.now();
  await page.goto(`${base}/explore/`);
  await page.waitForSelector('body[data-ready="true"]', { timeout: 30000, state: "attached" });
  result.loadMs = Date.now() - t0;
  result.status = await page.textContent('#status');
  result.graphNodes = await page.evaluate(() => window.parleyCy.nodes().length);
  await page.waitForTimeout(500);
  await page.screenshot({ path: join(shots, 'explorer-overview.png') });
  result.summary = await page.textContent('#facts .summary');
  const ids = (sel) => page.$$eval(sel, (as) => as.map((a) => a.dataset.id));
  result.people = await ids('#facts .overview-list.people a');
  result.credits = await ids('#facts .overview-list.credits a');
  result.roundDates = await page.$$eval('#facts .overview-list.rounds li', (lis) => lis.map((li) => ({
    id: li.querySelector('a').dataset.id, date: li.dataset.date, text: li.textContent.replace(/\s+/g, ' ').trim() })));
  result.timelineLabels = await page.$$eval('#timeline .round-label', (ts) => ts.map((t) => t.textContent));
  result.graphCredits = await page.evaluate(() => window.parleyCy.nodes('[type = "Credit"]').length);
  const labelOverlaps = () => page.$$eval('#map .venue-tip', (tips) => {
    const shown = tips.filter((t) => getComputedStyle(t).visibility !== 'hidden').map((t) => ({ text: t.textContent, r: t.getBoundingClientRect() }));
    const venues = [...document.querySelectorAll('#map path.venue')].map((v) => v.getBoundingClientRect());
    const meet = (a, b) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
    const hits = [];
    shown.forEach((a, i) => shown.slice(i + 1).forEach((b) => {
      if (meet(a.r, b.r)) hits.push(`${a.text} / ${b.text}`);
    }));
    shown.forEach((a) => venues.forEach((v) => { if (meet(a.r, v)) hits.push(`${a.text} covers a venue`); }));
    return hits;
  });
  result.mapLabelOverlaps = await labelOverlaps();

  await page.fill('#q', search);
  await page.waitForSelector('#hits li');
  result.hits = await page.$$eval('#hits li', (lis) => lis.map((li) => li.textContent));
  await page.press('#q', 'Enter');
  await page.waitForSelector('#facts .node-name');
  await page.waitForSelector('#facts .fact');
  result.selected = await page.textContent('#facts .node-name');
  result.facts = await page.$$eval('#facts .fact', (lis) => lis.map((li) => li.querySelector('.fact-line').textContent.replace(/\s+/g, ' ').trim()));
  result.evidence = await page.$$eval('#facts blockquote.evidence', (qs) => qs.map((q) => q.textContent.replace(/\s+/g, ' ').trim()));
  result.articleLinks = await page.$$eval('#facts a', (as) => as.map((a) => a.href).filter((h) => /^https?:/.test(h) && !h.includes('/explore/')));
  result.timelineRelated = await page.$$eval('#timeline .round.related', (gs) => gs.map((g) => g.textContent.replace(/\s+/g, ' ').trim()));
  result.mapRelated = await page.$$eval('#map .venue-tip.related', (ts) => ts.map((t) => t.textContent.replace(/\s+/g, ' ').trim()));
  result.graphChosen = await page.evaluate(() => window.parleyCy.nodes('.chosen').map((n) => n.data('label')));
  await page.waitForTimeout(1200);
  await page.screenshot({ path: join(shots, 'explorer-person.png') });
  result.mapLabelOverlaps.push(...await labelOverlaps());

  const round = page.locator('#facts .fact', { hasText: expectedRound }).locator('.round-link').first();
  if (await round.count()) {
    const roundName = await round.textContent();
    await round.click();
    await page.waitForFunction((name) => document.querySelector('#facts .node-name')?.textContent === name, roundName);
    await page.waitForSelector('#facts .fact');
    result.roundFacts = await page.$$eval('#facts .fact', (lis) => lis.map((li) => li.querySelector('.fact-line').textContent.replace(/\s+/g, ' ').trim()));
    await page.waitForTimeout(700);
    await page.screenshot({ path: join(shots, 'explorer-round.png') });
  }

  result.explorerErrors = [...result.console];
  const link = await page.getAttribute('#sparql-link', 'href');
  result.sparqlLink = link;
  const editor = await page.goto(new URL(link, `${base}/explore/`).toString());
  result.editorStatus = editor ? editor.status() : 0;
  result.offsite = offsite;
} catch (e) {
  result.error = String(e);
  process.exitCode = 1;
  const page = context.pages()[0];
  if (page) await page.screenshot({ path: join(shots, 'explorer-failure.png') }).catch(() => {});
} finally {
  await context.close();
  rmSync(profile, { recursive: true, force: true });
}
process.stdout.write(JSON.stringify(result));
