import { useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import { defaultShortcut, INSERT_COMMANDS } from '../background/commands';

/**
 * The keys that insert suggestions 1–3 as the browser has them (the person may have changed them at
 * chrome://extensions/shortcuts), so the panel never shows a key that does nothing; the default until the browser
 * answers, or where it cannot say.
 */
export function useShortcutLabels(): (n: number) => string {
  const [assigned, setAssigned] = useState<Record<string, string>>({});
  useEffect(() => {
    let live = true;
    const getAll = browser.commands?.getAll;
    if (!getAll) return undefined;
    void getAll()
      .then((commands) => live && setAssigned(Object.fromEntries(commands.map((c) => [c.name ?? '', c.shortcut ?? '']))))
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, []);
  return (n: number) => {
    const name = INSERT_COMMANDS[n - 1];
    const key = name === undefined ? undefined : assigned[name];
    return key === undefined ? defaultShortcut(n) : key;
  };
}

/** A key press in the panel that means "insert suggestion n" (Alt+1…3, with or without Shift, any layout); else 0. */
export function shortcutNumber(e: Pick<KeyboardEvent, 'altKey' | 'ctrlKey' | 'metaKey' | 'code'>): number {
  if (!e.altKey || e.ctrlKey || e.metaKey) return 0;
  const match = /^(?:Digit|Numpad)([1-3])$/.exec(e.code);
  return match ? Number(match[1]) : 0;
}
