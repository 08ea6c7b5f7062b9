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
			appDir: DEFAULT_APP_DIR
		});
	});

	it('resolves DATA_DIR and APP_DIR against the working directory', () => {
		const config = loadConfig(
			{ PORT: '3000', HOST: '127.0.0.1', DATA_DIR: 'state', APP_DIR: '../web' },
			CWD,
			DEFAULT_APP_DIR
		);
		expect(config).toEqual({
			port: 3000,
			host: '127.0.0.1',
			dataDir: path.join(CWD, 'state'),
			appDir: path.resolve(CWD, '../web')
		});
	});

	it('treats empty variables as unset', () => {
		expect(loadConfig({ PORT: '', DATA_DIR: ' ' }, CWD, DEFAULT_APP_DIR).port).toBe(8080);
	});

	it.each(['eighty', '-1', '65536', '80.5', '0x50'])('rejects PORT=%s', (port) => {
		expect(() => loadConfig({ PORT: port }, CWD, DEFAULT_APP_DIR)).toThrow(/PORT must be/);
	});
});
