import { describe, expect, it } from 'vitest';
import { raiseToTopLayer } from './top-layer';

describe('raiseToTopLayer', () => {
  it('opens the element as a manual popover where the Popover API exists', () => {
    const el = document.createElement('div');
    document.documentElement.append(el);
    let opened = 0;
    el.showPopover = () => {
      opened++;
    };
    expect(raiseToTopLayer(el)).toBe(true);
    expect(el.getAttribute('popover')).toBe('manual');
    expect(opened).toBe(1);
    el.remove();
  });

  it('reports false and leaves the element alone without the Popover API', () => {
    const el = document.createElement('div');
    Object.defineProperty(el, 'showPopover', { value: undefined });
    expect(raiseToTopLayer(el)).toBe(false);
    expect(el.hasAttribute('popover')).toBe(false);
  });
});
