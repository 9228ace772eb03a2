import { useMemo, useState } from 'react';
import { browser } from 'wxt/browser';
import type { Profile } from '../../lib/db/database';
import type { Message, Session } from '../../lib/db/types';
import { answerKey, chatCurrency, planForChat, type ChatCurrency, type CurrencyDecision, type PlanCurrencyAnswer } from '../../lib/ui/chat-currency';
import { replyLanguage, type ReplyLanguage } from '../../lib/ui/reply-language';
import { sessionEnd, type SessionEnd } from '../../lib/ui/session-end';
import { findSiteById } from '../../lib/sites/registry';

export interface ChatContext {
  currency: ChatCurrency;
  /** The Plan as this chat may use it (in the chat's currency), and the question to ask when that is unclear. */
  plan: CurrencyDecision<Profile>;
  answerCurrency: (answer: PlanCurrencyAnswer) => void;
  reply: ReplyLanguage;
  end: SessionEnd;
}

function storedAnswer(key: string | undefined): PlanCurrencyAnswer | undefined {
  if (!key) return undefined;
  try {
    const v = sessionStorage.getItem(key);
    return v === 'chat' || v === 'plan' ? v : undefined;
  } catch {
    return undefined;
  }
}

/**
 * What the chat itself says about how to read it: its currency, its language and whether it is over. The person's
 * answer to the currency question is kept for the panel's session, per site (sessionStorage: never leaves the panel).
 */
export function useChatContext(session: Session | undefined, messages: readonly Message[] | undefined, profile: Profile | undefined): ChatContext {
  const site = session ? findSiteById(session.siteId) : undefined;
  const bankTexts = useMemo(() => (messages ?? []).filter((m) => m.role === 'agent' || m.role === 'bot').map((m) => m.text), [messages]);
  const currency = useMemo(
    () => chatCurrency({ bankTexts, region: site?.region, planCurrency: profile?.debt.currency }),
    [bankTexts, site?.region, profile?.debt.currency],
  );
  const [answered, setVersion] = useState(0);
  const pending = planForChat(profile, currency, undefined).ask;
  const key = pending && session ? answerKey(session.siteId, pending) : undefined;
  // `answered` re-reads the stored answer once the person has given it.
  const plan = useMemo(() => planForChat(profile, currency, storedAnswer(key)), [profile, currency, key, answered]);
  const reply = useMemo(() => replyLanguage({ bankTexts, region: site?.region, browserLocale: browser.i18n.getUILanguage() }), [bankTexts, site?.region]);
  const end = useMemo(() => sessionEnd(messages ?? [], currency.currency), [messages, currency.currency]);
  return {
    currency,
    plan,
    reply,
    end,
    answerCurrency: (answer) => {
      if (!key) return;
      try {
        sessionStorage.setItem(key, answer);
      } catch {
        // Without storage the answer lasts until the panel re-renders; the question comes back, nothing is mixed.
      }
      setVersion((v) => v + 1);
    },
  };
}
