// Several debts at once, as the browser test and the screenshot script play it: the Plan's budget (¥1,200 a month to
// spare), a card and a loan at the demo bank and a lending app; a first demo-bank chat filed under the card and agreed;
// a second demo-bank chat, which finds the loan by itself.
import { openSidePanel, tabIdOf } from './browser.mjs';
import { CUSTOMER_LINES, sayAsCustomer } from './conversation.mjs';
import { enterProfile } from './profile.mjs';

/** Adds a debt through the Plan's form as a person would. */
export async function addDebt(panel, { creditor, product, figures = {}, days, proposal, yearlyRate }) {
  const section = panel.locator('[data-testid="debts"]');
  await section.locator('[data-testid="debt-add"]').click();
  const form = section.locator('[data-testid="debt-form"]');
  await form.locator('[data-testid="debt-creditor"]').selectOption(creditor);
  await form.locator('[data-testid="debt-product"]').selectOption(product);
  for (const [field, value] of Object.entries(figures)) await form.locator(`#debt-${field}`).fill(value);
  await form.locator('#debt-days').fill(String(days));
  if (proposal || yearlyRate) await form.locator('summary').click();
  if (yearlyRate) {
    await form.locator('#debt-rate').fill(yearlyRate);
    await form.locator('#debt-rate-per').selectOption('year');
  }
  if (proposal) {
    await form.locator('#debt-proposed-text').fill(proposal);
    await form.locator('[data-testid="debt-proposed-text-read"]').filter({ hasNotText: /没有|could not/ }).waitFor();
  }
  const before = await section.locator('[data-testid="debt-card"]').count();
  await form.locator('[data-testid="debt-save"]').click();
  await section.locator('[data-testid="debt-card"]').nth(before).waitFor();
}

/** A demo-bank chat page of its own (found by its address) and a side panel on its tab. */
export async function openChat(browser, site, tag, { lang = 'zh', width = 420, height = 1000 } = {}) {
  const page = await browser.context.newPage();
  await page.goto(`https://demobank.test:${site.port}/?speed=fast&debts=${tag}${lang === 'en' ? '&lang=en' : ''}`);
  await page.evaluate(() => window.demoChat.idle());
  const tabId = await tabIdOf(browser.context, `*://demobank.test/*debts=${tag}*`);
  const panel = await openSidePanel(browser.context, browser.extensionId, tabId, { width, height });
  return { page, panel };
}

export const DEBT_LABELS = {
  zh: { card: '示范银行 · 信用卡', loan: '示范银行 · 贷款', loanShort: '示范银行（贷款）' },
  en: { card: 'Demo Bank · Credit card', loan: 'Demo Bank · Loan', loanShort: 'Demo Bank (Loan)' },
};

/** The Plan's three debts, entered in the panel's Plan tab. */
export async function enterDebts(panel) {
  // The demo customer owes in yuan, whatever language the browser reports.
  await panel.getByRole('tab').nth(1).click();
  await panel.locator('.profile-form select').first().selectOption('CN');
  await enterProfile(panel);
  await panel.getByRole('tab').nth(1).click();
  await panel.locator('[data-testid="debts"]').waitFor();
  // The first debt starts from the Plan's figures (¥28,600 + ¥2,860 + ¥1,020), so only the rest is typed.
  await addDebt(panel, { creditor: 'site:demobank', product: 'card', days: 45 });
  await addDebt(panel, { creditor: 'site:demobank', product: 'loan', figures: { principal: '6000', interest: '300', penalties: '0' }, days: 20 });
  await addDebt(panel, {
    creditor: 'site:alipay',
    product: 'online-lending',
    figures: { principal: '5000', interest: '250', penalties: '120' },
    days: 70,
    yearlyRate: '18',
    proposal: '分24期，每期手续费率0.5%',
  });
}

/** The first chat: the panel asks which of the bank's two debts it is about; the card; the agent's plan is agreed. */
export async function agreeFirstChat({ page, panel }, lang = 'zh') {
  await panel.getByRole('tab').nth(0).click();
  const link = panel.locator('[data-testid="debt-link"]');
  await link.locator('.hint').waitFor();
  await link.locator('[data-testid="debt-link-select"]').selectOption({ label: DEBT_LABELS[lang].card });
  await link.locator('.hint').waitFor({ state: 'detached' });
  for (const line of CUSTOMER_LINES[lang].slice(0, 5)) await sayAsCustomer(page, line);
  const summary = panel.locator('[data-testid="agreement-summary"]');
  await summary.waitFor();
  await summary.locator('[data-testid="agreement-confirm"]').click();
  await summary.locator('[data-testid="agreement-saved"]').waitFor();
}

/** The second chat up to the bank's first offer. */
export async function secondChatOffer(browser, site, lang = 'zh', opts = {}) {
  const chat = await openChat(browser, site, `2-${lang}`, { lang, ...opts });
  for (const line of CUSTOMER_LINES[lang].slice(0, 3)) await sayAsCustomer(chat.page, line);
  await chat.panel.locator('[data-testid="offer-card"]').first().waitFor();
  return chat;
}
