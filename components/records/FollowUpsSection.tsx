import { useState } from 'react';
import { endOfLocalDay, parseDay } from '../../lib/records/time';
import type { FollowUp } from '../../lib/records/types';
import { t, type Lang } from '../../lib/ui/i18n';
import { dateInputValue, formatDate, userOffset } from './format';
import { SOURCE_LABEL } from './labels';
import { Section } from './Section';

function Item({ f, lang, now, onDone, onRemove }: { f: FollowUp; lang: Lang; now: number; onDone: (done: boolean) => void; onRemove: () => void }) {
  const overdue = !f.done && f.dueAt < now;
  return (
    <li className={`rec-item rec-followup ${f.done ? 'rec-followup--done' : ''} ${overdue ? 'rec-followup--overdue' : ''}`} data-testid="follow-up">
      <input type="checkbox" aria-label={t('recDone')} checked={f.done} onChange={(e) => onDone(e.target.checked)} />
      <span className="rec-item__main">
        <span className="rec-followup__title">{f.title}</span>
        <span className="rec-followup__meta">
          {formatDate(f.dueAt, lang)} · {t(SOURCE_LABEL[f.source])}
          {overdue ? ` · ${t('recOverdue')}` : ''}
        </span>
      </span>
      <button type="button" className="rec-remove" aria-label={t('recRemove')} onClick={onRemove}>
        ×
      </button>
    </li>
  );
}

/** Promises to chase and dates to keep. Each open one rings as a browser notification on the morning it is due. */
export function FollowUpsSection({
  sessionId,
  followUps,
  lang,
  onAdd,
  onDone,
  onRemove,
  onIcs,
}: {
  sessionId: string;
  followUps: readonly FollowUp[];
  lang: Lang;
  onAdd: (f: FollowUp) => void;
  onDone: (id: string, done: boolean) => void;
  onRemove: (id: string) => void;
  onIcs: (() => void) | undefined;
}) {
  const [title, setTitle] = useState('');
  const [day, setDay] = useState(() => dateInputValue(Date.now() + 86_400_000));
  const now = Date.now();
  const own = followUps.filter((f) => f.source !== 'plan');
  const plan = followUps.filter((f) => f.source === 'plan');
  const nextPayment = plan.find((f) => !f.done);
  const add = () => {
    const d = parseDay(day);
    if (!title.trim() || d === undefined) return;
    onAdd({ id: `user:${sessionId}:${globalThis.crypto.randomUUID()}`, sessionId, dueAt: endOfLocalDay(d, userOffset()), title: title.trim(), source: 'user', done: false });
    setTitle('');
  };
  const item = (f: FollowUp) => (
    <Item key={f.id} f={f} lang={lang} now={now} onDone={(done) => onDone(f.id, done)} onRemove={() => onRemove(f.id)} />
  );
  return (
    <Section
      title={t('recFollowUpsTitle')}
      testId="follow-ups"
      aside={
        onIcs ? (
          <button type="button" className="btn btn--ghost rec-card__aside" onClick={onIcs}>
            {t('recFollowUpsIcs')}
          </button>
        ) : undefined
      }
    >
      {own.length === 0 && plan.length === 0 ? <p className="hint">{t('recFollowUpsEmpty')}</p> : null}
      <ul className="rec-items">{own.map(item)}</ul>
      {plan.length > 0 ? (
        <details className="rec-details">
          <summary>
            {t('recPaymentReminders', String(plan.length))}
            {nextPayment ? ` · ${t('recNext', formatDate(nextPayment.dueAt, lang))}` : ''}
          </summary>
          <ul className="rec-items">{plan.map(item)}</ul>
        </details>
      ) : null}
      <div className="rec-inline-form">
        <input aria-label={t('recFollowUpTitle')} placeholder={t('recFollowUpPlaceholder')} value={title} onChange={(e) => setTitle(e.target.value)} />
        <input type="date" aria-label={t('recFollowUpDue')} value={day} onChange={(e) => setDay(e.target.value)} className="rec-inline-form__date" />
        <button type="button" className="btn" onClick={add}>
          {t('recAdd')}
        </button>
      </div>
      <p className="hint">{t('recRemindersHint')}</p>
    </Section>
  );
}
