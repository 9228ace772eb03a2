export interface AgentIdentity {
  name?: string;
  id?: string;
}

const ID_PATTERNS: RegExp[] = [
  /(?:工号|工號|员工号|員工號|坐席号|坐席號|客服号|客服號)\s*(?:是|为)?\s*[:：]?\s*([A-Za-z]{0,3}\d{3,10})/,
  /\b(?:agent|employee|staff|operator|advisor|adviser|associate|colleague|team member|member services|specialist|rep(?:resentative)?)\s*(?:id|number|no\.?|#)\s*(?:is\s*)?[:#]?\s*([A-Za-z]{0,3}\d{3,10})\b/i,
  // A bare "(ID 4821)" right after the person's name in their own introduction ("my name is Ana Ruiz (ID 4821)").
  /\b[A-Z][a-z]+\s*[(（]\s*(?:ID|staff ID|工号|工號)\s*[:：#]?\s*([A-Za-z]{0,3}\d{3,10})\s*[)）]/,
];

// Wordings that announce who joined: the only ones trusted from a notice (JOIN_PATTERNS); greetings use them too.
const STAFF_JOINED = /(?:人工客服|真人客服|客服|坐席|专员|專員)\s*([\u4e00-\u9fa5]{2,4}|[A-Z][a-z]{1,20})\s*(?:[（(][^）)]{0,24}[）)])?\s*(?:已接入|已加入|接入会话|接入會話|加入了?会话|加入了?會話|接起了?会话|为您服务|為您服務)/;
const EN_JOINED = /\b(?:[Aa]gent|[Aa]dvisor|[Aa]dviser)?\s*([A-Z][a-z]{1,20}(?: [A-Z][a-z]{1,20})?)(?:\s*[(（][^)）]{0,40}[)）])?\s*(?:has )?joined(?: the (?:chat|conversation))?\b/;
const CHATTING_WITH = /\b[Yy]ou(?:'re| are) (?:now )?(?:chatting|speaking|connected) with ([A-Z][a-z]{1,20}(?: [A-Z][a-z]{1,20})?)\b/;
// "工号 8823 李娜 已进入会话": the staff number, then the name, then a join verb.
const NUMBER_THEN_NAME_JOINED = /(?:工号|工號)\s*[:：]?\s*[A-Za-z]{0,3}\d{3,10}\s*([\u4e00-\u9fa5]{2,4}?)\s*(?:已|已经|已經)?(?:进入|進入|加入|接入)(?:了)?(?:会话|會話|对话|對話|聊天)/;

const NAME_PATTERNS: RegExp[] = [
  /我是(?:[^，,。！!\s]{0,16}?(?:客服|专员|坐席|顾问))(?:代表)?\s*([\u4e00-\u9fa5]{1,4}?)(?=[，,。！!\s]|工号|$)/,
  /(?:客服|专员|坐席)\s*([\u4e00-\u9fa5]{2,4}?)(?:为您服务|很高兴)/,
  STAFF_JOINED,
  /\b(?:[Mm]y name is|[Tt]his is|I'm|I am)\s+([A-Z][a-z]{1,20}(?: [A-Z][a-z]{1,20})?)\b/,
  EN_JOINED,
  CHATTING_WITH,
  // "您好，王芳（工号 95141）为您服务", "Hi, Sarah Lee (ID 4821) here": a name followed at once by the staff number in
  // brackets is the speaker introducing themselves, whatever greeting surrounds it.
  /(?:^|[，,。！!\s：:]|客服|专员|專員|坐席|经理|經理)(?!客服|专员|專員|坐席|经理|經理)([\u4e00-\u9fa5]{2,4}?)\s*[（(]\s*(?:工号|工號|员工号|員工號|坐席号|坐席號)\s*[:：]?\s*[A-Za-z]{0,3}\d{3,10}\s*[)）]/,
  /\b([A-Z][a-z]{1,20}(?: [A-Z][a-z]{1,20})?)\s*[(（]\s*(?:agent |staff |employee )?(?:ID|No\.?|#)\s*[:#]?\s*[A-Za-z]{0,3}\d{3,10}\s*[)）]/,
  NUMBER_THEN_NAME_JOINED,
];

/** Lines that announce who joined: trusted from notices, unlike greetings, which a notice may phrase loosely. */
const JOIN_PATTERNS: RegExp[] = [STAFF_JOINED, EN_JOINED, CHATTING_WITH, NUMBER_THEN_NAME_JOINED];

/**
 * Words that sit where a name would, and never are one: a role ("客服", "agent", "you"), a greeting or thanks, or the
 * adverb of a service phrase ("客服竭诚为您服务").
 */
const NOT_A_NAME =
  /^(客服|人工|在线客服|智能客服|系统|system|agent|support|bot|you|me|我|the|an?|assistant|advisor|customer|visitor|hello|hi|hey|thanks|thank you|welcome|sorry|竭诚|热诚|真诚|诚挚|全力|全心|随时|将|正在|继续|马上|立即|非常|很高兴|为您|请问|您好|你好|谢谢|感谢|稍等|抱歉|欢迎|請問|謝謝|感謝|歡迎)$/i;

const NAME_FROM_AUTHOR = /^(?:客服|人工客服|专员|坐席|agent|advisor)?\s*[:：-]?\s*([\u4e00-\u9fa5]{1,4}|[A-Z][a-z]{1,20}(?:\s[A-Z][a-z]{0,20})?)$/i;

/** Reads the agent's name and staff id from what the agent wrote or from the name shown beside the message. */
export function agentIdentity(text: string, author?: string): AgentIdentity {
  const found: AgentIdentity = {};
  for (const pattern of ID_PATTERNS) {
    const m = pattern.exec(text);
    if (m?.[1]) {
      found.id = m[1];
      break;
    }
  }
  for (const pattern of NAME_PATTERNS) {
    const m = pattern.exec(text);
    if (m?.[1] && !NOT_A_NAME.test(m[1])) {
      found.name = m[1];
      break;
    }
  }
  if (!found.name && author) {
    const m = NAME_FROM_AUTHOR.exec(author.trim());
    if (m?.[1] && !NOT_A_NAME.test(m[1])) found.name = m[1];
  }
  return found;
}

/**
 * The agent's name and ID from a system notice ("人工客服 李娜 已接入", "Lina (Agent ID 40213) has joined the chat"),
 * and nothing else: an ID is taken only from a notice that names who joined.
 */
export function joinedAgent(text: string): AgentIdentity {
  for (const pattern of JOIN_PATTERNS) {
    const m = pattern.exec(text);
    if (m?.[1] && !NOT_A_NAME.test(m[1])) {
      const found: AgentIdentity = { name: m[1] };
      for (const idPattern of ID_PATTERNS) {
        const id = idPattern.exec(text)?.[1];
        if (id) {
          found.id = id;
          break;
        }
      }
      return found;
    }
  }
  return {};
}
