import { useEffect, useMemo } from 'react';
import type { Profile } from '../../lib/db/database';
import { linkDebtRecord } from '../../lib/db/debts';
import { db } from '../../lib/db/instance';
import { chatBudget, figuresForChat, type ChatBudget } from '../../lib/debts/for-chat';
import { debtForRecord, type RecordMatch } from '../../lib/debts/links';
import { budgetLeftSentence } from '../../lib/debts/sentence';
import type { SessionRecord } from '../../lib/records/types';
import { uiScript, type Lang } from '../../lib/ui/i18n';
import { inPanelScript } from '../../lib/ui/panel-script';
import { debtLabel } from './labels';
import { useDebts, type DebtsState } from './useDebts';

export interface ChatDebt {
  debts: DebtsState | undefined;
  match: RecordMatch | undefined;
  /** The Plan as this negotiation should use it: the debt's own figures, and only the budget the agreed plans leave. */
  profile: Profile | undefined;
  budget: ChatBudget | undefined;
  /** "After the ¥1,000.00 a month agreed with …, ¥450.00 … is left for this debt.", when another plan is agreed. */
  note: string | undefined;
}

/**
 * The debt a chat (or any record) is about and the budget it may offer. A live chat with a bank the person lists one
 * open debt with is filed under that debt at once, so a plan agreed in it counts against every other debt; a record
 * opened later is matched the same way but filed only when the person chooses.
 */
export function useChatDebt(session: SessionRecord | undefined, profile: Profile | undefined, lang: Lang, live: boolean): ChatDebt {
  const debts = useDebts();
  const match = useMemo(() => {
    if (!session || !debts || debts.rows.length === 0) return undefined;
    const status = new Map(debts.book.map((e) => [e.row.id, e.status]));
    return debtForRecord(debts.rows, session, (d) => status.get(d.id) ?? d.status);
  }, [session, debts]);
  const linkTo = live && session && match?.how === 'creditor' ? match.debt.id : undefined;
  const sessionId = session?.id;
  useEffect(() => {
    if (linkTo && sessionId) void linkDebtRecord(db, linkTo, sessionId);
  }, [linkTo, sessionId]);
  return useMemo(() => {
    if (!profile || !debts || debts.rows.length === 0) return { debts, match, profile, budget: undefined, note: undefined };
    const row = match?.debt;
    const budget = chatBudget(debts.book, row?.id, profile.budget, profile.debt.currency, debts.currentMonth);
    const names = new Map(debts.rows.map((d) => [d.id, d]));
    const nameOf = (id: string, l: Lang) => {
      const d = names.get(id);
      return d ? debtLabel(d, debts.rows, l) : id;
    };
    const sentence = budgetLeftSentence(budget, profile.debt.currency, nameOf)?.[lang];
    const note = sentence === undefined ? undefined : inPanelScript(sentence, { lang, script: uiScript() });
    return { debts, match, profile: figuresForChat(profile, budget, row), budget, note };
  }, [profile, debts, match, lang]);
}
