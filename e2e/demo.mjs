// `npm run demo`: the product's main job end to end. Serves the demo bank under https://demobank.test, opens it in
// Debian Chromium with the built extension, and either hands the browser to you (when there is a display) or plays
// the negotiation headless, prints what Parley captured and writes screenshots to demo-output/.
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { launchWithExtension, openSidePanel, readDatabase, tabIdOf } from './lib/browser.mjs';
import { CUSTOMER_LINES, sayAsCustomer, waitForStored } from './lib/conversation.mjs';
import { enterProfile } from './lib/profile.mjs';
import { startSiteServer } from './lib/server.mjs';

const args = new Set(process.argv.slice(2));
const lang = args.has('--en') ? 'en' : 'zh';
const headless = args.has('--headless') || !process.env.DISPLAY;
const outDir = resolve('demo-output');

const site = await startSiteServer();
const url = `https://demobank.test:${site.port}/${lang === 'en' ? '?lang=en' : ''}`;
const { context, extensionId } = await launchWithExtension({ headless, lang: lang === 'en' ? 'en-GB' : 'zh-CN' });
const page = context.pages()[0] ?? (await context.newPage());
await page.goto(url);
console.log(`Demo bank: ${url}  (extension ${extensionId})`);

if (!headless) {
  console.log('A browser window is open. Chat with the demo bank, open Parley from the toolbar; close the window to finish.');
  await new Promise((done) => context.on('close', done));
  await site.close();
  process.exit(0);
}

mkdirSync(outDir, { recursive: true });
await page.evaluate(() => window.demoChat.idle());
const tabId = await tabIdOf(context, '*://demobank.test/*');
const panel = await openSidePanel(context, extensionId, tabId);
// The customer first enters their own figures, so offers are judged against their real budget.
await enterProfile(panel);
// Play until the bank's first offer, and show what Parley makes of it.
const lines = CUSTOMER_LINES[lang];
for (const line of lines.slice(0, 3)) await sayAsCustomer(page, line);
await panel.locator('[data-testid="offer-card"]').first().waitFor({ timeout: 10000 });
await panel.locator('[data-testid="offer-card"]').first().evaluate((el) => el.scrollIntoView({ block: 'start' }));
await panel.evaluate(() => window.scrollBy(0, -70));
await panel.screenshot({ path: resolve(outDir, 'side-panel-offer.png') });
for (const line of lines.slice(3)) await sayAsCustomer(page, line);
const shown = await page.evaluate(() => window.demoChat.count());
const db = await waitForStored(() => readDatabase(context), shown);
const session = db.sessions[0];
const messages = [...db.messages].sort((a, b) => a.seq - b.seq);

const label = { customer: 'You  ', agent: 'Agent', bot: 'Bot  ', system: 'Note ' };
console.log(`\nParley captured ${messages.length} of ${shown} messages in session ${session?.id ?? '(none)'}`);
if (session) console.log(`Bank: ${session.siteId}  Agent: ${session.agentName ?? '?'}  ID: ${session.agentId ?? '?'}\n`);
for (const m of messages) {
  const who = m.author ? `${label[m.role]} ${m.author}` : label[m.role];
  console.log(`${String(m.seq).padStart(2)} ${m.shownTime ?? '     '} ${who.padEnd(14)} ${m.text}`);
}

await page.screenshot({ path: resolve(outDir, 'demo-bank.png') });
await panel.waitForSelector('.transcript li');
await panel.evaluate(() => document.querySelector('.transcript > li:last-child')?.scrollIntoView({ block: 'end' }));
await panel.screenshot({ path: resolve(outDir, 'side-panel.png') });
await panel.screenshot({ path: resolve(outDir, 'side-panel-full.png'), fullPage: true });
await panel.getByRole('tab').nth(1).click();
await panel.screenshot({ path: resolve(outDir, 'side-panel-plan.png') });
await panel.getByRole('tab').nth(2).click();
await panel.waitForTimeout(300);
await panel.screenshot({ path: resolve(outDir, 'side-panel-records.png') });
console.log(`\nScreenshots: ${outDir}/demo-bank.png, side-panel-offer.png, side-panel.png, side-panel-full.png, side-panel-plan.png, side-panel-records.png`);

await context.close();
await site.close();
if (messages.length !== shown) {
  console.error(`Captured ${messages.length} messages but the chat shows ${shown}.`);
  process.exit(1);
}
