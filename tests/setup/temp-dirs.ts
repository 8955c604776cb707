/**
 * Runs before every integration test file: when the file is done, the temporary directories
 * its tests made with `tempDir` are removed, without each file having to remember to.
 */
import { afterAll } from 'vitest';
import { removeTempDirs } from '../helpers/local.js';

afterAll(removeTempDirs);
