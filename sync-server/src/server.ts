import http from 'node:http';
import path from 'node:path';
import { pipeline, type Duplex } from 'node:stream';
import { performance } from 'node:perf_hooks';
import { contentTypeFor, isHtmlContentType } from './mime-types.js';
import {
	candidatePaths,
	decodeRequestPath,
	hasExtension,
	openFirstFile,
	openRegularFile,
	preferPrecompressed,
	type FileToServe,
	type OpenFile
} from './static-files.js';

/** Receives websocket upgrade requests (the Yjs relay). */
export type UpgradeHandler = (req: http.IncomingMessage, socket: Duplex, head: Buffer) => void;
/** Answers the relay's own HTTP routes; resolves to false for a request it does not handle. */
export type RequestHandler = (
	req: http.IncomingMessage,
	res: http.ServerResponse
) => Promise<boolean>;

export interface ServerOptions {
	/** Output of SvelteKit adapter-static (contains index.html and _app/). */
	appDir: string;
	/** Reported by /healthz so a deployment can be verified from outside. */
	version: string;
	/** Websocket seam: without it, upgrade requests are refused with 404. */
	onUpgrade?: UpgradeHandler;
	/** Relay routes (grants, metrics), tried before the app's files. */
	onRequest?: RequestHandler;
	/** Defaults to console.error; tests silence it. */
	logError?: (message: string, error: unknown) => void;
}

export const CONTENT_SECURITY_POLICY = [
	"default-src 'self'",
	// SvelteKit's inline bootstrap script needs 'unsafe-inline'; 'unsafe-eval' is never needed.
	"script-src 'self' 'unsafe-inline'",
	"style-src 'self' 'unsafe-inline'",
	"img-src 'self' data: blob:",
	"connect-src 'self' ws: wss:",
	"worker-src 'self' blob:",
	"manifest-src 'self'",
	"object-src 'none'",
	"base-uri 'self'",
	"frame-ancestors 'none'"
].join('; ');

export const APP_NOT_BUILT_MESSAGE =
	'The app is not built. Run `npm run build` (npm start does this for you).';

const IMMUTABLE_CACHE = 'public, max-age=31536000, immutable';
// Revalidate on every load so a new service worker or index.html is picked up immediately.
const REVALIDATE_CACHE = 'no-cache';
const NEVER_CACHE = 'no-store';
const ALLOWED_METHODS = 'GET, HEAD';

interface Context {
	appDir: string;
	version: string;
	startedAt: number;
	logError: (message: string, error: unknown) => void;
	onRequest?: RequestHandler;
}

export function createServer(options: ServerOptions): http.Server {
	const context: Context = {
		appDir: path.resolve(options.appDir),
		version: options.version,
		startedAt: performance.now(),
		logError: options.logError ?? defaultLogError,
		onRequest: options.onRequest
	};
	const server = http.createServer((req, res) => {
		res.setHeader('X-Content-Type-Options', 'nosniff');
		void handleRequest(req, res, context).catch((error: unknown) => {
			failRequest(res, error, context);
		});
	});
	// Relay seam: the websocket relay passes its handleUpgrade here (wss with noServer: true).
	server.on('upgrade', options.onUpgrade ?? refuseUpgrade);
	return server;
}

async function handleRequest(
	req: http.IncomingMessage,
	res: http.ServerResponse,
	context: Context
): Promise<void> {
	if (context.onRequest && (await context.onRequest(req, res))) return;
	if (req.method !== 'GET' && req.method !== 'HEAD') {
		sendText(res, 405, 'Method Not Allowed', { Allow: ALLOWED_METHODS });
		return;
	}
	const requestPath = decodeRequestPath(req.url ?? '/');
	if (requestPath === null) {
		sendText(res, 400, 'Bad Request');
		return;
	}
	if (requestPath === '/healthz') {
		sendHealth(res, context);
		return;
	}
	await serveApp(req, res, requestPath, context);
}

function sendHealth(res: http.ServerResponse, context: Context): void {
	const uptime = Math.floor((performance.now() - context.startedAt) / 1000);
	const body = JSON.stringify({ status: 'ok', version: context.version, uptime });
	res.writeHead(200, {
		'Content-Type': 'application/json; charset=utf-8',
		'Content-Length': Buffer.byteLength(body),
		'Cache-Control': NEVER_CACHE
	});
	res.end(body);
}

