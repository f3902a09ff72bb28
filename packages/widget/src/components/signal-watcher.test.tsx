import { signal } from '@preact/signals-core';
import { act, render } from '@testing-library/preact';
import { Component } from 'preact';
import { expect, it } from 'vitest';
import { SignalWatcher } from './signal-watcher';

const step = signal('score');
const count = signal(0);

class View extends SignalWatcher<object> {
  protected signals() {
    return [step, count];
  }
  protected view() {
    return (
      <p>
        {step.value} {count.value}
      </p>
    );
  }
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
  // A child's componentDidMount runs before its parent's, so this change lands between View's render and its
  // subscription.
  class Changer extends Component {
    override componentDidMount() {
      step.value = 'follow-up';
    }
    override render() {
      return null;
    }
  }
  class Host extends SignalWatcher<object> {
    protected signals() {
      return [step];
    }
    protected view() {
      return (
        <p>
          {step.value}
          <Changer />
        </p>
      );
    }
  }
  const { container } = render(<Host />);
  expect(container.textContent).toBe('follow-up');
});

it('stops listening once unmounted', () => {
  step.value = 'score';
  count.value = 0;
  // The subscription reads signals() each time a signal changes: counting those reads shows whether it is still there.
  let reads = 0;
  class Counted extends View {
    protected override signals() {
      reads++;
      return super.signals();
    }
  }
  const { container, unmount } = render(<Counted />);
  act(() => {
    count.value = 1;
  });
  const whileMounted = reads;
  expect(container.textContent).toBe('score 1');
  unmount();
  act(() => {
    count.value = 5;
  });
  expect(reads).toBe(whileMounted);
  expect(container.textContent).toBe('');
});
