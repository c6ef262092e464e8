import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { lockDownWindow } from './shell/lock-down-window';
import './styles/base.css';
import './styles/shell.css';
import './styles/library.css';
import './styles/dialogs.css';
import './styles/tags.css';

lockDownWindow();

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
