import type { PartialStrykerOptions } from '@stryker-mutator/api/core';

export declare const MUTATION_PARTS: Readonly<Record<string, readonly string[]>>;
export declare const PART_TESTS: Readonly<Record<string, readonly string[]>>;
export declare function reportFolder(part: string | undefined): string;
declare const config: PartialStrykerOptions;
export default config;
