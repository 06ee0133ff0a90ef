/**
 * Under mutation testing, a property that fails has done its work: fast-check stops at the first
 * counterexample instead of shrinking it to the smallest, which no one reads here. A mutant the
 * properties catch is caught just as surely, in a fraction of the time. Properties that do not
 * say how many cases they try take a fifth of fast-check's 100, as tests/propertyRuns.ts gives
 * the others.
 */
import fc from 'fast-check';

fc.configureGlobal({ ...fc.readConfigureGlobal(), endOnFailure: true, numRuns: 20 });
