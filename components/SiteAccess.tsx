import { useCallback, useEffect, useState } from 'react';
import type { SiteStatus } from '../lib/protocol/protocol';
import { t } from '../lib/ui/i18n';
import { browserSiteAccess, type SiteAccessApi } from './site-access-api';
import './site-access.css';

/**
 * "Use Parley on this site": for an https site outside the bank registry, asks the browser for that one origin (the
 * browser shows its own prompt) and has the background start Parley there; for a site the person enabled, offers to
 * stop. Registry banks need nothing and say so.
 */
export function SiteAccess({ tabId, api = browserSiteAccess }: { tabId: number | undefined; api?: SiteAccessApi }) {
  const [status, setStatus] = useState<SiteStatus | undefined>();
  const [busy, setBusy] = useState(false);
  const [denied, setDenied] = useState(false);

  const refresh = useCallback(async () => {
    if (tabId === undefined) return setStatus(undefined);
    setStatus(await api.status(tabId).catch(() => undefined));
  }, [api, tabId]);

  useEffect(() => {
    setDenied(false);
    void refresh();
  }, [refresh]);

  if (!status) return null;
  const host = status.host ?? '';

  const enable = () => {
    if (tabId === undefined || !status.origin) return;
    const origin = status.origin;
    setBusy(true);
    if (status.vendorPage) {
      // Parley already runs on chat vendors' pages: allowing this chat needs no browser permission, only the choice.
      void api
        .enable(tabId, origin)
        .then(refresh)
        .finally(() => setBusy(false));
      return;
    }
    // The permission request is the first thing the click does: an await before it would lose the user gesture.
    void api
      .requestOrigin(origin)
      .then(async (granted) => {
        setDenied(!granted);
        if (granted) await api.enable(tabId, origin);
        await refresh();
      })
      .catch(() => setDenied(true))
      .finally(() => setBusy(false));
  };

  const disable = () => {
    if (!status.origin) return;
    setBusy(true);
    void api
      .disable(status.origin)
      .then(refresh)
      .finally(() => setBusy(false));
  };

  return (
    <section className="site-access" data-testid="site-access" aria-label={t('siteAccessTitle')}>
      {status.registrySiteId ? <p className="site-access__note">{t('siteAccessSupported')}</p> : null}
      {status.vendorPage && status.userEnabled ? <p className="site-access__note">{t('siteAccessVendorEnabled')}</p> : null}
      {status.vendorPage && status.canEnable ? (
        <>
          <p className="site-access__note">{t('siteAccessVendorOffer')}</p>
          <button type="button" className="btn btn--primary" disabled={busy} onClick={enable}>
            {t('siteAccessVendorEnable')}
          </button>
        </>
      ) : null}
      {status.userEnabled && !status.vendorPage ? (
        <>
          <p className="site-access__note">{t('siteAccessEnabled', host)}</p>
          <button type="button" className="link-button" disabled={busy} onClick={disable}>
            {t('siteAccessDisable')}
          </button>
        </>
      ) : null}
      {status.canEnable && !status.vendorPage ? (
        <>
          <p className="site-access__note">{t('siteAccessOffer', host)}</p>
          <button type="button" className="btn btn--primary" disabled={busy} onClick={enable}>
            {t('siteAccessEnable')}
          </button>
        </>
      ) : null}
      {!status.origin ? <p className="site-access__note">{t('siteAccessUnknown')}</p> : null}
      {status.origin && !status.registrySiteId && !status.userEnabled && !status.canEnable && !status.vendorPage ? (
        <p className="site-access__note">{t('siteAccessVendor')}</p>
      ) : null}
      {denied ? <p className="site-access__note site-access__note--warn">{t('siteAccessDenied')}</p> : null}
    </section>
  );
}
