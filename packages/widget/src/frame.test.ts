import { afterEach, describe, expect, it } from 'vitest';
import { closeFrame, createFrame } from './frame';
import type { SurveyPosition } from './options';

const make = (position: SurveyPosition, container?: Element) =>
  createFrame({
    position,
    theme: 'light',
    container,
    nonce: undefined,
    direction: 'ltr',
    locale: 'en',
    label: 'Survey',
  });

afterEach(() => {
  delete (HTMLElement.prototype as Partial<HTMLElement>).showPopover;
});

describe('createFrame', () => {
  it.each(['bottom-right', 'bottom-left', 'bar'] as const)(
    '%s: host on <html>, root opened in the top layer',
    (position) => {
      const opened: Element[] = [];
      HTMLElement.prototype.showPopover = function (this: HTMLElement) {
        opened.push(this);
      };
      const frame = make(position);
      expect(frame.host.parentElement).toBe(document.documentElement);
      expect(frame.root.getAttribute('popover')).toBe('manual');
      expect(opened).toEqual([frame.root]);
      closeFrame(frame);
      expect(frame.host.isConnected).toBe(false);
    },
  );

  it('without the Popover API, a floating host still goes on <html> (maximum z-index fallback)', () => {
    Object.defineProperty(HTMLElement.prototype, 'showPopover', { value: undefined, configurable: true });
    const frame = make('bottom-right');
    expect(frame.host.parentElement).toBe(document.documentElement);
    expect(frame.root.hasAttribute('popover')).toBe(false);
    closeFrame(frame);
  });

  it('modal and inline are not popovers: the dialog has its own top layer, inline stays in its container', () => {
    HTMLElement.prototype.showPopover = () => {
      throw new Error('must not be called');
    };
    const modal = make('modal');
    expect(modal.root.hasAttribute('popover')).toBe(false);
    closeFrame(modal);
    const container = document.body.appendChild(document.createElement('div'));
    const inline = make('inline', container);
    expect(inline.host.parentElement).toBe(container);
    expect(inline.root.hasAttribute('popover')).toBe(false);
    closeFrame(inline);
  });
});
