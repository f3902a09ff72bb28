import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { parseTrigger } from './trigger-config';
import { watchTriggers } from './triggers';
import { compileUrlPattern } from './url-pattern';

const url = (href: string) => new URL(href, 'https://shop.example');

describe('URL patterns', () => {
  it('matches exact paths (trailing slash ignored), prefixes, globs, regexes, full URLs and hash routes', () => {
    const m = (pattern: unknown, href: string) => compileUrlPattern(pattern, 'url')(url(href));
    expect(m('/pricing', '/pricing')).toBe(true);
    expect(m('/pricing', '/pricing/?plan=pro')).toBe(true);
    expect(m('/pricing', '/pricing/enterprise')).toBe(false);
    expect(m({ prefix: '/docs/' }, '/docs/intro')).toBe(true);
    expect(m({ prefix: '/docs/' }, '/docsearch')).toBe(false);
    expect(m('/orders/*/done', '/orders/42/done')).toBe(true);
    expect(m('/orders/*/done', '/orders/42/x/done')).toBe(false);
    expect(m('/orders/**/done', '/orders/42/x/done')).toBe(true);
    expect(m('/a.b', '/aXb')).toBe(false);
    expect(m(/\/checkout\/(success|done)$/, '/checkout/success')).toBe(true);
    expect(m({ regex: 'plan=pro' }, '/pricing?plan=pro')).toBe(true);
    expect(m('https://shop.example/cart', '/cart')).toBe(true);
    expect(m('https://other.example/cart', '/cart')).toBe(false);
    expect(m('#/settings/*', '/app#/settings/profile')).toBe(true);
  });

  it('refuses what is not a pattern, naming the option', () => {
    expect(() => compileUrlPattern(42, 'trigger.url')).toThrow(/^npskit: trigger.url must be a URL pattern/);
    expect(() => compileUrlPattern({ exact: '/a', prefix: '/b' }, 'trigger.url')).toThrow(/URL pattern/);
    expect(() => compileUrlPattern({ regex: '(' }, 'trigger.url')).toThrow(
      'npskit: trigger.url must be a valid regular expression, got "("',
    );
  });
});

describe('parseTrigger', () => {
  it('reads conditions and refuses unknown ones', () => {
    const t = parseTrigger(
      { event: { name: 'order_completed', properties: { plan: 'pro' } }, scrollDepth: 50 },
      200,
      't',
    );
    expect(t.events).toEqual([{ name: 'order_completed', properties: { plan: 'pro' } }]);
    expect(t.scrollDepth).toBe(50);
    expect(t.delay).toBe(200);
    expect(parseTrigger('manual', undefined, 't').manual).toBe(true);
    expect(() => parseTrigger({ scrollDepth: 150 }, undefined, 'trigger')).toThrow(
      'npskit: trigger.scrollDepth must be a number from 1 to 100, got 150',
    );
    expect(() => parseTrigger({ onHover: true }, undefined, 'trigger')).toThrow(/trigger.onHover must be one of event/);
  });
});

describe('watchTriggers', () => {
  let now = 0;
  let pageviews = 1;
  const fired: string[] = [];
  const start = (t: unknown, delay?: number) =>
    watchTriggers(parseTrigger(t, delay, 'trigger'), { win: window, now: () => now, pageviews: () => pageviews }, (n) =>
      fired.push(n),
    );

  beforeEach(() => {
    vi.useFakeTimers();
    now = 0;
    pageviews = 1;
    fired.length = 0;
    history.replaceState(null, '', '/');
  });
  afterEach(() => vi.useRealTimers());

  const advance = (ms: number) => {
    now += ms;
    vi.advanceTimersByTime(ms);
  };

  it('fires `load` at once without conditions, and never when manual', () => {
    start(undefined).stop();
    start('manual').stop();
    expect(fired).toEqual(['load']);
  });

  it('fires after the delay', () => {
    const w = start(undefined, 3000);
    advance(2999);
    expect(fired).toEqual([]);
    advance(2);
    expect(fired).toEqual(['delay']);
    w.stop();
  });

  it('matches a tracked event by name and property filter, once per match', () => {
    const w = start({ event: { name: 'order_completed', properties: { plan: 'pro' } } });
    w.track('order_completed', { plan: 'free' });
    w.track('order_created', { plan: 'pro' });
    w.track('order_completed');
    expect(fired).toEqual([]);
    w.track('order_completed', { plan: 'pro', total: 12 });
    expect(fired).toEqual(['event:order_completed']);
    w.stop();
  });

  it('combines conditions with AND and names every one met', () => {
    const w = start({ event: 'signup', url: '/welcome', minPageviews: 3 });
    w.track('signup');
    expect(fired).toEqual([]);
    history.pushState(null, '', '/welcome');
    w.navigated();
    expect(fired).toEqual([]);
    pageviews = 3;
    w.navigated();
    expect(fired).toEqual(['event:signup+url+pageviews']);
    w.stop();
  });

  it('counts time on page only while the page is visible, and restarts it after an SPA navigation', () => {
    let state: DocumentVisibilityState = 'visible';
    const spy = vi.spyOn(document, 'visibilityState', 'get').mockImplementation(() => state);
    const w = start({ timeOnPage: 10_000 });
    advance(6000);
    state = 'hidden';
    document.dispatchEvent(new Event('visibilitychange'));
    advance(60_000);
    expect(fired).toEqual([]);
    state = 'visible';
    document.dispatchEvent(new Event('visibilitychange'));
    advance(3000);
    history.pushState(null, '', '/next');
    w.navigated();
    advance(9000);
    expect(fired).toEqual([]);
    advance(1002);
    expect(fired).toEqual(['time-on-page']);
    w.stop();
    spy.mockRestore();
  });

  it('fires on scroll depth, and on exit intent only with a fine pointer leaving through the top', () => {
    const height = vi.spyOn(document.documentElement, 'scrollHeight', 'get').mockReturnValue(4000);
    Object.defineProperty(window, 'innerHeight', { value: 1000, configurable: true });
    const w = start({ scrollDepth: 50 });
    Object.defineProperty(window, 'scrollY', { value: 500, configurable: true });
    window.dispatchEvent(new Event('scroll'));
    expect(fired).toEqual([]);
    Object.defineProperty(window, 'scrollY', { value: 1000, configurable: true });
    window.dispatchEvent(new Event('scroll'));
    expect(fired).toEqual(['scroll']);
    w.stop();
    height.mockRestore();

    const media = vi.spyOn(window, 'matchMedia').mockReturnValue({ matches: true } as MediaQueryList);
    const exit = start({ exitIntent: true });
    document.dispatchEvent(new MouseEvent('mouseout', { clientY: 300, relatedTarget: null }));
    expect(fired).toEqual(['scroll']);
    document.dispatchEvent(new MouseEvent('mouseout', { clientY: 0, relatedTarget: null }));
    expect(fired).toEqual(['scroll', 'exit-intent']);
    exit.stop();
    media.mockRestore();
  });

  it('stops completely: no timer or listener fires afterwards', () => {
    const w = start({ event: 'x' }, 1000);
    w.stop();
    w.track('x');
    advance(5000);
    expect(fired).toEqual([]);
  });
});
