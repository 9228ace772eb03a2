// What a hostile or broken page can throw at Parley, in the real browser: a message over the size limit, markup,
// bidi and zero-width characters, messages and events the page makes up, a look-alike host, a shop's chat framed
// by a bank. (Forged links are fixtures: www.goodsmall.test/popup and /noreferrer. Crafted backups: records tests.)
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { launchWithExtension, openSidePanel, readDatabase, serviceWorker, tabIdOf } from '../lib/browser.mjs';
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

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
let counter = 0;

async function openBank() {
  counter += 1;
  const page = await browser.context.newPage();
  const url = `https://demobank.test:${site.port}/?speed=fast&hostile=${counter}`;
  await page.goto(url);
  await page.waitForFunction(() => window.demoChat?.count() >= 1);
  // These tests are about hostile content, not about how fast the chat is found: start once the greeting is stored.
  // (The greeting followed by a quiet chat is quiet-chats.test.mjs's 'first-pause'.)
  await storedFor(url, 1);
  return { page, url };
}

async function storedFor(url, atLeast, timeoutMs = 10000) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const db = await readDatabase(browser.context);
    const session = db.sessions.find((s) => s.url === url);
    const messages = db.messages.filter((m) => m.sessionId === session?.id).sort((a, b) => a.seq - b.seq);
    if (messages.length >= atLeast || Date.now() > deadline) return { session, messages };
    await sleep(150);
  }
}

async function push(page, lines) {
  for (const [who, text] of lines) {
    await page.evaluate(([w, t]) => window.demoChat.push(w, t), [who, text]);
    await sleep(120);
  }
}

