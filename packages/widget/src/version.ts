/** The SDK name and version stamped on every record (`record.sdk`); a test keeps it equal to package.json. */
export const SDK = { name: '@npskit/widget', version: '0.1.0' } as const;
