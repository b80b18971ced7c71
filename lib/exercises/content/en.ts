/**
 * English words for the exercise catalog. Written for this project (wellness framing, no claims
 * to treat anything); the supporting seed articles are listed in lib/exercises/catalog.ts.
 */
import type { ExerciseContent } from '../types';

/**
 * Stop signs that apply to every exercise (product brief, "Safety"): the safety page's list
 * (`STOP_SIGN_KEYS` in lib/exercises/red-flags.ts, same words) and the pain rule.
 */
export const GENERAL_STOP_SIGNS_EN: readonly string[] = [
  'Dizziness or light-headedness',
  'Double or blurred vision',
  'Trouble speaking or swallowing',
  'Numbness, tingling or weakness in the face, an arm or a hand',
  'Nausea',
  'Pain that gets worse rather than easing',
];

export const CONTENT_EN: ExerciseContent = {
  'chin-tuck': {
    name: 'Chin tuck',
    purpose:
      'Wakes up the deep muscles at the front of the neck that help hold the head over the shoulders.',
    steps: [
      'Sit tall with your eyes level and your shoulders loose. Let the front of your neck stay soft.',
      'Make a gentle nod, as if saying a small yes: the chin tips down slightly while the back of the head glides back and up.',
      'Hold gently, breathing normally. The effort is deep and light; if the cords at the front of the neck stand out, ease off.',
      'Let the head return to neutral and rest before the next one.',
    ],
    skipIf: ['A recent neck injury or neck surgery', 'Pain that spreads down an arm'],
    stopSigns: ['Pain at the back of the head or neck that builds with each repetition'],
  },
  'upper-trap-stretch': {
    name: 'Upper trapezius stretch',
    purpose:
      'Eases the muscle along the top of the shoulder that often tightens during screen work.',
    steps: [
      'Sit tall and hold the edge of the seat with your right hand to keep that shoulder down.',
      'Tilt your left ear toward your left shoulder until you feel a mild pull on the right side of the neck.',
      'Optionally rest your left hand on your head, without pulling. Breathe slowly and hold.',
      'Come back to upright slowly, then switch sides.',
    ],
    skipIf: ['A recent neck injury', 'Tingling in the arm when you tilt the head'],
    stopSigns: ['Sharp or shooting pain into the shoulder or arm'],
  },
  'levator-stretch': {
    name: 'Levator scapulae stretch',
    purpose:
      'Stretches the muscle that runs from the neck to the shoulder blade, often sore after long sitting.',
    steps: [
      'Sit tall and anchor your right hand under the seat.',
      'Turn your nose about halfway toward your left armpit, then let the chin drop toward it.',
      'Feel a gentle stretch at the back of the neck on the right. Hold and breathe.',
      'Lift the head back to neutral slowly and repeat on the other side.',
    ],
    skipIf: ['A recent neck injury', 'Dizziness when you look down and to the side'],
    stopSigns: ['Dizziness or pain that spreads down the arm'],
  },
  'scapular-squeeze': {
    name: 'Shoulder blade squeeze',
    purpose:
      'Trains the muscles between the shoulder blades that help you sit upright without effort.',
    steps: [
      'Sit tall with your arms relaxed by your sides.',
      'Draw your shoulder blades back and slightly down, as if sliding them into your back pockets.',
      'Hold without shrugging or arching your lower back.',
      'Release slowly and repeat.',
    ],
    skipIf: ['A painful or recently injured shoulder'],
    stopSigns: ['Pinching pain in the front of the shoulder'],
  },
  'shoulder-rolls': {
    name: 'Shoulder rolls',
    purpose: 'Loosens the shoulders and upper back with easy, rhythmic movement.',
    steps: [
      'Sit or stand tall with your arms hanging loosely.',
      'Lift both shoulders up toward your ears, roll them back, then let them sink down.',
      'Make slow, smooth circles; breathe in on the way up and out on the way down.',
    ],
    skipIf: ['A painful or recently injured shoulder'],
    stopSigns: ['Clicking with pain in the shoulder'],
  },
  'neck-rotation': {
    name: 'Neck rotation',
    purpose: 'Keeps the neck turning freely after holding it still in front of a screen.',
    steps: [
      'Sit tall and look straight ahead.',
      'Slowly turn your head to look over your left shoulder, only as far as is comfortable.',
      'Pause briefly, come back to the middle, then turn to the right.',
      'Keep the shoulders still; the movement comes from the neck.',
    ],
    skipIf: ['A recent neck injury', 'Dizziness or vision changes when you turn your head'],
    stopSigns: ['Dizziness, ringing in the ears or blurred vision while turning'],
  },
  'neck-side-bend': {
    name: 'Neck side bend',
    purpose: 'Moves the sides of the neck gently through their range.',
    steps: [
      'Sit tall with your shoulders relaxed and your face toward the screen.',
      'Let your left ear move toward your left shoulder without lifting the shoulder.',
      'Pause briefly, return to the middle, then bend to the right.',
    ],
    skipIf: ['A recent neck injury', 'Tingling in the arm when you tilt the head'],
    stopSigns: ['Pain that shoots into the arm'],
  },
  'thoracic-extension': {
    name: 'Upper back extension in the chair',
    purpose: 'Opens the upper back that rounds forward during long sitting.',
    steps: [
      'Sit near the front of the chair with your feet flat.',
      'Cross your hands over your chest or lightly support the back of your head.',
      'Lift your breastbone and lean the upper back gently backward over the chair back; keep the chin level.',
      'Hold for a breath and return to upright.',
    ],
    skipIf: ['Osteoporosis or a recent back injury', 'A chair that tips or rolls easily'],
    stopSigns: ['Sharp pain in the back or ribs'],
  },
  'doorway-chest-stretch': {
    name: 'Doorway chest stretch',
    purpose: 'Stretches the chest muscles that pull the shoulders forward.',
    steps: [
      'Stand in a doorway or facing a corner.',
      'Place your forearms on the frame or walls with the elbows just below shoulder height.',
      'Step one foot forward and lean in until you feel a gentle stretch across the chest.',
      'Hold, breathing slowly, then step back.',
    ],
    skipIf: ['A shoulder that has dislocated before', 'A painful or recently injured shoulder'],
    stopSigns: ['Tingling in the hands or pain in the front of the shoulder'],
  },
  'shoulder-shrug-strength': {
    name: 'Shoulder shrugs for strength',
    purpose:
      'Builds endurance in the neck and shoulder muscles; in the study behind it, people built up to about two minutes a day.',
    steps: [
      'Stand or sit tall, arms by your sides. Holding two full water bottles adds light resistance.',
      'Lift both shoulders straight up toward your ears.',
      'Hold for two seconds, then lower slowly over about three seconds.',
      'Keep the neck long and the chin level throughout.',
    ],
    skipIf: [
      'A painful or recently injured shoulder or neck',
      'High blood pressure that is not under control',
    ],
    stopSigns: ['Neck pain or a headache building during the set'],
  },
  'diaphragmatic-breathing': {
    name: 'Belly breathing',
    purpose: 'Slow breathing with the belly may help calm tension in the neck and shoulders.',
    steps: [
      'Sit back comfortably; rest one hand on your chest and one on your belly.',
      'Breathe in slowly through the nose so that the belly hand rises and the chest hand stays quiet.',
      'Breathe out gently through slightly parted lips, a little longer than the in-breath.',
      'Keep a calm rhythm of about five to six breaths a minute.',
    ],
    skipIf: ['Breathing exercises that make you anxious or light-headed'],
    stopSigns: ['Light-headedness or tingling around the mouth: return to normal breathing'],
  },
  'progressive-relaxation': {
    name: 'Progressive muscle relaxation',
    purpose:
      'Tensing and then releasing muscle groups teaches the body what letting go feels like.',
    steps: [
      'Sit comfortably and close your eyes if you like.',
      'Make fists for about five seconds, then let go and notice the difference for a few breaths.',
      'Do the same with the shoulders (lift and let drop), then the face (squeeze and soften).',
      'Finish with three slow breaths, letting the jaw and shoulders stay heavy.',
    ],
    skipIf: ['Cramps or pain when tensing a muscle: tense only lightly or skip that part'],
    stopSigns: ['A muscle cramp or pain when tensing'],
  },
  'far-focus': {
    name: 'Look into the distance',
    purpose: 'Gives the eyes and neck a pause from the close screen.',
    steps: [
      'Look away from the screen at something at least six metres away, or out of a window.',
      'Blink slowly a few times.',
      'Let your shoulders drop and sit tall again before you look back.',
    ],
    skipIf: [],
    stopSigns: ['Eye pain or sudden changes in vision'],
  },
  'stand-walk': {
    name: 'Stand up and walk',
    purpose: 'Breaking up long sitting with a short walk gets the whole body moving.',
    steps: [
      'Stand up and walk around: fetch water, take the stairs or walk along the corridor.',
      'Let your arms swing and your gaze rest on things far away.',
      'Come back when the timer ends.',
    ],
    skipIf: ['Walking is unsafe for you right now: stand and shift your weight instead'],
    stopSigns: ['Chest pain, shortness of breath or unsteadiness'],
  },
};
