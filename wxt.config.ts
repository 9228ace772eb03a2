import { defineConfig } from 'wxt';
import { manifestMatchPatterns } from './lib/sites/registry';

export default defineConfig({
  modules: ['@wxt-dev/module-react', '@wxt-dev/webextension-polyfill'],
  // Explicit imports everywhere: lib/ must load under plain Node and in tests without WXT's globals.
  imports: false,
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    // Bank sites only, from the one registry: lets the side panel read the active tab's address on those sites
    // (to name the bank) without the broad "tabs" permission.
    host_permissions: manifestMatchPatterns(),
    // "Use Parley on this site" (README "Permissions"): the panel asks for one https origin at a time, at the
    // person's click; scripting then registers the content script for that origin; activeTab lets the panel see
    // which site the person is on when they click the toolbar icon, without the "tabs" permission.
    // alarms + notifications: follow-up and payment reminders (lib/background/reminders.ts); alarms are re-derived
    // from the followUps table at every browser start, so the table stays the one source of truth.
    permissions: [...(browser === 'firefox' ? [] : ['sidePanel']), 'scripting', 'activeTab', 'alarms', 'notifications'],
    ...(browser === 'firefox' ? { optional_permissions: ['https://*/*'] } : { optional_host_permissions: ['https://*/*'] }),
    action: { default_title: '__MSG_actionTitle__' },
    ...(browser === 'firefox'
      ? { browser_specific_settings: { gecko: { id: 'parley@parley.app', strict_min_version: '115.0' } } }
      : {}),
  }),
});
