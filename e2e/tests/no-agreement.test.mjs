// A chat that ends without agreed terms, in a real browser: after the bank turns the request down and the chat
// closes, the panel shows why, records the outcome with one click, and sets a reminder to contact the bank again.
// In a Traditional-Chinese browser the card is in Traditional characters, like the offer card's own sentences.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { axeViolations, describeViolations, seriousOrCritical } from '../lib/axe.mjs';
import { launchWithExtension, readDatabase } from '../lib/browser.mjs';
import { negotiate, sessionIdOf } from '../lib/panel-scene.mjs';
import { startSiteServer } from '../lib/server.mjs';

let site;
let browser;

before(async () => {
  site = await startSiteServer();
  browser = await launchWithExtension({ lang: 'zh-TW' });
});

after(async () => {
  await browser?.context.close();
  await site?.close();
});

describe('a chat that ends without an agreement', () => {
  it('proposes the outcome and the next steps, and records both', async () => {
    const { page, panel } = await negotiate(browser, site, { lang: 'zh', width: 360, height: 900 });
    // The offer card's own sentences follow the zh_TW panel (the chat itself is Simplified, and so are its replies).
    const card = panel.locator('[data-testid="offer-card"]').nth(1);
    assert.match(await card.locator('.offer-card__plan').innerText(), /首月¥[\d,.]+，之後每月/);
    assert.match(await card.locator('.rung__why').first().innerText(), /比銀行方案/);

    await page.evaluate(() => {
      window.demoChat.push('agent', '很抱歉，您目前不符合办理条件，无法为您办理停息挂账。');
      window.demoChat.push('notice', '本次会话已结束');
    });
    const na = panel.locator('[data-testid="no-agreement"]');
    await na.waitFor({ timeout: 10000 });
    assert.equal(await na.getAttribute('data-why'), 'refused');
    assert.match(await na.innerText(), /對話已結束，未達成協議/);
    const steps = await na.locator('[data-step]').evaluateAll((els) => els.map((e) => e.getAttribute('data-step')));
    assert.deepEqual(steps, ['written-application', 'other-channel', 'follow-up']);

    await na.locator('[data-testid="no-agreement-record"]').click();
    await na.locator('[data-testid="no-agreement-recorded"]').waitFor({ timeout: 5000 });
    await na.locator('[data-testid="no-agreement-remind"]').click();
    await na.locator('[data-testid="no-agreement-reminded"]').waitFor({ timeout: 5000 });

    // The card passes axe like the rest of the panel, light and dark.
    for (const scheme of ['light', 'dark']) {
      await panel.emulateMedia({ colorScheme: scheme });
      const bad = seriousOrCritical(await axeViolations(panel));
      assert.equal(bad.length, 0, `no-agreement card (${scheme}):\n${describeViolations(bad)}`);
    }

    const id = await sessionIdOf(browser, page);
    const { sessions } = await readDatabase(browser.context);
    assert.equal(sessions.find((s) => s.id === id)?.outcome, 'refused');
  });
});
