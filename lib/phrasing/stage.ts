/**
 * Where the negotiation stands, read from the transcript in order. The latest message with a recognisable move
 * sets the stage; messages without one ("请稍等") leave it unchanged. Agent moves come from classifyAgentMessage;
 * the customer's own moves (agreeing, proposing, asking for a breakdown or a waiver) from a small lexicon here.
 */

import { classifyAgentMessage } from './classify/classify';
import { normalize } from './classify/normalize';
import type { ChatLine, Classification, IntentId, StageId } from './types';

const AGENT_DONE = /办理成功|已(为您)?(办理|登记)(好|成功)|已经生效|已生效|has been set up|is now (in place|active|set up)|you'?re all set/;

const CUSTOMER_CUES: Array<[RegExp, 'agree' | 'breakdown' | 'propose' | 'waiver']> = [
  [/(?<!不|不能|无法|没法)(同意|接受)(这个|该|您的)?(方案)?(?!吗)|就按(这个|您说的)|可以[,，]?(就这样|办理吧|帮我办)|没问题[,，]?(就这样|办理)|\bi (agree|accept)\b|that works|let'?s go with|sounds good|go ahead and set/, 'agree'],
  [/明细|分别是多少|本金.{0,6}利息|breakdown|itemi[sz]ed/, 'breakdown'],
  [/减免|免除|豁免|waive|waiver/, 'waiver'],
  [/我想申请|我希望(申请|分)|分\d+期|停息挂账|个性化分期|i'?d like to (propose|repay|apply|pay)|payment plan|could i pay|hardship (plan|program)/, 'propose'],
];

const BY_INTENT: Record<IntentId, StageId | null> = {
  greeting: 'opening',
  'identity-check': 'opening',
  'asks-reason': 'hardship',
  'asks-proof': 'hardship',
  'demands-full-payment': 'proposal',
  offer: 'counter',
  'refuses-waiver': 'refusal',
  'needs-approval': 'follow-up',
  'collection-warning': 'refusal',
  'asks-commitment': null,
  closing: 'closing',
};

export interface InferStageOptions {
  /** Classifications already computed for agent lines, by index (so the panel classifies each message once). */
  classified?: ReadonlyMap<number, Classification>;
}

export function inferStage(messages: readonly ChatLine[] | undefined, opts: InferStageOptions = {}): StageId {
  let stage: StageId = 'opening';
  let offerSeen = false;
  if (!messages) return stage;
  messages.forEach((line, i) => {
    if (typeof line?.text !== 'string') return;
    if (line.role === 'agent' || line.role === 'bot') {
      const c = opts.classified?.get(i) ?? classifyAgentMessage(line.text);
      if (AGENT_DONE.test(normalize(line.text))) {
        stage = 'confirmation';
      }
      const primary = c.intents[0];
      if (!primary) return;
      if (c.intents.includes('offer')) offerSeen = true;
      if (primary === 'greeting' && stage !== 'opening') return;
      if (primary === 'asks-commitment') stage = offerSeen ? 'confirmation' : 'proposal';
      else if (primary === 'closing') stage = 'closing';
      else stage = BY_INTENT[primary] ?? stage;
    } else if (line.role === 'customer') {
      const text = normalize(line.text);
      const cue = CUSTOMER_CUES.find(([re]) => re.test(text))?.[1];
      if (cue === 'agree' && (offerSeen || stage === 'confirmation')) {
        stage = 'confirmation';
      } else if (cue === 'breakdown') stage = 'breakdown';
      else if (cue === 'waiver') stage = 'waiver';
      else if (cue === 'propose') stage = offerSeen ? 'counter' : 'proposal';
    }
  });
  return stage;
}
