export declare const chromiumArgs: string[];
export declare function chromiumExecutable(): string | undefined;
export declare function launchOptions(): { executablePath?: string; args: string[] };
