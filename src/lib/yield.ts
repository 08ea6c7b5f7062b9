/**
 * Lets the page handle input and paint before long work goes on: `scheduler.yield()` where the
 * browser has it (the work resumes ahead of other tasks), otherwise a message to itself (not
 * `setTimeout`, which browsers hold back by 4 ms once timers nest).
 */
type Scheduler = { yield?: () => Promise<void> };

export function yieldToUi(): Promise<void> {
	const scheduler = (globalThis as { scheduler?: Scheduler }).scheduler;
	if (typeof scheduler?.yield === 'function') return scheduler.yield();
	return new Promise((resolve) => {
		const channel = new MessageChannel();
		channel.port1.onmessage = () => {
			channel.port1.close();
			resolve();
		};
		channel.port2.postMessage(null);
	});
}
