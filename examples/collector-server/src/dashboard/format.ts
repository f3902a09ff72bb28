import type { NpsSummary } from '@npskit/core';

const integer = new Intl.NumberFormat('en', { maximumFractionDigits: 0 });
const percent = new Intl.NumberFormat('en', { style: 'percent', maximumFractionDigits: 0 });

/** A count with thousands separators. */
export function count(n: number): string {
  return integer.format(n);
}

/** A 0–1 share as a whole percentage. */
export function share(value: number | null | undefined): string {
  return value === null || value === undefined ? '–' : percent.format(value);
}

/** An NPS (or a difference of two) in whole points with an explicit sign when asked; en dash when unknown. */
export function points(value: number | null | undefined, signed = false): string {
  if (value === null || value === undefined) return '–';
  const rounded = Math.round(value);
  const text = integer.format(Math.abs(rounded));
  if (rounded < 0) return `−${text}`;
  return signed && rounded > 0 ? `+${text}` : text;
}

/** "25 to 39" for the summary's interval. */
export function interval(summary: NpsSummary): string {
  if (!summary.interval) return '–';
  return `${points(summary.interval.low)} to ${points(summary.interval.high)}`;
}

/** The confidence level as "95 %". */
export function level(summary: NpsSummary): string {
  return `${Math.round((summary.interval?.confidence ?? 0.95) * 100)} %`;
}

/** A timestamp as YYYY-MM-DD HH:MM (UTC), the same for every viewer. */
export function when(value: Date | string): string {
  return new Date(value).toISOString().slice(0, 16).replace('T', ' ');
}
