import type {Server} from 'node:http';
/**
 * Starts the demo server on `port` (0 for any free port), publishes the feeds, resolves with its address.
 * `root` is the folder holding demo/, dist/ and examples/; `pageSize` the pledges per page of the published feeds.
 */
export function serve(
  port?: number,
  options?: {root?: string; pageSize?: number},
): Promise<{server: Server; url: string}>;
