/**
 * The app's one handle on the import worker (`workers/import.worker.ts`): a file's bytes go in by
 * transfer, its rows come back; progress arrives through a callback. A read that runs past the
 * time budget (spec 12: 20 s) terminates the worker, which is created again for the next file,
 * and the app keeps working.
 *
 * ```ts
 * const read = await importWorker.read(bytes, file.name, (done, total) => (progress = done / total));
 * ```
 */
import { proxy, transfer } from 'comlink';
import type { ImportApi } from '../../../workers/import.worker';
import type { ReadResult } from '../../../workers/import.api';
import { WorkerHandle, type WorkerError } from './export';
import type { Result } from '$lib/domain/result';

export const READ_BUDGET_MS = 20_000;

const handle = new WorkerHandle<ImportApi>(
	() =>
		new Worker(new URL('../../../workers/import.worker.ts', import.meta.url), { type: 'module' })
);

export const importWorker = {
	/** Reads a user list (the caller gives up `bytes`: they are transferred). */
	read(
		bytes: Uint8Array<ArrayBuffer>,
		fileName: string,
		onProgress?: (done: number, total: number) => void
	): Promise<Result<ReadResult, WorkerError>> {
		return handle.call(async (api): Promise<ReadResult> => {
			// Comlink's types split the union of the answer; it is one value.
			const read: ReadResult = await api.read(
				transfer(bytes, [bytes.buffer]),
				fileName,
				onProgress ? proxy(onProgress) : undefined
			);
			return read;
		}, READ_BUDGET_MS);
	}
};
