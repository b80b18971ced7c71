import type { BrowserContext, Worker } from 'playwright-core';
export declare const EXTENSION_DIR: string;
export declare const CHROMIUM: string;
export declare function chromiumArgs(clip: string | null, extra?: string[]): string[];
export declare function launchExtension(
  clip: string | null,
  prefix: string,
): Promise<{ dir: string; context: BrowserContext; sw: Worker; id: string }>;
