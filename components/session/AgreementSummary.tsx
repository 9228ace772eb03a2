import { useMemo, useState } from 'react';
import type { Profile } from '../../lib/db/database';
import { db } from '../../lib/db/instance';
import { updateRecord } from '../../lib/db/records-queries';
import { agentFigureText, analyzeOffer, describeOffer, type OfferAnalysis } from '../../lib/negotiate/index';
import type { Debt, Offer } from '../../lib/negotiate/types';
import type { SessionRecord } from '../../lib/records/types';
import { agreementPatch, agreementSaved } from '../../lib/ui/agreement-patch';
import { t, uiScript, type Lang } from '../../lib/ui/i18n';
import { inPanelScript } from '../../lib/ui/panel-script';
import type { Agreement } from '../../lib/ui/session-end';
import './session-end.css';

const NO_BUDGET = { monthlyIncome: 0, essentialSpending: 0, otherDebtPayments: 0, cashNow: 0 };

/** The agreed plan's schedule: from the Plan's figures (in the chat's currency), else from terms that state the amount. */
function analyse(offer: Offer, profile: Profile | undefined): OfferAnalysis | undefined {
  const currency = offer.currency ?? profile?.debt.currency ?? 'CNY';
  let debt: Debt | undefined = profile && profile.debt.principal > 0 ? profile.debt : undefined;
  if (!debt && offer.amount !== undefined && offer.amount > 0) debt = { currency, principal: offer.amount, interest: 0, fees: 0, penalties: 0, market: currency === 'CNY' ? 'CN' : 'US' };
  if (!debt) return undefined;
  try {
    return analyzeOffer(offer, debt, profile?.budget ?? NO_BUDGET);
  } catch {
    return undefined;
  }
}

/**
 * Once the agent confirms a plan with a reference number, one summary of it — terms, the agent's own figure beside
 * Parley's, the reference — and one button that files it in the record (outcome, terms, reference) for the person to
 * check later against the bank's written confirmation.
 */
export function AgreementSummary({
  session,
  agreement,
  profile,
  lang,
}: {
  session: SessionRecord;
  agreement: Agreement & { offer: Offer };
  profile: Profile | undefined;
  lang: Lang;
}) {
  const [failed, setFailed] = useState(false);
  const analysis = useMemo(() => analyse(agreement.offer, profile), [agreement.offer, profile]);
  const offer = analysis?.offer ?? agreement.offer;
  const currency = offer.currency ?? 'CNY';
  const said = analysis?.agentFigures.find((f) => f.field === 'monthlyPayment');
  const saved = agreementSaved(session, agreement);
  // Sentences built in code follow the panel's characters, like its labels (a zh_TW panel reads Traditional).
  const say = (text: string) => inPanelScript(text, { lang, script: uiScript() });
  return (
    <section className="agreement" data-testid="agreement-summary" aria-labelledby="agreement-title">
      <h2 id="agreement-title" className="agreement__title">
        {t('agreementTitle')}
      </h2>
      <p className="agreement__plan" data-testid="agreement-plan">
        {say(describeOffer(offer, lang, analysis?.schedule))}
      </p>
      {said ? <p className="agreement__said">{t('agreementAgentSaid', say(agentFigureText(said.stated, said.approximate, currency, lang)))}</p> : null}
      {agreement.referenceNo ? (
        <p className="agreement__ref">
          {t('agreementReference')} <b data-testid="agreement-reference">{agreement.referenceNo}</b>
        </p>
      ) : null}
      <p className="hint">{t('agreementCheck')}</p>
      {saved ? (
        <p className="good-news" role="status" data-testid="agreement-saved">
          {t('agreementSaved')}
        </p>
      ) : (
        <div className="form-actions">
          <button
            type="button"
            className="btn btn--primary"
            data-testid="agreement-confirm"
            onClick={() => void updateRecord(db, session.id, agreementPatch(session, agreement)).then((ok) => setFailed(!ok), () => setFailed(true))}
          >
            {t('agreementConfirm')}
          </button>
          <span role="status">{failed ? t('agreementFailed') : ''}</span>
        </div>
      )}
    </section>
  );
}
