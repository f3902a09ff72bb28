export { findChromium, launchChromium } from '@npskit/test-chromium';
export type { CollectorRequest, FaultConfig, FaultKind, PageOptions, TestServer } from './server';
export { startServer, WIDGET_DIST } from './server';
