import { cleanup } from '@testing-library/preact';
import { afterEach } from 'vitest';

// Vitest runs without globals, so Testing Library cannot register its own cleanup; surveys append
// their hosts to <body>, so that is emptied too.
afterEach(() => {
  cleanup();
  document.body.replaceChildren();
});
