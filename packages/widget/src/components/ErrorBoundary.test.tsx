import { render } from '@testing-library/preact';
import { expect, it, vi } from 'vitest';
import { ErrorBoundary } from './ErrorBoundary';

function Broken(): null {
  throw new Error('render bug');
}

it('reports a render error and renders nothing instead of throwing into the page', () => {
  const onError = vi.fn();
  const { container } = render(
    <ErrorBoundary onError={onError}>
      <p>before</p>
      <Broken />
    </ErrorBoundary>,
  );
  expect(onError).toHaveBeenCalledWith(expect.objectContaining({ message: 'render bug' }));
  expect(container.textContent).toBe('');
});
