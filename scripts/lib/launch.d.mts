export declare const SOFTWARE_GL_FLAGS: string[];
export declare function launchArgs(o: {
  extensionDir: string;
  profileDir: string;
  demo: boolean;
  root: boolean;
  clip?: string;
}): { args: string[]; notes: string[] };
