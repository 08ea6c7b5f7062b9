import { describe, expect, it } from 'vitest';
import { normalizeRelayUrl } from './sync.service';

describe('normalizeRelayUrl', () => {
	it.each([
		['wss://relay.example.com/sync', 'wss://relay.example.com/sync'],
		['wss://relay.example.com', 'wss://relay.example.com/sync'],
		['https://relay.example.com/', 'wss://relay.example.com/sync'],
		['http://localhost:8080', 'ws://localhost:8080/sync'],
		[' ws://10.0.0.2:9000/sync/ ', 'ws://10.0.0.2:9000/sync'],
		['https://example.com/switchboard', 'wss://example.com/switchboard/sync']
	])('%s → %s', (input, expected) => {
		expect(normalizeRelayUrl(input)).toBe(expected);
	});

	it.each(['', 'relay example', 'ftp://relay.example.com', 'wss://relay.example.com/sync?x=1'])(
		'refuses %j',
		(input) => {
			expect(normalizeRelayUrl(input)).toBeNull();
		}
	);
});
