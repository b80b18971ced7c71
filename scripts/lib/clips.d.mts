export declare const CLIP_DIR: string;
export declare const DATASET_DIR: string;
export declare function npmPhoto(): string;
export declare function stillClip(name: string, image: string, seconds?: number): string;
export declare function emptyClip(): string;
export declare function sequenceClip(name: string, parts: [string, number][], fps?: number): string;
export interface DatasetRow {
  file: string;
  label: string;
  person: string;
  view: string;
  role: string;
}
export declare function datasetRows(dir?: string): DatasetRow[] | null;
export declare function unreadableClip(): string;
