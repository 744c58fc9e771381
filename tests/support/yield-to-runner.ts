/**
 * Set up before every test file (vitest.config.ts): after each test, let the event loop turn, so
 * that the worker reads the runner's replies in time. The every-page tests are synchronous
 * batches, hundreds back to back; without a turn between them the worker's "onTaskUpdate" call
 * to the runner timed out and failed the file (internal links, and the session's re-import).
 */
import { afterEach } from 'vitest';

afterEach(() => new Promise<void>((resolve) => setImmediate(resolve)));
