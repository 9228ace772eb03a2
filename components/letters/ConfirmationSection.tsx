import './letters.css';
import { useMemo, useState } from 'react';
import type { Profile } from '../../lib/db/database';
import { confirmationRequest } from '../../lib/letters/confirmation';
import { confirmationContext } from '../../lib/letters/from-record';
import type { TranscriptExtraction } from '../../lib/records/extract/transcript';
import type { FollowUp, Message, RecordFields, SessionRecord } from '../../lib/records/types';
import { localDay } from '../../lib/letters/today';
import type { Lang } from '../../lib/ui/i18n';
import { insertIntoChat } from '../../lib/ui/insert';
import { agreedSchedule, knownFirstDue } from '../../lib/ui/records/agreed-plan';
import { sessionEnd } from '../../lib/ui/session-end';
import { userOffset } from '../records/format';
import { Section } from '../records/Section';
import { tx } from './text';
import { TextActions } from './TextActions';

/**
 * One click writes the message asking the bank to confirm the agreed plan in writing; the person edits it, inserts it
 * into the chat (never sent) or copies it, and ticks when the confirmation has arrived.
 */
export function ConfirmationSection({
  session,
  messages,
  extraction,
  followUps,
  profile,
  lang,
  onChange,
}: {
  session: SessionRecord;
  messages: readonly Message[];
  extraction: Pick<TranscriptExtraction, 'references' | 'agents' | 'datesMentioned'>;
  followUps: readonly FollowUp[];
  profile: Profile | undefined;
  lang: Lang;
  onChange: (patch: Partial<RecordFields>) => Promise<unknown>;
}) {
  const agreement = useMemo(() => sessionEnd(messages, profile?.debt.currency).agreement, [messages, profile?.debt.currency]);
  const ctx = useMemo(() => confirmationContext(session, extraction, agreement), [session, extraction, agreement]);
  const [draft, setDraft] = useState<string | undefined>();
  const agreed = session.agreedTerms;

  const write = () => {
    if (!ctx.terms) return;
    const schedule = agreedSchedule(ctx.terms, profile);
    // The reminders' date, else the first payment date the bank said ("首期还款日为1月5日"), in the record or the chat.
    const texts = new Map(messages.map((m) => [m.id, m.text]));
    const dates = [...(session.datesMentioned ?? []), ...extraction.datesMentioned];
    const firstDue = knownFirstDue(followUps, session.startedAt, dates, (id) => texts.get(id), userOffset());
    setDraft(confirmationRequest({ lang, terms: ctx.terms, schedule, firstDue, references: ctx.references, agents: ctx.agents }));
  };

  const setReceived = (received: boolean, day?: string) => {
    const terms = agreed ?? (ctx.terms ? { ...ctx.terms, confirmed: false } : undefined);
    if (!terms) return;
    const { confirmedOn: _old, ...rest } = terms;
    const patch: Partial<RecordFields> = { agreedTerms: received ? { ...rest, confirmed: true, confirmedOn: day ?? localDay(new Date()) } : { ...rest, confirmed: false } };
    if (!agreed && (session.outcome ?? 'open') === 'open') patch.outcome = 'agreed';
    return onChange(patch);
  };

  const status = agreed?.confirmed ? (agreed.confirmedOn ? tx('confirmReceivedNote', lang, agreed.confirmedOn) : tx('confirmReceived', lang)) : tx('confirmNotYet', lang);

  return (
    <Section title={tx('confirmTitle', lang)} testId="confirmation" aside={<span className={`rec-pill ${agreed?.confirmed ? 'rec-pill--agreed' : ''}`} data-testid="confirmation-status">{status}</span>}>
      <p className="hint">{tx('confirmHint', lang)}</p>
      {!ctx.terms ? (
        <p className="hint">{tx('confirmNeedsTerms', lang)}</p>
      ) : (
        <>
          {ctx.fromChat ? <p className="hint">{tx('confirmFromChat', lang)}</p> : null}
          <div className="rec-actions">
            <button type="button" className="btn btn--primary" data-testid="confirmation-write" onClick={write}>
              {draft === undefined ? tx('confirmWrite', lang) : tx('confirmRewrite', lang)}
            </button>
          </div>
          {draft !== undefined ? (
            <div className="reply">
              <label className="field">
                {tx('confirmTextLabel', lang)}
                <textarea className="reply__edit" data-testid="confirmation-text" rows={10} value={draft} onChange={(e) => setDraft(e.target.value)} />
              </label>
              <TextActions text={draft} testId="confirmation" onInsert={session.tabId !== undefined ? async (text) => (await insertIntoChat(session.tabId, text)).ok : undefined} />
              {session.tabId === undefined ? <p className="hint">{tx('noChatOpen', lang)}</p> : null}
            </div>
          ) : null}
          <div className="rec-inline-form">
            <label className="rec-check">
              <input type="checkbox" data-testid="confirmation-received" checked={agreed?.confirmed ?? false} onChange={(e) => void setReceived(e.target.checked)} />
              {tx('confirmReceived', lang)}
            </label>
            {agreed?.confirmed ? (
              <label className="field">
                {tx('confirmReceivedOn', lang)}
                <input type="date" data-testid="confirmation-date" value={agreed.confirmedOn ?? ''} onChange={(e) => e.target.value && void setReceived(true, e.target.value)} />
              </label>
            ) : null}
          </div>
        </>
      )}
    </Section>
  );
}
