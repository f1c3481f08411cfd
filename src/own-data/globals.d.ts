/** `version+commit` of the site build (vite.config.ts `define`); absent in tests. */
declare const __ATLAS_CODE_VERSION__: string | undefined;
