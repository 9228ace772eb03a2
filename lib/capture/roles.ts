import type { Role } from '../db/types';

/**
 * Which side of the conversation an item is on, as far as its markup says. "agent-side" means the other party
 * without saying whether it is a person or a bot; the session's handoff state decides (lib/capture/role-resolver.ts).
 */
export type Side = Role | 'agent-side';

/**
 * Role hints read from class names, ids and data attributes. Order matters: "system" and "bot" are checked before
 * the side words because notices often sit inside an agent-styled row.
 */
const SYSTEM_HINT = /(^|[\s_-])(system|sys|notice|notification|tip|tips|event|divider|info-?msg|cx-system|mxg-system|status-?msg|announcement)([\s_-]|$)/i;
const BOT_HINT = /(^|[\s_-])(bot|robot|chatbot|ai-?msg|virtual-?agent|cx-bot|jiqiren)([\s_-]|$)/i;
const CUSTOMER_HINT =
  /(^|[\s_-])(me|mine|self|own|my|user|visitor|customer|client|chasitor|consumer|guest|outgoing|outbound|sent|right|cx-you|end-?user|kehu|from-?me|is-?me)([\s_-]|$)/i;
const AGENT_HINT = /(^|[\s_-])(agent|staff|operator|advisor|adviser|human|rengong|kefu|servicer|admin|rep)([\s_-]|$)/i;
const OTHER_SIDE_HINT = /(^|[\s_-])(service|support|them|other|incoming|inbound|received|left|reply|answer|server)([\s_-]|$)/i;

/**
 * Utility classes (Tailwind-style "my-2", "text-right", "self-end", "[margin-left:auto]") style a box; they say
 * nothing about who wrote it, yet hold side words ("my", "right", "self", "left"). Values are what tell them from a
 * named class such as "my-message" or "msg-right".
 */
