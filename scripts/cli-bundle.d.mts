export declare const CLI_BUNDLE: string;
export declare function ensureCliBundle(options?: { force?: boolean }): Promise<string>;
