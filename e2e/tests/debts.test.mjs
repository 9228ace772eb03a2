// Several debts, one budget, in the real side panel: the Plan lists a card and a loan at the demo bank and a lending
// app; a first demo-bank chat is filed under the card (the panel asks which, the bank holding two open debts) and
// agreed; a second demo-bank chat finds the loan by itself, and its offer card judges the offer on what the card's
// agreement leaves of the budget, and says so. Screenshots of every new view at 360 and 500 px go to
// PARLEY_SHOTS_DIR (or <build>/shots).
import assert from 'node:assert/strict';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { axeViolations, describeViolations, seriousOrCritical } from '../lib/axe.mjs';
import { launchWithExtension } from '../lib/browser.mjs';
import { agreeFirstChat, enterDebts, openChat, secondChatOffer } from '../lib/debts-scene.mjs';
import { startSiteServer } from '../lib/server.mjs';

const SHOTS = process.env.PARLEY_SHOTS_DIR ?? join(process.env.PARLEY_OUT_DIR ?? '.output', 'shots');
const WIDTHS = [360, 500];

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

/**
 * One screenshot per panel width of `locator`, named `debts-<name>-<width>.png`. The sticky top bar (and the
 * suggestion dock, pinned to the bottom of a live chat) would cover part of an element screenshot: they are taken out
 * of the way for the picture only.
 */
async function shoot(panel, locator, name) {
  await panel.addStyleTag({ content: '.topbar { position: static !important; } .dock { display: none !important; }' });
  for (const width of WIDTHS) {
    await panel.setViewportSize({ width, height: 1000 });
    await panel.waitForTimeout(150);
    await locator.screenshot({ path: join(SHOTS, `debts-${name}-${width}.png`) });
  }
  await panel.setViewportSize({ width: 420, height: 1000 });
}

/** axe-core on the panel as it is now, light and dark: no serious or critical violation. */
async function accessible(panel, what) {
  for (const scheme of ['light', 'dark']) {
    await panel.emulateMedia({ colorScheme: scheme });
    const bad = seriousOrCritical(await axeViolations(panel));
    assert.deepEqual(bad, [], `${what} (${scheme}):\n${describeViolations(bad)}`);
  }
  await panel.emulateMedia({ colorScheme: 'light' });
}

const yuan = (text) => Math.round(Number(text.replace(/[¥,]/g, '')) * 100);

describe('several debts, one budget', () => {
  it('a second demo-bank chat’s offer card shows the budget left after the first chat’s agreement', async () => {
    // The Plan: ¥1,200 a month to spare (8,000 − 5,600 − 1,200), and three debts.
    const first = await openChat(browser, site, '1');
    await enterDebts(first.panel);
    const section = first.panel.locator('[data-testid="debts"]');
    assert.equal(await section.locator('[data-testid="debts-left"]').innerText(), '¥1,200.00', 'nothing agreed yet');

    // First chat: two open debts at this bank, so the panel asks; the person chooses the card and agrees a plan.
    await agreeFirstChat(first);

    // The Plan sees the agreement at once: the card is agreed, and the budget left is what its plan leaves.
    await first.panel.getByRole('tab').nth(1).click();
    const card = section.locator('[data-testid="debt-card"]').first();
    await card.locator('[data-testid="debt-status-chip"]').filter({ hasText: '已谈妥' }).waitFor();
    assert.match(await card.locator('[data-testid="debt-plan"]').innerText(), /^已谈妥：36期/);
    const leftInPlan = yuan(await section.locator('[data-testid="debts-left"]').innerText());
    assert.ok(leftInPlan > 0 && leftInPlan < 120_000, `something, not all, is left: ${leftInPlan}`);

    await accessible(first.panel, 'the debts and their order');
    await shoot(first.panel, section, 'plan-ranking');
    await section.locator('[data-testid="debts-view-split"]').click();
    await section.locator('[data-testid="split-highest"]').waitFor();
    await accessible(first.panel, 'the split');
    await shoot(first.panel, section.locator('[data-testid="debts-split"]'), 'split');
    await section.locator('[data-testid="debts-view-timeline"]').click();
    const chart = section.locator('[data-testid="debts-timeline"]');
    await chart.waitFor();
    assert.ok((await chart.locator('g[data-month] rect').count()) >= 36, 'the agreed 36 months and the proposal are drawn');
    await accessible(first.panel, 'the timeline');
    await shoot(first.panel, chart, 'timeline');
    await section.locator('[data-testid="debts-view-what-if"]').click();
    await section.locator('#what-if-debt').selectOption({ label: '示范银行（贷款）' });
    await section.locator('[data-testid="what-if-plan"]').fill('分60期，每期手续费率0.3%');
    await section.locator('[data-testid="what-if-table"]').waitFor();
    await accessible(first.panel, 'what if');
    await shoot(first.panel, section.locator('[data-testid="debts-what-if"]'), 'what-if');
    await first.panel.close();

    // Second chat with the same bank: the card is agreed, so the chat is the loan's, found without asking.
    const second = await secondChatOffer(browser, site);
    const offerCard = second.panel.locator('[data-testid="offer-card"]').first();
    assert.match(await second.panel.locator('[data-testid="debt-link-select"] option:checked').innerText(), /示范银行 · 贷款/);
    assert.equal(await second.panel.locator('[data-testid="debt-link"] .hint').count(), 0, 'no question this time');
    const note = await offerCard.locator('[data-testid="budget-note"]').innerText();
    // …and when the 36 months are over, the whole ¥1,200 again.
    const m = /^扣除与示范银行（信用卡）谈妥的每月(¥[\d,]+\.\d\d)后，你每月可还的¥1,200\.00中还剩(¥[\d,]+\.\d\d)可用于这笔欠款（\d{4}-\d{2}起为¥1,200\.00）。$/.exec(note);
    assert.ok(m, `the note names the agreement and what is left: ${note}`);
    const [agreed, left] = [yuan(m[1]), yuan(m[2])];
    assert.equal(agreed + left, 120_000, 'the figures add up');
    assert.equal(left, leftInPlan, 'the same figure as the Plan shows');
    // 36 months at 0.60 % on ¥31,460 (the late fee waived): ¥1,062.96 the first month.
    assert.equal(agreed, 106_296);
    // The offer is judged on that budget and on the loan's own ¥6,300: 24 × 0.75 % is ¥309.75 a month.
    assert.match(await offerCard.locator('.key-figure').first().innerText(), new RegExp(`¥${(left / 100).toFixed(2)}`));
    assert.match(await offerCard.locator('.offer-card__plan').innerText(), /¥309\.75/);
    // The suggested replies say the same when opened.
    await second.panel.locator('[data-testid="dock-toggle"]').click();
    assert.equal(await second.panel.locator('[data-testid="dock-budget-note"]').innerText(), note);
    for (const width of WIDTHS) {
      await second.panel.setViewportSize({ width, height: 760 });
      await second.panel.waitForTimeout(150);
      await second.panel.screenshot({ path: join(SHOTS, `debts-dock-${width}.png`) });
    }
    await second.panel.locator('[data-testid="dock-toggle"]').click();
    await accessible(second.panel, 'the chat with its budget note');
    await shoot(second.panel, offerCard, 'offer-card');
    await shoot(second.panel, second.panel.locator('[data-testid="debt-link"]'), 'chat-link');
    await second.panel.close();
    await second.page.close();
    await first.page.close();
  });
});
