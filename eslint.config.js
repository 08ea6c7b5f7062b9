import js from '@eslint/js';
import ts from 'typescript-eslint';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import svelteConfig from './svelte.config.js';

/** Folder boundaries (STYLE.md, Boundaries): each infrastructure library stays behind its folder. */
const only = (pkg, folder) => ({
	name: pkg,
	message: `Only ${folder} may import ${pkg}.`
});
const restrict = (paths, patterns = []) => ({
	'no-restricted-imports': ['error', { paths, patterns }]
});
const DEXIE = only('dexie', 'src/lib/db/');
const YJS = [
	only('yjs', 'src/lib/sync/'),
	only('y-websocket', 'src/lib/sync/'),
	only('y-indexeddb', 'src/lib/sync/'),
	only('y-protocols', 'src/lib/sync/')
];
const COMLINK = only('comlink', 'src/lib/workers/');
const SAMPLE = [
	{ group: ['svelte', 'svelte/*', '$app/*'], message: 'sample/ is pure: no Svelte or SvelteKit.' },
	{
		group: ['$lib/db/*', '$lib/sync/*', '$lib/services/*', '$lib/state/*', '$lib/components/*'],
		message: 'sample/ makes records from a seed; services write them.'
	}
];
const APP = [
	{ group: ['svelte', 'svelte/*', '$app/*'], message: 'domain/ is pure: no Svelte or SvelteKit.' },
	{
		group: ['$lib/db/*', '$lib/sync/*', '$lib/services/*', '$lib/state/*', '$lib/components/*'],
		message: 'domain/ depends on nothing but itself.'
	}
];

export default ts.config(
	{
		ignores: [
			'build/',
			'.svelte-kit/',
			'node_modules/',
			'sync-server/dist/',
			'test-results/',
			'playwright-report/',
			'data/'
		]
	},
	js.configs.recommended,
	...ts.configs.recommendedTypeChecked,
	...svelte.configs.recommended,
	{
		languageOptions: {
			globals: { ...globals.browser, ...globals.node },
			parserOptions: {
				projectService: true,
				extraFileExtensions: ['.svelte'],
				tsconfigRootDir: import.meta.dirname
			}
		},
		rules: {
			'@typescript-eslint/no-explicit-any': 'error',
			'@typescript-eslint/no-floating-promises': 'error',
			'@typescript-eslint/no-unused-vars': [
				'error',
				{ argsIgnorePattern: '^_', varsIgnorePattern: '^_' }
			],
			'no-restricted-syntax': [
				'error',
				{ selector: 'TSEnumDeclaration', message: 'Use a union or `as const` instead of enum.' }
			]
		}
	},
	{
		files: ['**/*.svelte', '**/*.svelte.ts', '**/*.svelte.js'],
		languageOptions: {
			parserOptions: { parser: ts.parser, svelteConfig }
		}
	},
	{
		files: ['src/**/*.ts', 'src/**/*.svelte'],
		ignores: [
			'src/lib/db/**',
			'src/lib/sync/**',
			'src/lib/workers/**',
			'src/lib/domain/**',
			'src/lib/sample/**'
		],
		rules: restrict([DEXIE, ...YJS, COMLINK])
	},
	{ files: ['src/lib/db/**'], rules: restrict([...YJS, COMLINK]) },
	{ files: ['src/lib/sync/**'], rules: restrict([DEXIE, COMLINK]) },
	{ files: ['src/lib/workers/**'], rules: restrict([DEXIE, ...YJS]) },
	{ files: ['src/lib/domain/**'], rules: restrict([DEXIE, ...YJS, COMLINK], APP) },
	{ files: ['src/lib/sample/**'], rules: restrict([DEXIE, ...YJS, COMLINK], SAMPLE) },
	{
		files: ['sync-server/**/*.ts'],
		rules: {
			'no-restricted-imports': [
				'error',
				{
					patterns: [
						{
							regex: '^(\\.\\./){2,}src/|^\\$lib',
							message: 'The relay imports nothing from the app.'
						}
					]
				}
			]
		}
	},
	{
		files: ['**/*.spec.ts', 'tests/**/*.ts'],
		rules: { '@typescript-eslint/no-non-null-assertion': 'off' }
	},
	{
		// Every end-to-end test runs under the fixture that fails on page errors and warnings.
		files: ['tests/e2e/**/*.spec.ts'],
		rules: restrict([
			{
				name: '@playwright/test',
				importNames: ['test'],
				message: "Import `test` from './fixtures' (it fails on page errors and Svelte warnings)."
			}
		])
	},
	{
		// Outside every tsconfig project (the service worker is checked with its own webworker lib).
		files: ['**/*.js', '**/*.mjs', 'src/service-worker.ts', 'sync-server/vitest.config.ts'],
		...ts.configs.disableTypeChecked
	}
);
