// Everything is rendered in the browser from local data: no server rendering, no prerendered pages.
export const ssr = false;
export const prerender = false;
