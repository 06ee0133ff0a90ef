import '@testing-library/jest-dom/vitest';
import { configure } from '@testing-library/react';

// Opening a dataset reads and validates it asynchronously; on a busy two-core machine that can
// take longer than testing-library's one-second default.
configure({ asyncUtilTimeout: 5000 });
