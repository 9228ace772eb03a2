import type { PanelRequest } from '../protocol/protocol';

/**
 * Global shortcuts (the browser's `commands`, changeable at chrome://extensions/shortcuts or about:addons): they fire
 * while the cursor is in the bank's chat box, where the panel's own key handler never sees a key press. The
 * background only knows which command fired and for which tab; the panel, which holds the suggestions, inserts.
 */
export const INSERT_COMMANDS = ['insert-suggestion-1', 'insert-suggestion-2', 'insert-suggestion-3'] as const;
export type InsertCommand = (typeof INSERT_COMMANDS)[number];

/**
 * The default key for suggestion n: Alt+Shift+n. Plain Alt+1…8 are the browser's own tab-switching keys on Linux
 * (Chrome and Firefox), and Chrome never gives an extension a browser's key: the commands were left with no shortcut
 * at all there (chrome.commands.getAll() said '', checked in e2e/tests/keyboard.test.mjs).
 */
export const defaultShortcut = (n: number) => `Alt+Shift+${n}`;

/** The manifest's `commands` entry: Alt+Shift+1…3 by default, the same keys the panel shows beside each suggestion. */
export function commandsManifest(): Record<InsertCommand, { suggested_key: { default: string }; description: string }> {
  const entries = INSERT_COMMANDS.map((name, i) => [name, { suggested_key: { default: defaultShortcut(i + 1) }, description: `__MSG_commandInsert${i + 1}__` }]);
  return Object.fromEntries(entries) as ReturnType<typeof commandsManifest>;
}

/** What the panel is asked to do for a command, or undefined for a command that is not ours or has no tab. */
export function panelRequestFor(command: string, tabId: number | undefined): PanelRequest<'panel/insert-suggestion'> | undefined {
  const index = (INSERT_COMMANDS as readonly string[]).indexOf(command);
  if (index < 0 || tabId === undefined || tabId < 0) return undefined;
  return { tabId, n: index + 1 };
}
