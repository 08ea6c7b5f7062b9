import http from 'node:http';
import { mkdir, writeFile } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import path from 'node:path';

export interface RawResponse {
	status: number;
	headers: http.IncomingHttpHeaders;
	body: Buffer;
}

/**
 * fetch() normalizes `..` and percent-encoded dots before sending, so traversal probes and
 * byte-exact checks go through node:http, which sends the path untouched.
 */
export function rawRequest(
	baseUrl: string,
	requestPath: string,
	options: { method?: string; headers?: http.OutgoingHttpHeaders } = {}
): Promise<RawResponse> {
	const { hostname, port } = new URL(baseUrl);
	return new Promise((resolve, reject) => {
		const req = http.request(
			{
				hostname,
				port,
				path: requestPath,
				method: options.method ?? 'GET',
				headers: options.headers,
				agent: false
			},
			(res) => {
				const chunks: Buffer[] = [];
				res.on('data', (chunk: Buffer) => chunks.push(chunk));
				res.on('end', () => {
					resolve({
						status: res.statusCode ?? 0,
						headers: res.headers,
						body: Buffer.concat(chunks)
					});
				});
				res.on('error', reject);
			}
		);
		req.on('error', reject);
		req.end();
	});
}

export function listenOnFreePort(server: http.Server): Promise<string> {
	return new Promise((resolve, reject) => {
		server.once('error', reject);
		server.listen(0, '127.0.0.1', () => {
			const { port } = server.address() as AddressInfo;
			resolve(`http://127.0.0.1:${port}`);
		});
	});
}

export function closeServer(server: http.Server): Promise<void> {
	return new Promise((resolve) => {
		server.close(() => {
			resolve();
		});
		// fetch keeps connections alive; without this close() would wait for them to time out.
		server.closeAllConnections();
	});
}

/** Finds a port the child process can use, since it cannot report a port-0 choice back. */
export async function findFreePort(): Promise<number> {
	const probe = http.createServer();
	await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
	const { port } = probe.address() as AddressInfo;
	await new Promise<void>((resolve) =>
		probe.close(() => {
			resolve();
		})
	);
	return port;
}

export async function writeFiles(
	root: string,
	files: Record<string, string | Buffer>
): Promise<void> {
	for (const [relativePath, content] of Object.entries(files)) {
		const target = path.join(root, relativePath);
		await mkdir(path.dirname(target), { recursive: true });
		await writeFile(target, content);
	}
}
