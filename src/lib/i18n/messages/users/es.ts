import type { AreaMessages } from '../types';
import type { users } from './en';

export const es: AreaMessages<typeof users> = {};
