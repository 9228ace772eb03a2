import { createApp } from 'vue';
import Chat from 'vue3-beautiful-chat';
import App from './App.vue';

createApp(App).use(Chat).mount('#app');
