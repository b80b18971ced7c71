/** Types for scripts/deployment-docs.mjs (imported by its unit test). */
export declare const DOC_PATH: string;
export declare const GECKO_ID: string;
export interface DocsInput {
  schema: Record<string, unknown>;
  spec: Record<string, { default: unknown; description: string }>;
  policy: Record<string, unknown>;
  id: string;
}
export declare function generateBlocks(input: DocsInput): Record<string, string>;
export declare function renderDocs(markdown: string, blocks: Record<string, string>): string;
export declare function loadInputs(): Promise<DocsInput>;
