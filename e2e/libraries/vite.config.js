// One entry per library page (pages/<lib>/index.html), built to dist/<lib>/ with relative asset paths so the test
// server can mount dist/ under any bank path. Everything is bundled: the pages load nothing from the network.
import { readdirSync, existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import vue from '@vitejs/plugin-vue';

const root = resolve(import.meta.dirname, 'pages');
const input = Object.fromEntries(
  readdirSync(root)
    .filter((name) => !name.startsWith('_') && existsSync(resolve(root, name, 'index.html')))
    .filter((name) => !process.env.LIB || process.env.LIB.split(',').includes(name))
    .map((name) => [name, resolve(root, name, 'index.html')]),
);

// Some library themes @import web fonts from a font CDN; the pages must load nothing from the network, so remote
// @imports are dropped and the build fails if any remote stylesheet or script address is left in the output.
const REMOTE_IMPORT = /@import\s+(?:url\()?\s*['"]?https?:\/\/[^;]*;/g;
const offline = {
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

export default defineConfig({
  root,
  base: './',
  plugins: [offline, react(), vue()],
  logLevel: 'warn',
  build: {
    outDir: resolve(import.meta.dirname, 'dist'),
    emptyOutDir: true,
    chunkSizeWarningLimit: 4000,
    reportCompressedSize: false,
    modulePreload: { polyfill: false },
    rollupOptions: { input },
  },
});
