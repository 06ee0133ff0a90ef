import type { core } from 'zod/mini';
import { closestMatch } from './closestMatch';
import { valueAt, type PathSegment } from './formatPath';
import { didYouMean, issue, showValue, type ValidationIssue } from './validationIssue';

const EXPECTED_IN_WORDS: Record<string, string> = {
  string: 'text in quotes',
  number: 'a number',
  int: 'a whole number',
  array: 'a list [ … ]',
  object: 'an object { … }',
  boolean: 'true or false',
};

function typeInWords(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'string') return `the text ${showValue(value)}`;
  if (typeof value === 'object') return 'an object';
  return `${typeof value === 'number' ? 'the number' : typeof value} ${String(value)}`;
}

/** Turns one zod issue into a message that says where, what was found and what is wanted. */
export function describeSchemaIssue(zodIssue: core.$ZodIssue, input: unknown): ValidationIssue {
  const path = zodIssue.path.filter((segment): segment is PathSegment => typeof segment !== 'symbol');
  const value = valueAt(input, path);
  const error = (message: string) => issue('error', path, message);
  switch (zodIssue.code) {
    case 'invalid_type': {
      const expected = EXPECTED_IN_WORDS[zodIssue.expected] ?? zodIssue.expected;
      if (value === undefined) return error(`is missing; it should be ${expected}.`);
      return error(`should be ${expected}, but is ${typeInWords(value)}.`);
    }
    case 'invalid_value': {
      const options = zodIssue.values.map(String);
      const suggestion = typeof value === 'string' ? closestMatch(value, options) : undefined;
      return error(`${showValue(value)} is not one of: ${options.join(', ')}${didYouMean(suggestion)}.`);
    }
    case 'invalid_format':
      return error(`${showValue(value)} ${zodIssue.message}.`);
    case 'too_small':
      if (zodIssue.origin === 'string') return error('is empty.');
      if (zodIssue.origin === 'array') return error(`needs at least ${zodIssue.minimum === 1 ? 'one item' : `${zodIssue.minimum} items`}.`);
      return error(`${showValue(value)} is too small: it must be ${zodIssue.minimum} or more.`);
    case 'too_big':
      // A whole number past 2^53 (zod/mini carries no English messages of its own).
      return error(`${showValue(value)} is too big: it must be ${zodIssue.maximum} or less.`);
    default:
      return error(`${zodIssue.message}.`);
  }
}
