import { html } from '../dashboard/html.js';

/** What the demo page needs to know about where things run. */
export interface DemoPageOptions {
  /** The collector endpoint the snippet posts to (another origin, as on a customer's site). */
  endpoint: string;
  /** Where the dashboard is, for the link. */
  dashboardUrl: string;
  /** Forced locale (`?locale=fa`), or null to let the widget negotiate from the browser. */
  locale: string | null;
  /** The visitor's pretend city and plan (`?city=…&plan=…`), preselected in the form. */
  city: string;
  plan: string;
}

const LOCALES = ['en', 'tr', 'pl', 'fa', 'ar', 'de'];
/** Cities the demo visitor can pretend to live in. */
export const DEMO_CITIES = ['İstanbul', 'İzmir', 'Warszawa', 'Kraków', 'London', 'تهران'];
/** Plans the demo visitor can pretend to be on. */
export const DEMO_PLANS = ['free', 'pro', 'business'];

/**
 * A small shop page that embeds npskit exactly as the script-tag guide says: the queueing stub, then the async
 * loader with data attributes. Its own behaviour lives in /demo.js (no inline handlers), styles in /demo.css.
 */
export function demoPage(options: DemoPageOptions): string {
  return html`<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="color-scheme" content="light dark">
<title>Kahve & Co. — npskit demo</title>
<link rel="stylesheet" href="/demo.css">
<!-- npskit: the stub queues calls made before the loader arrives; the loader configures itself from data-* -->
<script>window.npskit=window.npskit||function(){(npskit.q=npskit.q||[]).push(arguments)}</script>
<!-- identify before the loader: a survey that shows at once must already know who is answering -->
<script src="/demo.js"></script>
<script async src="/npskit/npskit.js" data-endpoint="${options.endpoint}" data-survey="website-nps" data-product="Kahve &amp; Co."${
    options.locale ? html` data-locale="${options.locale}"` : ''
  }></script>
</head>
<body>
<header>
  <p class="brand">☕ Kahve &amp; Co.</p>
  <nav aria-label="Demo"><a href="${options.dashboardUrl}">Open the dashboard</a></nav>
</header>
<main>
  <h1>Your order is on its way</h1>
  <p class="lead">This is a demo shop page. It loads npskit with the same two script tags a customer pastes into their site, and posts answers to the example collector on another origin.</p>
  <section aria-labelledby="try-title" class="panel">
    <h2 id="try-title">Try it</h2>
    <p>Real visitors are sampled and asked at most once in a while. This button skips those rules:</p>
    <p><button type="button" id="ask-now">Ask me now</button> <code>npskit('show', { force: true })</code></p>
    <form id="who" class="row">
      <label>Pretend to live in <select name="city">${DEMO_CITIES.map((c) => html`<option${c === options.city ? html` selected` : ''}>${c}</option>`)}</select></label>
      <label>on the plan <select name="plan">${DEMO_PLANS.map((p) => html`<option${p === options.plan ? html` selected` : ''}>${p}</option>`)}</select></label>
    </form>
    <p class="hint">Sent with <code>npskit('identify', userId, { city, plan })</code> for the next survey; the dashboard breaks answers down by both.</p>
    <p>Language: ${LOCALES.map(
      (l) => html`<a href="/?locale=${l}"${l === options.locale ? html` aria-current="page"` : ''}>${l}</a> `,
    )}<a href="/">browser default</a></p>
  </section>
  <section aria-labelledby="log-title" class="panel">
    <h2 id="log-title">What npskit did</h2>
    <ol id="log" aria-live="polite"></ol>
  </section>
</main>
</body>
</html>`.toString();
}

export const DEMO_CSS = `
:root { color-scheme: light dark; --bg: #fbf7f2; --text: #2b2118; --muted: #6b5a4b; --panel: #ffffff; --line: #e4d8cc; --accent: #8a4b14; }
@media (prefers-color-scheme: dark) {
  :root { --bg: #1a1512; --text: #f3ebe3; --muted: #c2b2a3; --panel: #241d18; --line: #3d322a; --accent: #f0a35e; }
}
* { box-sizing: border-box; }
body { margin: 0; background: var(--bg); color: var(--text); font: 16px/1.55 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; }
header { display: flex; justify-content: space-between; align-items: center; padding: 14px 24px; border-bottom: 1px solid var(--line); }
.brand { font-weight: 700; font-size: 1.2rem; margin: 0; }
main { max-width: 760px; margin: 0 auto; padding: 24px; }
h1 { font-size: 1.8rem; margin: 0.4em 0; }
.lead { color: var(--muted); }
.panel { background: var(--panel); border: 1px solid var(--line); border-radius: 12px; padding: 16px 20px; margin: 20px 0; }
h2 { font-size: 1.1rem; margin: 0 0 8px; }
button { font: inherit; font-weight: 600; color: #fff; background: var(--accent); border: 0; border-radius: 8px; padding: 10px 18px; cursor: pointer; }
@media (prefers-color-scheme: dark) { button { color: #1a1512; } }
:focus-visible { outline: 3px solid var(--accent); outline-offset: 2px; }
select { font: inherit; color: var(--text); background: var(--panel); border: 1px solid var(--line); border-radius: 6px; padding: 4px 8px; }
.row { display: flex; flex-wrap: wrap; gap: 16px; }
.hint { color: var(--muted); font-size: 0.9rem; }
a { color: var(--accent); }
code { font-size: 0.9em; }
#log { font-family: ui-monospace, monospace; font-size: 0.85rem; color: var(--muted); padding-inline-start: 20px; }
`;

// Runs in <head> right after the stub, before the loader: identify first, wire the page once it is parsed.
// Every call goes through the global, so it works before and after the loader arrives.
export const DEMO_JS = `(function () {
  var key = 'npskit-demo:user';
  var userId = localStorage.getItem(key) || 'demo-' + Math.random().toString(36).slice(2, 10);
  localStorage.setItem(key, userId);
  var query = new URLSearchParams(location.search);
  function identify(city, plan) {
    npskit('identify', userId, { city: city, plan: plan, department: 'demo' });
  }
  identify(query.get('city') || '${DEMO_CITIES[0]}', query.get('plan') || '${DEMO_PLANS[0]}');
  document.addEventListener('DOMContentLoaded', function () {
    var form = document.getElementById('who');
    form.addEventListener('change', function () {
      identify(form.city.value, form.plan.value);
      query.set('city', form.city.value);
      query.set('plan', form.plan.value);
      history.replaceState(null, '', '?' + query.toString());
    });
    document.getElementById('ask-now').addEventListener('click', function () {
      npskit('show', { force: true });
    });
    var log = document.getElementById('log');
    ['shown', 'score', 'submitted', 'dismissed', 'delivered', 'error'].forEach(function (name) {
      window.addEventListener('npskit:' + name, function (event) {
        var detail = event.detail || {};
        var record = detail.record || detail;
        var item = document.createElement('li');
        item.textContent = new Date().toLocaleTimeString() + '  npskit:' + name +
          (record && record.score !== undefined ? '  score ' + record.score : '') +
          (record && record.status ? '  (' + record.status + ')' : '');
        log.appendChild(item);
      });
    });
  });
})();
`;
