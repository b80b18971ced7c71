export declare const EXTENSION_DIR: string;
export declare const CHROMIUM: string;
export declare function chromiumArgs(clip: string | null, extra?: string[]): string[];
