import { describe, expect, it, vi } from 'vitest';
import { backgroundRoutes, type BackgroundDeps } from '../../lib/background/routes';
import { memoryPauseStore } from '../../lib/background/pause-store';
import { SiteAccess, type SiteAccessApi } from '../../lib/background/site-access';
import { TabGrants } from '../../lib/background/tab-grants';
import { openParleyDB } from '../../lib/db/database';
import { TAB_GRANTS_KEY } from '../../lib/db/settings';
import { envelope } from '../../lib/protocol/protocol';
import { routeMessage } from '../../lib/protocol/router';

const EXT = 'parleyextensionid';
const ORIGIN = `chrome-extension://${EXT}/`;
const VENDOR_PAGE = 'https://webchat.7moor.com/wapchat.html?accessId=abc&fromUrl=https%3A%2F%2Fwww.cmbchina.com%2F';
// A standalone vendor page opened with rel=noreferrer: no referrer, only the link's own claim.
const standalone = (tabId: number) => ({ id: EXT, url: VENDOR_PAGE, frameId: 0, tab: { id: tabId, url: VENDOR_PAGE } });

function setup(tabUrl = VENDOR_PAGE) {
  const db = openParleyDB(`tab-grants-${Math.random()}`);
  const grants = new TabGrants(db);
  const readmit = vi.fn(async () => undefined);
  const api: SiteAccessApi = {
    permissions: { getAll: async () => ({ origins: [] }), contains: async () => true, remove: async () => true },
    tabs: { get: async () => ({ url: tabUrl }) },
    contentScriptFile: 'content-scripts/content.js',
    readmit,
  };
  const siteAccess = new SiteAccess(api, grants);
  const routes = backgroundRoutes({
    db,
    extensionId: EXT,
    extensionOrigin: ORIGIN,
    sendToContent: vi.fn() as unknown as BackgroundDeps['sendToContent'],
    pause: memoryPauseStore(),
    siteAccess,
    tabGrants: grants,
  });
  const ask = async (type: string, payload: unknown, sender: object) => {
    const outcome = routeMessage(routes, envelope(type, payload), sender);
    return outcome.kind === 'handled' ? await outcome.response : outcome.kind === 'rejected' ? outcome.response : 'ignored';
  };
  return { db, grants, siteAccess, readmit, ask };
}

describe('TabGrants', () => {
  it('keeps one grant a tab, ends it with the tab, and reads a damaged row as none', async () => {
    const { db, grants } = setup();
    await grants.grant(4, 'https://webchat.7moor.com');
    await grants.grant(5, 'https://www.sobot.com');
    await grants.grant(4, 'https://kefu.easemob.com');
    expect(await grants.originsFor(4)).toEqual(['https://kefu.easemob.com']);
    await grants.revoke(4);
    expect(await grants.originsFor(4)).toEqual([]);
    expect(await grants.originsFor(5)).toEqual(['https://www.sobot.com']);
    await db.settings.put({ key: TAB_GRANTS_KEY, value: [{ tabId: 'x', origin: 'javascript:alert(1)' }] });
    expect(await grants.all()).toEqual([]);
  });
});

describe('recording a chat on a vendor page nothing ties to a bank', () => {
  it('is offered on the vendor page, and once chosen admits that tab only', async () => {
    const { siteAccess, readmit, ask } = setup();
    expect(await ask('capture/hello', {}, standalone(4))).toEqual({ allowed: false, paused: false });
    expect(await siteAccess.status(4, false)).toMatchObject({ vendorPage: true, canEnable: true, userEnabled: false });

    expect(await siteAccess.enable(4, 'https://webchat.7moor.com')).toEqual({ ok: true });
    expect(readmit).toHaveBeenCalledWith(4);
    expect(await siteAccess.status(4, false)).toMatchObject({ vendorPage: true, canEnable: false, userEnabled: true });
    // The chat is filed under the page the person chose, never under the bank the link names.
    expect(await ask('capture/hello', {}, standalone(4))).toEqual({ allowed: true, paused: false, siteId: 'webchat.7moor.com' });
    // Another tab on the same vendor host (another company's chat) is still refused.
    expect(await ask('capture/hello', {}, standalone(9))).toEqual({ allowed: false, paused: false });
  });

  it('refuses to allow a tab that no longer shows that page', async () => {
    const { siteAccess, grants, readmit } = setup('https://www.goodsmall.test/');
    expect(await siteAccess.enable(4, 'https://webchat.7moor.com')).toEqual({ ok: false, error: 'the tab no longer shows that page' });
    expect(await grants.all()).toEqual([]);
    expect(readmit).not.toHaveBeenCalled();
  });
});
