import { describe, expect, it } from 'vitest';
import { backupFileName, backupManifest, parseBackupManifest } from './backup';
import type { Profile } from './model';

const profile: Profile = {
	id: 'p1',
	workspaceId: 'w-1',
	workspaceName: 'Müller & Söhne',
	personId: 'person-1',
	accountId: 'partner-1',
	name: 'Dana Lee',
	email: 'dana@example.com',
	role: 'partner',
	createdAt: '2026-01-01T00:00:00.000Z',
	lastUsedAt: '2026-01-02T00:00:00.000Z'
};

const manifest = backupManifest({
	profile,
	exportedAt: '2026-12-03T10:00:00.000Z',
	appVersion: '1',
	rooms: ['ws:w-1', 'acct:a1', 'events:a1:2026-12', 'events:ws:2026-11'],
	workspaceKey: { kty: 'EC', crv: 'P-256', d: 'x', x: 'y', y: 'z' },
	relayUrl: 'wss://relay.example.com/sync'
});

describe('workspace export manifest', () => {
	it('reads back what it wrote, through JSON', () => {
		expect(parseBackupManifest(JSON.parse(JSON.stringify(manifest)))).toEqual(manifest);
		expect(manifest.person).toEqual({
			personId: 'person-1',
			accountId: 'partner-1',
			name: 'Dana Lee',
			email: 'dana@example.com',
			role: 'partner'
		});
	});

	it('refuses other files and tampered manifests', () => {
		const broken: unknown[] = [
			null,
			'text',
			[],
			{ ...manifest, format: 'other' },
			{ ...manifest, version: 2 },
			{ ...manifest, workspace: { id: '../etc', name: 'x' } },
			{ ...manifest, person: { ...manifest.person, role: 'root' } },
			{ ...manifest, person: { ...manifest.person, email: '' } },
			{ ...manifest, rooms: [] },
			// Without its workspace room, with another workspace's room, or an invalid or repeated name.
			{ ...manifest, rooms: ['acct:a1'] },
			{ ...manifest, rooms: ['ws:w-1', 'ws:w-2'] },
			{ ...manifest, rooms: ['ws:w-1', 'acct:../../x'] },
			{ ...manifest, rooms: ['ws:w-1', 'acct:a1', 'acct:a1'] },
			{ ...manifest, workspaceKey: 'not a key' }
		];
		for (const value of broken) expect(parseBackupManifest(value)).toBeNull();
	});

	it('names the file after the workspace and the day, with file-safe characters only', () => {
		expect(backupFileName('Müller & Söhne', '2026-12-03T10:00:00.000Z')).toBe(
			'Switchboard-Muller-Sohne-2026-12-03.zip'
		);
		expect(backupFileName('///', '2026-12-03T10:00:00.000Z')).toBe(
			'Switchboard-workspace-2026-12-03.zip'
		);
	});
});
