import { describe, expect, it } from 'vitest';
import { openParleyDB } from '../../lib/db/database';
import { CaptureRejected, latestSessionForTab, sessionMessages, storeCapturedBatch } from '../../lib/db/ingest';
import type { CapturedMessage, CapturedSession } from '../../lib/protocol/schemas';

const session: CapturedSession = { id: 's1', url: 'https://demobank.test/', vendor: 'generic', startedAt: 1000 };
const origin = { siteId: 'demobank', tabId: 5, frameId: 0 };

function msg(seq: number, text: string, role: CapturedMessage['role'] = 'agent'): CapturedMessage {
  return { id: `s1:${seq}:${text}`, seq, role, text, at: 2000 + seq };
}

describe('storeCapturedBatch', () => {
  it('creates the session with the site decided by the background and stores messages in order', async () => {
    const db = openParleyDB('t1');
    const acked = await storeCapturedBatch(db, { ...session, agentName: '李娜', agentId: '8823' }, [msg(0, '您好'), msg(1, '请讲', 'customer')], origin);
    expect(acked).toEqual(['s1:0:您好', 's1:1:请讲']);
    const stored = await db.sessions.get('s1');
    expect(stored).toMatchObject({ siteId: 'demobank', tabId: 5, frameId: 0, agentName: '李娜', agentId: '8823', updatedAt: 2001 });
    const messages = await sessionMessages(db, 's1');
    expect(messages.map((m) => [m.seq, m.role, m.text, m.sessionId])).toEqual([
      [0, 'agent', '您好', 's1'],
      [1, 'customer', '请讲', 's1'],
    ]);
  });

  it('stores a retried batch exactly once and acknowledges it again', async () => {
    const db = openParleyDB('t2');
    const batch = [msg(0, 'a'), msg(1, 'b')];
    await storeCapturedBatch(db, session, batch, origin);
    const again = await storeCapturedBatch(db, session, [...batch, msg(2, 'c')], origin);
    expect(again).toHaveLength(3);
    expect(await db.messages.count()).toBe(3);
  });

  it('never rewrites a stored message, even if a retry carries different text under the same id', async () => {
    const db = openParleyDB('t3');
    await storeCapturedBatch(db, session, [msg(0, 'original')], origin);
    await storeCapturedBatch(db, session, [{ ...msg(0, 'original'), text: 'changed' }], origin);
    expect((await db.messages.toArray()).map((m) => m.text)).toEqual(['original']);
  });

  it('drops duplicates inside one batch', async () => {
    const db = openParleyDB('t4');
    await storeCapturedBatch(db, session, [msg(0, 'x'), msg(0, 'x')], origin);
    expect(await db.messages.count()).toBe(1);
  });

  it('refuses a session id claimed by another site and stores nothing from it', async () => {
    const db = openParleyDB('t5');
    await storeCapturedBatch(db, session, [msg(0, 'x')], origin);
    await expect(storeCapturedBatch(db, session, [msg(1, 'y')], { ...origin, siteId: 'cmb' })).rejects.toBeInstanceOf(CaptureRejected);
    expect(await db.messages.count()).toBe(1);
  });

  it('keeps the first agent identity and finds the newest session of a tab', async () => {
    const db = openParleyDB('t6');
    await storeCapturedBatch(db, { ...session, agentName: '李娜' }, [msg(0, 'x')], origin);
    await storeCapturedBatch(db, { ...session, agentName: '王强', agentId: '9' }, [msg(1, 'y')], origin);
    expect(await db.sessions.get('s1')).toMatchObject({ agentName: '李娜', agentId: '9' });
    await storeCapturedBatch(db, { ...session, id: 's2', startedAt: 5000 }, [{ ...msg(0, 'z'), id: 's2:0', at: 9000 }], origin);
    expect((await latestSessionForTab(db, 5))?.id).toBe('s2');
    expect(await latestSessionForTab(db, 99)).toBeUndefined();
  });
});
