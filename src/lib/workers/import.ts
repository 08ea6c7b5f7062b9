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
import {
	unpackChunk,
	type PackedRead,
	type ReadResult,
	type SheetRead
} from '../../../workers/import.api';
import { WorkerHandle, type WorkerError } from './export';
import type { Result } from '$lib/domain/result';
import { yieldToUi } from '$lib/yield';

export const READ_BUDGET_MS = 20_000;

const handle = new WorkerHandle<ImportApi>(
	() =>
		new Worker(new URL('../../../workers/import.worker.ts', import.meta.url), { type: 'module' })
);

/** The rows of a packed read, a chunk per task (the page stays responsive meanwhile). */
async function unpack(packed: Extract<PackedRead, { data: unknown }>['data']): Promise<SheetRead> {
	const { chunks, ...rest } = packed;
	const read: SheetRead = { ...rest, rows: [], checks: [] };
	for (const chunk of chunks) {
		await yieldToUi();
		const part = unpackChunk(chunk);
		for (const row of part.rows) read.rows.push(row);
		for (const check of part.checks) read.checks.push(check);
	}
	return read;
}

export const importWorker = {
	/** Reads a user list (the caller gives up `bytes`: they are transferred). */
	read(
		bytes: Uint8Array<ArrayBuffer>,
		fileName: string,
		onProgress?: (done: number, total: number) => void
	): Promise<Result<ReadResult, WorkerError>> {
		return handle
			.call(async (api): Promise<PackedRead> => {
				// Comlink's types split the union of the answer; it is one value.
				const read: PackedRead = await api.read(
					transfer(bytes, [bytes.buffer]),
					fileName,
					onProgress ? proxy(onProgress) : undefined
				);
				return read;
			}, READ_BUDGET_MS)
			.then(async (packed): Promise<Result<ReadResult, WorkerError>> => {
				if ('error' in packed) return packed;
				const read = packed.data;
				if ('error' in read) return { data: read };
				return { data: { data: await unpack(read.data) } };
			});
	}
};
