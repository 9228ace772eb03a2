/**
 * How long a debt has been overdue, against the thresholds each market draws (../shared/research/finance.md, "How time
 * overdue changes things"). Facts with their source named, for the person to check; never a threat, never advice.
 */
import type { Bilingual } from '../negotiate/analyze';
import type { Debt } from '../negotiate/types';
import type { DebtProduct } from './types';

/** How far along the thresholds a debt is, on one scale for every market: 0 (not overdue) to 4 (the last line). */
export type OverdueTier = 0 | 1 | 2 | 3 | 4;

export interface OverdueStage {
  days: number;
  tier: OverdueTier;
  /** 'M1'…'M4+' in China; the threshold's own name elsewhere. */
  label: Bilingual;
  /** What this stage means, as the source states it. */
  meaning: Bilingual;
  source: Bilingual;
  /** The next threshold and the days to it, when there is one. */
  next?: { days: number; label: Bilingual };
}

interface Band {
  from: number;
  tier: OverdueTier;
  label: Bilingual;
  meaning: Bilingual;
}

const CN_SOURCE: Bilingual = {
  zh: '银行逾期分级惯例（M1–M4）；《征信业管理条例》第十六条',
  en: 'Chinese bank practice (M1–M4); Regulation on the Administration of Credit Reporting, Art. 16',
};
const CN: Band[] = [
  { from: 0, tier: 0, label: { zh: '未逾期', en: 'not overdue' }, meaning: { zh: '尚未逾期', en: 'No payment is overdue yet' } },
  {
    from: 1,
    tier: 1,
    label: { zh: 'M1', en: 'M1' },
    meaning: {
      zh: '逾期1–30天（M1）：逾期的每个月都会报送征信，结束后保留5年',
      en: '1–30 days overdue (M1): every month overdue is reported to the PBoC credit reference centre and kept 5 years after it ends',
    },
  },
  {
    from: 31,
    tier: 2,
    label: { zh: 'M2', en: 'M2' },
    meaning: { zh: '逾期31–60天（M2）：征信上又多一个逾期月份', en: '31–60 days overdue (M2): another month overdue on the credit report' },
  },
  {
    from: 61,
    tier: 3,
    label: { zh: 'M3', en: 'M3' },
    meaning: {
      zh: '逾期61–90天（M3）：超过90天后，信用卡欠款通常被列为不良、转入催收',
      en: '61–90 days overdue (M3): after 90 days a card debt is normally classed non-performing and passed to collection',
    },
  },
  {
    from: 91,
    tier: 4,
    label: { zh: 'M4+', en: 'M4+' },
    meaning: {
      zh: '逾期超过90天（M4+）：信用卡欠款通常已被列为不良、转入催收',
      en: 'Over 90 days overdue (M4+): a card debt is normally classed non-performing and passed to collection',
    },
  },
];

const US_SOURCE: Bilingual = {
  zh: '美国征信报送惯例；联邦银行监管机构统一零售信贷分类政策；FCRA §605',
  en: 'US credit bureau reporting; the federal regulators’ uniform retail credit classification policy; FCRA §605',
};
const US: Band[] = [
  { from: 0, tier: 0, label: { zh: '未逾期', en: 'not overdue' }, meaning: { zh: '尚未逾期', en: 'No payment is overdue yet' } },
  {
    from: 1,
    tier: 1,
    label: { zh: '逾期不足30天', en: 'under 30 days late' },
    meaning: { zh: '逾期不足30天：发卡机构通常尚未报送征信机构', en: 'Under 30 days late: card issuers report a payment to the credit bureaus once it is 30 days late' },
  },
  {
    from: 30,
    tier: 2,
    label: { zh: '逾期30天以上', en: '30+ days late' },
    meaning: { zh: '逾期30天以上：已报送征信机构，负面记录保留7年', en: '30+ days late: reported to the credit bureaus; negative items stay 7 years' },
  },
  {
    from: 180,
    tier: 4,
    label: { zh: '逾期180天以上', en: '180+ days late' },
    meaning: { zh: '逾期180天以上：循环信贷通常被核销（charge-off）', en: '180+ days past due: open-end credit is normally charged off' },
  },
];

const UK_SOURCE: Bilingual = { zh: '英国《1974年消费信贷法》第87条；征信档案惯例', en: 'Consumer Credit Act 1974 s.87; UK credit file practice' };
const UK: Band[] = [
  { from: 0, tier: 0, label: { zh: '未逾期', en: 'not overdue' }, meaning: { zh: '尚未逾期', en: 'No payment is overdue yet' } },
  {
    from: 1,
    tier: 1,
    label: { zh: '拖欠', en: 'in arrears' },
    meaning: { zh: '拖欠：贷款方会先寄出欠款通知（notice of arrears）', en: 'In arrears: the lender sends a notice of arrears first' },
  },
  {
    from: 90,
    tier: 2,
    label: { zh: '欠3个月以上', en: '3+ months missed' },
    meaning: {
      zh: '欠款3个月以上：通常在3–6个月后会收到违约通知（default notice）',
      en: '3+ months missed: a default notice typically follows after 3–6 missed months',
    },
  },
  {
    from: 180,
    tier: 3,
    label: { zh: '欠6个月以上', en: '6+ months missed' },
    meaning: { zh: '欠款6个月以上：违约记录在征信档案中保留6年', en: '6+ months missed: a default stays on the credit file for 6 years' },
  },
];

const TABLES: Record<Debt['market'], { bands: Band[]; source: Bilingual }> = {
  CN: { bands: CN, source: CN_SOURCE },
  US: { bands: US, source: US_SOURCE },
  UK: { bands: UK, source: UK_SOURCE },
};

/**
 * The research states the 90-day line (non-performing, passed to collection) for card debts; for a loan or online
 * lending the panel says only what holds for every debt — each month overdue is reported.
 */
const CN_NOT_CARD: Partial<Record<OverdueTier, Bilingual>> = {
  3: { zh: '逾期61–90天（M3）：逾期的每个月都会报送征信', en: '61–90 days overdue (M3): every month overdue is reported to the PBoC credit reference centre' },
  4: {
    zh: '逾期超过90天（M4+）：逾期的每个月都会报送征信，结束后保留5年',
    en: 'Over 90 days overdue (M4+): every month overdue is reported to the credit reference centre and kept 5 years after it ends',
  },
};

export function overdueStage(market: Debt['market'], days: number, product: DebtProduct = 'card'): OverdueStage {
  const { bands, source } = TABLES[market];
  const d = Math.max(0, Math.floor(days));
  let i = 0;
  while (i + 1 < bands.length && d >= bands[i + 1]!.from) i++;
  const band = bands[i]!;
  const next = bands[i + 1];
  const meaning = market === 'CN' && product !== 'card' ? (CN_NOT_CARD[band.tier] ?? band.meaning) : band.meaning;
  const stage: OverdueStage = { days: d, tier: band.tier, label: band.label, meaning, source };
  if (next && d > 0) stage.next = { days: next.from - d, label: next.label };
  return stage;
}

/** 恶意透支's amount line: "数额较大" starts at ¥50,000 (法释〔2018〕19号). */
export const CN_LARGE_AMOUNT = 5_000_000;
