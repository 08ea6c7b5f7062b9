import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';

export default defineConfig({
	plugins: [sveltekit()],
	worker: { format: 'es' },
	// workers/ sits beside src/: the dev server must be allowed to serve worker entry modules.
	server: { port: 5173, fs: { allow: ['workers'] } },
	test: {
		include: ['src/**/*.spec.ts', 'workers/**/*.spec.ts'],
		environment: 'node',
		setupFiles: ['tests/tools/vitest-setup.ts']
	}
});
