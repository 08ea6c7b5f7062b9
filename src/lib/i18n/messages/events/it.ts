import type { AreaMessages } from '../types';
import type { events } from './en';

export const it: AreaMessages<typeof events> = {};
