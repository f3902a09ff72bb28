import { renderApp } from './app';
import { type Npskit, startNps } from './nps';

declare global {
  interface Window {
    npskit: Npskit;
  }
}

// Look the global up at every call: until the loader arrives it is the snippet's queueing stub, then the loader
// replaces it. A reference kept from before would go on feeding the stub's queue, which nobody reads any more.
const npskit: Npskit = (command, ...args) => window.npskit(command, ...args);

startNps(npskit, {
  endpoint: import.meta.env.VITE_NPSKIT_ENDPOINT,
  surveyId: 'in-app-nps',
  product: 'Kahve & Co.',
});
renderApp(document.getElementById('app')!, npskit, window);
