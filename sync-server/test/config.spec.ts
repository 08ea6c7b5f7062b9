import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../src/config.js';

const CWD = path.resolve('/srv/switchboard');
const DEFAULT_APP_DIR = path.resolve('/repo/build');

describe('loadConfig', () => {
	it('uses the documented defaults', () => {
		expect(loadConfig({}, CWD, DEFAULT_APP_DIR)).toEqual({
			port: 8080,
			host: '0.0.0.0',
			dataDir: path.join(CWD, 'data'),
			appDir: DEFAULT_APP_DIR,
			redisUrl: null,
			maxMessageBytes: 256 * 1024 * 1024,
			maxConnectionsPerIp: 64
		});
	});

	it('resolves DATA_DIR and APP_DIR against the working directory', () => {
		const config = loadConfig(
			{
				PORT: '3000',
				HOST: '127.0.0.1',
				DATA_DIR: 'state',
				APP_DIR: '../web',
				REDIS_URL: 'redis://127.0.0.1:6390',
				MAX_MESSAGE_BYTES: '1000',
				MAX_CONNECTIONS_PER_IP: '3'
			},
			CWD,
			DEFAULT_APP_DIR
		);
		expect(config).toEqual({
			port: 3000,
			host: '127.0.0.1',
			dataDir: path.join(CWD, 'state'),
			appDir: path.resolve(CWD, '../web'),
			redisUrl: 'redis://127.0.0.1:6390',
			maxMessageBytes: 1000,
			maxConnectionsPerIp: 3
		});
	});

	it('treats empty variables as unset', () => {
		expect(loadConfig({ PORT: '', DATA_DIR: ' ' }, CWD, DEFAULT_APP_DIR).port).toBe(8080);
	});

	it.each(['0', '-5', 'many'])('rejects MAX_CONNECTIONS_PER_IP=%s', (value) => {
		expect(() => loadConfig({ MAX_CONNECTIONS_PER_IP: value }, CWD, DEFAULT_APP_DIR)).toThrow(
			/MAX_CONNECTIONS_PER_IP must be a positive integer/
		);
	});

	it.each(['eighty', '-1', '65536', '80.5', '0x50'])('rejects PORT=%s', (port) => {
		expect(() => loadConfig({ PORT: port }, CWD, DEFAULT_APP_DIR)).toThrow(/PORT must be/);
	});
});
