import type { core } from 'zod/mini';
import { t, tn } from '../i18n/translate';
import { closestMatch } from './closestMatch';
import { valueAt, type PathSegment } from './formatPath';
import { didYouMean, issue, showValue, type ValidationIssue } from './validationIssue';

/** The type a schema wants, in words (in the interface's language); undefined for a type the format never asks for. */
function expectedInWords(expected: string): string | undefined {
  switch (expected) {
    case 'string':
      return t('text in quotes');
    case 'number':
      return t('a number');
    case 'int':
      return t('a whole number');
    case 'array':
      return t('a list [ … ]');
    case 'object':
      return t('an object { … }');
    case 'boolean':
      return t('true or false');
    // Stryker disable next-line all: the format's schema asks for no other type; the fallback names zod's own word for one a later version might
    default:
      return undefined;
  }
}

function typeInWords(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return t('a list');
  if (typeof value === 'string') return t('the text {value}', { value: showValue(value) });
  if (typeof value === 'object') return t('an object');
  if (typeof value === 'number') return t('the number {value}', { value: String(value) });
  // Stryker disable next-line ConditionalExpression: every other type JSON holds is told above, so only a boolean comes this far
  if (typeof value === 'boolean') return t('boolean {value}', { value: String(value) });
  // Stryker disable next-line all: JSON holds no other type (a missing value is told before this is asked)
  return `${typeof value} ${String(value)}`;
}

/** Turns one zod issue into a message that says where, what was found and what is wanted. */
export function describeSchemaIssue(zodIssue: core.$ZodIssue, input: unknown): ValidationIssue {
  // Stryker disable next-line all: JSON has no symbol keys, so no path of a parsed file holds one
  const path = zodIssue.path.filter((segment): segment is PathSegment => typeof segment !== 'symbol');
  const value = valueAt(input, path);
  const error = (message: string) => issue('error', path, message);
  switch (zodIssue.code) {
    case 'invalid_type': {
      const expected = expectedInWords(zodIssue.expected) ?? zodIssue.expected;
      if (value === undefined) return error(t('is missing; it should be {expected}.', { expected }));
      return error(t('should be {expected}, but is {found}.', { expected, found: typeInWords(value) }));
    }
    case 'invalid_value': {
      const options = zodIssue.values.map(String);
      const suggestion = typeof value === 'string' ? closestMatch(value, options) : undefined;
      return error(t('{value} is not one of: {options}{suggestion}.', { value: showValue(value), options: options.join(', '), suggestion: didYouMean(suggestion) }));
    }
    case 'invalid_format':
      return error(`${showValue(value)} ${zodIssue.message}.`);
    case 'too_small':
      if (zodIssue.origin === 'string') return error(t('is empty.'));
      // Stryker disable next-line StringLiteral: every list the format requires needs one item at least, never more
      if (zodIssue.origin === 'array') return error(tn(Number(zodIssue.minimum), 'needs at least one item.', 'needs at least {count} items.'));
      return error(t('{value} is too small: it must be {minimum} or more.', { value: showValue(value), minimum: String(zodIssue.minimum) }));
    case 'too_big':
      // A whole number past 2^53 (zod/mini carries no English messages of its own).
      return error(t('{value} is too big: it must be {maximum} or less.', { value: showValue(value), maximum: String(zodIssue.maximum) }));
    default:
      // Stryker disable next-line all: the format's schema makes no other kind of issue; zod's own message is the fallback for one a later version might
      return error(`${zodIssue.message}.`);
  }
}
