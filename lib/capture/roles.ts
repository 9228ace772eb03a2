import type { Role } from '../db/types';

/**
 * Role hints read from class names and ids. Order matters: "system" and "bot" are checked before the generic
 * agent/customer words because system notices often sit inside an agent-styled row.
 */
const SYSTEM_HINT = /(^|[\s_-])(system|sys|notice|notification|tip|tips|event|divider|info-?msg|cx-system)([\s_-]|$)/i;
const BOT_HINT = /(^|[\s_-])(bot|robot|chatbot|ai-?msg|virtual-?agent|cx-bot)([\s_-]|$)/i;
const CUSTOMER_HINT = /(^|[\s_-])(me|mine|self|own|my|user|visitor|customer|client|chasitor|guest|outgoing|outbound|sent|right|cx-you|lpc_message_visitor|end-user)([\s_-]|$)/i;
const AGENT_HINT = /(^|[\s_-])(agent|staff|service|kefu|servicer|operator|advisor|adviser|rep|support|them|other|incoming|inbound|received|left|cx-them|lpc_message_agent)([\s_-]|$)/i;

const BOT_NAME = /(智能|机器人|小助手|助手|robot|\bbot\b|virtual assistant|assistant)/i;

/** Splits camelCase and BEM-ish names so "msgRowAgent" or "msg-row--me" expose their words. */
function classWords(el: Element): string {
  const raw = `${el.getAttribute('class') ?? ''} ${el.id ?? ''} ${el.getAttribute('data-role') ?? ''} ${el.getAttribute('data-sender') ?? ''}`;
  return raw.replace(/([a-z])([A-Z])/g, '$1 $2').replace(/_{1,2}|-{2}/g, ' ');
}

export function roleFromClasses(el: Element, depth = 2): Role | undefined {
  const nodes: Element[] = [el];
  let frontier: Element[] = [el];
  for (let d = 0; d < depth; d += 1) {
    frontier = frontier.flatMap((n) => Array.from(n.children));
    nodes.push(...frontier);
  }
  const words = nodes.map(classWords).join(' ');
  if (SYSTEM_HINT.test(words)) return 'system';
  if (BOT_HINT.test(words)) return 'bot';
  if (CUSTOMER_HINT.test(words)) return 'customer';
  if (AGENT_HINT.test(words)) return 'agent';
  return undefined;
}

/** An agent-side message whose sender is a named assistant is the bot, not a human agent. */
export function refineRole(role: Role, author: string | undefined): Role {
  if (role === 'agent' && author && BOT_NAME.test(author)) return 'bot';
  return role;
}
