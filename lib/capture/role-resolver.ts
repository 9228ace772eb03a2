import type { ExtractedMessage, RawMessage } from './extract';
import { agentIdentity } from './agent-identity';
import { isBotName, isBotSelfIntro, isHandoffText, isSystemText } from './roles';
import { normalizeText } from './visible-text';

/** Sent text counts as the customer's own echo for this long after it left the composer. */
const ECHO_WINDOW_MS = 60_000;

/**
 * Turns what an item shows into a role, in conversation order. A chat usually starts with a bot and hands over to
 * a person; vendors often mark only "the other side", so bot or human follows the handoff: a bot introduces
 * itself or carries a bot name, a transfer or join notice (or a person introducing themselves) switches to human.
 * Each new message is resolved exactly once, so the state follows the conversation, not re-renders.
 */
export class RoleResolver {
  private phase: 'unknown' | 'bot' | 'human' = 'unknown';
  private readonly botAuthors = new Set<string>();
  private readonly sent: Array<{ text: string; at: number }> = [];

  constructor(private readonly now: () => number = Date.now) {}

  get handedOver(): boolean {
    return this.phase === 'human';
  }

  /** The customer just sent this from the chat's composer; its echo in the transcript is theirs. */
  noteSent(text: string): void {
    const clean = normalizeText(text);
    if (clean) this.sent.push({ text: clean, at: this.now() });
    if (this.sent.length > 20) this.sent.shift();
  }

  private takeEcho(text: string): boolean {
    const cutoff = this.now() - ECHO_WINDOW_MS;
    const index = this.sent.findIndex((s) => s.at >= cutoff && s.text === text);
    if (index < 0) return false;
    this.sent.splice(index, 1);
    return true;
  }

  resolve(raw: RawMessage): ExtractedMessage {
    const role = this.roleOf(raw);
    const message: ExtractedMessage = { role, text: raw.text };
    if (raw.author) message.author = raw.author;
    if (raw.shownTime) message.shownTime = raw.shownTime;
    return message;
  }

  private roleOf(raw: RawMessage): ExtractedMessage['role'] {
    let side = raw.side;
    if (side === 'customer') {
      this.takeEcho(raw.text);
      return 'customer';
    }
    if (!side) {
      if (this.takeEcho(raw.text)) return 'customer';
      // A bubble's side outranks its wording: a bot may well say "正在为您转接" in its own bubble.
      if (raw.layout === 'right') return 'customer';
      if (raw.layout === 'left') side = 'agent-side';
      else if (isSystemText(raw.text) || (raw.layout === 'center' && raw.text.length <= 140)) side = 'system';
      else side = 'agent-side';
    }
    if (side === 'system') {
      if (isHandoffText(raw.text)) this.phase = 'human';
      return 'system';
    }
    if (side === 'bot' || isBotName(raw.author) || (side === 'agent-side' && isBotSelfIntro(raw.text))) {
      if (raw.author) this.botAuthors.add(raw.author);
      if (this.phase === 'unknown') this.phase = 'bot';
      return 'bot';
    }
    if (side === 'agent') {
      this.phase = 'human';
      return 'agent';
    }
    // The other side, unnamed as bot or person: a bot until someone takes over.
    if (this.phase === 'bot' && !this.looksHuman(raw)) {
      if (raw.author) this.botAuthors.add(raw.author);
      return 'bot';
    }
    this.phase = 'human';
    return 'agent';
  }

  private looksHuman(raw: RawMessage): boolean {
    if (raw.author && !this.botAuthors.has(raw.author)) return true;
    const who = agentIdentity(raw.text, raw.author);
    return who.id !== undefined || (who.name !== undefined && !this.botAuthors.has(who.name));
  }
}
