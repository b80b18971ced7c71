/**
 * MediaPipe Pose landmark indices (the 33-point model), the one table every part of Chin Up uses:
 * the posture engine, the exercise signals, the camera session and the skeleton overlay. Pure.
 * "Left" and "right" are the person's own sides.
 */
export const LM = {
  nose: 0,
  leftEye: 2,
  leftEyeOuter: 3,
  rightEye: 5,
  rightEyeOuter: 6,
  leftEar: 7,
  rightEar: 8,
  mouthLeft: 9,
  mouthRight: 10,
  leftShoulder: 11,
  rightShoulder: 12,
} as const;
