// Drives Debian's chromium through the explorer page with playwright-core and prints what it saw
// as JSON on stdout; the JUnit test ExplorerPageBrowserTest makes the assertions.
// usage: node explorer-check.mjs BASE_URL SCREENSHOT_DIR CHROMIUM_PATH SEARCH EXPECTED_ROUND
import { join } from 'node:path';
import { drive } from './drive.mjs';

const [base, shots, executable, search, expectedRound] = process.argv.slice(2);
const result = { steps: [] };
await drive(executable, shots, 'explorer', result, async (page) => {
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
});
