// Builds every page to dist/<lib>/ (vite-pages.mjs); React and Vue pages share the package.
import { resolve } from 'node:path';
import { transformAsync } from '@babel/core';
import { defineConfig, transformWithOxc } from 'vite';
import react from '@vitejs/plugin-react';
import vue from '@vitejs/plugin-vue';
import { offlinePages, pagesBuild } from './vite-pages.mjs';

const root = resolve(import.meta.dirname, 'pages');

// React Native libraries on the web (the gifted page): `react-native` is react-native-web (installed under that name,
// package.json), and the libraries ship JSX in .js files with worklets for Reanimated, which Metro's Babel would
// handle. They get Reanimated's Babel plugin and a JSX transform, as the GiftedChat docs' web setup has Babel do for
// its webpack build; `.web.js` files come first, as react-native-web's bundler setups resolve them.
const REACT_NATIVE_LIBRARY = /node_modules[/\\](?:@[^/\\]+[/\\])?react-native-(?!web[/\\])[^/\\]+[/\\].*\.js$/;
const reactNativeLibraries = {
  name: 'react-native-libraries',
  enforce: 'pre',
  async transform(code, id) {
    const file = id.split('?')[0];
    if (!REACT_NATIVE_LIBRARY.test(file)) return;
    const worklets = await transformAsync(code, {
      filename: file,
      babelrc: false,
      configFile: false,
      sourceMaps: false,
      parserOpts: { plugins: ['jsx'] },
      plugins: ['react-native-reanimated/plugin'],
    });
    return transformWithOxc(worklets.code, file, { lang: 'jsx', jsx: { runtime: 'automatic' } });
  },
};
const WEB_FIRST = ['.web.mjs', '.web.js', '.web.jsx', '.web.ts', '.web.tsx', '.mjs', '.js', '.mts', '.ts', '.jsx', '.tsx', '.json'];

export default defineConfig({
  root,
  base: './',
  plugins: [offlinePages, reactNativeLibraries, react(), vue()],
  resolve: { extensions: WEB_FIRST },
  logLevel: 'warn',
  build: pagesBuild(import.meta.dirname, root),
});
