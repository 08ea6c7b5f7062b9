import type http from 'node:http';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { brotliCompressSync, gunzipSync, gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { APP_NOT_BUILT_MESSAGE, CONTENT_SECURITY_POLICY, createServer } from '../src/server.js';
import { closeServer, listenOnFreePort, rawRequest, writeFiles } from './helpers.js';

const INDEX_HTML =
	'<!doctype html><html><head><title>Switchboard</title></head><body></body></html>';
const IMMUTABLE_JS = `export const greeting = '${'hello '.repeat(200)}';\n`;
const OUTSIDE_SECRET = 'OUTSIDE-APP-DIR-SECRET';
const VERSION = '1.2.3-test';

let root: string;
let server: http.Server;
let baseUrl: string;

beforeAll(async () => {
	root = await mkdtemp(path.join(tmpdir(), 'switchboard-server-'));
	const appDir = path.join(root, 'app');
	await writeFiles(root, {
		// Sits next to appDir, so a traversal bug would serve it.
		'package.json': JSON.stringify({ secret: OUTSIDE_SECRET }),
		'app/index.html': INDEX_HTML,
		'app/about.html': '<!doctype html><title>About</title>',
		'app/_app/immutable/x.js': IMMUTABLE_JS,
		'app/_app/immutable/x.js.gz': gzipSync(IMMUTABLE_JS),
		'app/_app/immutable/x.js.br': brotliCompressSync(IMMUTABLE_JS),
		'app/_app/immutable/app.css': 'body{margin:0}',
		'app/_app/version.json': '{"version":"1"}',
		'app/service-worker.js': 'self.addEventListener("install", () => {});',
		'app/manifest.webmanifest': '{"name":"Switchboard"}',
		'app/favicon.svg': '<svg xmlns="http://www.w3.org/2000/svg"/>',
		'app/robots.txt': 'User-agent: *',
		'app/data.bin': 'binary'
	});
	server = createServer({ appDir, version: VERSION });
	baseUrl = await listenOnFreePort(server);
});

afterAll(async () => {
	await closeServer(server);
	await rm(root, { recursive: true, force: true });
});

describe('GET /healthz', () => {
	it('reports status, version and uptime without caching', async () => {
		const res = await fetch(`${baseUrl}/healthz`);
		expect(res.status).toBe(200);
		expect(res.headers.get('content-type')).toMatch(/^application\/json/);
		expect(res.headers.get('cache-control')).toBe('no-store');
		expect(res.headers.get('x-content-type-options')).toBe('nosniff');
		const body = (await res.json()) as { status: string; version: string; uptime: number };
		expect(Object.keys(body).sort()).toEqual(['status', 'uptime', 'version']);
		expect(body.status).toBe('ok');
		expect(body.version).toBe(VERSION);
		expect(Number.isInteger(body.uptime) && body.uptime >= 0).toBe(true);
	});
});

describe('static files', () => {
	it('serves index.html at / with the CSP and revalidation', async () => {
		const res = await fetch(`${baseUrl}/`);
		expect(res.status).toBe(200);
		expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8');
		expect(res.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
		expect(res.headers.get('cache-control')).toBe('no-cache');
		expect(res.headers.get('x-content-type-options')).toBe('nosniff');
		expect(await res.text()).toBe(INDEX_HTML);
	});

	it('pins the exact CSP and never allows eval', () => {
		expect(CONTENT_SECURITY_POLICY).toBe(
			"default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'; " +
				"img-src 'self' data: blob:; connect-src 'self' ws: wss:; worker-src 'self' blob:; " +
				"manifest-src 'self'; object-src 'none'; base-uri 'self'; frame-ancestors 'none'"
		);
	});

	it.each([
		['/index.html', 'text/html; charset=utf-8'],
		['/_app/immutable/x.js', 'text/javascript; charset=utf-8'],
		['/_app/immutable/app.css', 'text/css; charset=utf-8'],
		['/_app/version.json', 'application/json; charset=utf-8'],
		['/manifest.webmanifest', 'application/manifest+json; charset=utf-8'],
		['/favicon.svg', 'image/svg+xml'],
		['/robots.txt', 'text/plain; charset=utf-8'],
		['/data.bin', 'application/octet-stream']
	])('serves %s as %s', async (requestPath, contentType) => {
		const res = await fetch(`${baseUrl}${requestPath}`);
		expect(res.status).toBe(200);
		expect(res.headers.get('content-type')).toBe(contentType);
		expect(res.headers.get('x-content-type-options')).toBe('nosniff');
		const isHtml = contentType.startsWith('text/html');
		expect(res.headers.has('content-security-policy')).toBe(isHtml);
	});

	it('marks /_app/immutable/ as immutable', async () => {
		const res = await fetch(`${baseUrl}/_app/immutable/x.js`);
		expect(res.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
	});

	it.each(['/service-worker.js', '/index.html', '/manifest.webmanifest', '/_app/version.json'])(
		'revalidates %s on every load',
		async (requestPath) => {
			const res = await fetch(`${baseUrl}${requestPath}`);
			expect(res.status).toBe(200);
			expect(res.headers.get('cache-control')).toBe('no-cache');
		}
	);

	it('serves prerendered pages without their .html extension', async () => {
		const res = await fetch(`${baseUrl}/about`);
		expect(await res.text()).toContain('<title>About</title>');
	});

	it('ignores the query string', async () => {
		const res = await fetch(`${baseUrl}/robots.txt?v=2`);
		expect(await res.text()).toBe('User-agent: *');
	});

	it('answers 304 when the ETag still matches', async () => {
		const first = await fetch(`${baseUrl}/service-worker.js`);
		const etag = first.headers.get('etag');
		expect(etag).toBeTruthy();
		const second = await rawRequest(baseUrl, '/service-worker.js', {
			headers: { 'If-None-Match': etag ?? '' }
		});
		expect(second.status).toBe(304);
		expect(second.body.length).toBe(0);
	});
});

describe('SPA fallback', () => {
	it('serves index.html for an unknown route', async () => {
		const res = await fetch(`${baseUrl}/accounts/123`);
		expect(res.status).toBe(200);
		expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8');
		expect(res.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
		expect(res.headers.get('cache-control')).toBe('no-cache');
		expect(await res.text()).toBe(INDEX_HTML);
	});

	it('never caches the fallback as immutable, even under /_app/immutable/', async () => {
		const res = await fetch(`${baseUrl}/_app/immutable/some-route`);
		expect(res.status).toBe(200);
		expect(res.headers.get('cache-control')).toBe('no-cache');
	});

	it.each(['/nope.js', '/_app/immutable/missing.js', '/missing.html'])(
		'answers 404 for a missing file with an extension: %s',
		async (requestPath) => {
			const res = await fetch(`${baseUrl}${requestPath}`);
			expect(res.status).toBe(404);
			expect(res.headers.get('content-type')).toBe('text/plain; charset=utf-8');
		}
	);
});

describe('path traversal', () => {
	it.each([
		'/../package.json',
		'/%2e%2e/%2e%2e/etc/passwd',
		'/%2e%2e/package.json',
		'/..%2fpackage.json',
		'/%2e%2e%2fpackage.json',
		'/_app/../../package.json',
		'/..%5cpackage.json',
		'/%00/index.html',
		'/index.html%00.js',
		'/%E0%A4%A'
	])('refuses %s', async (requestPath) => {
		const res = await rawRequest(baseUrl, requestPath);
		expect([400, 404]).toContain(res.status);
		expect(res.body.toString()).not.toContain(OUTSIDE_SECRET);
		expect(res.body.toString()).not.toContain('root:');
	});

	it('stays inside appDir for URLs that fetch normalizes first', async () => {
		// fetch sends these as /package.json (a 404) and /etc/passwd (an SPA route).
		const missing = await fetch(`${baseUrl}/../package.json`);
		expect(missing.status).toBe(404);
		expect(await missing.text()).not.toContain(OUTSIDE_SECRET);
		const route = await fetch(`${baseUrl}/%2e%2e/%2e%2e/etc/passwd`);
		expect(await route.text()).toBe(INDEX_HTML);
	});
});

describe('methods', () => {
	it.each([
		['POST', '/'],
		['PUT', '/index.html'],
		['DELETE', '/healthz'],
		['OPTIONS', '/accounts/1']
	])('answers 405 to %s %s', async (method, requestPath) => {
		const res = await fetch(`${baseUrl}${requestPath}`, { method });
		expect(res.status).toBe(405);
		expect(res.headers.get('allow')).toBe('GET, HEAD');
		expect(res.headers.get('x-content-type-options')).toBe('nosniff');
	});

	it.each(['/', '/_app/immutable/x.js', '/accounts/123', '/healthz'])(
		'answers HEAD %s with headers but no body',
		async (requestPath) => {
			const get = await rawRequest(baseUrl, requestPath);
			const head = await rawRequest(baseUrl, requestPath, { method: 'HEAD' });
			expect(head.status).toBe(200);
			expect(head.body.length).toBe(0);
			expect(head.headers['content-type']).toBe(get.headers['content-type']);
			expect(head.headers['content-length']).toBe(String(get.body.length));
		}
	);
});

describe('precompressed files', () => {
	it('serves the .gz variant when gzip is accepted', async () => {
		const res = await rawRequest(baseUrl, '/_app/immutable/x.js', {
			headers: { 'Accept-Encoding': 'gzip' }
		});
		expect(res.status).toBe(200);
		expect(res.headers['content-encoding']).toBe('gzip');
		expect(res.headers['vary']).toBe('Accept-Encoding');
		expect(res.headers['content-type']).toBe('text/javascript; charset=utf-8');
		expect(res.headers['cache-control']).toBe('public, max-age=31536000, immutable');
		expect(gunzipSync(res.body).toString()).toBe(IMMUTABLE_JS);
	});

	it('prefers brotli when both are accepted', async () => {
		const res = await rawRequest(baseUrl, '/_app/immutable/x.js', {
			headers: { 'Accept-Encoding': 'gzip, deflate, br' }
		});
		expect(res.headers['content-encoding']).toBe('br');
	});

	it('decodes transparently for fetch clients', async () => {
		const res = await fetch(`${baseUrl}/_app/immutable/x.js`, {
			headers: { 'Accept-Encoding': 'gzip' }
		});
		expect(res.headers.get('content-encoding')).toBe('gzip');
		expect(await res.text()).toBe(IMMUTABLE_JS);
	});

	it.each([undefined, 'identity', 'gzip;q=0, br;q=0', 'gzip;q=0, *;q=0'])(
		'serves the plain file for Accept-Encoding %s',
		async (acceptEncoding) => {
			const headers = acceptEncoding === undefined ? {} : { 'Accept-Encoding': acceptEncoding };
			const res = await rawRequest(baseUrl, '/_app/immutable/x.js', { headers });
			expect(res.headers['content-encoding']).toBeUndefined();
			expect(res.headers['vary']).toBe('Accept-Encoding');
			expect(res.body.toString()).toBe(IMMUTABLE_JS);
		}
	);

	it('falls back to gzip when brotli is refused via q=0', async () => {
		const res = await rawRequest(baseUrl, '/_app/immutable/x.js', {
			headers: { 'Accept-Encoding': 'br;q=0, *' }
		});
		expect(res.headers['content-encoding']).toBe('gzip');
	});
});

describe('websocket seam', () => {
	it('refuses upgrades while no relay is attached', async () => {
		const res = await rawRequest(baseUrl, '/sync', {
			headers: { Connection: 'Upgrade', Upgrade: 'websocket' }
		});
		expect(res.status).toBe(404);
	});
});

describe('when the app is not built', () => {
	let emptyServer: http.Server;
	let emptyUrl: string;

	beforeAll(async () => {
		const appDir = path.join(root, 'empty-app');
		await writeFiles(appDir, { 'robots.txt': 'User-agent: *' });
		emptyServer = createServer({ appDir, version: VERSION });
		emptyUrl = await listenOnFreePort(emptyServer);
	});

	afterAll(() => closeServer(emptyServer));

	it.each(['/', '/accounts/123', '/index.html'])(
		'answers 503 with a hint for %s',
		async (requestPath) => {
			const res = await fetch(`${emptyUrl}${requestPath}`);
			expect(res.status).toBe(503);
			expect(res.headers.get('content-type')).toBe('text/plain; charset=utf-8');
			expect(await res.text()).toBe(`${APP_NOT_BUILT_MESSAGE}\n`);
		}
	);

	it('keeps /healthz working', async () => {
		const res = await fetch(`${emptyUrl}/healthz`);
		expect(res.status).toBe(200);
	});

	it('still answers 404 for missing assets', async () => {
		const res = await fetch(`${emptyUrl}/nope.js`);
		expect(res.status).toBe(404);
	});
});
