import '@testing-library/jest-dom/jest-globals';
import { configure } from '@testing-library/react';

// `findBy…` and `waitFor` give up after 1 s by default: too short when `npm test` runs suites two at
// a time on a busy 2-core machine. Waiting longer never slows a passing test; it only stops a slow
// render from being reported as a missing element.
configure({ asyncUtilTimeout: 5000 });
