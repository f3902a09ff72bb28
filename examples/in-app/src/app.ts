import { type AppUser, identifyUser, type Npskit, onSubmitted, orderCompleted, signOut } from './nps';

const USERS: readonly AppUser[] = [
  { id: 'u-1001', plan: 'pro', city: 'İzmir' },
  { id: 'u-1002', plan: 'free', city: 'Kraków' },
  { id: 'u-1003', plan: 'business', city: 'London' },
];

function element<K extends keyof HTMLElementTagNameMap>(tag: K, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (text) node.textContent = text;
  return node;
}

/**
 * A tiny shop: sign in as one of three users (identify), complete an order (track → the survey shows),
 * and see the answer come back through the `npskit:submitted` event.
 */
export function renderApp(root: HTMLElement, npskit: Npskit, events: EventTarget): () => void {
  const heading = element('h1', 'Kahve & Co.');
  const who = element('p');
  const select = element('select');
  select.setAttribute('aria-label', 'Signed-in user');
  select.append(element('option', 'Signed out'));
  for (const user of USERS) {
    const option = element('option', `${user.id} · ${user.plan} · ${user.city}`);
    option.value = user.id;
    select.append(option);
  }
  const order = element('button', 'Complete order');
  order.type = 'button';
  const status = element('p');
  status.setAttribute('role', 'status');
  who.append('User: ', select);

  select.addEventListener('change', () => {
    const user = USERS.find((u) => u.id === select.value);
    if (user) identifyUser(npskit, user);
    else signOut(npskit);
  });
  let orders = 0;
  order.addEventListener('click', () => {
    orders++;
    orderCompleted(npskit, { total: 12.5 * orders });
    status.textContent = `Order #${orders} placed. The survey asks about it now.`;
  });
  const stop = onSubmitted(events, (answer) => {
    status.textContent = `Thanks for your ${answer.score}!${answer.comment ? ` “${answer.comment}”` : ''}`;
  });

  root.replaceChildren(heading, who, element('p', 'Espresso beans, 250 g — €12.50'), order, status);
  return stop;
}
