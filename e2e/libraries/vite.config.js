// Builds every page to dist/<lib>/ (vite-pages.mjs); React and Vue pages share the package.
import { resolve } from 'node:path';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import vue from '@vitejs/plugin-vue';
import { offlinePages, pagesBuild } from './vite-pages.mjs';

const root = resolve(import.meta.dirname, 'pages');

export default defineConfig({
  root,
  base: './',
  plugins: [offlinePages, react(), vue()],
  logLevel: 'warn',
  build: pagesBuild(import.meta.dirname, root),
});
