import { useEffect, useMemo, useState } from 'react';
import type { Profile } from '../../lib/db/database';
import {
  analyzeOffer,
  counterOffers,
  describeOffer,
  type CounterOffers,
} from '../../lib/negotiate/index';
import type { Budget, Debt, Offer } from '../../lib/negotiate/types';
import { t, uiScript, type Lang } from '../../lib/ui/i18n';
import { distinctRungs, groupReason, type RungGroup } from '../../lib/ui/ladder-rungs';
import { toTraditional } from '../../lib/ui/hant';
import { inPanelScript } from '../../lib/ui/panel-script';
import type { Script } from '../../lib/ui/reply-language';
import { rungReply, type RungName } from '../../lib/ui/rung-reply';
import { AgentFigureNote } from './AgentFigureNote';
import { CostChart, type ChartBar } from './CostChart';
import { KeyFigures } from './KeyFigures';
import { ReplyActions } from './ReplyActions';

export interface OfferCardProps {
  offer: Offer;
  profile: Profile | undefined;
  lang: Lang;
  onInsert: (text: string) => Promise<boolean>;
  now?: Date;
  /** A newer offer has arrived: this one shrinks to one line (its plan), opened again on click. */
  folded?: boolean;
  /** The chat's language for the replies to insert (lib/ui/reply-language.ts); the panel's when not given. */
  reply?: { lang: Lang; script: Script };
  /** The panel's characters for the card's own sentences; the browser's language pack decides when not given. */
  script?: Script;
  /** Why the budget is what it is: the plans agreed with other creditors it is left after (lib/debts/sentence.ts). */
  budgetNote?: string | undefined;
}

/** Without the user's own figures the offer is judged against its own amount and no budget. */
function fallbackDebt(offer: Offer): { debt: Debt; budget: Budget } {
  const principal = offer.amount ?? offer.settlementAmount ?? 0;
  return {
    debt: { currency: offer.currency ?? 'CNY', principal, interest: 0, fees: 0, penalties: 0, market: offer.currency && offer.currency !== 'CNY' ? 'US' : 'CN' },
    budget: { monthlyIncome: 0, essentialSpending: 0, otherDebtPayments: 0, cashNow: 0 },
  };
}

function hasFigures(profile: Profile | undefined): profile is Profile {
  return Boolean(profile && profile.debt.principal > 0 && profile.budget.monthlyIncome > 0);
}

const RUNG_LABEL: Record<RungName, 'rungOpening' | 'rungTarget' | 'rungWalkAway'> = {
  opening: 'rungOpening',
  target: 'rungTarget',
  walkAway: 'rungWalkAway',
};

function groupLabel(group: RungGroup): string {
  return group.names.length === 3 ? t('rungOnly') : group.names.map((name) => t(RUNG_LABEL[name])).join(' · ');
}

function chartBars(ladder: CounterOffers, groups: RungGroup[]): ChartBar[] {
  const bank = ladder.bank;
  return [
    { key: 'bank', label: t('chartBank'), cost: bank.totalCost, monthly: bank.maxMonthlyPayment, tone: 'bank' as const },
    ...groups.map((group) => ({
      key: group.names.join('-'),
      label: groupLabel(group),
      cost: group.rung.analysis.totalCost,
      monthly: group.rung.analysis.maxMonthlyPayment,
      tone: 'counter' as const,
    })),
    { key: 'nothing', label: t('chartNothing'), cost: bank.doNothingCost, monthly: 0, tone: 'nothing' as const },
  ];
}

/** A Chinese reply in the chat's characters. */
function replyIn(text: string, reply: OfferCardProps['reply']): string {
  return reply?.lang === 'zh' && reply.script === 'hant' ? toTraditional(text) : text;
}

