export declare const REPO_ROOT: string;
export declare const SHARED_DIR: string;
export declare function sharedPath(...parts: string[]): string;
