import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from '../../components/App';
import '../../components/styles.css';
import '../../components/chat-layout.css';
import '../../components/theme.css';
import '../../components/targets.css';

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
