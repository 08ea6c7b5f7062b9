import type { Messages } from './en';
import { de as shell } from './shell/de';
import { de as accounts } from './accounts/de';
import { de as users } from './users/de';
import { de as outbox } from './outbox/de';
import { de as events } from './events/de';
import { de as dashboard } from './dashboard/de';

export const de: Messages = {
	...shell,
	...accounts,
	...users,
	...outbox,
	...events,
	...dashboard
};
