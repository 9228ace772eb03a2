// Before and after the chat in the real side panel: the Plan's figures and a rung of the counter-offer ladder become a
// written application whose print page renders; after the demo agent agrees, the record writes the request for
// written confirmation and puts it into the demo bank's chat box without sending it.
import assert from 'node:assert/strict';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { launchWithExtension, openSidePanel, tabIdOf } from '../lib/browser.mjs';
import { CUSTOMER_LINES, sayAsCustomer } from '../lib/conversation.mjs';
import { enterProfile } from '../lib/profile.mjs';
import { startSiteServer } from '../lib/server.mjs';

const SHOTS = process.env.PARLEY_SHOTS_DIR ?? join(process.env.PARLEY_OUT_DIR ?? '.output', 'shots');

let site;
let browser;

before(async () => {
  site = await startSiteServer();
  browser = await launchWithExtension();
  await mkdir(SHOTS, { recursive: true });
});

after(async () => {
  await browser?.context.close();
  await site?.close();
});

describe('letters', () => {
  it('drafts the application from the Plan and a ladder rung, and its print page shows it', async () => {
    const page = await browser.context.newPage();
    await page.goto(`https://demobank.test:${site.port}/?speed=fast`);
    await page.evaluate(() => window.demoChat.idle());
    const tabId = await tabIdOf(browser.context, '*://demobank.test/*');
    const panel = await openSidePanel(browser.context, browser.extensionId, tabId, { width: 420, height: 1000 });
    await enterProfile(panel);
    await panel.getByRole('tab').nth(1).click();

    // Preparation: tick a paper and say where it is.
    const prepare = panel.locator('[data-testid="prepare"]');
    await prepare.locator('[data-testid="prepare-hardship"]').selectOption('unemployment');
    const papers = prepare.locator('[data-testid="prepare-item"]');
    assert.ok((await papers.count()) >= 8);
    const income = prepare.locator('[data-testid="prepare-item"][data-id="income-statement"]');
    await income.getByRole('checkbox').check();
    await prepare.locator('[data-testid="prepare-item"][data-id="unemployment-certificate"]').getByRole('checkbox').check();
    assert.match(await prepare.innerText(), /¥32,480\.00/, 'the balance from the Plan is in the before-you-contact list');

    const app = panel.locator('[data-testid="application"]');
    await app.scrollIntoViewIfNeeded();
    await app.locator('[data-testid="letter-kind"]').selectOption('cn-instalment');
    await app.locator('[data-testid="letter-hardship"]').selectOption('unemployment');
    await app.locator('[data-testid="letter-since"]').fill('2026-06');
    const own = '今年6月公司裁员，我失去了原来的工作，现在的新工作收入比以前低不少。';
    await app.locator('[data-testid="letter-own-words"]').fill(own);
    await app.locator('[data-testid="letter-name"]').fill('张伟');
    await app.locator('[data-testid="letter-bank-offer"]').fill('24期，每期手续费率0.75%');
    const rungs = app.locator('[data-testid="letter-rung"]');
    await rungs.first().waitFor();
    const target = rungs.filter({ hasText: /目标/ }).first();
    await target.getByRole('radio').check();
    const text = await app.locator('[data-testid="letter-text"]').inputValue();
    assert.match(text, /^个性化分期还款申请书/);
    assert.match(text, /欠款合计¥32,480\.00，其中本金¥28,600\.00/);
    assert.match(text, /每月收入¥8,000\.00/);
    assert.ok(text.includes(own), 'the person’s own words are kept as typed');
    assert.match(text, /本人申请的还款安排：分\d+期/);
    assert.match(text, /附件材料\n1\. 收入证明/);
    assert.doesNotMatch(text, /undefined|NaN|保证|删除/);
    await prepare.screenshot({ path: join(SHOTS, 'letters-prepare.png') });
    await app.screenshot({ path: join(SHOTS, 'letters-application.png') });

    // An edit is kept and is what prints.
    await app.locator('[data-testid="letter-text"]').fill(`${text}\n（手写补充：已附上新工作的劳动合同。）`);
    const popup = browser.context.waitForEvent('page');
    await app.locator('[data-testid="letter-print"]').click();
    const letterPage = await popup;
    await letterPage.locator('[data-testid="letter-page"]').waitFor();
    const printed = await letterPage.locator('[data-testid="letter-page"]').innerText();
    assert.match(printed, /^个性化分期还款申请书/);
    assert.match(printed, /手写补充：已附上新工作的劳动合同/);
    assert.equal(await letterPage.title(), '个性化分期还款申请书');
    await letterPage.setViewportSize({ width: 900, height: 1200 });
    await letterPage.screenshot({ path: join(SHOTS, 'letters-print-page.png'), fullPage: true });
    await letterPage.close();

    // Kept with a new record of its own.
    await app.locator('[data-testid="letter-save"]').click();
    await app.getByText('已保存到记录。').waitFor();
    await panel.close();
    await page.close();
  });

  it('writes the request for written confirmation after the demo agent agrees and inserts it unsent', async () => {
    const page = await browser.context.newPage();
    await page.goto(`https://demobank.test:${site.port}/?speed=fast&confirm=1`);
    await page.evaluate(() => window.demoChat.idle());
    for (const line of CUSTOMER_LINES.zh.slice(0, 5)) await sayAsCustomer(page, line);
    const tabId = await tabIdOf(browser.context, '*://demobank.test/*confirm=1*');
    const panel = await openSidePanel(browser.context, browser.extensionId, tabId, { width: 420, height: 1000 });
    await panel.getByRole('tab', { name: /记录|Records/ }).click();
    await panel.locator('.rec-list').waitFor();
    await panel.locator('[data-testid="record-row"]').filter({ hasText: /示范银行/ }).first().click();
    const detail = panel.locator('[data-testid="record-detail"]');
    await detail.waitFor();

    // Agree the last offer the agent made (36 periods, late fee waived).
    const offers = detail.locator('[data-testid="offer"]');
    await offers.first().waitFor();
    await offers.filter({ hasText: /36期/ }).last().locator('[data-testid="offer-agree"]').click();
    await detail.locator('[data-testid="agreed-terms"]').waitFor();

    const section = detail.locator('[data-testid="confirmation"]');
    assert.match(await section.locator('[data-testid="confirmation-status"]').innerText(), /尚未收到/);
    await section.locator('[data-testid="confirmation-write"]').click();
    const request = await section.locator('[data-testid="confirmation-text"]').inputValue();
    assert.match(request, /书面形式/);
    assert.match(request, /36期/);
    assert.match(request, /李娜（工号8823）/);
    assert.match(request, /受理编号[A-Z]{2}\d+/);
    assert.match(request, /违约金/);
    // The first due date the agent said when the plan was agreed ("首期还款日为12月25日"), with no reminder set.
    assert.match(request, /首期还款日\d{4}年12月25日/);
    assert.doesNotMatch(request, /undefined|NaN/);

    const countBefore = await page.evaluate(() => window.demoChat.count());
    await section.locator('[data-testid="confirmation-insert"]').click();
    await section.locator('[data-testid="confirmation-state"]').filter({ hasText: /\S/ }).waitFor();
    assert.equal(await page.locator('#kf-input').inputValue(), request);
    await page.waitForTimeout(300);
    assert.equal(await page.evaluate(() => window.demoChat.count()), countBefore, 'nothing was sent');
    await page.screenshot({ path: join(SHOTS, 'letters-demo-composer.png') });

    // The tick is stored first and shown from the record, so it is clicked and then awaited.
    await section.locator('[data-testid="confirmation-received"]').click();
    await section.locator('[data-testid="confirmation-date"]').waitFor();
    await section.locator('[data-testid="confirmation-date"]').fill('2026-12-05');
    await section.locator('[data-testid="confirmation-status"]').filter({ hasText: '2026-12-05' }).waitFor();
    await section.screenshot({ path: join(SHOTS, 'letters-confirmation.png') });
    // Papers ticked while preparing, before this chat began, start its evidence checklist.
    const evidence = detail.locator('[data-testid="evidence"]');
    assert.equal(await evidence.getByRole('checkbox', { checked: true }).count(), 2);
    await evidence.screenshot({ path: join(SHOTS, 'letters-evidence.png') });
    await panel.close();
    await page.close();
  });
});
