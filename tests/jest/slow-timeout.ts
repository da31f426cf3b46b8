// setupFilesAfterEnv of the slow projects: 10 minutes per test and hook unless the test says otherwise.
import { jest } from '@jest/globals';

jest.setTimeout(600_000);
