import { beforeEach, expect } from 'vitest';

// A test whose checks sit in a loop or a callback that never ran would pass having checked
// nothing: every test must make at least one assertion.
beforeEach(() => {
  expect.hasAssertions();
});
