import { describe, expect, it } from 'vitest';
import { DEFAULT_EVIDENCE_CHECKLIST, evidenceChecklist } from '../../lib/records/evidence';
import { buildExport, serializeExport } from '../../lib/records/export/json';
import { verifyExport } from '../../lib/records/integrity/verify-export';
import { parseImport } from '../../lib/records/import/parse';
import { createManualRecord, manualMessage } from '../../lib/records/manual';
import { channelOf, outcomeOf } from '../../lib/records/types';
import { T0 } from './fixtures';

describe('record model', () => {
  it('a stored session without record fields is a web chat that is still open', () => {
    expect(channelOf({})).toBe('web-chat');
    expect(outcomeOf({})).toBe('open');
    expect(channelOf({ channel: 'phone' })).toBe('phone');
  });

  it('the evidence checklist has unique ids and both languages', () => {
    const ids = DEFAULT_EVIDENCE_CHECKLIST.map((t) => t.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toEqual(expect.arrayContaining(['repayment-proof', 'income-statement', 'medical-certificate', 'unemployment-certificate']));
    for (const t of DEFAULT_EVIDENCE_CHECKLIST) {
      expect(t.zh).toMatch(/[\u4e00-\u9fa5]/);
      expect(t.en).toMatch(/^[A-Z]/);
    }
    expect(evidenceChecklist('en')[0]).toEqual({ id: 'debt-statement', label: DEFAULT_EVIDENCE_CHECKLIST[0]!.en, prepared: false });
    expect(evidenceChecklist().every((e) => !e.prepared && /[\u4e00-\u9fa5]/.test(e.label))).toBe(true);
  });

  it('a phone call entered by hand exports, verifies and imports like a captured chat', async () => {
    const session = { ...createManualRecord({ channel: 'phone', startedAt: T0, bankName: '招商银行', title: '电话协商' }), evidence: evidenceChecklist() };
    expect(session).toMatchObject({ url: '', siteId: 'manual', vendor: 'manual', channel: 'phone' });
    expect(session.id).toMatch(/^manual-[0-9a-f-]{36}$/);
    const messages = [
      manualMessage(session.id, 0, 'agent', '客服说可以申请分期，工号 1024。', T0, '李女士'),
      manualMessage(session.id, 1, 'customer', '我说需要和家人商量。', T0 + 60_000),
    ];
    expect(messages[0]!.id).toBe(`${session.id}#0`);
    const text = serializeExport(await buildExport([{ session, messages }], { now: T0 + 3_600_000 }));
    const v = await verifyExport(text);
    expect(v.valid && v.ok).toBe(true);
    const r = await parseImport(text);
    if (!r.ok) throw new Error(r.error.message.en);
    expect(r.data.sessions).toStrictEqual([session]);
    expect(r.data.messages).toStrictEqual(messages);
  });

  it('a session without messages is sealed by its header alone', async () => {
    const session = createManualRecord({ channel: 'letter', startedAt: T0, id: 'letter-1' });
    const file = await buildExport([{ session, messages: [] }], { now: T0 });
    expect(file.sessions[0]!.digest).toBe(file.sessions[0]!.headerHash);
    const v = await verifyExport(file);
    expect(v.valid && v.ok).toBe(true);
  });
});