describe('hostile pages', () => {
  it('keeps a message over the size limit shortened with its length noted, and records the lines after it', async () => {
    const { page, url } = await openBank();
    const agreement = '第一条 借款人应按约定还款。'.repeat(1430); // 20,020 characters: a pasted agreement
    await push(page, [['agent', agreement], ['agent', '以上是协议全文，请您确认。'], ['me', '收到']]);
    const { messages } = await storedFor(url, 4);
    const texts = messages.map((m) => m.text);
    assert.equal(messages.length, 4, `stored: ${texts.map((t) => t.slice(0, 20)).join(' | ')}`);
    assert.ok(texts[1].length <= 20_000 && texts[1].startsWith('第一条 借款人应按约定还款。'));
    assert.match(texts[1], /20,020/);
    assert.deepEqual(texts.slice(2), ['以上是协议全文，请您确认。', '收到']);
    await page.close();
  });

  it('stores markup, bidi overrides and zero-width characters as plain text and shows them as text', async () => {
    const { page, url } = await openBank();
    const markup = '<img src=x onerror="document.title=\'pwned\'"><script>alert(1)</script>';
    const bidi = 'Pay to \u202Etnuocca efas\u202C 6222\u200B0000\u200D1111';
    await push(page, [['agent', markup], ['agent', bidi]]);
    const { messages } = await storedFor(url, 3);
    // Zero-width characters are dropped (the text is kept as a reader sees it); bidi controls are kept verbatim.
    assert.deepEqual(messages.slice(1).map((m) => m.text), [markup, bidi.replace(/[\u200B\u200D]/g, '')]);
    const tabId = await tabIdOf(browser.context, `*://demobank.test/*hostile=${counter}`);
    const panel = await openSidePanel(browser.context, browser.extensionId, tabId);
    let dialog = false;
    panel.on('dialog', (d) => ((dialog = true), d.dismiss()));
    await panel.getByText('<script>alert(1)</script>', { exact: false }).first().waitFor();
    assert.equal(await panel.locator('img[src="x"]').count(), 0, 'markup from the page became an element in the panel');
    assert.equal(await panel.locator('script:not([src])').count(), 0);
    assert.notEqual(await panel.title(), 'pwned');
    assert.equal(dialog, false);
    await panel.close();
    await page.close();
  });

  it('ignores messages and events the page makes up: recording stays on and nothing is inserted', async () => {
    const { page, url } = await openBank();
    const attempt = await page.evaluate((extensionId) => {
      const forged = { parley: 1, type: 'capture/set-paused', payload: { paused: true } };
      window.postMessage(forged, '*');
      window.postMessage({ parley: 1, type: 'composer/insert', payload: { text: 'forged' } }, '*');
      document.dispatchEvent(new CustomEvent('parley', { detail: forged }));
      let runtime = 'absent';
      try {
        const rt = globalThis.chrome?.runtime;
        if (rt?.sendMessage) {
          rt.sendMessage(extensionId, forged);
          runtime = 'sent';
        }
      } catch (error) {
        runtime = `refused: ${String(error).slice(0, 60)}`;
      }
      return runtime;
    }, browser.extensionId);
    assert.notEqual(attempt, 'sent', 'a page reached the extension runtime');
    await push(page, [['agent', '您好，请问还在线吗？']]);
    const { messages } = await storedFor(url, 2);
    assert.equal(messages.at(-1)?.text, '您好，请问还在线吗？');
    const worker = await serviceWorker(browser.context);
    const paused = await worker.evaluate(() => new Promise((resolve) => {
      const open = indexedDB.open('parley');
      open.onsuccess = () => {
        const tx = open.result.transaction('settings', 'readonly');
        const get = tx.objectStore('settings').get('capture.paused');
        get.onsuccess = () => resolve(get.result?.value ?? false);
        get.onerror = () => resolve('error');
      };
    }));
    assert.equal(paused, false);
    assert.equal(await page.inputValue('#kf-input'), '');
    await page.close();
  });

  it('never loads on a look-alike of a bank host', async () => {
    const page = await browser.context.newPage();
    const url = `https://cmbchina-com.test:${site.port}/?speed=fast`;
    await page.goto(url);
    await page.waitForFunction(() => window.demoChat?.count() >= 1);
    await page.fill('#kf-input', '我的卡逾期了');
    await page.press('#kf-input', 'Enter');
    await sleep(1500);
    const db = await readDatabase(browser.context);
    assert.equal(db.sessions.filter((s) => s.url.includes('cmbchina-com.test')).length, 0);
    await page.close();
  });

  it("stores nothing from a shop's chat framed by a bank page", async () => {
    const page = await browser.context.newPage();
    await page.goto(`https://demobank.test:${site.port}/framed-shop/`);
    const frame = await (async () => {
      for (let i = 0; i < 50; i++) {
        const f = page.frames().find((x) => x.url().includes('shop.test'));
        if (f && (await f.evaluate(() => window.demoChat?.count() >= 1).catch(() => false))) return f;
        await sleep(100);
      }
      throw new Error('shop frame did not load');
    })();
    await frame.fill('#kf-input', '订单什么时候发货');
    await frame.press('#kf-input', 'Enter');
    await sleep(1500);
    const db = await readDatabase(browser.context);
    assert.equal(db.sessions.filter((s) => s.url.includes('shop.test') || s.url.includes('framed-shop')).length, 0);
    await page.close();
  });

  it('records a vendor chat opened by a hidden link only when the person chooses, for that tab, under the page it is on', async () => {
    const page = await browser.context.newPage();
    await page.goto(`https://www.goodsmall.test:${site.port}/noreferrer/`);
    const [popup] = await Promise.all([page.waitForEvent('popup'), page.click('#kefu')]);
    await popup.waitForFunction(() => window.fixtureChat?.done, null, { timeout: 20000 });
    await sleep(1500);
    const stored = async () => (await readDatabase(browser.context)).sessions.filter((s) => s.url.includes('accessId=shop3'));
    assert.equal((await stored()).length, 0, 'a link parameter alone must not make this a bank chat');
    const worker = await serviceWorker(browser.context);
    const tabId = await worker.evaluate(async (u) => (await chrome.tabs.query({})).find((t) => t.url === u)?.id, popup.url());
    const panel = await openSidePanel(browser.context, browser.extensionId, tabId);
    const button = panel.getByRole('button', { name: /Record this chat|记录这个对话/ });
    await button.waitFor({ timeout: 10000 });
    await button.click();
    await panel.getByText(/You chose to record this chat|你已选择记录这个对话/).waitFor({ timeout: 10000 });
    // Nothing new is said after the person allows it: what is on screen is stored once the unconfirmed hold ends.
    const deadline = Date.now() + 25000;
    let sessions = [];
    while (Date.now() < deadline && sessions.length === 0) {
      await sleep(300);
      sessions = await stored();
    }
    assert.equal(sessions.length, 1);
    assert.equal(sessions[0].siteId, 'webchat.7moor.com', 'filed under the page the person chose, not the bank the link names');
    await panel.close();
    await popup.close();
    await page.close();
  });

  it('does not report text as inserted into a chat box the page has hidden', async () => {
    const { page, url } = await openBank();
    await push(page, [['agent', '您好，请问有什么可以帮您？']]);
    // Inserting needs the chat's session (it names the frame to insert into).
    assert.equal((await storedFor(url, 2)).messages.length, 2);
    const tabId = await tabIdOf(browser.context, `*://demobank.test/*hostile=${counter}`);
    const panel = await openSidePanel(browser.context, browser.extensionId, tabId);
    const insert = () => panel.evaluate((id) => chrome.runtime.sendMessage({ parley: 1, type: 'composer/insert', payload: { tabId: id, text: '能否分36期？' } }), tabId);
    await page.evaluate(() => (document.getElementById('kf-composer').style.display = 'none'));
    assert.deepEqual(await insert(), { ok: false, reason: 'composer-hidden' });
    assert.equal(await page.inputValue('#kf-input'), '');
    await page.evaluate(() => (document.getElementById('kf-composer').style.display = ''));
    assert.deepEqual(await insert(), { ok: true, method: 'textarea' });
    assert.equal(await page.inputValue('#kf-input'), '能否分36期？');
    await panel.close();
    await page.close();
  });
});
