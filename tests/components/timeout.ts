// setupFilesAfterEnv of the component tests: 30 s per test (a whole page renders in seconds on a busy
// machine; the tests count what was rendered and asked, never time).
import { jest } from '@jest/globals';

jest.setTimeout(30_000);
