/**
 * The export worker's work, as plain functions (tested directly in Node; `export.worker.ts`
 * exposes them to the app through Comlink).
 *
 * ```ts
 * const zip = zipMessages(outboxRows); // one .eml per e-mail, distinct names
 * ```
 */
import { zipSync, unzipSync, strToU8, strFromU8, type Zippable } from 'fflate';
import { buildEml, emlFileName, uniqueFileNames, type EmailMessage } from '../src/lib/domain/eml';
import { BACKUP_MANIFEST } from '../src/lib/domain/backup';

export interface TextFile {
	name: string;
	text: string;
	/** ISO date of the file's modification time in the archive (defaults to now). */
	modified?: string;
}

/** A zip of text files (UTF-8); repeated names get a number so no file is lost. */
export function zipEmails(files: TextFile[]): Uint8Array<ArrayBuffer> {
	const names = uniqueFileNames(files.map((f) => f.name));
	const entries: Zippable = {};
	files.forEach((file, i) => {
		const mtime = file.modified ? new Date(file.modified) : new Date();
		entries[names[i] ?? file.name] = [strToU8(file.text), { mtime }];
	});
	return zipSync(entries, { level: 6 });
}

/** Every e-mail as `<subject-slug>.eml` in one zip (the Outbox's "Download all as .zip"). */
export function zipMessages(messages: EmailMessage[]): Uint8Array<ArrayBuffer> {
	return zipEmails(
		messages.map((m) => ({
			name: emlFileName(m.subject),
			text: buildEml(m),
			modified: m.createdAt
		}))
	);
}

/** One room's state in a workspace export. */
export interface RoomState {
	name: string;
	state: Uint8Array<ArrayBuffer>;
}

/** The largest export that is read back: its rooms and manifest, unpacked. */
export const MAX_BACKUP_BYTES = 1024 * 1024 * 1024;

/**
 * A workspace export: the manifest (JSON text) and each room's state as `rooms/<n>.bin`, in
 * manifest order, in one zip. Room states are Yjs updates, which compress well.
 */
export function packBackup(manifest: string, rooms: RoomState[]): Uint8Array<ArrayBuffer> {
	const entries: Zippable = { [BACKUP_MANIFEST]: strToU8(manifest) };
	rooms.forEach((room, i) => {
		entries[`rooms/${i}.bin`] = room.state;
	});
	return zipSync(entries, { level: 6 });
}

export type UnpackedBackup = { manifest: unknown; states: Uint8Array<ArrayBuffer>[] } | null;

/**
 * Reads an export back: the manifest (parsed JSON, validated by the caller) and the room states
 * in order. Null for anything that is not such an archive: another file, a damaged zip, missing
 * room files, or content that would unpack to more than `maxBytes` (checked on the sizes
 * the archive declares before anything is inflated, and again while inflating).
 */
export function unpackBackup(bytes: Uint8Array, maxBytes = MAX_BACKUP_BYTES): UnpackedBackup {
	let declared = 0;
	let files: Record<string, Uint8Array>;
	try {
		files = unzipSync(bytes, {
			filter: (file) => {
				declared += file.originalSize;
				if (declared > maxBytes) throw new Error('too large');
				return file.name === BACKUP_MANIFEST || /^rooms\/\d+\.bin$/.test(file.name);
			}
		});
	} catch {
		return null;
	}
	const manifestBytes = files[BACKUP_MANIFEST];
	if (!manifestBytes) return null;
	let manifest: unknown;
	try {
		manifest = JSON.parse(strFromU8(manifestBytes)) as unknown;
	} catch {
		return null;
	}
	const rooms = (manifest as { rooms?: unknown } | null)?.rooms;
	if (!Array.isArray(rooms)) return null;
	const states: Uint8Array<ArrayBuffer>[] = [];
	for (let i = 0; i < rooms.length; i++) {
		const state = files[`rooms/${i}.bin`];
		if (!state) return null;
		states.push(new Uint8Array(state));
	}
	return { manifest, states };
}
