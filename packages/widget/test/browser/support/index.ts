export { findChromium, launchChromium } from './chromium';
export type { CollectorRequest, FaultConfig, FaultKind, PageOptions, TestServer } from './server';
export { startServer, WIDGET_DIST } from './server';
