import { createApp } from 'vue';
import { Quasar, QBtn, QChatMessage, QInput, QScrollArea } from 'quasar';
import 'quasar/dist/quasar.css';
import App from './App.vue';

createApp(App).use(Quasar, { components: { QBtn, QChatMessage, QInput, QScrollArea } }).mount('#app');
