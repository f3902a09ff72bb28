import { renderApp } from './app';
import { type Npskit, startNps } from './nps';

declare global {
  interface Window {
    npskit: Npskit;
  }
}

// The stub in index.html has defined window.npskit already; calls queue until the loader arrives.
startNps(window.npskit, {
  endpoint: import.meta.env.VITE_NPSKIT_ENDPOINT,
  surveyId: 'in-app-nps',
  product: 'Kahve & Co.',
});
renderApp(document.getElementById('app')!, window.npskit, window);
