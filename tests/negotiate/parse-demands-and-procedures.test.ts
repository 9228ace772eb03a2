// Lines from writers the parser had not met that carry a plan's name or a figure but put nothing on the table: the whole
// debt demanded at once, a plan still to be applied for, a plan the person is already on, the card's own rules, a cap on
// what the agent may do. Each class has a line that does offer beside it, so a rule that swallowed offers fails too.
import { describe, expect, it } from 'vitest';
import { parseOffer } from '../../lib/negotiate/parse/index';

const kinds = (text: string) => parseOffer(text).map((o) => o.kind);

describe('the whole debt demanded at once is no settlement', () => {
  it.each([
    '系统显示您欠款合计9,420元，需要一次性全额还清。',
    '这张卡只能把欠的15800一次性结清，没有别的办法。',
    'We need the full balance of $3,180 to close the account out.',
    'The payoff figure is £4,512.70 and it is due today.',
    'The arrears have to be brought up to date in a single payment.',
  ])('%s', (text) => expect(parseOffer(text)).toEqual([]));

  it.each([
    ['一次性还6,000元，剩下的欠款全部免除。', 'settlement'],
    ['一次性还款8,800元即可结清全部欠款。', 'settlement'],
    ['We can accept $2,400 in full and final settlement of the account.', 'settlement'],
    ['全部欠款18,000元可以给您分24期还。', 'installment'],
  ])('a reduced total or a plan still is: %s', (text, kind) => expect(kinds(text)).toContain(kind));
});

describe('a plan still to be applied for, with no figure, is no offer yet', () => {
  it.each([
    '停息挂账要先提交材料，由风控审核后才知道结果。',
    '这个得转给协商部门审批，我这边办不了停息。',
    'An interest freeze has to go through an affordability review first.',
  ])('%s', (text) => expect(parseOffer(text)).toEqual([]));

  it.each([
    ['可以帮您申请延期还款三个月。', 'deferral'],
    ['审批已经通过了，给您办理停息挂账。', 'interest-frozen'],
    ['I can apply a six-month payment holiday for you today.', 'deferral'],
  ])('with its figure or its approval it is: %s', (text, kind) => expect(kinds(text)).toContain(kind));
});

describe('a plan the person is already on, and its reminders', () => {
  it.each([
    '您之前已经约定每月15号还600，目前已经还了4期。',
    "You're currently enrolled in a 9-month plan at $75 a month.",
    'Reminder: your instalment of $210.00 is due on the 3rd.',
  ])('%s', (text) => expect(parseOffer(text)).toEqual([]));

  it('a new plan offered after it still is', () => {
    expect(kinds("You're currently enrolled in a 9-month plan, but now I can offer 12 months at $50.")).toContain('installment');
  });
});

describe("the card's own rules and the agent's cap", () => {
  it.each([
    '本卡有5天的还款宽限期，期内还款不算逾期。',
    'Hardship fee refunds are only considered once in any 12-month period.',
    'My authority tops out at a 30 percent reduction.',
    'Any payment plan under £40 a month needs a full budget review.',
    'A missed payment will show on your credit file for six years.',
    'Late payments drop off after six years.',
  ])('%s', (text) => expect(parseOffer(text)).toEqual([]));

  it('a grace period granted to this person is a deferral', () => {
    expect(kinds('可以给您宽限20天，宽限期内不收违约金。')).toContain('deferral');
  });
});

describe("the person's own proposal, quoted back", () => {
  it.each(['您要的是本金打六折？这个幅度需要主管签字。', "I've passed your offer of £900 to our recoveries team."])('%s', (text) =>
    expect(parseOffer(text)).toEqual([]),
  );
});

describe('a decision against the relief, and the whole sum in other words', () => {
  it.each([
    'The interest freeze you applied for was not approved by the team.',
    'We are not accepting the £900 settlement you put forward.',
    '您说的分期方案这次没通过审批。',
    '你提出每月还1500的方案，我们这边不接受。',
    '我们只接受结清，金额是4,380.20元。',
    '呢張卡要一次過還晒 HK$6,200 先得。',
    "We've given you two months already; the balance now has to be paid in one go.",
    'A repayment arrangement is reported to the credit agencies for 12 months.',
  ])('%s', (text) => expect(parseOffer(text)).toEqual([]));

  it.each([
    ['The interest freeze was approved: no interest for the next 6 months.', 'interest-frozen'],
    ['您的分期已审批通过，分12期，每期手续费率0.6%。', 'installment'],
    ['We can accept £900 as a full and final settlement.', 'settlement'],
  ])('an approved or accepted one still is: %s', (text, kind) => expect(kinds(text)).toContain(kind));
});

describe('a rejected offer, the overdue sum in full, a case-by-case policy', () => {
  it.each([
    'Your offer to settle for £700 has been rejected; the balance stands.',
    'The overdue amount of $1,480.20 has to be paid in full by Friday.',
    'Payment holidays of up to 3 months are looked at case by case.',
  ])('%s', (text) => expect(parseOffer(text)).toEqual([]));

  it.each([
    ['We can accept $700 to settle the overdue amount in full.', 'settlement'],
    ['For you I can do a 3-month payment holiday starting next month.', 'deferral'],
  ])('an offer still is: %s', (text, kind) => expect(kinds(text)).toContain(kind));
});

describe('a relief the bank does not do, a decision taken elsewhere, a fee to mend a record', () => {
  it.each([
    '停息挂账这项业务我们这边不办理。',
    '您的延期申请经核实不予通过。',
    '你申请嘅分期唔获批。',
    "A 12-month payment holiday isn't something I can authorise on my own.",
    'Let me check with my supervisor whether we can freeze the interest.',
    'Any repayment plan longer than 6 months needs the hardship team to sign it off.',
    '根据我行规定，分期期数可选3、6、12期。',
    'The outstanding $1,904.30 is due in a single payment by Monday.',
    'The instalments have been pending since three months.',
    '交1,500元修复服务费，逾期记录48小时内消除。',
  ])('%s', (text) => expect(parseOffer(text)).toEqual([]));

  it.each([
    ['经审批，可以为您办理分12期，每期手续费率0.6%。', 'installment'],
    ['I can authorise a 3-month payment holiday for you today.', 'deferral'],
    ['可以给您延期3个月，延期期间不收取服务费。', 'deferral'],
  ])('an offer still is: %s', (text, kind) => expect(kinds(text)).toContain(kind));
});
