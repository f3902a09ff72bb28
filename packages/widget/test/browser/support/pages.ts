import type { TestServer } from './server';

/** The documented queueing stub, exactly as sites paste it (docs/script-tag.md). */
export const STUB = 'window.npskit=window.npskit||function(){(npskit.q=npskit.q||[]).push(arguments)}';

/** A page with the documented two-line snippet. */
export interface SnippetPage {
  /** `data-*` attributes of the loader tag, without the `data-` prefix. @default endpoint = the test collector, survey = 'website-nps' */
  attrs?: Record<string, string>;
  /** Calls queued on the stub before the loader arrives, e.g. `[['show', { force: true }]]`. JSON only. */
  commands?: unknown[][];
  /** Extra markup in <head> (host styles, CSP meta…). */
  head?: string;
  /** The host page's own content. @default a heading, a paragraph, a form field and a button */
  body?: string;
  /** `lang`/`dir` of <html>. */
  lang?: string;
  dir?: 'ltr' | 'rtl';
  /**
   * Serve the stub and the queued commands as a same-origin external script instead of inline code, for pages
   * whose CSP forbids inline scripts (`script-src 'self'`).
   */
  externalStub?: boolean;
}

/** The host content every test page has unless it brings its own: things whose layout must not move. */
export const HOST_BODY = `<header id="host-header"><h1 id="host-title">Order confirmed</h1></header>
<main id="host-main"><p id="host-text">Thank you for your order. A receipt is on its way.</p>
<label for="host-input">Note</label> <input id="host-input" type="text">
<button id="host-button" type="button">Continue</button></main>`;

const escapeAttr = (value: string) =>
  value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

let counter = 0;

/** Builds the HTML of a snippet page (and, for `externalStub`, registers its script on `server`). */
export function snippetHtml(server: TestServer, options: SnippetPage = {}): string {
  const attrs = { endpoint: server.collectorUrl, survey: 'website-nps', ...options.attrs };
  const tagAttrs = Object.entries(attrs)
    .map(([name, value]) => ` data-${name}="${escapeAttr(value)}"`)
    .join('');
  // `<` escaped so a `</script>` inside a value cannot end the inline script (the test's markup, not npskit, would break).
  const json = (value: unknown) => JSON.stringify(value).replace(/</g, '\\u003c');
  const calls = (options.commands ?? []).map((args) => `npskit(${args.map(json).join(',')});`);
  const stubCode = `${STUB};${calls.join('')}`;
  let stub: string;
  if (options.externalStub) {
    counter += 1;
    const path = `/stub-${counter}.js`;
    server.asset(path, stubCode, 'text/javascript; charset=utf-8');
    stub = `<script src="${path}"></script>`;
  } else stub = `<script>${stubCode}</script>`;
  const html = [
    `<!doctype html><html lang="${options.lang ?? 'en'}"${options.dir ? ` dir="${options.dir}"` : ''}>`,
    '<head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">',
    '<title>npskit test page</title>',
    options.head ?? '',
    stub,
    `<script async src="/npskit/cdn/npskit.js"${tagAttrs}></script>`,
    '</head><body>',
    options.body ?? HOST_BODY,
    '</body></html>',
  ];
  return html.join('\n');
}

/** Registers a snippet page at a fresh path and returns its URL. */
export function snippetPage(
  server: TestServer,
  options: SnippetPage & { headers?: Record<string, string> } = {},
): string {
  counter += 1;
  return server.page(`/page-${counter}`, snippetHtml(server, options), { headers: options.headers });
}
