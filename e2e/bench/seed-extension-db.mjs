// Puts a synthetic session straight into the extension's own database (through its service worker), so a bench
// measures reading and drawing a long record without first playing thousands of chat lines.
import { serviceWorker } from '../lib/browser.mjs';
import { syntheticSession } from './synthetic-session.mjs';

/** `fields` are set on the session (e.g. a tabId so the panel shows it as the live chat). */
export async function seedSyntheticSession(context, { count, t0, id = 'bench-10k', fields = {} }) {
  const worker = await serviceWorker(context);
  await worker.evaluate(
    async ({ n, start, make, sessionId, extra }) => {
      const { session, messages } = new Function(`return (${make})`)()(n, start, sessionId);
      Object.assign(session, extra);
      // Opening a database that does not exist yet would create an empty one under Parley's name: wait for Parley's.
      while (!(await indexedDB.databases()).some((d) => d.name === 'parley' && d.version >= 20)) await new Promise((r) => setTimeout(r, 100));
      const db = await new Promise((resolve, reject) => {
        const open = indexedDB.open('parley');
        open.onsuccess = () => resolve(open.result);
        open.onerror = () => reject(open.error);
      });
      await new Promise((resolve, reject) => {
        const tx = db.transaction(['sessions', 'messages'], 'readwrite');
        tx.objectStore('sessions').put(session);
        for (const m of messages) tx.objectStore('messages').put(m);
        tx.oncomplete = resolve;
        tx.onerror = () => reject(tx.error);
      });
      db.close();
    },
    { n: count, start: t0, make: syntheticSession.toString(), sessionId: id, extra: fields },
  );
}
