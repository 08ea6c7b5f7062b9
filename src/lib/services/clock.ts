/** The clock of every stamp a service writes: one per tab, kept by the sync layer. */
export { clock } from '$lib/sync/clock';
