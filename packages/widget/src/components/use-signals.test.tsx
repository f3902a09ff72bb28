import { signal } from '@preact/signals-core';
import { act, render } from '@testing-library/preact';
import { useLayoutEffect } from 'preact/hooks';
import { expect, it } from 'vitest';
import { useSignals } from './use-signals';

const step = signal('score');
const count = signal(0);

function View() {
  useSignals([step, count]);
  return (
    <p>
      {step.value} {count.value}
    </p>
  );
}

it('renders again when any of the signals changes', () => {
  step.value = 'score';
  count.value = 0;
  const { container } = render(<View />);
  expect(container.textContent).toBe('score 0');
  act(() => {
    step.value = 'thanks';
  });
  expect(container.textContent).toBe('thanks 0');
  act(() => {
    count.value = 2;
  });
  expect(container.textContent).toBe('thanks 2');
});

it('catches a change made after the render but before it subscribed', () => {
  step.value = 'score';
  count.value = 0;
  // A child's layout effect runs before its parent's, so this change lands between View's render and its subscription.
  function Changer() {
    useLayoutEffect(() => {
      step.value = 'follow-up';
    }, []);
    return null;
  }
  const { container } = render(
    <div>
      <View />
      <Changer />
    </div>,
  );
  expect(container.textContent).toBe('follow-up 0');
});

it('stops listening once unmounted', () => {
  count.value = 0;
  const { container, unmount } = render(<View />);
  unmount();
  act(() => {
    count.value = 5;
  });
  expect(container.textContent).toBe('');
});
