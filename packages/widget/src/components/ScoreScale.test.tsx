import type { NpsScore } from '@npskit/core';
import { fireEvent, render, screen } from '@testing-library/preact';
import { useState } from 'preact/hooks';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ScoreScale, TEN_WINDOW_MS } from './ScoreScale';

const LATIN = ['0', '1', '2', '3', '4', '5', '6', '7', '8', '9', '10'];
const PERSIAN = ['۰', '۱', '۲', '۳', '۴', '۵', '۶', '۷', '۸', '۹', '۱۰'];

function Harness(props: { rowRtl?: boolean; labels?: string[]; onChoose?: (s: NpsScore) => void }) {
  const [value, setValue] = useState<NpsScore | undefined>(undefined);
  return (
    <>
      <p id="q">How likely?</p>
      <ScoreScale
        value={value}
        labels={props.labels ?? LATIN}
        lowLabel="Not at all likely"
        highLabel="Extremely likely"
        labelledBy="q"
        hint="0 = Not at all likely, 10 = Extremely likely"
        rowRtl={props.rowRtl ?? false}
        onChoose={(s) => {
          props.onChoose?.(s);
          setValue(s);
        }}
      />
    </>
  );
}

const checked = () => screen.getAllByRole('radio').find((r) => r.getAttribute('aria-checked') === 'true');
const key = (k: string) => fireEvent.keyDown(document.activeElement!, { key: k });

afterEach(() => vi.useRealTimers());

describe('ScoreScale', () => {
  it('is a radio group labelled by the question and described by the end labels', () => {
    render(<Harness />);
    const group = screen.getByRole('radiogroup', { name: 'How likely?' });
    expect(group.getAttribute('aria-describedby')).toBe('npskit-scale-hint');
    expect(document.getElementById('npskit-scale-hint')?.textContent).toBe(
      '0 = Not at all likely, 10 = Extremely likely',
    );
    const radios = screen.getAllByRole('radio');
    expect(radios.map((r) => r.textContent)).toEqual(LATIN);
    expect(radios.every((r) => r.getAttribute('aria-checked') === 'false')).toBe(true);
  });

  it('has one tab stop: 0 before a choice, then the checked option', () => {
    render(<Harness />);
    const tabbable = () => screen.getAllByRole('radio').filter((r) => r.tabIndex === 0);
    expect(tabbable().map((r) => r.textContent)).toEqual(['0']);
    fireEvent.click(screen.getByRole('radio', { name: '7' }));
    expect(tabbable().map((r) => r.textContent)).toEqual(['7']);
    expect(checked()?.textContent).toBe('7');
  });

  it('arrow keys move and check, wrapping at the ends (LTR)', async () => {
    const chosen: number[] = [];
    render(<Harness onChoose={(s) => chosen.push(s)} />);
    screen.getByRole('radio', { name: '0' }).focus();
    key('ArrowRight');
    key('ArrowRight');
    key('ArrowDown');
    key('ArrowLeft');
    key('ArrowUp');
    expect(chosen).toEqual([1, 2, 3, 2, 1]);
    key('ArrowLeft');
    key('ArrowLeft');
    expect(chosen.slice(-2)).toEqual([0, 10]);
    expect(document.activeElement?.textContent).toBe('10');
    expect(checked()?.textContent).toBe('10');
  });

  it('in a mirrored RTL row, ArrowLeft moves to the higher value (the visual direction)', () => {
    const chosen: number[] = [];
    render(<Harness rowRtl labels={PERSIAN} onChoose={(s) => chosen.push(s)} />);
    expect(screen.getByRole('radiogroup').closest('[dir]')?.getAttribute('dir')).toBe('rtl');
    screen.getByRole('radio', { name: '۵' }).focus();
    key('ArrowLeft');
    key('ArrowLeft');
    key('ArrowRight');
    expect(chosen).toEqual([6, 7, 6]);
    expect(document.activeElement?.textContent).toBe('۶');
  });

  it('Home and End check 0 and 10', () => {
    const chosen: number[] = [];
    render(<Harness onChoose={(s) => chosen.push(s)} />);
    screen.getByRole('radio', { name: '0' }).focus();
    key('End');
    key('Home');
    expect(chosen).toEqual([10, 0]);
  });

  it('digits are hotkeys; "1" then "0" within the window and "=" reach 10', () => {
    vi.useFakeTimers();
    const chosen: number[] = [];
    render(<Harness onChoose={(s) => chosen.push(s)} />);
    screen.getByRole('radio', { name: '0' }).focus();
    key('7');
    key('1');
    key('0');
    expect(chosen).toEqual([7, 1, 10]);
    key('1');
    vi.advanceTimersByTime(TEN_WINDOW_MS + 50);
    key('0');
    key('=');
    key('۸'); // Persian keyboard
    expect(chosen.slice(3)).toEqual([1, 0, 10, 8]);
  });

  it('ignores other keys and modified keys', () => {
    const chosen: number[] = [];
    render(<Harness onChoose={(s) => chosen.push(s)} />);
    screen.getByRole('radio', { name: '0' }).focus();
    key('a');
    fireEvent.keyDown(document.activeElement!, { key: '5', ctrlKey: true });
    expect(chosen).toEqual([]);
  });
});
