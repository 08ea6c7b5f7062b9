import type { AreaMessages } from '../types';
import type { users } from './en';

export const de: AreaMessages<typeof users> = {};
