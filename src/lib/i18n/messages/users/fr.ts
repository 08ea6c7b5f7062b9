import type { AreaMessages } from '../types';
import type { users } from './en';

export const fr: AreaMessages<typeof users> = {};
