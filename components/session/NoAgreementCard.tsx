import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo, useState } from 'react';
import { browser } from 'wxt/browser';
import { db } from '../../lib/db/instance';
import { addFollowUp, updateRecord } from '../../lib/db/records-queries';
import type { Message, SessionRecord } from '../../lib/records/types';
import { t, type Lang } from '../../lib/ui/i18n';
import { nextStepFollowUp, noAgreementAdvice, type NextStep } from '../../lib/ui/no-agreement';
import type { SessionEnd } from '../../lib/ui/session-end';
import { OUTCOME_LABEL } from '../records/labels';
import { userOffset } from '../records/format';
import './session-end.css';

const WHY = { refused: 'noAgreeWhyRefused', callback: 'noAgreeWhyCallback', closed: 'noAgreeWhyClosed' } as const;

/** A due day as the person reads it, in the panel's own locale ("Tue 8 Dec", "12月8日周二"). */
function dayText(dueAt: number): string {
  return new Date(dueAt).toLocaleDateString(browser.i18n.getUILanguage(), { weekday: 'short', month: 'short', day: 'numeric' });
}

function ReminderButton({ step, session }: { step: 'callback-reminder' | 'follow-up'; session: SessionRecord }) {
  const [failed, setFailed] = useState(false);
  // Made once per card: the day does not move while the person reads it.
  const planned = useMemo(
    () => nextStepFollowUp(step, session.id, Date.now(), userOffset(), t(step === 'follow-up' ? 'noAgreeReminderFollowUp' : 'noAgreeReminderCallback')),
    [step, session.id],
  );
  const stored = useLiveQuery(() => db.followUps.get(planned.id), [planned.id]);
  if (stored) return <p className="good-news" data-testid="no-agreement-reminded">{t('noAgreeReminded', dayText(stored.dueAt))}</p>;
  return (
    <span className="no-agreement__action">
      <button type="button" className="btn" data-testid="no-agreement-remind" onClick={() => void addFollowUp(db, planned).then(() => setFailed(false), () => setFailed(true))}>
        {t('noAgreeRemind', dayText(planned.dueAt))}
      </button>
      <span role="status">{failed ? t('noAgreeFailed') : ''}</span>
    </span>
  );
}

function Step({ step, session }: { step: NextStep; session: SessionRecord }) {
  switch (step) {
    case 'callback-reminder':
    case 'follow-up':
      return (
        <li data-step={step}>
          {t(step === 'follow-up' ? 'noAgreeStepFollowUp' : 'noAgreeStepCallback')}
          <ReminderButton step={step} session={session} />
        </li>
      );
    case 'written-application':
      return <li data-step={step}>{t(session.application ? 'noAgreeStepApplicationSaved' : 'noAgreeStepApplication')}</li>;
    case 'other-channel':
      return <li data-step={step}>{t('noAgreeStepOtherChannel')}</li>;
  }
}

/**
 * When the chat is over without agreed terms: why (as read from the bank's last lines), the outcome to record with
 * one click, and what to do next. Shown where the agreement summary would be.
 */
export function NoAgreementCard({ session, messages, end }: { session: SessionRecord; messages: readonly Message[]; end: SessionEnd; lang: Lang }) {
  const [failed, setFailed] = useState(false);
  const advice = useMemo(() => noAgreementAdvice({ end, lines: messages.slice(-40), outcome: session.outcome }), [end, messages, session.outcome]);
  if (!advice) return null;
  const recorded = session.outcome ?? 'open';
  return (
    <section className="agreement no-agreement" data-testid="no-agreement" data-why={advice.why} aria-labelledby="no-agreement-title">
      <h2 id="no-agreement-title" className="agreement__title">
        {t('noAgreeTitle')}
      </h2>
      <p className="agreement__said">{t(WHY[advice.why])}</p>
      {advice.recorded ? (
        <p className="good-news" role="status" data-testid="no-agreement-recorded">
          {t('noAgreeRecorded', t(OUTCOME_LABEL[recorded]))}
        </p>
      ) : (
        <div className="form-actions">
          <button
            type="button"
            className="btn btn--primary"
            data-testid="no-agreement-record"
            data-outcome={advice.outcome}
            onClick={() => void updateRecord(db, session.id, { outcome: advice.outcome }).then((ok) => setFailed(!ok), () => setFailed(true))}
          >
            {t('noAgreeRecord', t(OUTCOME_LABEL[advice.outcome]))}
          </button>
          <span role="status">{failed ? t('noAgreeFailed') : ''}</span>
        </div>
      )}
      <h3 className="no-agreement__next">{t('noAgreeNext')}</h3>
      <ol className="no-agreement__steps" data-testid="no-agreement-steps">
        {advice.steps.map((step) => (
          <Step key={step} step={step} session={session} />
        ))}
      </ol>
    </section>
  );
}
