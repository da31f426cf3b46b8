// Bad input, second half of the registry's actions (see bad-input-suite.ts), and the targeted refusals.
import { badInputSuite } from './bad-input-suite';

badInputSuite(1);
