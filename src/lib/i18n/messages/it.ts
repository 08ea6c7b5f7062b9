import type { Messages } from './en';
import { it as shell } from './shell/it';
import { it as accounts } from './accounts/it';
import { it as users } from './users/it';
import { it as outbox } from './outbox/it';
import { it as events } from './events/it';
import { it as dashboard } from './dashboard/it';

export const it: Messages = {
	...shell,
	...accounts,
	...users,
	...outbox,
	...events,
	...dashboard
};
