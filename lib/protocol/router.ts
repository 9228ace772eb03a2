import type { PayloadCheck } from './content-requests';
import type { Envelope } from './protocol';
import type { SenderInfo } from './sender';

export type RouteTable<Types extends string> = {
  [K in Types]: {
    /** A zod schema, or a zod-free check of the same shape (content-requests.ts). */
    schema: PayloadCheck;
    /** Decides whether this sender may ask for this at all; a refusal is answered, never acted on. */
    trust: (sender: SenderInfo) => boolean;
    handle: (payload: never, sender: SenderInfo) => Promise<unknown>;
  };
};

export type RouteOutcome =
  | { kind: 'ignored' }
  | { kind: 'rejected'; response: { ok: false; error: string; invalid?: true } }
  | { kind: 'handled'; response: Promise<unknown> };

function isEnvelope(message: unknown): message is Envelope {
  return (
    typeof message === 'object' &&
    message !== null &&
    (message as { parley?: unknown }).parley === 1 &&
    typeof (message as { type?: unknown }).type === 'string'
  );
}

/**
 * Validates an incoming message against the route table. Messages without our envelope are ignored so other
 * listeners (and other extensions' traffic) are unaffected; ours that fail trust or schema are answered with an
 * error and never reach a handler.
 */
export interface RouteOptions {
  /**
   * Leave messages of types this table does not know to the other listeners instead of refusing them. Every
   * extension page hears what content scripts send to the background; a side panel that refused "capture/batch" as
   * unknown could answer before the background does.
   */
  othersAnswer?: boolean;
}

export function routeMessage<Types extends string>(
  table: RouteTable<Types>,
  message: unknown,
  sender: SenderInfo,
  options: RouteOptions = {},
): RouteOutcome {
  if (!isEnvelope(message)) return { kind: 'ignored' };
  if (!Object.prototype.hasOwnProperty.call(table, message.type)) {
    if (options.othersAnswer) return { kind: 'ignored' };
    return { kind: 'rejected', response: { ok: false, error: `unknown message type ${message.type}` } };
  }
  const route = table[message.type as Types];
  if (!route.trust(sender)) return { kind: 'rejected', response: { ok: false, error: 'sender not allowed' } };
  const parsed = route.schema.safeParse(message.payload);
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    const where = first?.path.join('.') || 'payload';
    // `invalid` tells the sender that this payload will never be accepted, so it must not be sent again as it is.
    return { kind: 'rejected', response: { ok: false, error: `invalid ${message.type}: ${where}: ${first?.message}`, invalid: true } };
  }
  return { kind: 'handled', response: route.handle(parsed.data as never, sender) };
}

type Listener = (message: unknown, sender: SenderInfo, sendResponse: (response: unknown) => void) => boolean;

/**
 * Adapts a route table to runtime.onMessage. Answering through sendResponse and returning true is the form that
 * works in Chrome and Firefox alike for asynchronous replies.
 */
export function messageListener<Types extends string>(table: RouteTable<Types>, options: RouteOptions = {}): Listener {
  return (message, sender, sendResponse) => {
    const outcome = routeMessage(table, message, sender, options);
    if (outcome.kind === 'ignored') return false;
    if (outcome.kind === 'rejected') {
      sendResponse(outcome.response);
      return false;
    }
    outcome.response.then(sendResponse, (error: unknown) =>
      sendResponse({ ok: false, error: error instanceof Error ? error.message : String(error) }),
    );
    return true;
  };
}
