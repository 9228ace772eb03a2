import { useMemo, useState } from 'react';
import type { Profile } from '../../lib/db/database';
import { describeOffer, formatMoney } from '../../lib/negotiate/index';
import type { Offer } from '../../lib/negotiate/types';
import type { DateMention, FollowUp, Message, RecordFields, ScheduleRow, SessionRecord } from '../../lib/records/types';
import { t, type Lang } from '../../lib/ui/i18n';
import { agreedSchedule, planFollowUps, proposedFirstDue, scheduleRows, storedFirstDue } from '../../lib/ui/records/agreed-plan';
import { sameOffer, termsOnly, type FoundOffer } from '../../lib/ui/records/offers';
import { userOffset } from './format';
import { Section } from './Section';
import { TermsForm } from './TermsForm';

function ScheduleTable({ rows, currency, lang }: { rows: readonly ScheduleRow[]; currency: Offer['currency']; lang: Lang }) {
  const money = (m: number) => formatMoney(m, currency ?? 'CNY', lang);
  return (
    <details className="rec-details">
      <summary>{t('recScheduleShow', String(rows.length))}</summary>
      <table className="rec-table">
        <thead>
          <tr>
            <th>#</th>
            <th>{t('recScheduleDue')}</th>
            <th className="num">{t('recScheduleAmount')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.period}>
              <td>{r.period}</td>
              <td>{r.dueDate ?? '—'}</td>
              <td className="num">{money(r.total)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </details>
  );
}

export function TermsSection({
  session,
  offers,
  messages,
  datesSaid,
  followUps,
  profile,
  lang,
  onChange,
  onPlanReminders,
  onScheduleIcs,
}: {
  session: SessionRecord;
  offers: readonly FoundOffer[];
  messages: ReadonlyMap<string, Message>;
  /** Dates in the record and dates found in the transcript, to propose the first payment date. */
  datesSaid: readonly DateMention[];
  followUps: readonly FollowUp[];
  profile: Profile | undefined;
  lang: Lang;
  onChange: (patch: Partial<RecordFields>) => Promise<unknown>;
  onPlanReminders: (planned: FollowUp[]) => Promise<void>;
  onScheduleIcs: () => void;
}) {
  const agreed = session.agreedTerms;
  const schedule = useMemo(() => (agreed ? agreedSchedule(agreed, profile) : undefined), [agreed, profile]);
  const offset = userOffset();
  const stored = storedFirstDue(followUps, offset);
  const [firstDue, setFirstDue] = useState<string | undefined>();
  const due = firstDue ?? stored ?? proposedFirstDue(session.startedAt, datesSaid, (id) => messages.get(id)?.text, offset);
  const rows = schedule ? scheduleRows(schedule, stored) : [];
  const planCount = followUps.filter((f) => f.source === 'plan').length;
  const currency = agreed?.currency ?? profile?.debt.currency ?? 'CNY';
  const money = (m: number) => formatMoney(m, currency, lang);

  const agree = (offer: Offer) => {
    const all = [...(session.offers ?? [])];
    for (const o of offers) if (!all.some((a) => sameOffer(a, o.offer))) all.push(o.offer);
    if (!all.some((a) => sameOffer(a, offer))) all.push(offer);
    const patch: Partial<RecordFields> = { offers: all, agreedTerms: { ...offer, confirmed: false } };
    if ((session.outcome ?? 'open') === 'open') patch.outcome = 'agreed';
    return onChange(patch);
  };

  const setReminders = () => {
    if (!schedule) return;
    const dated = scheduleRows(schedule, due);
    const n = dated.length;
    return onPlanReminders(
      planFollowUps(session.id, dated, offset, (r, i) => t('recPlanPaymentTitle', [String(i + 1), String(n), money(r.total)])),
    );
  };

  return (
    <Section title={t('recTermsTitle')} testId="terms">
      {offers.length === 0 && !agreed ? <p className="hint">{t('recOffersNone')}</p> : null}
      {offers.length > 0 ? (
        <ul className="rec-offers">
          {offers.map(({ offer, messageId }, i) => {
            const isAgreed = agreed !== undefined && sameOffer(termsOnly(agreed), offer);
            const source = messageId ? messages.get(messageId) : undefined;
            return (
              <li key={i} className={`rec-offer ${isAgreed ? 'rec-offer--agreed' : ''}`} data-testid="offer">
                <div className="rec-offer__text">
                  <span>{describeOffer(offer, lang)}</span>
                  {source?.shownTime ? <span className="rec-offer__when">{source.shownTime}</span> : null}
                </div>
                {isAgreed ? (
                  <span className="rec-pill rec-pill--agreed">{t('recAgreedBadge')}</span>
                ) : (
                  <button type="button" className="btn" data-testid="offer-agree" onClick={() => void agree(offer)}>
                    {t('recAgreeOnThis')}
                  </button>
                )}
              </li>
            );
          })}
        </ul>
      ) : null}
      {agreed ? (
        <div className="rec-agreed" data-testid="agreed-terms">
          <p className="rec-agreed__label">{t('recAgreedTerms')}</p>
          <p className="rec-agreed__plan">{describeOffer(agreed, lang, schedule)}</p>
          {schedule ? (
            <p className="rec-agreed__sum">
              {t('recScheduleSummary', [String(schedule.payments.length), money(schedule.totalPaid)])}
            </p>
          ) : (
            <p className="hint">{t('recScheduleNeedsProfile')}</p>
          )}
          {/* Whether the bank confirmed them in writing is ticked in the written-confirmation section below. */}
          {schedule ? (
            <div className="rec-inline-form">
              <label className="field">
                {t('recFirstDue')}
                <input type="date" data-testid="first-due" value={due} onChange={(e) => setFirstDue(e.target.value || undefined)} />
              </label>
              <button type="button" className="btn btn--primary" data-testid="plan-reminders" onClick={() => void setReminders()}>
                {planCount > 0 ? t('recUpdateReminders') : t('recSetReminders')}
              </button>
            </div>
          ) : null}
          {planCount > 0 ? <p className="rec-ok">{t('recRemindersSet', String(planCount))}</p> : null}
          {rows.length > 0 ? <ScheduleTable rows={rows} currency={currency} lang={lang} /> : null}
          <div className="rec-actions">
            {rows.length > 0 && rows.every((r) => r.dueDate) ? (
              <button type="button" className="btn" data-testid="schedule-ics" onClick={onScheduleIcs}>
                {t('recScheduleIcs')}
              </button>
            ) : null}
            <button
              type="button"
              className="btn btn--ghost"
              onClick={async () => {
                await onChange({ agreedTerms: undefined });
                await onPlanReminders([]);
              }}
            >
              {t('recClearAgreed')}
            </button>
          </div>
        </div>
      ) : null}
      <TermsForm currency={currency} onSave={(offer) => void agree(offer)} />
    </Section>
  );
}
