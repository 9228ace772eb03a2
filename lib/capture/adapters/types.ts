import type { Side } from '../roles';

/** Selectors of a chat window whose markup is known. All but `root` and `item` are optional. */
export interface WindowSelectors {
  /** The open chat window in this document. */
  root: string;
  /** The element that holds the messages, inside root (defaults to root). */
  transcript?: string;
  /** One message, inside the transcript. */
  item: string;
  /** The text of a message, inside the item (defaults to the item minus author and time). */
  text?: string;
  /** Sender name shown beside a message. */
  author?: string;
  /** Time shown beside a message. */
  time?: string;
  /** Where the customer types. */
  composer?: string;
  /** The send control (never pressed by Parley; it only confirms a composer is the chat's). */
  send?: string;
}

/**
 * One chat vendor. An adapter recognises the vendor (by its chat client's address, or by markers on a bank page)
 * and, where the vendor's inner markup is known, reads it with selectors. Where it is not known the adapter only
 * recognises the vendor and the generic finder reads the inside.
 */
export interface ChatAdapter {
  /** Stored as the session's `vendor`; stable. */
  id: string;
  /** The registry vendor (lib/sites/vendors.ts) whose hosts serve this chat, when it has any. */
  vendorId?: string;
  /** The vendor's chat client (frame or standalone page), by address. */
  client?: (url: URL) => boolean;
  /** Markers of the vendor on a bank page: loader scripts, holders, launchers. */
  markers?: string;
  /** A launcher that is visible while the chat window is closed: "chat available, not open". */
  launcher?: string;
  /** The holder of the vendor's chat frame on a bank page, visible while the chat is open in that frame. */
  frameHolder?: string;
  /** The vendor's frame element as seen from inside a same-origin frame (window.frameElement): srcdoc and hosted frames. */
  frame?: string;
  /** The chat window, when its markup is known; several skins may be listed. */
  window?: WindowSelectors | readonly WindowSelectors[];
  /** The window lives in shadow roots (Salesforce MIAW, Freshchat). */
  shadow?: boolean;
  /** Side from vendor markup; undefined lets the generic rules decide. */
  side?: (item: Element, text: string) => Side | undefined;
  /** Sender name from a vendor quirk (an attribute, a header) when the author selector is not enough. */
  author?: (item: Element) => string | undefined;
  /** Items the vendor renders that are not messages (typing indicators, rating cards, date rows). */
  skip?: string;
}
