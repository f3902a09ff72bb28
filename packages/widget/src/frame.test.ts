import { afterEach, describe, expect, it } from 'vitest';
import { attachFrame, closeFrame, createFrame, openFrame } from './frame';
import type { SurveyPosition } from './options';

const build = (position: SurveyPosition, container?: Element) =>
  createFrame({
    position,
    theme: 'light',
    container,
    nonce: undefined,
    direction: 'ltr',
    locale: 'en',
    label: 'Survey',
  });

const make = (position: SurveyPosition, container?: Element) => {
  const frame = build(position, container);
  attachFrame(frame, position);
  return frame;
};

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

  it('builds the frame off the page: nothing is on the page or in the top layer until attachFrame', () => {
    const opened: Element[] = [];
    HTMLElement.prototype.showPopover = function (this: HTMLElement) {
      opened.push(this);
    };
    const frame = build('bottom-right');
    expect(frame.host.isConnected).toBe(false);
    expect(opened).toEqual([]);
    expect(frame.host.shadowRoot?.adoptedStyleSheets).toHaveLength(1);
    attachFrame(frame, 'bottom-right');
    expect(frame.host.isConnected).toBe(true);
    expect(opened).toEqual([frame.root]);
    closeFrame(frame);
  });
});

describe('openFrame', () => {
  it('remembers the focus of when it opens (not of when the frame was built) and gives it back on close', () => {
    const early = document.body.appendChild(document.createElement('button'));
    const late = document.body.appendChild(document.createElement('button'));
    early.focus();
    const frame = build('modal');
    frame.mountNode.append(Object.assign(document.createElement('button'), { tabIndex: 0 }));
    attachFrame(frame, 'modal');
    late.focus(); // the visitor moved on while the survey was rendering
    openFrame(frame, 'modal', () => {});
    expect(frame.previousFocus).toBe(late);
    closeFrame(frame);
    expect(document.activeElement).toBe(late);
    early.remove();
    late.remove();
  });
});
