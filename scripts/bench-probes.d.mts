export declare const outputSelector: string;
export declare const textSelector: string;
export declare function installProbes(selectors: { output: string; text: string }): void;
export declare function isHydrated(selector: string): boolean;
