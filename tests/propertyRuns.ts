/**
 * How many cases a property tries: all of them under `npm test`, a fifth under mutation testing
 * (scripts/mutation/), where every mutant a property does not catch reruns it in full. A mutant
 * the properties catch at all, they catch within the first few dozen cases.
 */
export const runs = (numRuns: number) => ({ numRuns: process.env.STANCEMAP_MUTATION ? Math.max(20, Math.ceil(numRuns / 5)) : numRuns });
