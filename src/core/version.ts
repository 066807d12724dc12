/** Replaced at bundle time by esbuild (`--define`); the fallback serves tests run from source. */
declare const __LINKGATE_VERSION__: string | undefined;
export const VERSION: string = typeof __LINKGATE_VERSION__ === 'string' ? __LINKGATE_VERSION__ : '0.0.0-dev';