async function serveApp(
	req: http.IncomingMessage,
	res: http.ServerResponse,
	requestPath: string,
	context: Context
): Promise<void> {
	const found = await openFirstFile(candidatePaths(context.appDir, requestPath));
	if (found !== null) {
		const file = await preferPrecompressed(found, req.headers['accept-encoding']);
		sendFile(req, res, file, cacheControlFor(context.appDir, file.sourcePath), context);
		return;
	}
	const isPage = !hasExtension(requestPath) || path.posix.extname(requestPath) === '.html';
	if (!isPage) {
		sendText(res, 404, 'Not Found');
		return;
	}
	// Checked per request rather than at startup so building while the server runs just works.
	const index = await openRegularFile(path.join(context.appDir, 'index.html'));
	if (index === null) {
		sendText(res, 503, APP_NOT_BUILT_MESSAGE);
		return;
	}
	if (hasExtension(requestPath)) {
		// A missing `.html` page is a real 404; only extensionless routes belong to the SPA.
		await closeFile(index);
		sendText(res, 404, 'Not Found');
		return;
	}
	const file = await preferPrecompressed(index, req.headers['accept-encoding']);
	sendFile(req, res, file, REVALIDATE_CACHE, context);
}

/** Decided by the file actually served, so an SPA fallback is never cached as immutable. */
function cacheControlFor(appDir: string, filePath: string): string {
	const immutableDir = path.join(appDir, '_app', 'immutable') + path.sep;
	return filePath.startsWith(immutableDir) ? IMMUTABLE_CACHE : REVALIDATE_CACHE;
}

function sendFile(
	req: http.IncomingMessage,
	res: http.ServerResponse,
	file: FileToServe,
	cacheControl: string,
	context: Context
): void {
	const contentType = contentTypeFor(file.sourcePath);
	const etag = etagFor(file);
	const validators: http.OutgoingHttpHeaders = {
		'Cache-Control': cacheControl,
		ETag: etag,
		// Precompressed siblings may exist, so shared caches must key on the accepted encodings.
		Vary: 'Accept-Encoding'
	};
	if (isNotModified(req, etag)) {
		void closeFile(file);
		res.writeHead(304, validators);
		res.end();
		return;
	}
	res.writeHead(200, {
		...validators,
		'Content-Type': contentType,
		'Content-Length': file.stats.size,
		...(file.encoding === null ? {} : { 'Content-Encoding': file.encoding }),
		...(isHtmlContentType(contentType)
			? { 'Content-Security-Policy': CONTENT_SECURITY_POLICY }
			: {})
	});
	if (req.method === 'HEAD') {
		void closeFile(file);
		res.end();
		return;
	}
	streamFile(res, file, context);
}

function streamFile(res: http.ServerResponse, file: FileToServe, context: Context): void {
	// pipeline destroys both ends on failure, which also closes the file handle (autoClose).
	pipeline(file.handle.createReadStream(), res, (error) => {
		if (error && !isClientGone(error)) context.logError(`Failed to stream ${file.path}`, error);
	});
}

function etagFor(file: FileToServe): string {
	const encoding = file.encoding === null ? '' : `-${file.encoding}`;
	const mtime = Math.floor(file.stats.mtimeMs).toString(16);
	return `W/"${file.stats.size.toString(16)}-${mtime}${encoding}"`;
}

function isNotModified(req: http.IncomingMessage, etag: string): boolean {
	const header = req.headers['if-none-match'];
	if (header === undefined) return false;
	const bare = (tag: string): string => tag.trim().replace(/^W\//, '');
	return header.split(',').some((tag) => tag.trim() === '*' || bare(tag) === bare(etag));
}

/** Never rejects: a failed close must not turn a served response into a crash. */
async function closeFile(file: OpenFile): Promise<void> {
	try {
		await file.handle.close();
	} catch {
		// The descriptor is gone either way; there is nothing useful to do.
	}
}

function sendText(
	res: http.ServerResponse,
	status: number,
	message: string,
	extraHeaders: http.OutgoingHttpHeaders = {}
): void {
	const body = `${message}\n`;
	res.writeHead(status, {
		...extraHeaders,
		'Content-Type': 'text/plain; charset=utf-8',
		'Content-Length': Buffer.byteLength(body),
		'Cache-Control': NEVER_CACHE
	});
	res.end(body);
}

function failRequest(res: http.ServerResponse, error: unknown, context: Context): void {
	context.logError('Request failed', error);
	if (res.headersSent) res.destroy();
	else sendText(res, 500, 'Internal Server Error');
}

function refuseUpgrade(_req: http.IncomingMessage, socket: Duplex): void {
	// Upgraded sockets no longer have the HTTP server's error handler; an unhandled error would
	// crash the process.
	socket.on('error', () => socket.destroy());
	socket.end('HTTP/1.1 404 Not Found\r\nConnection: close\r\nContent-Length: 0\r\n\r\n');
}

function isClientGone(error: NodeJS.ErrnoException): boolean {
	return error.code === 'ERR_STREAM_PREMATURE_CLOSE' || error.code === 'ECONNRESET';
}

function defaultLogError(message: string, error: unknown): void {
	console.error(message, error);
}
