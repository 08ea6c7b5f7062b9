import { HybridClock } from '$lib/domain/clock';
import { newId } from './ids';

/** This tab's clock for field stamps; one node id per tab so concurrent tabs never tie. */
export const clock = new HybridClock(newId().slice(0, 8), () => Date.now());
