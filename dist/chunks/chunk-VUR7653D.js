import { createRequire as __linkgateRequire } from 'node:module'; const require = __linkgateRequire(import.meta.url);

// src/core/version.ts
var VERSION = true ? "0.1.0" : "0.0.0-dev";

export {
  VERSION
};
