// Screenshots of every tab of the side panel at 360 and 500 px, in Chinese and English, light and dark, and of the
// printable record page, written to screenshots-output/ (git-ignored) to be looked at before a layout change lands.
// Usage: npm run screenshots (builds the test build first); PARLEY_OUT_DIR=<dir> to use a build made elsewhere.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { launchWithExtension } from './lib/browser.mjs';
import { agreeFirstChat, DEBT_LABELS, enterDebts, openChat, secondChatOffer } from './lib/debts-scene.mjs';
import { negotiate, openPrintable, SCENES, sessionIdOf, showScene } from './lib/panel-scene.mjs';
import { startSiteServer } from './lib/server.mjs';

const OUT = process.env.PARLEY_SCREENSHOTS_DIR ?? 'screenshots-output';
const WIDTHS = [360, 500];
const HEIGHT = 720;
mkdirSync(OUT, { recursive: true });

const site = await startSiteServer();
const written = [];
try {
  for (const lang of ['zh', 'en']) {
    const browser = await launchWithExtension({ lang: lang === 'zh' ? 'zh-CN' : 'en-US' });
    try {
      const { page, panel } = await negotiate(browser, site, { lang, width: WIDTHS[0], height: HEIGHT });
      const sessionId = await sessionIdOf(browser, page);
      for (const scheme of ['light', 'dark']) {
        await panel.emulateMedia({ colorScheme: scheme });
        for (const width of WIDTHS) {
          await panel.setViewportSize({ width, height: HEIGHT });
          for (const scene of SCENES) {
            await showScene(panel, scene);
            const file = join(OUT, `${scene}-${lang}-${width}-${scheme}.png`);
            await panel.screenshot({ path: file });
            written.push(file);
            if (scene === 'chat') {
              // The suggestions opened, and the chat scrolled up to the first offer (the "new messages" button shows
              // only after a message arrives, so this is the reading position).
              await panel.locator('[data-testid="dock-toggle"]').click();
              await panel.waitForTimeout(200);
              const open = join(OUT, `chat-dock-open-${lang}-${width}-${scheme}.png`);
              await panel.screenshot({ path: open });
              await panel.locator('[data-testid="dock-toggle"]').click();
              written.push(open);
            }
          }
        }
        const printable = await openPrintable(browser, sessionId, lang);
        await printable.emulateMedia({ colorScheme: scheme });
        const file = join(OUT, `printable-${lang}-${scheme}.png`);
        await printable.screenshot({ path: file });
        written.push(file);
        await printable.close();
      }
    } finally {
      await browser.context.close();
    }
  }
  // Several debts: the Plan's debts and each of its views after one agreement, and the next chat's offer card.
  for (const lang of ['zh', 'en']) {
    const browser = await launchWithExtension({ lang: lang === 'zh' ? 'zh-CN' : 'en-US' });
    try {
      const first = await openChat(browser, site, `shots-${lang}`, { lang, width: WIDTHS[0], height: HEIGHT });
      await enterDebts(first.panel);
      await agreeFirstChat(first, lang);
      await first.panel.getByRole('tab').nth(1).click();
      const section = first.panel.locator('[data-testid="debts"]');
      // The sticky top bar would cover the top of an element screenshot.
      await first.panel.addStyleTag({ content: '.topbar { position: static !important; }' });
      const second = await secondChatOffer(browser, site, lang, { width: WIDTHS[0], height: HEIGHT });
      for (const scheme of ['light', 'dark']) {
        for (const panel of [first.panel, second.panel]) await panel.emulateMedia({ colorScheme: scheme });
        for (const width of WIDTHS) {
          await first.panel.setViewportSize({ width, height: 1400 });
          for (const view of ['rank', 'split', 'timeline', 'what-if']) {
            await section.locator(`[data-testid="debts-view-${view}"]`).click();
            if (view === 'what-if') {
              await section.locator('#what-if-debt').selectOption({ label: DEBT_LABELS[lang].loanShort });
              await section.locator('[data-testid="what-if-plan"]').fill('分60期，每期手续费率0.3%');
              await section.locator('[data-testid="what-if-table"]').waitFor();
            }
            await first.panel.waitForTimeout(200);
            const file = join(OUT, `debts-${view}-${lang}-${width}-${scheme}.png`);
            await section.screenshot({ path: file });
            written.push(file);
          }
          await second.panel.setViewportSize({ width, height: HEIGHT });
          await second.panel.waitForTimeout(200);
          const file = join(OUT, `debts-chat-${lang}-${width}-${scheme}.png`);
          await second.panel.screenshot({ path: file });
          written.push(file);
        }
      }
    } finally {
      await browser.context.close();
    }
  }
} finally {
  await site.close();
}
console.log(`${written.length} screenshots in ${OUT}/:\n${written.join('\n')}`);
