import type { AreaMessages } from '../types';
import type { users } from './en';

export const it: AreaMessages<typeof users> = {};
