/**
 * The first, generic chat finder: scores transcript candidates by their markup and by having a composer nearby.
 * Vendor adapters (issue 3) run before it; this catches in-house bank chats such as the demo bank.
 */
export interface ChatLocation {
  vendor: string;
  root: Element;
  transcript: Element;
  composer?: HTMLElement;
  sendButton?: HTMLElement;
  confidence: number;
}

const TRANSCRIPT_HINT = /(^|[\s_-])(messages?|message-?list|msg-?list|msgs|chat-?body|chat-?content|chat-?log|chat-?history|transcript|conversation|dialog-?body|history|im-?body|log)([\s_-]|$)/i;
const NEGATIVE_HINT = /(^|[\s_-])(comments?|faq|search|reviews?|forum|feed|news)([\s_-]|$)/i;
const CHAT_WORDS = /(客服|在线|咨询|人工|chat|support|agent|help|assistant)/i;
const SEND_TEXT = /^\s*(发送|發送|send|send message|提交)\s*$/i;
const SEARCH_INPUT = /(search|搜索|查询|keyword)/i;

function words(el: Element): string {
  return `${el.getAttribute('class') ?? ''} ${el.id}`.replace(/([a-z])([A-Z])/g, '$1 $2').replace(/_{1,2}|-{2}/g, ' ');
}

function isComposer(el: Element): el is HTMLElement {
  const tag = el.tagName;
  if (tag === 'TEXTAREA') return true;
  if (tag === 'INPUT') {
    const type = (el.getAttribute('type') ?? 'text').toLowerCase();
    if (type !== 'text') return false;
  } else if (el.getAttribute('contenteditable') !== 'true' && el.getAttribute('contenteditable') !== '' && el.getAttribute('role') !== 'textbox') {
    return false;
  }
  const label = `${el.getAttribute('placeholder') ?? ''} ${el.getAttribute('name') ?? ''} ${el.getAttribute('aria-label') ?? ''} ${words(el)}`;
  return !SEARCH_INPUT.test(label);
}

export function findComposer(scope: Element): HTMLElement | undefined {
  const candidates = scope.querySelectorAll('textarea, input, [contenteditable], [role="textbox"]');
  return Array.from(candidates).find(isComposer);
}

export function findSendButton(scope: Element): HTMLElement | undefined {
  const buttons = scope.querySelectorAll('button, [role="button"], input[type="submit"], a');
  return Array.from(buttons).find((b): b is HTMLElement => {
    const label = `${b.textContent ?? ''}`.trim() || b.getAttribute('aria-label') || b.getAttribute('value') || '';
    return SEND_TEXT.test(label) || /(^|[\s_-])send([\s_-]|$)/i.test(words(b));
  });
}

/** The element whose children are the message rows (a lone list wrapper is looked through). */
export function transcriptItems(transcript: Element): Element[] {
  let container = transcript;
  if (container.children.length === 1 && /^(UL|OL)$/.test(container.children[0]!.tagName)) {
    container = container.children[0]!;
  }
  return Array.from(container.children);
}

function chatRootFor(transcript: Element, maxLevels = 5): { root: Element; composer?: HTMLElement } {
  let node: Element = transcript;
  for (let level = 0; level < maxLevels && node.parentElement; level += 1) {
    node = node.parentElement;
    const composer = findComposer(node);
    if (composer) return { root: node, composer };
  }
  return { root: transcript.parentElement ?? transcript };
}

export function detectGenericChat(scope: ParentNode): ChatLocation | null {
  const candidates = Array.from(scope.querySelectorAll('[role="log"], [class], [id]')).filter(
    (el) => el.getAttribute('role') === 'log' || TRANSCRIPT_HINT.test(words(el)),
  );
  let best: ChatLocation | null = null;
  let bestScore = 0;
  for (const transcript of candidates) {
    if (transcript.closest('header, nav, footer') || NEGATIVE_HINT.test(words(transcript))) continue;
    let score = 0;
    if (transcript.getAttribute('role') === 'log') score += 3;
    if (TRANSCRIPT_HINT.test(words(transcript))) score += 2;
    const { root, composer } = chatRootFor(transcript);
    if (NEGATIVE_HINT.test(words(root))) score -= 3;
    if (composer) score += 3;
    const sendButton = findSendButton(root);
    if (sendButton) score += 1;
    if (CHAT_WORDS.test(`${words(root)} ${root.querySelector('h1,h2,h3,header,[class*="title"]')?.textContent ?? ''}`)) score += 1;
    if (transcriptItems(transcript).length > 0) score += 1;
    if (score > bestScore) {
      bestScore = score;
      best = { vendor: 'generic', root, transcript, confidence: Math.min(1, score / 10) };
      if (composer) best.composer = composer;
      if (sendButton) best.sendButton = sendButton;
    }
  }
  // A composer is required: a transcript with nowhere to type is an archive or FAQ, not a live chat.
  return best && best.composer && bestScore >= 6 ? best : null;
}
