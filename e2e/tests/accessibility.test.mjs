// axe-core (from node_modules, evaluated in the page; nothing from the network) on every tab of the side panel and
// on the printable record page, in light and dark, in Chinese and English: no serious or critical violation. The chat
// is checked at its newest message and scrolled to its start, since rows out of view cannot be checked for contrast.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { axeViolations, describeViolations, seriousOrCritical } from '../lib/axe.mjs';
import { launchWithExtension } from '../lib/browser.mjs';
import { negotiate, openPrintable, SCENES, sessionIdOf, showScene } from '../lib/panel-scene.mjs';
import { startSiteServer } from '../lib/server.mjs';

let site;
before(async () => {
  site = await startSiteServer();
});
after(async () => {
  await site?.close();
});

async function assertClean(page, where) {
  const bad = seriousOrCritical(await axeViolations(page));
  assert.equal(bad.length, 0, `${where}:\n${describeViolations(bad)}`);
}

for (const lang of ['zh', 'en']) {
  describe(`accessibility (${lang})`, () => {
    let browser;
    before(async () => {
      browser = await launchWithExtension({ lang: lang === 'zh' ? 'zh-CN' : 'en-US' });
    });
    after(async () => {
      await browser?.context.close();
    });

    it('every tab and the printable record: 0 serious or critical axe violations, light and dark', async () => {
      const { page, panel } = await negotiate(browser, site, { lang, width: 360, height: 720 });
      const sessionId = await sessionIdOf(browser, page);
      for (const scheme of ['light', 'dark']) {
        await panel.emulateMedia({ colorScheme: scheme });
        // The dark theme is really applied (a check on a theme that never switched would pass on the light one).
        const background = await panel.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
        assert.equal(background, scheme === 'dark' ? 'rgb(11, 18, 32)' : 'rgb(248, 250, 252)');
        for (const scene of SCENES) {
          await showScene(panel, scene);
          await assertClean(panel, `${scene} tab, ${scheme}`);
          if (scene === 'chat') {
            await panel.locator('[data-testid="chat-scroll"]').evaluate((el) => el.scrollTo(0, 0));
            await panel.waitForTimeout(300);
            await assertClean(panel, `chat scrolled to its start, ${scheme}`);
            await panel.locator('[data-testid="dock-toggle"]').click();
            await assertClean(panel, `chat with the suggestions open, ${scheme}`);
            await panel.locator('[data-testid="dock-toggle"]').click();
          }
        }
        const printable = await openPrintable(browser, sessionId, lang);
        await printable.emulateMedia({ colorScheme: scheme });
        await assertClean(printable, `printable record, ${scheme}`);
        await printable.close();
      }
      await panel.close();
      await page.close();
    });
  });
}
