// Firefox forgets alarms when it quits (Chrome keeps them and fires the missed ones itself), so Parley rings the
// follow-ups that fell due while the browser was closed from runtime.onStartup (lib/background/reminders.ts
// ringMissed). Only a copy installed in the profile sees onStartup, which is how the Firefox driver installs the build.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { browserName, launchBrowser, until } from './driver.mjs';

let driver;

before(async () => {
  assert.equal(browserName(), 'firefox', 'run with PARLEY_BROWSER=firefox (npm run test:firefox)');
  driver = await launchBrowser();
});

after(async () => {
  await driver?.close();
});

describe('Firefox across a browser restart', () => {
  it('rings a reminder that fell due while the browser was closed once, at the next start', async () => {
    const sessionId = 'a-record';
    const id = `cross-${Date.now()}`;
    const dueAt = Date.now() + 4000;
    await driver.inExtension(
      ([followUpId, session, when]) =>
        new Promise((res, rej) => {
          const req = indexedDB.open('parley');
          req.onsuccess = () => {
            const tx = req.result.transaction('followUps', 'readwrite');
            tx.objectStore('followUps').put({ id: followUpId, sessionId: session, dueAt: when, title: 'Call the bank back', source: 'user', done: false });
            tx.oncomplete = () => res(req.result.close());
            tx.onerror = () => rej(tx.error);
          };
        }),
      [id, sessionId, dueAt],
    );
    const rung = async () => ((await driver.readDatabase()).settings.find((s) => s.key === 'reminders.rung')?.value ?? []).filter((k) => k.startsWith(`${id}@`));
    assert.deepEqual(await rung(), []);
    // Quit before it is due, start again after: only the start itself can ring it.
    await driver.restart({ whileClosed: async () => { while (Date.now() < dueAt + 500) await new Promise((r) => setTimeout(r, 200)); } });
    assert.deepEqual(await until(async () => { const keys = await rung(); return keys.length > 0 && keys; }, 'the missed reminder to ring'), [`${id}@${dueAt}`]);
    await driver.restart();
    await new Promise((r) => setTimeout(r, 1500));
    assert.equal((await rung()).length, 1, 'rung once, not again at the following start');
  });
});
