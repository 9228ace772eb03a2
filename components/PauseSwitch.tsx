import { useEffect, useState } from 'react';
import { t } from '../lib/ui/i18n';
import { browserSiteAccess, type SiteAccessApi } from './site-access-api';
import './site-access.css';

/**
 * Pauses recording everywhere: while paused, chats are still followed (so nothing said meanwhile is stored later)
 * but no message is saved, and the toolbar badge shows two bars instead of the recording dot. The switch is named
 * for what it turns on, recording, and keeps its name: on (teal, knob right) means recording, off means paused — a
 * label that flips between "Pause" and "Resume" made the recording state look like "pause: on".
 */
export function PauseSwitch({ api = browserSiteAccess }: { api?: SiteAccessApi }) {
  const [paused, setPaused] = useState<boolean | undefined>();

  useEffect(() => {
    let live = true;
    void api
      .paused()
      .then((value) => live && setPaused(value))
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, [api]);

  if (paused === undefined) return null;
  const toggle = () => {
    const next = !paused;
    setPaused(next);
    void api
      .setPaused(next)
      .then(setPaused)
      .catch(() => setPaused(!next));
  };

  return (
    <div className={`pause-switch ${paused ? 'pause-switch--paused' : ''}`} data-testid="pause-switch">
      <button type="button" role="switch" aria-checked={!paused} className="pause-switch__toggle" onClick={toggle}>
        <span className="pause-switch__knob" aria-hidden="true" />
        {t('recordingSwitchLabel')}
        <span className="pause-switch__state">{paused ? t('recordingSwitchOff') : t('recordingSwitchOn')}</span>
      </button>
      {paused ? <p className="pause-switch__note">{t('pausedNotice')}</p> : null}
    </div>
  );
}
