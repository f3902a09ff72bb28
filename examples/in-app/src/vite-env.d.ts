/// <reference types="vite/client" />

interface ImportMetaEnv {
  /** URL of the npskit loader (npskit.js). */
  readonly VITE_NPSKIT_SRC: string;
  /** The collector endpoint answers are posted to. */
  readonly VITE_NPSKIT_ENDPOINT: string;
}
