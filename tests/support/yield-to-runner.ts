/**
 * Set up before every test file (vitest.config.ts): after each test, let the event loop turn
 * (tests/support/turn.ts), so that the worker reads the runner's replies in time. The every-page
 * tests are synchronous batches, hundreds back to back.
 */
import { afterEach } from 'vitest';
import { nextTurn } from './turn';

afterEach(nextTurn);
