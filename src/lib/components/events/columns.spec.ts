import { describe, expect, it } from 'vitest';
import {
	COLUMN_IDS,
	DEFAULT_COLUMNS,
	moveColumn,
	parseColumnPrefs,
	setShown,
	shownColumns
} from './columns';

describe('event history columns', () => {
	it('shows the six default columns in the reference order', () => {
		expect(shownColumns(DEFAULT_COLUMNS)).toEqual([
			'actorName',
			'action',
			'asset',
			'eventDate',
			'propertiesChanged',
			'coreDetails'
		]);
		expect(DEFAULT_COLUMNS.order).toHaveLength(11);
	});

	it('hides, shows and moves columns', () => {
		let prefs = setShown(DEFAULT_COLUMNS, 'coreDetails', false);
		prefs = setShown(prefs, 'eventId', true);
		expect(shownColumns(prefs)).toEqual([
			'eventId',
			'actorName',
			'action',
			'asset',
			'eventDate',
			'propertiesChanged'
		]);
		prefs = moveColumn(prefs, 'asset', prefs.order.indexOf('asset') - 1);
		expect(prefs.order.slice(3, 6)).toEqual(['action', 'asset', 'eventType']);
		prefs = moveColumn(prefs, 'asset', prefs.order.indexOf('asset') - 1);
		expect(prefs.order.slice(0, 6)).toEqual([
			'eventId',
			'actorName',
			'actorId',
			'asset',
			'action',
			'eventType'
		]);
		expect(shownColumns(prefs).slice(0, 4)).toEqual(['eventId', 'actorName', 'asset', 'action']);
		// Past either end: clamped; to its own place: unchanged.
		expect(moveColumn(prefs, 'eventId', -1)).toBe(prefs);
		expect(moveColumn(prefs, 'eventId', 99).order.at(-1)).toBe('eventId');
	});

	it('validates what was stored', () => {
		expect(parseColumnPrefs(null)).toBe(DEFAULT_COLUMNS);
		expect(parseColumnPrefs('x')).toBe(DEFAULT_COLUMNS);
		expect(parseColumnPrefs({ order: ['asset'], visible: [] })).toBe(DEFAULT_COLUMNS);
		const parsed = parseColumnPrefs({
			order: ['logTags', 'nope', 'asset', 'asset'],
			visible: ['asset', 'logTags', 42]
		});
		expect(parsed.order.slice(0, 2)).toEqual(['logTags', 'asset']);
		expect([...parsed.order].sort()).toEqual([...COLUMN_IDS].sort());
		expect(parsed.visible).toEqual(['logTags', 'asset']);
	});
});
