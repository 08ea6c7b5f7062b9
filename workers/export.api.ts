/**
 * The export worker's work, as plain functions (tested directly in Node; `export.worker.ts`
 * exposes them to the app through Comlink).
 *
 * ```ts
 * const zip = zipMessages(outboxRows); // one .eml per e-mail, distinct names
 * ```
 */
import { zipSync, strToU8, type Zippable } from 'fflate';
import { buildEml, emlFileName, uniqueFileNames, type EmailMessage } from '../src/lib/domain/eml';

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
