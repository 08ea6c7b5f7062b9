import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';

export default defineConfig({
	plugins: [sveltekit()],
	worker: { format: 'es' },
	server: { port: 5173 },
	test: {
		include: ['src/**/*.spec.ts', 'workers/**/*.spec.ts'],
		environment: 'node',
		setupFiles: ['tests/tools/vitest-setup.ts']
	}
});
