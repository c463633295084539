import { afterAll } from 'vitest';
import { removeTempDirs } from './temp-dirs.js';

// Loaded before every test file: the folders its tests made go when the file is done, also when a test failed.
afterAll(removeTempDirs);
