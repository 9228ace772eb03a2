import { defineConfig } from 'wxt';
import { commandsManifest } from './lib/background/commands';
import { manifestMatchPatterns, registryFor } from './lib/sites/registry';

/** `wxt build --mode test` (npm run build:test) adds the demo and fixture hosts; every other build is the store's. */
const isTestMode = (mode: string) => mode === 'test';

function matchPatternsFor(mode: string): string[] {
  const { sites, vendors } = registryFor(isTestMode(mode));
  return manifestMatchPatterns(sites, vendors);
}

export default defineConfig({
  // PARLEY_OUT_DIR lets two builds (e.g. two people testing different changes on one machine) sit side by side.
  outDir: process.env.PARLEY_OUT_DIR || '.output',
  modules: ['@wxt-dev/module-react', '@wxt-dev/webextension-polyfill'],
  // Explicit imports everywhere: lib/ must load under plain Node and in tests without WXT's globals.
  imports: false,
  vite: (env) => ({
    define: { __PARLEY_TEST_SITES__: JSON.stringify(isTestMode(env.mode)) },
  }),
  hooks: {
    // The content script's matches are written from the same registry as the host permissions, for the build's
    // mode, so a store build can never match a test host even if the entrypoint was evaluated without the define.
    'build:manifestGenerated': (wxt, manifest) => {
      const patterns = matchPatternsFor(wxt.config.mode);
      for (const script of manifest.content_scripts ?? []) script.matches = patterns;
    },
  },
  manifest: ({ browser, mode }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    // Bank sites only, from the one registry: lets the side panel read the active tab's address on those sites
    // (to name the bank) without the broad "tabs" permission.
    host_permissions: matchPatternsFor(mode),
    // "Use Parley on this site" (README "Permissions"): the panel asks for one https origin at a time, at the
    // person's click; scripting then registers the content script for that origin; activeTab lets the panel see
    // which site the person is on when they click the toolbar icon, without the "tabs" permission.
    // alarms + notifications: follow-up and payment reminders (lib/background/reminders.ts); alarms are re-derived
    // from the followUps table at every browser start, so the table stays the one source of truth.
    permissions: [...(browser === 'firefox' ? [] : ['sidePanel']), 'scripting', 'activeTab', 'alarms', 'notifications'],
    ...(browser === 'firefox' ? { optional_permissions: ['https://*/*'] } : { optional_host_permissions: ['https://*/*'] }),
    action: { default_title: '__MSG_actionTitle__' },
    // Insert suggestion 1–3 while the cursor is in the bank's chat box (lib/background/commands.ts); never sends.
    commands: commandsManifest(),
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'parley@parley.app',
              // 140 (an ESR) is the first Firefox that reads data_collection_permissions.
              strict_min_version: '140.0',
              // addons.mozilla.org asks every new add-on to declare what it sends anywhere: nothing, ever.
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
});
