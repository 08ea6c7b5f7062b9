import type { AreaMessages } from '../types';
import type { events } from './en';

export const es: AreaMessages<typeof events> = {};