const UTILITY_CLASS =
  /^(?:[a-z0-9-]+:)*(?:-?[mp][trblxyse]?-(?:\d|auto|px|\[)|(?:text|float|clear)-(?:left|right|center|justify|start|end|none|xs|sm|base|lg|\d?xl|white|black|\[|[a-z]+-\d{2,3})|(?:justify|items|content|place|self)(?:-self|-items|-content)?-(?:auto|start|end|center|between|around|evenly|stretch|baseline|normal|left|right)|flex-(?:row|col|wrap|1|auto|none|grow|shrink)|(?:top|bottom|left|right|inset|start|end)-(?:\d|auto|px|full|\[)|(?:bg|border|rounded|shadow|ring|w|h|min-w|max-w|gap|space-[xy]|order|font|leading|tracking)-)|[[\]:]/;

/** Splits camelCase and BEM-ish names so "msgRowAgent" or "msg-row--me" expose their words. */
export function classWords(el: Element): string {
  const cls = (el.getAttribute('class') ?? '')
    .split(/\s+/)
    .filter((token) => !UTILITY_CLASS.test(token))
    .join(' ');
  const raw = `${cls} ${el.id ?? ''} ${el.getAttribute('data-role') ?? ''} ${el.getAttribute('data-sender') ?? ''} ${el.getAttribute('data-from') ?? ''} ${el.getAttribute('data-author-type') ?? ''}`;
  return raw.replace(/([a-z])([A-Z])/g, '$1 $2').replace(/_{1,2}|-{2}/g, ' ');
}

export function sideFromWords(words: string): Side | undefined {
  if (SYSTEM_HINT.test(words)) return 'system';
  if (BOT_HINT.test(words)) return 'bot';
  if (CUSTOMER_HINT.test(words)) return 'customer';
  if (AGENT_HINT.test(words)) return 'agent';
  if (OTHER_SIDE_HINT.test(words)) return 'agent-side';
  return undefined;
}

/** Side from the item's own classes and those of its first two levels of descendants. */
export function sideFromClasses(el: Element, depth = 2): Side | undefined {
  const own = sideFromWords(classWords(el));
  if (own) return own;
  const words: string[] = [];
  const collect = (node: Element, level: number) => {
    for (let child = node.firstElementChild; child; child = child.nextElementSibling) {
      if (child.attributes.length > 0) words.push(classWords(child));
      if (level < depth) collect(child, level + 1);
    }
  };
  collect(el, 1);
  return words.length > 0 ? sideFromWords(words.join(' ')) : undefined;
}

const SYSTEM_TEXT =
  /^(?:[\s\S]{0,40}(?:会话已(?:结束|被客服接起|被转接|超时|关闭)|正在为您转接|转接中|正在转接|当前排队|排队人数|您前面还有|正在為您轉接|轉接中|當前排隊|目前排隊|排隊人數|您前面還有|[会會][话話]已[结結]束|[对對][话話]已[结結]束|已接入|接入会话|加入会话|离开会话|(?:进入|進入|加入|接入)了?(?:会话|會話|对话|對話)|已结束会话|本次会话已结束|结束了会话|会话创建成功|坐席全忙|客服已离线)[\s\S]{0,60}|[\s\S]{0,60}\b(?:joined the (?:chat|conversation)|has joined|left the (?:chat|conversation)|has left|chat (?:started|ended)|conversation (?:started|ended|has ended)|is now connected|connected to|disconnected|transferred you|transferring you|connecting you (?:to|with)|you are (?:now )?chatting with|you're (?:now )?chatting with|you are in a queue|position in (?:the )?queue|(?:you are|you're) (?:number|no\.?|#)\s*\d+ in (?:the )?(?:queue|line))\b[\s\S]{0,60})$/i;

/** A notice the chat itself writes (transfer, queue, join, end), recognisable by its wording alone. */
export function isSystemText(text: string): boolean {
  return text.length <= 140 && SYSTEM_TEXT.test(text);
}

const HANDOFF_TEXT =
  /((?:人工|真人)?(?:客服|专员|專員|坐席)\s*[\u4e00-\u9fa5A-Za-z]{1,6}\s*(?:[（(][^）)]{0,24}[）)])?\s*(?:为您服务|為您服務|已接入|已加入|加入會話|接入會話)|会话已被客服接起|人工客服.{0,12}(?:已接入|为您服务)|已为您接入|已接入(?:人工)?|接入会话|(?:进入|進入|加入|接入)了?(?:会话|會話|对话|對話)|转人工成功|客服.{0,8}(?:已加入|加入会话)|joined the (?:chat|conversation)|has joined|you are (?:now )?chatting with|you're (?:now )?chatting with|connected (?:you )?(?:to|with) (?:an? )?(?:agent|advisor|representative|specialist|[A-Z][a-z]+)|is now connected|\bconnected\b)/i;

/** A line saying a person has taken over from the bot. */
export function isHandoffText(text: string): boolean {
  return HANDOFF_TEXT.test(text);
}

const BOT_NAME = /(智能|智慧客服|机器人|機器人|小助手|助手|助理|robot|chatbot|\bbot\b|virtual|assistant|\bdigital\b|\bhelper\b|虚拟|虛擬)/i;
const BOT_SELF_INTRO = /(我是.{0,12}(?:智能|机器人|小助手|虚拟助手|智能助理)|(?:I'm|I am|this is) .{0,30}(?:virtual assistant|digital assistant|a bot|chatbot|automated assistant))/i;

export function isBotName(author: string | undefined): boolean {
  return author !== undefined && BOT_NAME.test(author);
}

export function isBotSelfIntro(text: string): boolean {
  return BOT_SELF_INTRO.test(text);
}

/** An agent-side message whose sender is a named assistant is the bot, not a human agent. */
export function refineRole(role: Role, author: string | undefined): Role {
  if (role === 'agent' && isBotName(author)) return 'bot';
  return role;
}
