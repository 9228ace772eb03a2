import { deleteDebt } from '../../lib/db/debts';
import { db } from '../../lib/db/instance';
import type { BookEntry } from '../../lib/debts/book';
import { daysOverdueOn } from '../../lib/debts/figures';
import { overdueStage } from '../../lib/debts/overdue';
import type { DebtPlan } from '../../lib/debts/plans';
import { debtBalance } from '../../lib/debts/types';
import { describeOffer, formatMoney } from '../../lib/negotiate/index';
import { t, type Lang } from '../../lib/ui/i18n';
import { ConfirmButton } from '../records/ConfirmButton';
import { creditorName, PRODUCT_LABEL, STATUS_LABEL } from './labels';

function planLine(plan: DebtPlan, lang: Lang): string {
  const amounts = plan.payments.map((p) => p.amount);
  const months = plan.payments.length;
  const most = Math.max(...amounts);
  const money = formatMoney(most, plan.currency, lang);
  return lang === 'zh' ? `${describeOffer(plan.offer, lang)}（最多每月${money}，${months}个月）` : `${describeOffer(plan.offer, lang)} (up to ${money} a month, ${months} months)`;
}

/** One debt in the list: who, how much, how late, where it stands and its plan. */
export function DebtCard({ entry, colour, today, lang, onEdit }: { entry: BookEntry; colour: string; today: number; lang: Lang; onEdit: () => void }) {
  const { row } = entry;
  const days = daysOverdueOn(row, today, entry.status);
  const stage = overdueStage(row.market, days, row.product);
  const plan = entry.agreed ?? entry.proposed;
  return (
    <li className="debt-card" data-testid="debt-card" data-debt-id={row.id} style={{ ['--debt-colour' as string]: colour }}>
      <div className="debt-card__head">
        <span className="debt-card__name">{creditorName(row, lang)}</span>
        <span className="debt-card__kind">{t(PRODUCT_LABEL[row.product])}</span>
        <span className="chip debt-card__status" data-testid="debt-status-chip">
          {t(STATUS_LABEL[entry.status])}
        </span>
      </div>
      <p className="debt-card__line">
        {t('debtBalance')} <b>{formatMoney(debtBalance(row), row.currency, lang)}</b>
        {days > 0 ? ` · ${t('debtOverdueLine', [String(days), stage.label[lang]])}` : ''}
        {row.recordIds.length > 0 ? ` · ${row.recordIds.length === 1 ? t('debtRecordsOne') : t('debtRecords', String(row.recordIds.length))}` : ''}
      </p>
      {plan ? (
        <p className="debt-card__line" data-testid="debt-plan">
          {t(plan.kind === 'agreed' ? 'debtPlanAgreed' : 'debtPlanProposed', planLine(plan, lang))}
        </p>
      ) : null}
      <div className="debt-card__actions">
        <button type="button" className="btn" data-testid="debt-edit" onClick={onEdit}>
          {t('debtEdit')}
        </button>
        <ConfirmButton label={t('debtDelete')} question={t('debtDeleteConfirm')} confirmLabel={t('debtDelete')} onConfirm={() => deleteDebt(db, row.id)} testId="debt-delete" />
      </div>
    </li>
  );
}
