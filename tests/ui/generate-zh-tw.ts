// Writes public/_locales/zh_TW/messages.json from zh_CN through OpenCC (Simplified → Taiwan Traditional, with 台 kept
// as people write it). Run after changing zh_CN: `npx tsx tests/ui/generate-zh-tw.ts`; tests/ui/hant.test.ts fails
// while the two disagree.
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import * as OpenCC from 'opencc-js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const convert = OpenCC.Converter({ from: 'cn', to: 'tw' });
export const toTw = (s: string): string => convert(s).replaceAll('臺', '台');

type Catalogue = Record<string, { message: string; description?: string }>;

export function zhTwCatalogue(zhCn: Catalogue): Catalogue {
  return Object.fromEntries(Object.entries(zhCn).map(([key, entry]) => [key, { ...entry, message: toTw(entry.message) }]));
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const zhCn = JSON.parse(readFileSync(`${root}public/_locales/zh_CN/messages.json`, 'utf8'));
  mkdirSync(`${root}public/_locales/zh_TW`, { recursive: true });
  writeFileSync(`${root}public/_locales/zh_TW/messages.json`, `${JSON.stringify(zhTwCatalogue(zhCn), null, 2)}\n`);
}
