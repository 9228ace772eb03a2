// The written application kept with a record and the day the bank's written confirmation arrived must survive
// export → import unchanged and be checked on import like every other field.
import { describe, expect, it } from 'vitest';
import { buildExport, serializeExport } from '../../lib/records/export/json';
import { parseImport } from '../../lib/records/import/parse';
import type { SessionBundle } from '../../lib/records/types';
import { cmbBundle } from './fixtures';

const opts = { now: Date.UTC(2026, 10, 23, 9), utcOffsetMinutes: 480 };

function withLetter(): SessionBundle {
  const b = cmbBundle();
  b.session.agreedTerms = { kind: 'installment', periods: 24, monthlyFeeRate: 0.0075, confirmed: true, confirmedOn: '2026-11-28' };
  b.session.application = { kind: 'cn-instalment', text: '个性化分期还款申请书\n\n招商银行：\n本人……', savedOn: '2026-11-22' };
  return b;
}

async function exported(b: SessionBundle) {
  return JSON.parse(serializeExport(await buildExport([b], opts))) as { sessions: { session: Record<string, unknown> }[] };
}

describe('letter fields in the JSON export', () => {
  it('read back exactly and the file still verifies', async () => {
    const file = await exported(withLetter());
    const r = await parseImport(JSON.stringify(file));
    if (!r.ok) throw new Error(r.error.message.en);
    expect(r.data.sessions[0]!.application).toEqual(withLetter().session.application);
    expect(r.data.sessions[0]!.agreedTerms?.confirmedOn).toBe('2026-11-28');
    expect(r.data.warnings).toEqual([]);
  });

  const bad: [string, (s: Record<string, unknown>) => void, string][] = [
    ['an unknown letter kind', (s) => ((s.application as Record<string, unknown>).kind = 'fr-lettre'), 'application.kind'],
    ['a date that does not exist', (s) => ((s.application as Record<string, unknown>).savedOn = '2026-02-30'), 'application.savedOn'],
    ['a letter without text', (s) => delete (s.application as Record<string, unknown>).text, 'application.text'],
    ['a confirmation day that is not a day', (s) => ((s.agreedTerms as Record<string, unknown>).confirmedOn = 'yesterday'), 'agreedTerms.confirmedOn'],
  ];
  for (const [name, spoil, path] of bad)
    it(`refuses ${name}, naming the field`, async () => {
      const file = await exported(withLetter());
      spoil(file.sessions[0]!.session);
      const r = await parseImport(JSON.stringify(file));
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.error.path).toContain(path);
    });
});
