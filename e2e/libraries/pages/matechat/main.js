import { createApp } from 'vue';
import MateChat from '@matechat/core';
import App from './App.vue';

createApp(App).use(MateChat).mount('#app');
