import type {Server} from 'node:http';
/** Starts the demo server on `port` (0 for any free port), publishes the feeds, resolves with its address. */
export function serve(port?: number): Promise<{server: Server; url: string}>;
