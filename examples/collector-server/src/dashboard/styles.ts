/**
 * The dashboard's stylesheet, served as /dashboard.css so the page needs no inline style (CSP `style-src 'self'`).
 * Kept in a module rather than a .css file so the app stays one import on runtimes without a file system.
 */
export const DASHBOARD_CSS = `
:root {
  color-scheme: light dark;
  --bg: #f6f7f9; --panel: #ffffff; --text: #1b1f24; --muted: #57606a; --line: #d0d7de; --grid: #e6e9ed;
  --accent: #0b5cad; --promoter: #1a7f37; --passive: #8a6d00; --detractor: #c62828; --band: rgba(11, 92, 173, 0.18);
  --on-fill: #ffffff;
}
@media (prefers-color-scheme: dark) {
  :root {
    --bg: #0f1419; --panel: #171d24; --text: #e6edf3; --muted: #9ba7b4; --line: #30363d; --grid: #252c34;
    --accent: #58a6ff; --promoter: #3fb950; --passive: #d4a72c; --detractor: #f85149; --band: rgba(88, 166, 255, 0.22);
    --on-fill: #0f1419;
  }
}
* { box-sizing: border-box; }
body { margin: 0; background: var(--bg); color: var(--text); font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; }
header, main, footer { max-width: 1080px; margin: 0 auto; padding: 16px 20px; }
header { display: flex; flex-wrap: wrap; align-items: center; justify-content: space-between; gap: 12px; }
h1 { font-size: 1.4rem; margin: 0; }
h2 { font-size: 1.15rem; margin: 0 0 12px; }
h3 { font-size: 0.95rem; margin: 0 0 6px; color: var(--muted); font-weight: 600; }
section { background: var(--panel); border: 1px solid var(--line); border-radius: 10px; padding: 16px 20px; margin: 0 0 16px; }
section.cards { display: grid; grid-template-columns: repeat(auto-fit, minmax(240px, 1fr)); gap: 16px; background: none; border: 0; padding: 0; }
.card { background: var(--panel); border: 1px solid var(--line); border-radius: 10px; padding: 16px 20px; }
.card p { margin: 0; }
.big { font-size: 2.4rem; font-weight: 700; line-height: 1.2; font-variant-numeric: tabular-nums; }
.muted { color: var(--muted); }
.filters { display: flex; flex-wrap: wrap; gap: 10px; align-items: end; margin: 0 0 12px; }
.filters label { display: flex; flex-direction: column; font-size: 0.8rem; color: var(--muted); gap: 2px; }
select, button { font: inherit; color: var(--text); background: var(--panel); border: 1px solid var(--line); border-radius: 6px; padding: 6px 10px; min-height: 36px; }
button { background: var(--accent); color: var(--on-fill); border-color: var(--accent); font-weight: 600; cursor: pointer; }
:focus-visible { outline: 3px solid var(--accent); outline-offset: 2px; }
a { color: var(--accent); }
figure { margin: 0; }
figcaption { color: var(--muted); font-size: 0.85rem; margin-top: 6px; }
.chart { width: 100%; height: auto; display: block; }
.chart text { fill: var(--muted); font-size: 12px; }
.chart .label { fill: var(--text); font-size: 13px; }
.chart .grid { stroke: var(--grid); stroke-width: 1; }
.chart .axis { stroke: var(--muted); stroke-width: 1; }
.chart .band { fill: var(--band); stroke: none; }
.chart .line { fill: none; stroke: var(--accent); stroke-width: 2.5; }
.chart .dot { fill: var(--accent); stroke: var(--panel); stroke-width: 1.5; }
.chart .dot.sparse { fill: var(--panel); stroke: var(--accent); stroke-width: 2; }
.chart .whisker { stroke: var(--accent); stroke-width: 2; }
.chart .on-bar { fill: var(--on-fill); font-size: 14px; font-weight: 700; }
.fill-promoter { fill: var(--promoter); background: var(--promoter); }
.fill-passive { fill: var(--passive); background: var(--passive); }
.fill-detractor { fill: var(--detractor); background: var(--detractor); }
.legend { display: flex; flex-wrap: wrap; gap: 16px; list-style: none; padding: 0; margin: 8px 0 0; color: var(--text); }
.swatch { display: inline-block; width: 12px; height: 12px; border-radius: 3px; margin-inline-end: 6px; vertical-align: -1px; }
details { margin-top: 10px; }
summary { cursor: pointer; color: var(--accent); }
table { width: 100%; border-collapse: collapse; font-variant-numeric: tabular-nums; }
caption { text-align: start; color: var(--muted); padding: 6px 0; }
th, td { text-align: start; padding: 6px 8px; border-bottom: 1px solid var(--line); vertical-align: top; }
.columns { display: grid; grid-template-columns: repeat(auto-fit, minmax(220px, 1fr)); gap: 16px; }
.reasons { margin: 0; padding-inline-start: 20px; }
.comments { list-style: none; margin: 0; padding: 0; }
.comments li { display: flex; gap: 12px; padding: 10px 0; border-bottom: 1px solid var(--line); }
.comments p { margin: 0 0 2px; }
.score { flex: none; width: 32px; height: 32px; border-radius: 50%; display: grid; place-items: center; font-weight: 700; color: var(--on-fill); }
.score-promoter { background: var(--promoter); }
.score-passive { background: var(--passive); }
.score-detractor { background: var(--detractor); }
footer { color: var(--muted); font-size: 0.9rem; }
.visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
input { font: inherit; color: var(--text); background: var(--panel); border: 1px solid var(--line); border-radius: 6px; padding: 6px 10px; min-height: 36px; }
main.login { max-width: 420px; }
main.login label { display: flex; flex-direction: column; gap: 2px; }
.error { color: var(--detractor); font-weight: 600; }
`;

/** Progressive enhancement only: apply a filter as soon as its select changes. The forms work without it. */
export const DASHBOARD_JS = `document.addEventListener('change', (event) => {
  const select = event.target;
  if (select instanceof HTMLSelectElement && select.form) select.form.requestSubmit();
});
`;
