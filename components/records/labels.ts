import type { Channel, FollowUpSource, Outcome, ReferenceKind } from '../../lib/records/types';
import type { MessageKey } from '../../lib/ui/i18n';

export const CHANNEL_LABEL: Record<Channel, MessageKey> = {
  'web-chat': 'recChannelWebChat',
  phone: 'recChannelPhone',
  visit: 'recChannelVisit',
  letter: 'recChannelLetter',
  app: 'recChannelApp',
};

export const OUTCOME_LABEL: Record<Outcome, MessageKey> = {
  open: 'recOutcomeOpen',
  agreed: 'recOutcomeAgreed',
  refused: 'recOutcomeRefused',
  'pending-callback': 'recOutcomePendingCallback',
  'no-agreement': 'recOutcomeNoAgreement',
  abandoned: 'recOutcomeAbandoned',
};

export const REFERENCE_LABEL: Record<ReferenceKind, MessageKey> = {
  ticket: 'recRefTicket',
  case: 'recRefCase',
  agreement: 'recRefAgreement',
  other: 'recRefOther',
};

export const SOURCE_LABEL: Record<FollowUpSource, MessageKey> = {
  user: 'recSourceUser',
  transcript: 'recSourceTranscript',
  plan: 'recSourcePlan',
};
