/** German words for the exercise catalog (see en.ts for the reference text). */
import type { ExerciseContent } from '../types';

export const GENERAL_STOP_SIGNS_DE: readonly string[] = [
  'Schwindel oder Benommenheit',
  'Doppelt- oder Verschwommensehen',
  'Schwierigkeiten beim Sprechen oder Schlucken',
  'Taubheit, Kribbeln oder Schwäche im Gesicht, in einem Arm oder einer Hand',
  'Übelkeit',
  'Schmerzen, die stärker statt schwächer werden',
];

export const CONTENT_DE: ExerciseContent = {
  'chin-tuck': {
    name: 'Kinn zurückschieben',
    purpose: 'Aktiviert die tiefen Muskeln vorn am Hals, die den Kopf über den Schultern halten.',
    steps: [
      'Setzen Sie sich aufrecht, Blick geradeaus, Schultern locker. Die Vorderseite des Halses bleibt weich.',
      'Nicken Sie sanft, wie zu einem kleinen Ja: Das Kinn senkt sich ein wenig, während der Hinterkopf nach hinten oben gleitet.',
      'Sanft halten und normal atmen. Die Anstrengung ist tief und leicht; treten vorn am Hals die Sehnen hervor, lassen Sie etwas nach.',
      'Den Kopf zurück in die Mitte gleiten lassen und vor der nächsten Wiederholung kurz ausruhen.',
    ],
    skipIf: [
      'Eine frische Verletzung oder Operation am Hals',
      'Schmerzen, die in einen Arm ausstrahlen',
    ],
    stopSigns: ['Schmerzen am Hinterkopf oder Nacken, die mit jeder Wiederholung zunehmen'],
  },
  'upper-trap-stretch': {
    name: 'Dehnung des oberen Trapezmuskels',
    purpose:
      'Entspannt den Muskel oben auf der Schulter, der sich bei Bildschirmarbeit oft verspannt.',
    steps: [
      'Aufrecht sitzen und mit der rechten Hand die Sitzkante halten, damit die Schulter unten bleibt.',
      'Das linke Ohr zur linken Schulter neigen, bis rechts am Hals ein leichter Zug entsteht.',
      'Wer mag, legt die linke Hand auf den Kopf, ohne zu ziehen. Langsam atmen und halten.',
      'Langsam zurück in die Mitte kommen, dann die Seite wechseln.',
    ],
    skipIf: ['Eine frische Verletzung am Hals', 'Kribbeln im Arm beim Neigen des Kopfes'],
    stopSigns: ['Stechende oder einschießende Schmerzen in Schulter oder Arm'],
  },
  'levator-stretch': {
    name: 'Dehnung des Schulterblattheber-Muskels',
    purpose:
      'Dehnt den Muskel zwischen Hals und Schulterblatt, der nach langem Sitzen oft schmerzt.',
    steps: [
      'Aufrecht sitzen, die rechte Hand unter der Sitzfläche verankern.',
      'Die Nase etwa halb zur linken Achsel drehen und das Kinn in diese Richtung sinken lassen.',
      'Rechts hinten am Hals eine sanfte Dehnung spüren. Halten und atmen.',
      'Den Kopf langsam in die Mitte heben und zur anderen Seite wiederholen.',
    ],
    skipIf: ['Eine frische Verletzung am Hals', 'Schwindel beim Blick nach unten zur Seite'],
    stopSigns: ['Schwindel oder Schmerzen, die in den Arm ziehen'],
  },
  'scapular-squeeze': {
    name: 'Schulterblätter zusammenziehen',
    purpose:
      'Trainiert die Muskeln zwischen den Schulterblättern, die mühelos aufrechtes Sitzen unterstützen.',
    steps: [
      'Aufrecht sitzen, die Arme hängen locker neben dem Körper.',
      'Die Schulterblätter nach hinten und etwas nach unten ziehen, als wollten Sie sie in die Gesäßtaschen stecken.',
      'Halten, ohne die Schultern hochzuziehen oder ins Hohlkreuz zu gehen.',
      'Langsam lösen und wiederholen.',
    ],
    skipIf: ['Eine schmerzende oder frisch verletzte Schulter'],
    stopSigns: ['Stechender Schmerz vorn in der Schulter'],
  },
  'shoulder-rolls': {
    name: 'Schulterkreisen',
    purpose: 'Lockert Schultern und oberen Rücken mit leichter, rhythmischer Bewegung.',
    steps: [
      'Aufrecht sitzen oder stehen, die Arme hängen locker.',
      'Beide Schultern zu den Ohren heben, nach hinten rollen und dann sinken lassen.',
      'Langsame, runde Kreise; beim Heben einatmen, beim Senken ausatmen.',
    ],
    skipIf: ['Eine schmerzende oder frisch verletzte Schulter'],
    stopSigns: ['Knacken mit Schmerzen in der Schulter'],
  },
  'neck-rotation': {
    name: 'Kopfdrehen',
    purpose: 'Hält den Hals drehfähig, nachdem er lange still vor dem Bildschirm war.',
    steps: [
      'Aufrecht sitzen und geradeaus schauen.',
      'Den Kopf langsam drehen und über die linke Schulter schauen, nur so weit es angenehm ist.',
      'Kurz verweilen, zur Mitte zurück, dann nach rechts drehen.',
      'Die Schultern bleiben ruhig; die Bewegung kommt aus dem Hals.',
    ],
    skipIf: ['Eine frische Verletzung am Hals', 'Schwindel oder Sehstörungen beim Kopfdrehen'],
    stopSigns: ['Schwindel, Ohrensausen oder verschwommenes Sehen beim Drehen'],
  },
  'neck-side-bend': {
    name: 'Kopf zur Seite neigen',
    purpose: 'Bewegt die Halsseiten sanft durch ihren Bewegungsumfang.',
    steps: [
      'Aufrecht sitzen, Schultern entspannt, Gesicht zum Bildschirm.',
      'Das linke Ohr Richtung linke Schulter sinken lassen, ohne die Schulter zu heben.',
      'Kurz verweilen, zur Mitte zurück, dann nach rechts neigen.',
    ],
    skipIf: ['Eine frische Verletzung am Hals', 'Kribbeln im Arm beim Neigen des Kopfes'],
    stopSigns: ['Schmerzen, die in den Arm einschießen'],
  },
  'thoracic-extension': {
    name: 'Oberen Rücken auf dem Stuhl strecken',
    purpose: 'Öffnet den oberen Rücken, der sich beim langen Sitzen nach vorn rundet.',
    steps: [
      'Vorn auf dem Stuhl sitzen, die Füße flach auf dem Boden.',
      'Die Hände vor der Brust kreuzen oder den Hinterkopf leicht stützen.',
      'Das Brustbein heben und den oberen Rücken sanft über die Lehne nach hinten neigen; das Kinn bleibt waagerecht.',
      'Einen Atemzug halten und wieder aufrichten.',
    ],
    skipIf: [
      'Osteoporose oder eine frische Rückenverletzung',
      'Ein Stuhl, der leicht kippt oder wegrollt',
    ],
    stopSigns: ['Stechende Schmerzen im Rücken oder an den Rippen'],
  },
  'doorway-chest-stretch': {
    name: 'Brustdehnung im Türrahmen',
    purpose: 'Dehnt die Brustmuskeln, die die Schultern nach vorn ziehen.',
    steps: [
      'In einen Türrahmen oder vor eine Zimmerecke stellen.',
      'Die Unterarme an Rahmen oder Wände legen, die Ellbogen knapp unter Schulterhöhe.',
      'Einen Fuß nach vorn setzen und sich hineinlehnen, bis die Brust sanft gedehnt wird.',
      'Ruhig atmend halten, dann zurücktreten.',
    ],
    skipIf: [
      'Eine Schulter, die schon einmal ausgerenkt war',
      'Eine schmerzende oder frisch verletzte Schulter',
    ],
    stopSigns: ['Kribbeln in den Händen oder Schmerzen vorn in der Schulter'],
  },
  'shoulder-shrug-strength': {
    name: 'Schulterheben zur Kräftigung',
    purpose:
      'Stärkt die Ausdauer der Nacken- und Schultermuskeln; in der zugrunde liegenden Studie wurde schrittweise auf etwa zwei Minuten am Tag gesteigert.',
    steps: [
      'Aufrecht stehen oder sitzen, die Arme neben dem Körper. Zwei volle Wasserflaschen geben leichten Widerstand.',
      'Beide Schultern gerade nach oben zu den Ohren ziehen.',
      'Zwei Sekunden halten, dann in etwa drei Sekunden langsam senken.',
      'Der Hals bleibt lang, das Kinn waagerecht.',
    ],
    skipIf: [
      'Schmerzende oder frisch verletzte Schulter oder Hals',
      'Nicht eingestellter Bluthochdruck',
    ],
    stopSigns: ['Nackenschmerzen oder Kopfschmerzen, die während der Übung zunehmen'],
  },
  'diaphragmatic-breathing': {
    name: 'Bauchatmung',
    purpose: 'Langsames Atmen in den Bauch kann helfen, Spannung in Nacken und Schultern zu lösen.',
    steps: [
      'Bequem zurücklehnen; eine Hand auf die Brust, eine auf den Bauch legen.',
      'Langsam durch die Nase einatmen, sodass sich die Hand auf dem Bauch hebt und die auf der Brust ruhig bleibt.',
      'Sanft durch leicht geöffnete Lippen ausatmen, etwas länger als beim Einatmen.',
      'Einen ruhigen Rhythmus von etwa fünf bis sechs Atemzügen pro Minute halten.',
    ],
    skipIf: ['Atemübungen, die Sie ängstlich oder benommen machen'],
    stopSigns: ['Benommenheit oder Kribbeln um den Mund: zur normalen Atmung zurückkehren'],
  },
  'progressive-relaxation': {
    name: 'Progressive Muskelentspannung',
    purpose:
      'Muskelgruppen anspannen und wieder lösen lehrt den Körper, wie sich Loslassen anfühlt.',
    steps: [
      'Bequem sitzen und, wenn Sie mögen, die Augen schließen.',
      'Etwa fünf Sekunden Fäuste machen, dann lösen und ein paar Atemzüge lang den Unterschied spüren.',
      'Ebenso mit den Schultern (hochziehen und fallen lassen) und dem Gesicht (zusammenkneifen und weich werden).',
      'Mit drei langsamen Atemzügen enden; Kiefer und Schultern bleiben schwer.',
    ],
    skipIf: ['Krämpfe oder Schmerzen beim Anspannen: nur leicht anspannen oder den Teil auslassen'],
    stopSigns: ['Ein Muskelkrampf oder Schmerz beim Anspannen'],
  },
  'far-focus': {
    name: 'In die Ferne schauen',
    purpose: 'Gönnt Augen und Nacken eine Pause vom nahen Bildschirm.',
    steps: [
      'Vom Bildschirm weg auf etwas mindestens sechs Meter Entferntes oder aus dem Fenster schauen.',
      'Ein paarmal langsam blinzeln.',
      'Die Schultern sinken lassen und sich aufrichten, bevor Sie zurückschauen.',
    ],
    skipIf: [],
    stopSigns: ['Augenschmerzen oder plötzliche Sehveränderungen'],
  },
  'stand-walk': {
    name: 'Aufstehen und gehen',
    purpose:
      'Langes Sitzen mit einem kurzen Gang zu unterbrechen bringt den ganzen Körper in Bewegung.',
    steps: [
      'Aufstehen und umhergehen: Wasser holen, Treppe nehmen oder den Flur entlanggehen.',
      'Die Arme mitschwingen lassen, den Blick auf Entferntem ruhen lassen.',
      'Zurückkommen, wenn der Timer endet.',
    ],
    skipIf: ['Wenn Gehen gerade nicht sicher ist: aufstehen und das Gewicht verlagern'],
    stopSigns: ['Brustschmerzen, Atemnot oder Unsicherheit beim Stehen'],
  },
};
