import type { AttributeValue } from '@npskit/core';
import type { SurveyContent } from '../validate-content';
import type { EmbedConfig } from './config';
import type { Visitor } from './visitor';

/** Raw options as given: `data-*` attributes merged with `init` options, own properties only, not yet validated. */
export type RawConfig = Record<string, unknown>;

/** What the loader shares with the chunks it loads. */
export interface ChunkContext {
  now: () => number;
  visitor: Visitor;
  /** Reports a problem: console in debug mode, and the `error` event. */
  report: (error: unknown) => void;
  /** Logs a decision with its reason code (debug mode only). */
  log: (code: string, detail?: unknown) => void;
}

/** What the loader hands over to npskit-rules.js once a survey may show (or in debug/preview mode). */
export interface Handoff extends ChunkContext {
  raw: RawConfig;
  /** The loader's script element: options whose value equals its `data-*` attribute are named after the attribute. */
  script: Element | null;
  debug: boolean;
  preview: boolean;
  load: ChunkLoader;
  /** Why the visitor may not be asked now (a reason code), or undefined when they may; `force` skips sampling and recontact. */
  refusal(force?: boolean): string | undefined;
  /** The identity from `identify` / `init`, read at display time. */
  identity(): [userId: string | undefined, attributes: Record<string, AttributeValue> | undefined];
}

/** The commands npskit-rules.js takes over from the loader: track, show, hide, preview, on, off, reset, destroy. */
export type Controller = (args: unknown[]) => void;

/** `npskit-rules.js`: full option validation, triggers, SPA navigation, interruption-awareness, display. */
export interface RulesChunk {
  /** Returns null when the options are invalid (each problem is reported). */
  start(handoff: Handoff): Controller | null;
}

/** What the controller knows about the display it asks the UI chunk for. */
export interface MountContext extends ChunkContext {
  /** The survey's content options, validated by npskit-rules.js. */
  content: SurveyContent;
  userId: string | undefined;
  attributes: Record<string, AttributeValue> | undefined;
  trigger: string;
  preview: boolean;
  debug: boolean;
  /** Forwards a survey event to `npskit('on')` listeners and window CustomEvents. */
  emit: (name: string, payload: unknown) => void;
}

/** The survey as the loader uses it (a subset of the ESM `Survey`). */
export interface MountedSurvey {
  show(): void;
  hide(): void;
  destroy(): void;
}

/** `npskit-collector.js`: delivery only, loaded alone to flush records left over from an earlier page. */
export interface CollectorChunk {
  /** Starts (or returns the running) collector for `endpoint`. */
  connect(endpoint: string): { flush(): Promise<void> };
  /** Starts the collector for `endpoint` and delivers what the outbox holds now. */
  flush(endpoint: string): Promise<void>;
  /** Stops the running collector's timers and listeners; records stay in the outbox. */
  disconnect(): void;
}

/** `npskit-ui.js`: the survey UI; it imports the collector chunk. */
export interface UiChunk extends CollectorChunk {
  /** Creates the survey (not shown yet) from validated options; throws when an inline container is missing. */
  mount(config: EmbedConfig, ctx: MountContext): MountedSurvey;
}

/** Loads a chunk of the CDN build that sits beside npskit.js. */
export type ChunkLoader = {
  (name: 'ui'): Promise<UiChunk>;
  (name: 'rules'): Promise<RulesChunk>;
  (name: 'collector'): Promise<CollectorChunk>;
};
