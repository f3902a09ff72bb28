import { POSTHOG_TOKENS } from './posthog-fixtures';

/** Which library a page embeds (`baseline`: none, the same page without any script), and whether the visitor is asked. */
export type Library = 'npskit' | 'posthog' | 'baseline';
export type Scenario = 'none' | 'show';

// Both pages are the same small document; only the vendor snippet differs.
const shell = (head: string) =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><title>bench</title><link rel="icon" href="data:,">${head}</head><body><main><h1>Checkout complete</h1><p>Thanks for your order.</p></main></body></html>`;

/** The documented npskit snippet. `none`: a sample rate of 0 (the visitor is not picked); `show`: shown at once. */
function npskitPage(origin: string, scenario: Scenario): string {
  const stub = `<script>window.npskit=window.npskit||function(){(npskit.q=npskit.q||[]).push(arguments)}</script>`;
  const tag =
    scenario === 'show'
      ? `<script async src="/npskit/cdn/npskit.js" data-endpoint="${origin}/collect" data-survey="website-nps"></script><script>npskit('show',{force:true})</script>`
      : `<script async src="/npskit/cdn/npskit.js" data-endpoint="${origin}/collect" data-survey="website-nps" data-sample-rate="0"></script><script>npskit('show')</script>`;
  return shell(stub + tag);
}

/**
 * PostHog's documented snippet (its stub reduced to `init`, the only method these pages call),
 * pointed at the local server as api_host, which also serves its assets.
 */
function posthogPage(origin: string, scenario: Scenario): string {
  const token = POSTHOG_TOKENS[scenario];
  const snippet = `<script>!function(t,e){var p,r;e.__SV||(window.posthog=e,e._i=[],e.init=function(i,s,a){(p=t.createElement("script")).type="text/javascript",p.crossOrigin="anonymous",p.async=!0,p.src=s.api_host+"/static/array.js",(r=t.getElementsByTagName("script")[0]).parentNode.insertBefore(p,r),e._i.push([i,s,a])},e.__SV=1)}(document,window.posthog||[]);
posthog.init(${JSON.stringify(token)},{api_host:${JSON.stringify(origin)},person_profiles:"identified_only"});</script>`;
  return shell(snippet);
}

/** The HTML of one benchmark page. */
export function benchPage(library: Library, scenario: Scenario, origin: string): string {
  if (library === 'baseline') return shell('');
  return library === 'npskit' ? npskitPage(origin, scenario) : posthogPage(origin, scenario);
}
