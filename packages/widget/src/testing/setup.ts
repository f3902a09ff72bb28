import { cleanup } from '@testing-library/preact';
import { afterEach } from 'vitest';

// Vitest runs without globals, so Testing Library cannot register its own cleanup; floating surveys
// append their hosts to <html>, inline ones to a container in <body>, so both are emptied too.
afterEach(() => {
  cleanup();
  document.body.replaceChildren();
  for (const host of document.querySelectorAll('npskit-survey')) host.remove();
});
