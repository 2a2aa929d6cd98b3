/** Types for chromium.mjs, imported by playwright.config.ts and the benchmark. */
export declare const CHROMIUM_ARGS: string[];
export declare function findChromium(): Promise<string | undefined>;
