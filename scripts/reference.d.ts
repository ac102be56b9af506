export const REFERENCE_FILE: string;
/** The Markdown reference of the elements in a custom elements manifest. */
export function reference(manifest: unknown): string;
