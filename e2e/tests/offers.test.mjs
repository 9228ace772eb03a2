// The heart of the product in a real browser: the agent states an offer, the side panel shows its true cost against
// the user's budget and a counter-offer ladder, and one click puts the chosen reply into the chat box (not sent).
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { launchWithExtension, openSidePanel, readDatabase, tabIdOf } from '../lib/browser.mjs';
import { CUSTOMER_LINES, playConversation, sayAsCustomer } from '../lib/conversation.mjs';
import { enterProfile } from '../lib/profile.mjs';
import { startSiteServer } from '../lib/server.mjs';

let site;
let browser;

before(async () => {
  site = await startSiteServer();
  browser = await launchWithExtension();
});

after(async () => {
  await browser?.context.close();
  await site?.close();
});

describe('offers in the side panel', () => {
  it('analyses the bank offer against the budget and inserts a counter-offer reply without sending it', async () => {
    const page = await browser.context.newPage();
    await page.goto(`https://demobank.test:${site.port}/?speed=fast`);
    await page.evaluate(() => window.demoChat.idle());
    const tabId = await tabIdOf(browser.context, '*://demobank.test/*');
    const panel = await openSidePanel(browser.context, browser.extensionId, tabId);
    await enterProfile(panel);
    assert.equal(await panel.locator('[data-testid="capture-status"]').isVisible(), true);

    for (const line of CUSTOMER_LINES.zh.slice(0, 3)) await sayAsCustomer(page, line);
    const card = panel.locator('[data-testid="offer-card"]').first();
    await card.waitFor({ timeout: 10000 });
    assert.match(await card.locator('.offer-card__plan').innerText(), /24期.*0\.75%/);
    // 24 × 0.75 % flat fee: the IRR-based annual rate is about 16.4 %, not the 9 % that fee × 12 suggests.
    assert.match(await card.locator('.offer-figures').innerText(), /16\.4\d%/);
    assert.match(await card.locator('.flags').innerText(), /1,200\.00/);
    assert.equal(await card.locator('.rung').count(), 3);

    const target = card.locator('[data-testid="rung-target"]');
    const reply = await target.locator('.reply__text').innerText();
    const countBefore = await page.evaluate(() => window.demoChat.count());
    await target.getByRole('button', { name: '填入对话框' }).click();
    await target.locator('.reply__state').filter({ hasText: /\S/ }).waitFor();
    assert.equal(await page.locator('#kf-input').inputValue(), reply);
    await page.waitForTimeout(300);
    assert.equal(await page.evaluate(() => window.demoChat.count()), countBefore, 'nothing was sent');

    // The improved plan also gets its card, and the waived late fee is read.
    await sayAsCustomer(page, CUSTOMER_LINES.zh[3]);
    await panel.locator('[data-testid="offer-card"]').nth(1).waitFor({ timeout: 10000 });
    assert.match(await panel.locator('[data-testid="offer-card"]').nth(1).locator('.offer-card__plan').innerText(), /36期/);
    await panel.close();
    await page.close();
  });

  it('names one monthly figure for the plan everywhere, with the agent’s rounded figure recognised beside it', async () => {
    const page = await browser.context.newPage();
    await page.goto(`https://demobank.test:${site.port}/?speed=fast&f=1`);
    await page.evaluate(() => window.demoChat.idle());
    const panel = await openSidePanel(browser.context, browser.extensionId, await tabIdOf(browser.context, '*://demobank.test/*f=1*'));
    await enterProfile(panel);
    for (const line of CUSTOMER_LINES.zh.slice(0, 3)) await sayAsCustomer(page, line);
    const card = panel.locator('[data-testid="offer-card"]').first();
    await card.waitFor({ timeout: 10000 });
    const plan = await card.locator('.offer-card__plan').innerText();
    // 24 × 0.75 % on ¥32,480: the first bill carries the fen remainder, so the plan names both bills.
    const named = /首月(¥[\d,]+\.\d\d)，之后每月(¥[\d,]+\.\d\d)/.exec(plan);
    assert.ok(named, plan);
    assert.equal(await card.locator('[data-testid="key-monthly"]').innerText(), named[2]);
    assert.match(await card.locator('[data-testid="key-first-month"]').innerText(), new RegExp(named[1].replace(/[$.]/g, '\\$&')));
    // The agent said "约 ¥1,597.xx": shown as the agent's figure, recognised as this plan.
    assert.match(await card.locator('[data-testid="agent-figure"]').innerText(), /客服说的是约¥1,59\d\.\d\d/);
    assert.equal(await card.locator('[data-testid="agent-figure"]').getAttribute('data-matches'), null);
    // Each rung's reply states its plan in a sentence, with the figures its card line gives, never a "·" list.
    for (const voice of ['opening', 'target', 'walkAway']) {
      const rung = card.locator(`[data-testid="rung-${voice}"]`);
      if ((await rung.count()) === 0) continue;
      const line = await rung.locator('.rung__plan').innerText();
      const reply = await rung.locator('.reply__text').innerText();
      assert.doesNotMatch(reply, /·| %|您们/);
      for (const figure of reply.match(/¥[\d,]+\.\d\d/g) ?? []) assert.ok(line.includes(figure), `${figure} of "${reply}" is on "${line}"`);
    }
    if (process.env.PARLEY_SCREENSHOTS) {
      await card.scrollIntoViewIfNeeded();
      await panel.setViewportSize({ width: 500, height: 860 });
      await panel.screenshot({ path: `${process.env.PARLEY_SCREENSHOTS}/zh-500-offer.png` });
      await panel.setViewportSize({ width: 360, height: 860 });
      await card.scrollIntoViewIfNeeded();
      await panel.screenshot({ path: `${process.env.PARLEY_SCREENSHOTS}/zh-360-offer.png` });
    }
    await panel.close();
    await page.close();
  });

  it('at a Chinese bank in an English browser: asks the Plan’s currency once, then judges in yuan and proposes Chinese replies', async () => {
    const en = await launchWithExtension({ lang: 'en-US' });
    try {
      const page = await en.context.newPage();
      await page.goto(`https://demobank.test:${site.port}/?speed=fast`);
      await page.evaluate(() => window.demoChat.idle());
      const panel = await openSidePanel(en.context, en.extensionId, await tabIdOf(en.context, '*://demobank.test/*'), { width: 500 });
      // An English browser's Plan starts in US dollars; the figures typed are the demo customer's yuan.
      await enterProfile(panel);
      for (const line of CUSTOMER_LINES.zh.slice(0, 3)) await sayAsCustomer(page, line);
      const question = panel.locator('[data-testid="currency-question"]');
      await question.waitFor({ timeout: 10000 });
      assert.match(await question.innerText(), /yuan \(¥\).*US dollars \(USD\)/s);
      const card = panel.locator('[data-testid="offer-card"]').first();
      if (process.env.PARLEY_SCREENSHOTS) {
        await question.scrollIntoViewIfNeeded();
        await panel.screenshot({ path: `${process.env.PARLEY_SCREENSHOTS}/en-500-currency-question.png` });
      }
      // Unanswered, the dollar budget is not set against the yuan offer.
      assert.doesNotMatch(await card.innerText(), /\$/);
      assert.equal(await card.locator('.rung').count(), 0);
      await question.getByRole('button', { name: /^In yuan/ }).click();
      await question.waitFor({ state: 'detached' });
      await card.locator('.rung').first().waitFor();
      const text = await card.innerText();
      assert.doesNotMatch(text, /\$/);
      assert.match(await card.locator('.flags').innerText(), /¥1,200\.00/);
      // Labels in the browser's English, the replies to insert in the chat's Chinese.
      assert.match(await card.locator('.offer-card__kicker').innerText(), /[A-Za-z]/);
      const reply = await card.locator('.rung .reply__text').first().innerText();
      assert.match(reply, /[\u4e00-\u9fff]/);
      if (process.env.PARLEY_SCREENSHOTS) {
        await card.scrollIntoViewIfNeeded();
        await panel.screenshot({ path: `${process.env.PARLEY_SCREENSHOTS}/en-500-offer.png` });
        await panel.setViewportSize({ width: 360, height: 860 });
        await card.scrollIntoViewIfNeeded();
        await panel.screenshot({ path: `${process.env.PARLEY_SCREENSHOTS}/en-360-offer.png` });
      }
      // The other language is one click away in the suggestions.
      const dock = panel.locator('[data-testid="suggestion-dock"]');
      const toggle = dock.locator('[data-testid="dock-toggle"]');
      if ((await toggle.getAttribute('aria-expanded')) !== 'true') await toggle.click();
      const first = dock.locator('[data-testid="suggestion"] .reply__text').first();
      assert.match(await first.innerText(), /[\u4e00-\u9fff]/);
      await dock.locator('[data-testid="reply-lang"]').click();
      await panel.waitForFunction(() => !/[\u4e00-\u9fff]/.test(document.querySelector('[data-testid="suggestion"] .reply__text')?.textContent ?? '中'));
      assert.match(await dock.locator('.suggestion__why').first().innerText(), /[A-Za-z]/);
      await panel.close();
      await page.close();
    } finally {
      await en.context.close();
    }
  });

  it('when the agent confirms the plan and the chat ends: the status stops recording and one summary files the agreement', async () => {
    const page = await browser.context.newPage();
    await page.goto(`https://demobank.test:${site.port}/?speed=fast&end=1`);
    const tabId = await tabIdOf(browser.context, '*://demobank.test/*end=1*');
    const panel = await openSidePanel(browser.context, browser.extensionId, tabId, { width: 360 });
    await enterProfile(panel);
    await playConversation(page, 'zh');
    const summary = panel.locator('[data-testid="agreement-summary"]');
    await summary.waitFor({ timeout: 10000 });
    assert.equal(await summary.locator('[data-testid="agreement-reference"]').innerText(), 'HX20261123001');
    assert.match(await summary.locator('[data-testid="agreement-plan"]').innerText(), /36期/);
    await panel.locator('[data-testid="capture-status"][data-state="ended"]').waitFor({ timeout: 10000 });
    await panel.locator('[data-testid="chat-ended"]').waitFor();
    assert.equal(await panel.locator('.pill--live').count(), 0);
    if (process.env.PARLEY_SCREENSHOTS) await panel.screenshot({ path: `${process.env.PARLEY_SCREENSHOTS}/zh-360-agreement.png` });
    await summary.locator('[data-testid="agreement-confirm"]').click();
    await summary.locator('[data-testid="agreement-saved"]').waitFor();
    const { sessions } = await readDatabase(browser.context);
    const record = sessions.find((s) => s.url.includes('end=1'));
    assert.equal(record.outcome, 'agreed');
    assert.equal(record.agreedTerms.periods, 36);
    assert.ok(record.references.some((r) => r.value === 'HX20261123001' && r.confirmed));
    if (process.env.PARLEY_SCREENSHOTS) {
      await panel.setViewportSize({ width: 500, height: 860 });
      await panel.screenshot({ path: `${process.env.PARLEY_SCREENSHOTS}/zh-500-agreement.png` });
    }
    await panel.close();
    await page.close();
  });

  it('checks an offer typed by hand in the calculator', async () => {
    const panel = await openSidePanel(browser.context, browser.extensionId, 999999);
    await panel.getByRole('tab').nth(1).click();
    await panel.locator('[data-testid="calculator-input"]').fill('电话里客服说可以分12期，每期手续费率0.6%');
    const card = panel.locator('.calculator [data-testid="offer-card"]').first();
    await card.waitFor({ timeout: 5000 });
    // 12 × 0.60 %: IRR-based ≈ 13.03 % a year.
    assert.match(await card.locator('.offer-figures').innerText(), /13\.0\d%/);
    // 本金的七成 of the demo profile's ¥28,600 principal is ¥20,020 — not 70 % of the ¥32,480 owed (¥22,736).
    await panel.locator('[data-testid="calculator-input"]').fill('一次性结清的话，只需还本金的七成');
    await card.locator('.offer-card__plan').filter({ hasText: '本金' }).waitFor({ timeout: 5000 });
    const settlement = await card.innerText();
    assert.match(settlement, /20,020\.00/);
    assert.doesNotMatch(settlement, /22,736/);
    if (process.env.PARLEY_SCREENSHOTS) await panel.screenshot({ path: `${process.env.PARLEY_SCREENSHOTS}/calculator-principal-settlement.png`, fullPage: true });
    await panel.locator('[data-testid="calculator-input"]').fill('您好，请问还有什么可以帮您？');
    await panel.locator('.calculator .hint').nth(1).waitFor();
    assert.equal(await panel.locator('.calculator [data-testid="offer-card"]').count(), 0);
    await panel.close();
  });
});
