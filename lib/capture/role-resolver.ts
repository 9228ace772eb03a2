import type { ExtractedMessage, RawMessage } from './extract';
import { agentIdentity } from './agent-identity';
import { isBotName, isBotSelfIntro, isHandoffText, isSystemText } from './roles';
import { normalizeText } from './visible-text';
import { isOpeningWelcome } from './welcome';

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
  /** Some row's class words named the bot: then "agent" in a class means a person, not just the other side. */
  private botClassSeen = false;
  /** Some row's class words named an agent: then "bot" in a class means the bot, not just the other side. */
  private agentClassSeen = false;
  /** Sent lines already matched to a row, kept so a restart can give them back. */
  private readonly taken: Array<{ text: string; at: number }> = [];
  /** The person's side of the layout: right by near-universal convention, until their own echo shows otherwise. */
  private customerLayout: 'left' | 'right' = 'right';
  /** Sides seen so far: layout tells who wrote a row only once the chat is laid out in two columns. */
  private readonly sidesSeen = new Set<string>();
  /** Class-word sides that the person's own echoed rows carried too: a widget's prefix ("chatbot-…"), not a side. */
  private readonly sharedHints = new Set<string>();

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
    this.taken.push(...this.sent.splice(index, 1));
    if (this.taken.length > 20) this.taken.shift();
    return true;
  }

  /**
   * The rows read so far were not the conversation (a guess replaced by the real chat): what they said about the
   * handoff, the bot's names and the columns must not colour the real rows, and the person's sent lines they matched
   * are still to be echoed by the real chat.
   */
  restart(): void {
    this.phase = 'unknown';
    this.botClassSeen = false;
    this.agentClassSeen = false;
    this.botAuthors.clear();
    this.customerLayout = 'right';
    this.sidesSeen.clear();
    this.sent.unshift(...this.taken.splice(0));
  }

  /**
   * The rows read together, before any of them is resolved: when they already sit in two columns, the first of them
   * is placed by its column too. Otherwise a class word that every row carries whatever its side (a widget prefix, a
   * hashed name whose letters split into "Me") would decide the first row alone, since one row shows one column.
   */
  seeColumns(raws: readonly RawMessage[]): void {
    if (this.sidesSeen.size === 2) return;
    const sides = new Set<string>();
    for (const raw of raws) if (raw.layout === 'left' || raw.layout === 'right') sides.add(raw.layout);
    if (sides.size === 2) for (const side of sides) this.sidesSeen.add(side);
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
    if (!side) side = this.sideOf(raw);
    if (raw.hint === 'bot') this.botClassSeen = true;
    if (raw.hint === 'agent') this.agentClassSeen = true;
    // A widget that classes its whole other side "bot" (no row is ever classed an agent): a person introducing
    // themselves with a staff number has taken over, and the rows after them are a person's too, unless a bot's name
    // or a bot's own introduction says otherwise. A bot never has a staff number.
    if (side === 'bot' && raw.hint === 'bot' && !this.agentClassSeen && !isBotName(raw.author) && !isBotSelfIntro(raw.text)) {
      if (this.phase === 'human' || agentIdentity(raw.text, raw.author).id !== undefined) {
        this.phase = 'human';
        return 'agent';
      }
    }
    // "agent" in a class names the other side of the chat, where the bot writes too until a person takes over; it
    // tells bot from person only in a chat that marks its bot rows apart.
    if (side === 'agent' && raw.hint === 'agent' && !this.botClassSeen) side = 'agent-side';
    if (side === 'customer') return 'customer';
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
    // The other side, unnamed as bot or person: a chat starts with a bot, which stays until someone takes over.
    if (this.phase !== 'human' && !this.looksHuman(raw)) {
      if (raw.author) this.botAuthors.add(raw.author);
      this.phase = 'bot';
      return 'bot';
    }
    this.phase = 'human';
    return 'agent';
  }

  /**
   * Side from the echo, the layout and the class words, in that order. The echo of what the person sent anchors
   * which column is theirs; layout decides once rows have shown both columns (a one-column chat says nothing by
   * position); class words confirm, and name what layout cannot (bot, agent, notice).
   */
  private sideOf(raw: RawMessage): NonNullable<RawMessage['side']> {
    const layout = raw.layout;
    const hint = raw.hint && !this.sharedHints.has(raw.hint) ? raw.hint : undefined;
    if (layout === 'left' || layout === 'right') this.sidesSeen.add(layout);
    const twoColumns = this.sidesSeen.size === 2;
    if (this.takeEcho(raw.text)) {
      if (hint && hint !== 'customer') this.sharedHints.add(hint);
      if ((layout === 'left' || layout === 'right') && twoColumns) this.customerLayout = layout;
      return 'customer';
    }
    if (layout === 'left' || layout === 'right') {
      if (hint && !twoColumns) return hint;
      if (layout === this.customerLayout) return hint === 'system' ? 'system' : 'customer';
      return hint && hint !== 'customer' ? hint : 'agent-side';
    }
    if (layout === 'center') {
      if (hint === 'bot' || hint === 'agent' || hint === 'system') return hint;
      return raw.text.length <= 140 ? 'system' : (hint ?? 'agent-side');
    }
    if (hint) return hint;
    return isSystemText(raw.text) ? 'system' : 'agent-side';
  }

  private looksHuman(raw: RawMessage): boolean {
    const who = agentIdentity(raw.text, raw.author);
    if (this.phase === 'unknown' && who.id === undefined && isOpeningWelcome(raw.text)) return false;
    if (raw.author && !this.botAuthors.has(raw.author)) return true;
    return who.id !== undefined || (who.name !== undefined && !this.botAuthors.has(who.name));
  }
}
