import type { Stats } from 'node:fs';
import { open, type FileHandle } from 'node:fs/promises';
import path from 'node:path';

export interface OpenFile {
	/** Absolute path of the file on disk (the precompressed variant when `encoding` is set). */
	path: string;
	handle: FileHandle;
	stats: Stats;
}

export type ContentEncoding = 'br' | 'gzip';

export interface FileToServe extends OpenFile {
	/** Path of the uncompressed file; decides the Content-Type and the cache policy. */
	sourcePath: string;
	encoding: ContentEncoding | null;
}

/** Best first, so a client accepting both gets the smaller brotli variant. */
const ENCODINGS: readonly { name: ContentEncoding; suffix: string }[] = [
	{ name: 'br', suffix: '.br' },
	{ name: 'gzip', suffix: '.gz' }
];

/**
 * Turns the raw request target into a decoded, rooted path, or null when it cannot be served
 * safely. The raw target is used instead of `new URL()` because WHATWG URL parsing silently
 * resolves `..` segments, which would hide traversal attempts instead of rejecting them.
 */
export function decodeRequestPath(rawUrl: string): string | null {
	const rawPath = rawUrl.split(/[?#]/, 1)[0] ?? '';
	if (!rawPath.startsWith('/')) return null;
	let decoded: string;
	try {
		decoded = decodeURIComponent(rawPath);
	} catch {
		return null;
	}
	if (decoded.includes('\0')) return null;
	// Backslashes count as separators too, so `..\` cannot slip through on Windows.
	if (decoded.split(/[\\/]/).some((segment) => segment === '..')) return null;
	return decoded;
}

/** Maps a decoded request path into appDir; null if the result would escape it. */
export function resolveInside(appDir: string, requestPath: string): string | null {
	const resolved = path.join(appDir, requestPath);
	const relative = path.relative(appDir, resolved);
	const escapes =
		relative === '..' || relative.startsWith(`..${path.sep}`) || path.isAbsolute(relative);
	return escapes ? null : resolved;
}

export function hasExtension(requestPath: string): boolean {
	return path.posix.extname(requestPath) !== '';
}

/**
 * Candidate files for a request path, in the order adapter-static may have written them:
 * the exact file, `page.html` for prerendered pages, and `dir/index.html`.
 */
export function candidatePaths(appDir: string, requestPath: string): string[] {
	const base = resolveInside(appDir, requestPath);
	if (base === null) return [];
	if (requestPath.endsWith('/')) return [path.join(base, 'index.html')];
	if (hasExtension(requestPath)) return [base];
	return [base, `${base}.html`, path.join(base, 'index.html')];
}

/**
 * Opens first and stats the handle afterwards, so the file we describe in the headers is
 * the file we stream even if the build output is replaced in between.
 */
export async function openRegularFile(filePath: string): Promise<OpenFile | null> {
	let handle: FileHandle;
	try {
		handle = await open(filePath, 'r');
	} catch (error) {
		if (isMissingFileError(error)) return null;
		throw error;
	}
	try {
		const stats = await handle.stat();
		if (stats.isFile()) return { path: filePath, handle, stats };
	} catch (error) {
		await handle.close();
		throw error;
	}
	await handle.close();
	return null;
}

export async function openFirstFile(paths: readonly string[]): Promise<OpenFile | null> {
	for (const candidate of paths) {
		const file = await openRegularFile(candidate);
		if (file !== null) return file;
	}
	return null;
}

/** Swaps in a precompressed sibling (`.br`, `.gz`) when the client accepts it. */
export async function preferPrecompressed(
	file: OpenFile,
	acceptEncoding: string | undefined
): Promise<FileToServe> {
	const accepted = parseAcceptEncoding(acceptEncoding);
	for (const { name, suffix } of ENCODINGS) {
		if (!accepted.has(name)) continue;
		const variant = await openRegularFile(file.path + suffix).catch(async (error: unknown) => {
			await file.handle.close();
			throw error;
		});
		if (variant === null) continue;
		await file.handle.close();
		return { ...variant, sourcePath: file.path, encoding: name };
	}
	return { ...file, sourcePath: file.path, encoding: null };
}

/**
 * The codings we can offer that the client accepts with a non-zero q value. An explicit entry
 * wins over `*`, so `gzip;q=0, *` still refuses gzip.
 */
export function parseAcceptEncoding(header: string | undefined): Set<ContentEncoding> {
	const qualities = new Map<string, number>();
	for (const part of (header ?? '').split(',')) {
		const [rawName, ...params] = part.split(';');
		const name = rawName?.trim().toLowerCase() ?? '';
		if (name !== '') qualities.set(name, qualityOf(params));
	}
	const accepted = new Set<ContentEncoding>();
	for (const { name } of ENCODINGS) {
		if ((qualities.get(name) ?? qualities.get('*') ?? 0) > 0) accepted.add(name);
	}
	return accepted;
}

function qualityOf(params: readonly string[]): number {
	for (const param of params) {
		const [key, value] = param.split('=').map((piece) => piece.trim());
		if (key?.toLowerCase() === 'q') {
			const quality = Number(value);
			return Number.isFinite(quality) ? quality : 0;
		}
	}
	return 1;
}

function isMissingFileError(error: unknown): boolean {
	const code = (error as NodeJS.ErrnoException | null)?.code;
	return code === 'ENOENT' || code === 'ENOTDIR' || code === 'EISDIR' || code === 'ENAMETOOLONG';
}
