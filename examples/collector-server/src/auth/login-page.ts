import { html, type SafeHtml } from '../dashboard/html.js';

function page(title: string, body: SafeHtml): string {
  return html`<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="color-scheme" content="light dark">
<title>${title} · npskit</title>
<link rel="stylesheet" href="/dashboard.css">
</head>
<body>
<main class="login">
<h1>${title}</h1>
${body}
</main>
</body>
</html>`.toString();
}

/** The sign-in form; `error` is shown above it (wrong password, too many attempts). */
export function loginPage(next: string, error?: string): string {
  return page(
    'Sign in',
    html`${error ? html`<p role="alert" class="error">${error}</p>` : ''}
<form method="post" action="/login">
  <input type="hidden" name="next" value="${next}">
  <p><label>User name <input name="username" autocomplete="username" required autofocus></label></p>
  <p><label>Password <input name="password" type="password" autocomplete="current-password" required></label></p>
  <p><button type="submit">Sign in</button></p>
</form>`,
  );
}

/** What a server without credentials shows instead of the sign-in form. */
export function closedPage(reason: string): string {
  return page('Dashboard closed', html`<p>${reason}</p>`);
}
