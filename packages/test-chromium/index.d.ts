import type { Browser, LaunchOptions } from 'playwright-core';

/** The flags every launch gets: no sandbox as root, and no background calls to hosts this network refuses. */
export declare const CHROMIUM_ARGS: readonly string[];
/** The path of the system Chromium (or CHROMIUM_PATH); throws with the install command when there is none. */
export declare function findChromium(): string;
/** Launches headless system Chromium through playwright-core; extra `args` are added to the sandbox flags. */
export declare function launchChromium(options?: LaunchOptions): Promise<Browser>;
