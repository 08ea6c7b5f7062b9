/**
 * The app's one handle on the export worker (`workers/export.worker.ts`). Calls return
 * `{ data } | { error }`; a call that runs past its time budget terminates the worker, which is
 * created again for the next call.
 *
 * ```ts
 * const result = await exportWorker.zipMessages(rows);
 * if ('data' in result) download(result.data);
 * ```
 */
import { proxy, wrap, releaseProxy, transfer, type Remote } from 'comlink';
import type { ExportApi } from '../../../workers/export.worker';
import type { RoomState, UnpackedBackup } from '../../../workers/export.api';
import type { Table } from '../../../workers/table.api';
import type { Separator } from '$lib/domain/csv';
import type { EmailMessage } from '$lib/domain/eml';
import type { Result } from '$lib/domain/result';

export type WorkerError = { kind: 'timeout' } | { kind: 'failed'; message: string };

/** Generous for 10,000+ e-mails on a slow device, short enough that a stuck worker is noticed. */
const ZIP_BUDGET_MS = 120_000;
/** A workspace of 100,000 users is tens of MB of room state: packed or read in seconds. */
const BACKUP_BUDGET_MS = 300_000;

/** One worker behind a typed Comlink proxy, with a time budget per call. */
export class WorkerHandle<Api> {
	#worker: Worker | null = null;
	#remote: Remote<Api> | null = null;
	#crashed: Promise<never> | null = null;
	readonly #create: () => Worker;

	constructor(create: () => Worker) {
		this.#create = create;
	}

	#api(): { remote: Remote<Api>; crashed: Promise<never> } {
		if (!this.#remote || !this.#crashed) {
			const worker = this.#create();
			// A worker that fails to load or throws outside a call never answers: fail at once.
			this.#crashed = new Promise<never>((_, reject) => {
				worker.addEventListener('error', (event) =>
					reject(new Error(event.message || 'The worker stopped'))
				);
			});
			this.#crashed.catch(() => undefined);
			this.#worker = worker;
			this.#remote = wrap<Api>(worker);
		}
		return { remote: this.#remote, crashed: this.#crashed };
	}

	/** Stops the worker (and whatever it is doing); the next call starts a new one. */
	reset(): void {
		this.#remote?.[releaseProxy]();
		this.#worker?.terminate();
		this.#remote = null;
		this.#crashed = null;
		this.#worker = null;
	}

	async call<T>(
		run: (api: Remote<Api>) => Promise<T>,
		budgetMs: number
	): Promise<Result<T, WorkerError>> {
		const TIMEOUT = Symbol('timeout');
		let timer: ReturnType<typeof setTimeout> | undefined;
		const timeout = new Promise<typeof TIMEOUT>((resolve) => {
			timer = setTimeout(() => resolve(TIMEOUT), budgetMs);
		});
		try {
			const { remote, crashed } = this.#api();
			const outcome = await Promise.race([run(remote), timeout, crashed]);
			if (outcome === TIMEOUT) {
				this.reset();
				return { error: { kind: 'timeout' } };
			}
			return { data: outcome };
		} catch (error) {
			// A worker that failed may be in any state: start afresh next time.
			this.reset();
			return {
				error: { kind: 'failed', message: error instanceof Error ? error.message : String(error) }
			};
		} finally {
			clearTimeout(timer);
		}
	}
}

const handle = new WorkerHandle<ExportApi>(
	() =>
		new Worker(new URL('../../../workers/export.worker.ts', import.meta.url), { type: 'module' })
);

/** 100,000 rows are written in seconds; a slow device gets a minute. */
const TABLE_BUDGET_MS = 60_000;

export const exportWorker = {
	/** Several tables as the sheets of one XLSX file (the import template). */
	workbook(tables: Table[]): Promise<Result<Uint8Array<ArrayBuffer>, WorkerError>> {
		return handle.call((api) => api.workbook(tables), TABLE_BUDGET_MS);
	},

	/** A table as a CSV or XLSX file (`Export Users`, the event history's `Export`). */
	table(
		table: Table,
		format: 'csv' | 'xlsx',
		separator: Separator,
		onProgress?: (done: number, total: number) => void
	): Promise<Result<Uint8Array<ArrayBuffer>, WorkerError>> {
		return handle.call(
			(api) => api.table(table, format, separator, onProgress ? proxy(onProgress) : undefined),
			TABLE_BUDGET_MS
		);
	},

	/**
	 * A long table as a CSV or XLSX file, its rows pulled by the worker from `next` a chunk at a
	 * time (null: no more), so that no step on the page handles all of them.
	 */
	tableStream(
		meta: Omit<Table, 'rows'>,
		format: 'csv' | 'xlsx',
		separator: Separator,
		next: () => Promise<string[][] | null>
	): Promise<Result<Uint8Array<ArrayBuffer>, WorkerError>> {
		return handle.call(
			(api) => api.tableStream(meta, format, separator, proxy(next)),
			TABLE_BUDGET_MS
		);
	},

	/** A zip with one `.eml` file per e-mail (distinct names, made from the subjects). */
	zipMessages(messages: EmailMessage[]): Promise<Result<Uint8Array<ArrayBuffer>, WorkerError>> {
		// Plain objects only: a Svelte state proxy or a Dexie row class cannot be cloned.
		const plain = messages.map(({ id, createdAt, to, toName, subject, body }) => ({
			id,
			createdAt,
			to,
			toName,
			subject,
			body
		}));
		return handle.call((api) => api.zipMessages(plain), ZIP_BUDGET_MS);
	},

	/** A workspace export (the room states are transferred: the caller gives up its copies). */
	packBackup(
		manifest: string,
		rooms: RoomState[]
	): Promise<Result<Uint8Array<ArrayBuffer>, WorkerError>> {
		return handle.call(
			(api) =>
				api.packBackup(
					manifest,
					transfer(
						rooms,
						rooms.map((r) => r.state.buffer)
					)
				),
			BACKUP_BUDGET_MS
		);
	},

	/** A workspace export read back (`data: null`: the file is not one). */
	unpackBackup(bytes: Uint8Array<ArrayBuffer>): Promise<Result<UnpackedBackup, WorkerError>> {
		return handle.call(
			(api) => api.unpackBackup(transfer(bytes, [bytes.buffer])),
			BACKUP_BUDGET_MS
		);
	}
};
