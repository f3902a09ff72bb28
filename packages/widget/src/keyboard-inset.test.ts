import { afterEach, describe, expect, it } from 'vitest';
import { trackKeyboardInset } from './keyboard-inset';

class FakeViewport extends EventTarget {
  height = window.innerHeight;
  offsetTop = 0;
}

const original = Object.getOwnPropertyDescriptor(window, 'visualViewport');
afterEach(() => {
  if (original) Object.defineProperty(window, 'visualViewport', original);
  else Reflect.deleteProperty(window, 'visualViewport');
});

describe('trackKeyboardInset', () => {
  it('publishes the height the on-screen keyboard covers, and clears it when the keyboard closes', () => {
    const viewport = new FakeViewport();
    Object.defineProperty(window, 'visualViewport', { configurable: true, value: viewport });
    const root = document.createElement('div');
    const stop = trackKeyboardInset(root);
    expect(root.style.getPropertyValue('--npskit-keyboard')).toBe('');

    viewport.height = window.innerHeight - 300;
    viewport.dispatchEvent(new Event('resize'));
    expect(root.style.getPropertyValue('--npskit-keyboard')).toBe('300px');
    expect(root.getAttribute('style')).not.toBeNull(); // set through the CSSOM, not by writing the attribute

    viewport.height = window.innerHeight;
    viewport.dispatchEvent(new Event('resize'));
    expect(root.style.getPropertyValue('--npskit-keyboard')).toBe('');

    viewport.height = 100;
    stop();
    viewport.dispatchEvent(new Event('resize'));
    expect(root.style.getPropertyValue('--npskit-keyboard')).toBe('');
  });

  it('does nothing where visualViewport is missing', () => {
    Object.defineProperty(window, 'visualViewport', { configurable: true, value: null });
    const root = document.createElement('div');
    expect(() => trackKeyboardInset(root)()).not.toThrow();
  });
});