/** The moment an agent states an offer: what it really costs, whether it fits, and what to ask for instead. */
export function OfferCard({ offer, profile, lang, onInsert, now, folded = false, reply, script, budgetNote }: OfferCardProps) {
  // Every sentence the card shows is in the panel's language and characters (labels already are, from the language
  // pack); replies to insert are in the chat's, or the panel's when the chat's is not known.
  const panelScript = script ?? uiScript();
  const say = (text: string) => inPanelScript(text, { lang, script: panelScript });
  const replyLanguage = reply ?? { lang, script: panelScript };
  const [open, setOpen] = useState(!folded);
  // Folding follows the chat (a newer offer folds this one); the person can still open it again.
  useEffect(() => setOpen(!folded), [folded]);
  const withBudget = hasFigures(profile);
  const result = useMemo(() => {
    const { debt, budget } = withBudget ? { debt: profile.debt, budget: profile.budget } : fallbackDebt(offer);
    const opts = now ? { now } : {};
    try {
      if (!withBudget) return { analysis: analyzeOffer(offer, debt, budget, opts), ladder: undefined };
      const ladder = counterOffers(offer, debt, budget, undefined, opts);
      return { analysis: ladder.bank, ladder };
    } catch {
      return undefined;
    }
  }, [offer, profile, withBudget, now]);
  // A deferral that leads a plan is shown on the plan's card, as one package.
  if (!result || (offer.kind === 'deferral' && offer.leadsPlan)) return null;
  const { analysis, ladder } = result;
  const rungGroups = ladder ? distinctRungs(ladder) : [];
  const currency = analysis.offer.currency ?? (withBudget ? profile.debt.currency : 'CNY');
  const flags = analysis.flags.filter((f) => withBudget || (f.id !== 'above-budget' && f.id !== 'costlier-than-nothing'));

  return (
    <section className={`offer-card ${open ? '' : 'offer-card--folded'}`} data-testid="offer-card" data-folded={!open}>
      <header className="offer-card__head">
        <span className="offer-card__kicker">{folded ? t('earlierOffer') : t('offerDetected')}</span>
        <button type="button" className="link-button" onClick={() => setOpen(!open)} aria-expanded={open}>
          {open ? t('collapse') : t('expand')}
        </button>
      </header>
      {/* A plan after a deferral reads as one package: "先延期3个月，之后12期 · …" (describeOffer). */}
      <p className="offer-card__plan" data-testid={analysis.startsAfterMonths > 0 ? 'offer-package' : undefined}>
        {say(describeOffer(analysis.offer, lang, analysis.schedule))}
      </p>
      {open ? (
        <>
          <KeyFigures analysis={analysis} lang={lang} withBudget={withBudget} say={say} />
          {withBudget && budgetNote ? (
            <p className="budget-note" data-testid="budget-note">
              {say(budgetNote)}
            </p>
          ) : null}
          <AgentFigureNote analysis={analysis} lang={lang} say={say} />
          {flags.length > 0 ? (
            <ul className="flags">
              {flags.map((flag) => (
                <li key={flag.id} className={`flag flag--${flag.severity}`}>
                  {say(flag.message[lang])}
                </li>
              ))}
            </ul>
          ) : null}
          {!withBudget ? <p className="hint">{t('offerNeedsProfile')}</p> : null}
          {ladder ? (
            <>
              {ladder.alreadyGood ? <p className="good-news">{t('offerAlreadyGood')}</p> : null}
              {ladder.reasons.map((reason) => (
                <p key={reason.en} className="hint">
                  {say(reason[lang])}
                </p>
              ))}
              <ol className="ladder">
                {rungGroups.map((group) => {
                  const { rung, voice } = group;
                  const reply = replyIn(rungReply(voice, rung, currency, replyLanguage?.lang ?? lang), replyLanguage);
                  return (
                    <li key={voice} className={`rung rung--${voice}`} data-testid={`rung-${voice}`} data-rungs={group.names.join(' ')}>
                      <div className="rung__head">
                        <span className="rung__name">{groupLabel(group)}</span>
                        <span className="rung__plan">{say(describeOffer(rung.offer, lang, rung.analysis.schedule))}</span>
                      </div>
                      <p className="rung__why">{say(groupReason(group, lang))}</p>
                      <ReplyActions text={reply} onInsert={onInsert} />
                    </li>
                  );
                })}
              </ol>
              <CostChart bars={chartBars(ladder, rungGroups)} currency={currency} lang={lang} title={t('chartTitle')} />
            </>
          ) : null}
        </>
      ) : null}
    </section>
  );
}
