import { readSetting, TAB_GRANTS, TAB_GRANTS_KEY } from '../db/settings';

/**
 * "Record this chat" on a chat vendor's own page (a 7moor or Sobot window with no referrer to name the bank that
 * opened it). Nothing the browser supplies says whose chat it is, so only the person can say, and only for the chat in
 * front of them: the grant covers one tab on one origin and ends when that tab leaves the page or closes. Trusting the
 * vendor's host for good would take in every shop's chat served from it.
 *
 * Kept in the settings table (not in memory) so a service-worker restart mid-chat does not stop recording.
 */
export interface TabGrant {
  tabId: number;
  origin: string;
}

export interface GrantStore {
  settings: {
    get(key: string): PromiseLike<{ value: unknown } | undefined>;
    put(row: { key: string; value: unknown }): PromiseLike<unknown>;
  };
}

/** Grants only ever concern the last few tabs; the oldest go first so the row stays small. */
const MAX_GRANTS = 50;

export class TabGrants {
  constructor(private readonly db: GrantStore) {}

  all(): Promise<TabGrant[]> {
    return readSetting(this.db, TAB_GRANTS_KEY, TAB_GRANTS);
  }

  async originsFor(tabId: number | undefined): Promise<string[]> {
    if (tabId === undefined) return [];
    return (await this.all()).filter((g) => g.tabId === tabId).map((g) => g.origin);
  }

  async grant(tabId: number, origin: string): Promise<void> {
    const rest = (await this.all()).filter((g) => g.tabId !== tabId);
    await this.db.settings.put({ key: TAB_GRANTS_KEY, value: [...rest, { tabId, origin }].slice(-MAX_GRANTS) });
  }

  /** The tab left the page or closed: its grant ends. */
  async revoke(tabId: number): Promise<void> {
    const all = await this.all();
    const rest = all.filter((g) => g.tabId !== tabId);
    if (rest.length !== all.length) await this.db.settings.put({ key: TAB_GRANTS_KEY, value: rest });
  }
}
