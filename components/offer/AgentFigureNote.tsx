import { agentFigureText, type OfferAnalysis } from '../../lib/negotiate/index';
import { t, type Lang } from '../../lib/ui/i18n';

/**
 * The agent's own figure ("约¥1,062.65", "about $817") beside Parley's exact one: recognised as the same plan when
 * it is within the agent's rounding of a bill of the schedule, and said plainly when it is not.
 */
export function AgentFigureNote({ analysis, lang, say = (s) => s }: { analysis: OfferAnalysis; lang: Lang; say?: (text: string) => string }) {
  const said = analysis.agentFigures.find((f) => f.field === 'monthlyPayment');
  if (!said) return null;
  const text = say(agentFigureText(said.stated, said.approximate, analysis.offer.currency ?? 'CNY', lang));
  return said.matches ? (
    <p className="agent-figure" data-testid="agent-figure">
      {t('offerAgentFigure', text)}
    </p>
  ) : (
    <p className="flag flag--warning" data-testid="agent-figure" data-matches="false">
      {t('offerAgentFigureDiffers', text)}
    </p>
  );
}
