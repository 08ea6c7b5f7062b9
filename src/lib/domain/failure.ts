/**
 * What a failure means to the person: one of the known kinds with its own localized message,
 * and the technical details that only "View Details" shows (never a raw English message in a
 * toast).
 *
 * ```ts
 * classifyFailure(new DOMException('full', 'QuotaExceededError')).kind; // 'quota'
 * ```
 */
export type FailureKind =
	'aborted' | 'quota' | 'version' | 'timeout' | 'not_allowed' | 'unexpected';

export interface Failure {
	kind: FailureKind;
	/** Name and message of the error and of the one it wraps, and its stack: for View Details. */
	details: string;
}

const BY_NAME: Record<string, FailureKind> = {
	AbortError: 'aborted',
	QuotaExceededError: 'quota',
	VersionError: 'version',
	DatabaseClosedError: 'version',
	UpgradeError: 'version',
	TimeoutError: 'timeout',
	NotAllowedError: 'not_allowed',
	SecurityError: 'not_allowed'
};

interface ErrorLike {
	name: string;
	message: string;
	stack?: string;
	inner?: unknown;
}

function asErrorLike(value: unknown): ErrorLike | null {
	if (typeof value !== 'object' || value === null) return null;
	const { name, message } = value as { name?: unknown; message?: unknown };
	if (typeof name !== 'string' || typeof message !== 'string') return null;
	return value as ErrorLike;
}

export function classifyFailure(error: unknown): Failure {
	const outer = asErrorLike(error);
	if (!outer) return { kind: 'unexpected', details: String(error) };
	// Dexie wraps the storage error: the inner one says what happened underneath.
	const inner = asErrorLike(outer.inner);
	const kind = (inner && BY_NAME[inner.name]) || BY_NAME[outer.name] || 'unexpected';
	const lines = [`${outer.name}: ${outer.message}`];
	if (inner) lines.push(`${inner.name}: ${inner.message}`);
	if (outer.stack) lines.push(outer.stack);
	return { kind, details: lines.join('\n') };
}
