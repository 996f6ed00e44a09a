// Generated from package.json by scripts/generate.mjs. Do not edit by hand: run `npm run generate`.
export const VERSION = '0.1.0';
