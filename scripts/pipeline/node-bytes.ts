// Node's native byte checks for the pipeline core (encoding.ts), which runs
// with portable ones in a browser worker. Imported for its effect by every
// Node module that reads input (the main thread and the reader threads).

import { isAscii, isUtf8 } from 'node:buffer';
import { useByteChecks } from '../../src/pipeline/encoding';

useByteChecks({ isAscii, isUtf8 });
