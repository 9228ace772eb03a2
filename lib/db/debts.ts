/**
 * Reads and writes of the `debts` table (lib/debts). Every row is checked against its schema on the way in and on the
 * way out: a damaged row is kept as it is (nothing is lost) and left out of the Plan rather than crashing it.
 */
import { linkRecord } from '../debts/links';
import type { RecordFacts } from '../debts/plans';
import { storedDebtSchema } from '../debts/schema';
import type { DebtRow } from '../debts/types';
import type { ParleyDB } from './database';

export type DebtCheck = { ok: true; row: DebtRow } | { ok: false; path: string; message: string };

export function checkDebt(value: unknown): DebtCheck {
  const parsed = storedDebtSchema.safeParse(value);
  if (parsed.success) return { ok: true, row: parsed.data as DebtRow };
  const issue = parsed.error.issues[0];
  return { ok: false, path: issue?.path.join('.') ?? '', message: issue?.message ?? 'invalid debt' };
}

/** Oldest first: the order the person listed them in. */
export async function loadDebts(db: ParleyDB): Promise<DebtRow[]> {
  const rows = await db.debts.toArray();
  return rows
    .map(checkDebt)
    .flatMap((c) => (c.ok ? [c.row] : []))
    .sort((a, b) => a.createdAt - b.createdAt || (a.id < b.id ? -1 : 1));
}

export type DebtInput = Omit<DebtRow, 'id' | 'createdAt' | 'updatedAt' | 'recordIds'> & Partial<Pick<DebtRow, 'id' | 'createdAt' | 'recordIds'>>;

/** Adds or replaces one debt; refused (nothing written) when a field does not fit, naming it. */
export async function saveDebt(db: ParleyDB, input: DebtInput, now = Date.now(), newId: () => string = () => crypto.randomUUID()): Promise<DebtCheck> {
  const checked = checkDebt({ ...input, id: input.id ?? `debt:${newId()}`, recordIds: input.recordIds ?? [], createdAt: input.createdAt ?? now, updatedAt: now });
  if (!checked.ok) return checked;
  await db.debts.put(checked.row);
  return checked;
}

export async function deleteDebt(db: ParleyDB, id: string): Promise<void> {
  await db.debts.delete(id);
}

/** Files a record under one debt (and under no other), in one transaction. */
export async function linkDebtRecord(db: ParleyDB, debtId: string, sessionId: string, now = Date.now()): Promise<void> {
  await db.transaction('rw', db.debts, async () => {
    const changed = linkRecord(await loadDebts(db), debtId, sessionId);
    if (changed.length > 0) await db.debts.bulkPut(changed.map((d) => ({ ...d, updatedAt: now })));
  });
}

/** Takes a record out of every debt (the record was deleted, or the person says it is about none of them). */
export async function unlinkDebtRecord(db: ParleyDB, sessionId: string, now = Date.now()): Promise<void> {
  await db.transaction('rw', db.debts, async () => {
    const rows = await db.debts.where('recordIds').equals(sessionId).toArray();
    for (const row of rows) {
      const next: DebtRow = { ...row, recordIds: row.recordIds.filter((id) => id !== sessionId), updatedAt: now };
      if (next.agreed?.from === 'record' && next.agreed.sessionId === sessionId) delete next.agreed;
      await db.debts.put(next);
    }
  });
}

/**
 * What the debts' plans need from their records: start, terms, outcome and the first payment reminder. Only the
 * records some debt lists are read, with their plan reminders.
 */
export async function loadRecordFacts(db: ParleyDB, debts: readonly DebtRow[]): Promise<Map<string, RecordFacts>> {
  const ids = [...new Set(debts.flatMap((d) => [...d.recordIds, ...(d.agreed?.from === 'record' ? [d.agreed.sessionId] : [])]))];
  if (ids.length === 0) return new Map();
  return db.transaction('r', db.sessions, db.followUps, async () => {
    const sessions = await db.sessions.bulkGet(ids);
    const followUps = await db.followUps.where('sessionId').anyOf(ids).toArray();
    const firstDue = new Map<string, number>();
    for (const f of followUps) {
      if (f.source !== 'plan') continue;
      const seen = firstDue.get(f.sessionId);
      if (seen === undefined || f.dueAt < seen) firstDue.set(f.sessionId, f.dueAt);
    }
    const out = new Map<string, RecordFacts>();
    for (const s of sessions) {
      if (!s) continue;
      const facts: RecordFacts = { id: s.id, startedAt: s.startedAt, siteId: s.siteId };
      if (s.bankName) facts.bankName = s.bankName;
      if (s.agreedTerms) facts.agreedTerms = s.agreedTerms;
      if (s.outcome) facts.outcome = s.outcome;
      const due = firstDue.get(s.id);
      if (due !== undefined) facts.firstPlanDue = due;
      out.set(s.id, facts);
    }
    return out;
  });
}
