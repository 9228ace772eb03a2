// What the library packages' Vite configs share (e2e/libraries, e2e/libraries-more): one entry per page
// (pages/<lib>/index.html) built to dist/<lib>/ with relative asset paths, so the test server can mount dist/ under
// any bank path, and nothing loaded from the network.
import { existsSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';

/** The package's pages as Rollup inputs; LIB=antx,nlux builds some of them only. */
export function pageInputs(root) {
  return Object.fromEntries(
    readdirSync(root)
      .filter((name) => !name.startsWith('_') && existsSync(resolve(root, name, 'index.html')))
      .filter((name) => !process.env.LIB || process.env.LIB.split(',').includes(name))
      .map((name) => [name, resolve(root, name, 'index.html')]),
  );
}

// Some library themes @import web fonts from a font CDN; the pages must load nothing from the network, so remote
// @imports are dropped and the build fails if any remote stylesheet or script address is left in the output.
const REMOTE_IMPORT = /@import\s+(?:url\()?\s*['"]?https?:\/\/[^;]*;/g;

export const offlinePages = {
  name: 'offline-pages',
  enforce: 'pre',
  transform(code, id) {
    if (id.split('?')[0].endsWith('.css')) return code.replace(REMOTE_IMPORT, '/* remote import removed */');
  },
  generateBundle(_, bundle) {
    for (const file of Object.values(bundle)) {
      const text = file.type === 'asset' ? String(file.source) : file.code;
      // Script and link tags are looked for in the HTML only: a bundle may quote one in a message (deep-chat's speech
      // add-on tells the developer which Azure script to add) without loading it. What a page really requests at run
      // time is asserted by libraries.test.mjs, which fails on any request to another host.
      const tags = file.fileName.endsWith('.html') && /<(?:script|link)[^>]+(?:src|href)=["']https?:/.test(text);
      if (/@import\s+(?:url\()?\s*['"]?https?:/.test(text) || tags) {
        this.error(`${file.fileName} still loads something from the network`);
      }
    }
  },
};

/** The build options both packages use, writing to `<packageDir>/dist`. */
export function pagesBuild(packageDir, root) {
  return {
    outDir: resolve(packageDir, 'dist'),
    emptyOutDir: true,
    chunkSizeWarningLimit: 4000,
    reportCompressedSize: false,
    modulePreload: { polyfill: false },
    rollupOptions: { input: pageInputs(root) },
  };
}
