// Sizes of what the browser loads: the content script runs on every bank page, so it is the one to keep small.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

function filesUnder(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

// PARLEY_OUT_DIR, as for every browser test (e2e/lib/browser.mjs), measures a build made in another output folder.
export function bundleSizes(outDir = join(process.env.PARLEY_OUT_DIR || '.output', 'chrome-mv3')) {
  const all = filesUnder(outDir);
  const measure = (files) => {
    const buffers = files.map((f) => readFileSync(f));
    return {
      raw: buffers.reduce((sum, b) => sum + b.length, 0),
      gzip: buffers.reduce((sum, b) => sum + gzipSync(b, { level: 9 }).length, 0),
    };
  };
  return {
    'content script (js)': measure(all.filter((f) => f.includes('content-scripts/') && f.endsWith('.js'))),
    'side panel (js)': measure(all.filter((f) => /chunks\/sidepanel-.*\.js$/.test(f))),
    'side panel (css)': measure(all.filter((f) => /assets\/sidepanel-.*\.css$/.test(f))),
    'background (js)': measure(all.filter((f) => f.endsWith('background.js'))),
  };
}
