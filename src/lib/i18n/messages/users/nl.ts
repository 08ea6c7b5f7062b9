import type { AreaMessages } from '../types';
import type { users } from './en';

export const nl: AreaMessages<typeof users> = {};
