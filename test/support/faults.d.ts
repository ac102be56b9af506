// Types of faults.js, which stays plain JavaScript so the web-test-runner configs can import it.
export declare const FEEDS: {readonly sample: string; readonly rejected: string};

export interface Answer {
  status: number;
  type: string;
  body: string;
}

export declare function faultAnswer(
  path: string,
  params: URLSearchParams,
  signal?: AbortSignal,
): Promise<Answer | undefined>;

export declare function faultMiddleware(ctx: unknown, next: () => Promise<unknown>): Promise<unknown>;
