/**
 * One turn of the event loop. Vitest's worker waits a fixed 60 s for the runner's reply to each
 * report it sends, and reads that reply only when the loop turns: a test file that works longer
 * than that without a turn fails the run though every test passes ("Timeout calling
 * onTaskUpdate"). Long synchronous work (reading the whole session, checking every page) takes a
 * turn between its pieces.
 */
export function nextTurn(): Promise<void> {
	return new Promise((resolve) => setImmediate(resolve));
}
