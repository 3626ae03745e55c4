export type BuildTarget = 'server' | 'web' | 'cli';
export declare const TARGETS: Record<BuildTarget, { output: string; sources: string[] }>;
export declare function isStale(name: BuildTarget): boolean;
export declare function buildIfStale(names?: BuildTarget[], options?: { quiet?: boolean }): Promise<BuildTarget[]>;
