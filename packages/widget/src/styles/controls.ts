/**
 * Controls. Every interactive element has a visible focus ring (`:focus-visible`, ≥ 3:1), and every
 * selected state shows a shape as well as a colour (WCAG 1.4.1): a bar under the chosen score, a tick
 * on picked reasons.
 */
export const controlsCss = `
.question { margin: 0 0 12px; margin-inline-end: 36px; font-size: 16px; font-weight: 600; line-height: 1.35; }
.sr-only {
  position: absolute; width: 1px; height: 1px; margin: -1px; padding: 0; overflow: hidden;
  clip: rect(0 0 0 0); clip-path: inset(50%); white-space: nowrap; border: 0;
}
button, input, textarea { font: inherit; color: inherit; }
:focus-visible { outline: 3px solid var(--_focus); outline-offset: 2px; }
.scale { display: grid; grid-template-columns: repeat(11, minmax(0, 1fr)); gap: 4px; }
.score {
  position: relative;
  min-width: 24px;
  min-height: 40px;
  padding: 0;
  border: 1px solid var(--_border);
  border-radius: calc(var(--_radius) / 2);
  background: var(--_bg);
  color: var(--_text);
  font-size: 15px;
  font-variant-numeric: tabular-nums;
  cursor: pointer;
}
.score:hover { border-color: var(--_accent); background: var(--_tint); }
.score[aria-checked='true'] {
  background: var(--_accent);
  border-color: var(--_accent);
  color: var(--_accent-text);
  font-weight: 700;
}
.score[aria-checked='true']::after {
  content: '';
  position: absolute;
  inset-inline: 28%;
  bottom: 4px;
  height: 3px;
  border-radius: 2px;
  background: currentColor;
}
.ends { display: flex; justify-content: space-between; gap: 12px; margin-top: 6px; font-size: 13px; color: var(--_muted); }
.ends span:last-child { text-align: end; }
.follow-up { margin-top: 16px; display: grid; gap: 10px; }
.follow-up-question { margin: 0; font-weight: 600; }
fieldset.reasons { margin: 0; padding: 0; border: 0; min-width: 0; }
.chips-label { padding: 0; margin: 0 0 6px; font-size: 13px; color: var(--_muted); }
.chips { display: flex; flex-wrap: wrap; gap: 6px; }
.chip {
  min-height: 32px;
  padding: 4px 12px;
  border: 1px solid var(--_border);
  border-radius: 999px;
  background: var(--_bg);
  cursor: pointer;
}
.chip[aria-pressed='true'] { background: var(--_tint); border-color: var(--_accent); border-width: 2px; padding: 3px 11px; }
.chip[aria-pressed='true']::before { content: '✓'; margin-inline-end: 6px; font-weight: 700; }
label, .label { display: block; font-size: 13px; font-weight: 600; margin-bottom: 4px; }
textarea, input[type='email'] {
  display: block;
  width: 100%;
  padding: 8px 10px;
  border: 1px solid var(--_border);
  border-radius: calc(var(--_radius) / 2);
  background: var(--_bg);
}
textarea { min-height: 4.5em; resize: vertical; }
.counter { margin-top: 4px; font-size: 12px; color: var(--_muted); text-align: end; }
.actions { display: flex; flex-wrap: wrap; gap: 8px; justify-content: flex-end; align-items: center; }
.primary, .secondary {
  min-height: 36px;
  padding: 6px 16px;
  border-radius: calc(var(--_radius) / 2);
  border: 1px solid var(--_accent);
  cursor: pointer;
  font-weight: 600;
}
.primary { background: var(--_accent); color: var(--_accent-text); }
.secondary { background: transparent; color: var(--_text); border-color: var(--_border); }
.dismiss {
  position: absolute;
  top: 8px;
  inset-inline-end: 8px;
  width: 32px;
  height: 32px;
  padding: 0;
  border: 0;
  border-radius: 50%;
  background: transparent;
  color: var(--_muted);
  font-size: 22px;
  line-height: 1;
  cursor: pointer;
}
.dismiss:hover { background: var(--_tint); color: var(--_text); }
.thanks { display: grid; gap: 12px; }
.thanks-message { margin: 0; margin-inline-end: 36px; font-size: 16px; font-weight: 600; }
.thanks-message:focus { outline: none; }
.thanks-message:focus-visible { outline: 3px solid var(--_focus); }
.share { display: grid; gap: 6px; }
.share p { margin: 0; }
.share ul { margin: 0; padding: 0; list-style: none; display: flex; flex-wrap: wrap; gap: 8px; }
.share a {
  display: inline-block;
  padding: 6px 14px;
  border: 1px solid var(--_accent);
  border-radius: 999px;
  color: var(--_text);
  text-decoration: underline;
  text-underline-offset: 3px;
}
fieldset.contact { margin: 0; padding: 0; border: 0; display: grid; gap: 8px; }
fieldset.contact legend { padding: 0; margin-bottom: 6px; font-weight: 600; }
.check { display: flex; gap: 8px; align-items: flex-start; font-weight: 400; font-size: 14px; margin: 0; }
.check input { width: 20px; height: 20px; margin: 1px 0 0; accent-color: var(--_accent); flex: none; }
.error { margin: 0; color: var(--_danger); font-size: 13px; }
.countdown { margin: 0; font-size: 13px; color: var(--_muted); }
/* Windows high contrast replaces our colours; keep the chosen score and picked reasons distinguishable. */
@media (forced-colors: active) {
  .score[aria-checked='true'] { border: 3px solid Highlight; }
  .score[aria-checked='true']::after { forced-color-adjust: none; background: Highlight; }
  .chip[aria-pressed='true'] { border-color: Highlight; }
}
@media (max-width: 432px) {
  .scale { gap: 2px; }
  .score { min-height: 36px; font-size: 14px; }
}
`;
