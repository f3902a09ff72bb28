import type { ResponseRecord } from './types';

/** Options shared by the functions that read response records. */
export interface RecordOptions {
  /** Count QA/preview displays too. @default false */
  includePreview?: boolean;
}

/**
 * The latest revision of each display, without previews unless asked: a log of every revision a collector
 * received counts each display once, as the receiver's upsert by `id` would.
 */
export function latestRecords(records: Iterable<ResponseRecord>, options: RecordOptions = {}): ResponseRecord[] {
  const byId = new Map<string, ResponseRecord>();
  for (const record of records) {
    if (record.preview && !options.includePreview) continue;
    const seen = byId.get(record.id);
    if (!seen || record.revision > seen.revision) byId.set(record.id, record);
  }
  return [...byId.values()];
}
