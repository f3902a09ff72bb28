import { describe, expect, it } from 'vitest';
import { showSurvey } from './testing/render-survey';

function fieldAt(top: number): HTMLInputElement {
  const input = document.createElement('input');
  input.getBoundingClientRect = () => DOMRect.fromRect({ x: 10, y: top, width: 200, height: 30 });
  document.body.append(input);
  return input;
}

describe('a floating card keeps clear of the field being typed in', () => {
  it('moves to the top while a field in the lower half has focus, and back when it loses focus', async () => {
    const low = fieldAt(window.innerHeight - 40);
    low.focus();
    const { shadow } = await showSurvey({ position: 'bottom-right' });
    const root = shadow.querySelector('.root')!;
    expect(root.classList.contains('at-top')).toBe(true);
    expect(document.activeElement).toBe(low); // and it did not take the focus
    low.blur();
    expect(root.classList.contains('at-top')).toBe(false);
    const high = fieldAt(20);
    high.focus();
    expect(root.classList.contains('at-top')).toBe(false);
    low.focus();
    expect(root.classList.contains('at-top')).toBe(true);
  });

  it('ignores its own comment box and non-text controls', async () => {
    const button = document.createElement('button');
    button.getBoundingClientRect = () => DOMRect.fromRect({ x: 0, y: window.innerHeight - 40, width: 50, height: 30 });
    document.body.append(button);
    button.focus();
    const { shadow } = await showSurvey({ position: 'bar' });
    expect(shadow.querySelector('.root')!.classList.contains('at-top')).toBe(false);
  });
});
