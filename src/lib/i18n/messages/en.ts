/**
 * English messages: the source of truth for keys, one file per area (`<area>/en.ts`). Quoted spec
 * labels are accessible names that tests rely on; keep them exactly. Every other language is typed
 * per area, so a missing or extra key fails the type check; `npm run check:i18n` also fails on
 * unused keys and broken placeholders.
 */
import { shell } from './shell/en';
import { accounts } from './accounts/en';
import { users } from './users/en';
import { outbox } from './outbox/en';
import { events } from './events/en';
import { dashboard } from './dashboard/en';

export const en = {
	...shell,
	...accounts,
	...users,
	...outbox,
	...events,
	...dashboard
} as const;

export type MessageKey = keyof typeof en;
export type Messages = Record<MessageKey, string>;
