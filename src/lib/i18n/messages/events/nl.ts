import type { AreaMessages } from '../types';
import type { events } from './en';

export const nl: AreaMessages<typeof events> = {};
