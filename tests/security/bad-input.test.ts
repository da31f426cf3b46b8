// Bad input, first half of the registry's actions (see bad-input-suite.ts); bad-input-b.test.ts runs the other half.
import { badInputSuite } from './bad-input-suite';

badInputSuite(0);
