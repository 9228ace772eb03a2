import { useRef, type KeyboardEvent } from 'react';

export interface PanelTab<K extends string> {
  kind: K;
  label: string;
  count?: number;
}

/** The tab's and its panel's element ids, so the tab list and the panel can point at each other. */
export const tabId = (kind: string) => `tab-${kind}`;
export const tabPanelId = (kind: string) => `tabpanel-${kind}`;

/**
 * The panel's tabs as the ARIA tabs pattern: one Tab stop (the selected tab), arrow keys, Home and End move between
 * tabs and select them, and each tab names the panel it controls.
 */
export function PanelTabs<K extends string>({ tabs, selected, onSelect, label }: { tabs: readonly PanelTab<K>[]; selected: K; onSelect: (kind: K) => void; label: string }) {
  const list = useRef<HTMLDivElement>(null);
  const move = (event: KeyboardEvent<HTMLButtonElement>) => {
    const at = tabs.findIndex((tab) => tab.kind === selected);
    const next =
      event.key === 'ArrowRight' ? (at + 1) % tabs.length
      : event.key === 'ArrowLeft' ? (at - 1 + tabs.length) % tabs.length
      : event.key === 'Home' ? 0
      : event.key === 'End' ? tabs.length - 1
      : -1;
    if (next < 0) return;
    event.preventDefault();
    const kind = tabs[next]!.kind;
    onSelect(kind);
    list.current?.querySelector<HTMLButtonElement>(`#${tabId(kind)}`)?.focus();
  };
  return (
    <div className="tabs" role="tablist" aria-label={label} ref={list}>
      {tabs.map((tab) => {
        const active = tab.kind === selected;
        return (
          <button
            key={tab.kind}
            type="button"
            role="tab"
            id={tabId(tab.kind)}
            aria-selected={active}
            aria-controls={tabPanelId(tab.kind)}
            tabIndex={active ? 0 : -1}
            onClick={() => onSelect(tab.kind)}
            onKeyDown={move}
          >
            {tab.label}
            {tab.count ? <span className="tabs__count">{tab.count}</span> : null}
          </button>
        );
      })}
    </div>
  );
}
