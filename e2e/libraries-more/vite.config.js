// Builds every page to dist/<lib>/ the way e2e/libraries does (vite-pages.mjs), against this package's React 18.2.
import { resolve } from 'node:path';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import tailwindcss from '@tailwindcss/vite';
import { offlinePages, pagesBuild } from '../libraries/vite-pages.mjs';

const root = resolve(import.meta.dirname, 'pages');

export default defineConfig({
  root,
  base: './',
  // Tailwind for the daisyUI page (its chat classes are a Tailwind plugin); the other pages carry their own CSS.
  plugins: [offlinePages, react(), tailwindcss()],
  logLevel: 'warn',
  build: pagesBuild(import.meta.dirname, root),
});
