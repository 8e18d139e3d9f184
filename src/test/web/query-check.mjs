// Drives Debian's chromium through the query page (YASGUI) with playwright-core and prints what it
// saw as JSON on stdout; the JUnit test QueryPageBrowserTest makes the assertions.
// usage: node query-check.mjs BASE_URL SCREENSHOT_DIR CHROMIUM_PATH QUERY SAVED_QUERY_NAME
import { join } from 'node:path';
import { drive } from './drive.mjs';

const [base, shots, executable, typed, savedName] = process.argv.slice(2);
const result = {};

// The rows of the active tab's result table, once it shows some (or its error).
async function tableRows(page) {
  await page.waitForFunction(() => {
    const tab = document.querySelector('.tabPanel.active');
    return tab && (tab.querySelector('.yasr table.dataTable tbody tr td:not(.dt-empty)')
      || tab.querySelector('.yasr .errorResult'));
  }, null, { timeout: 30000 });
  return page.$$eval('.tabPanel.active .yasr table.dataTable tbody tr',
    (trs) => trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent.trim())));
}

await drive(executable, shots, 'query', result, async (page) => {
  const response = await page.goto(`${base}/`);
  result.status = response.status();
  result.csp = response.headers()['content-security-policy'] || '';
  await page.waitForSelector('body[data-ready="true"]', { timeout: 30000, state: 'attached' });
  await page.waitForSelector('.tabPanel.active .CodeMirror');
  result.exploreLink = await page.getAttribute('#explore-link', 'href');

  // Type a query into the editor, as a user would, and run it with the editor's button.
  await page.click('.tabPanel.active .CodeMirror');
  await page.keyboard.press('Control+A');
  await page.keyboard.press('Delete');
  await page.keyboard.type(typed);
  await page.keyboard.press('Escape');
  result.typed = await page.evaluate(() => window.parleyYasgui.getTab().getYasqe().getValue());
  await page.click('.tabPanel.active .yasqe_queryButton');
  result.typedRows = await tableRows(page);
  await page.screenshot({ path: join(shots, 'query-typed.png') });

  // Open a saved query from the list: it gets its own tab and runs.
  const saved = page.locator(`button[data-query="${savedName}"]`);
  result.savedQuestion = (await saved.locator('.question').textContent()).trim();
  await saved.click();
  await page.waitForFunction((name) => window.parleyYasgui.getTab().getName() === name, savedName);
  result.savedTab = await page.evaluate(() => window.parleyYasgui.getTab().getName());
  result.savedRows = await tableRows(page);
  result.savedHeaders = await page.$$eval('.tabPanel.active .yasr table.dataTable thead th',
    (ths) => ths.map((th) => th.textContent.trim()));
  result.tabs = await page.$$eval('.tabsList .tab', (ts) => ts.map((t) => t.textContent.trim()));
  await page.screenshot({ path: join(shots, 'query-saved.png') });

  const explorer = await page.goto(new URL(result.exploreLink, `${base}/`).toString());
  result.exploreStatus = explorer ? explorer.status() : 0;
});
