/** Spanish words for the exercise catalog (see en.ts for the reference text). */
import type { ExerciseContent } from '../types';

export const GENERAL_STOP_SIGNS_ES: readonly string[] = [
  'Mareo o sensación de desmayo',
  'Visión doble o borrosa',
  'Dificultad para hablar o tragar',
  'Entumecimiento, hormigueo o debilidad en la cara, un brazo o una mano',
  'Náuseas',
  'Dolor que empeora en lugar de calmarse',
];

export const CONTENT_ES: ExerciseContent = {
  'chin-tuck': {
    name: 'Retracción de barbilla',
    purpose:
      'Activa los músculos profundos de la parte delantera del cuello que ayudan a mantener la cabeza sobre los hombros.',
    steps: [
      'Siéntate erguido, con la mirada al frente y los hombros sueltos. Deja la parte delantera del cuello relajada.',
      'Haz un asentimiento suave, como un pequeño sí: la barbilla baja un poco mientras la parte de atrás de la cabeza se desliza hacia atrás y hacia arriba.',
      'Mantén con suavidad y respira con normalidad. El esfuerzo es profundo y ligero; si se marcan los tendones delanteros del cuello, afloja.',
      'Deja que la cabeza vuelva a la posición neutra y descansa antes de la siguiente.',
    ],
    skipIf: ['Una lesión o cirugía de cuello reciente', 'Dolor que baja por un brazo'],
    stopSigns: ['Dolor en la nuca o en el cuello que aumenta con cada repetición'],
  },
  'upper-trap-stretch': {
    name: 'Estiramiento del trapecio superior',
    purpose:
      'Puede ayudar a soltar el músculo de la parte alta del hombro, que suele tensarse al trabajar con pantallas.',
    steps: [
      'Siéntate erguido y sujeta el borde del asiento con la mano derecha para mantener ese hombro abajo.',
      'Inclina la oreja izquierda hacia el hombro izquierdo hasta notar un estiramiento suave en el lado derecho del cuello.',
      'Si quieres, apoya la mano izquierda sobre la cabeza sin tirar. Respira despacio y mantén.',
      'Vuelve despacio al centro y cambia de lado.',
    ],
    skipIf: ['Una lesión de cuello reciente', 'Hormigueo en el brazo al inclinar la cabeza'],
    stopSigns: ['Dolor agudo o punzante hacia el hombro o el brazo'],
  },
  'levator-stretch': {
    name: 'Estiramiento del elevador de la escápula',
    purpose:
      'Estira el músculo que va del cuello al omóplato, a menudo dolorido tras estar mucho tiempo sentado.',
    steps: [
      'Siéntate erguido y sujeta el asiento con la mano derecha.',
      'Gira la nariz hasta la mitad del camino hacia la axila izquierda y deja caer la barbilla en esa dirección.',
      'Nota un estiramiento suave en la parte trasera derecha del cuello. Mantén y respira.',
      'Levanta la cabeza despacio hasta el centro y repite hacia el otro lado.',
    ],
    skipIf: ['Una lesión de cuello reciente', 'Mareo al mirar hacia abajo y a un lado'],
    stopSigns: ['Mareo o dolor que baja por el brazo'],
  },
  'scapular-squeeze': {
    name: 'Junta los omóplatos',
    purpose:
      'Entrena los músculos entre los omóplatos que te ayudan a sentarte erguido sin esfuerzo.',
    steps: [
      'Siéntate erguido con los brazos relajados a los lados.',
      'Lleva los omóplatos hacia atrás y un poco hacia abajo, como si los guardaras en los bolsillos traseros.',
      'Mantén sin encoger los hombros ni arquear la zona lumbar.',
      'Suelta despacio y repite.',
    ],
    skipIf: ['Un hombro doloroso o lesionado hace poco'],
    stopSigns: ['Dolor punzante en la parte delantera del hombro'],
  },
  'shoulder-rolls': {
    name: 'Círculos de hombros',
    purpose: 'Suelta los hombros y la parte alta de la espalda con un movimiento fácil y rítmico.',
    steps: [
      'Siéntate o ponte de pie, erguido, con los brazos sueltos.',
      'Sube los dos hombros hacia las orejas, llévalos hacia atrás y déjalos caer.',
      'Haz círculos lentos y suaves; inspira al subir y espira al bajar.',
    ],
    skipIf: ['Un hombro doloroso o lesionado hace poco'],
    stopSigns: ['Chasquidos con dolor en el hombro'],
  },
  'neck-rotation': {
    name: 'Rotación del cuello',
    purpose: 'Mantiene el giro del cuello libre después de tenerlo quieto frente a la pantalla.',
    steps: [
      'Siéntate erguido y mira al frente.',
      'Gira la cabeza despacio para mirar por encima del hombro izquierdo, solo hasta donde sea cómodo.',
      'Haz una breve pausa, vuelve al centro y gira hacia la derecha.',
      'Mantén los hombros quietos; el movimiento sale del cuello.',
    ],
    skipIf: ['Una lesión de cuello reciente', 'Mareo o cambios en la vista al girar la cabeza'],
    stopSigns: ['Mareo, zumbido en los oídos o visión borrosa al girar'],
  },
  'neck-side-bend': {
    name: 'Inclinación lateral del cuello',
    purpose: 'Mueve con suavidad los lados del cuello en todo su recorrido.',
    steps: [
      'Siéntate erguido con los hombros relajados y la cara hacia la pantalla.',
      'Acerca la oreja izquierda al hombro izquierdo sin subir el hombro.',
      'Haz una breve pausa, vuelve al centro e inclina hacia la derecha.',
    ],
    skipIf: ['Una lesión de cuello reciente', 'Hormigueo en el brazo al inclinar la cabeza'],
    stopSigns: ['Dolor que se irradia al brazo'],
  },
  'thoracic-extension': {
    name: 'Extensión de la espalda alta en la silla',
    purpose:
      'Abre la parte alta de la espalda, que se curva hacia delante al estar mucho tiempo sentado.',
    steps: [
      'Siéntate cerca del borde de la silla con los pies apoyados.',
      'Cruza las manos sobre el pecho o sujeta ligeramente la nuca.',
      'Eleva el esternón y echa la espalda alta suavemente hacia atrás sobre el respaldo, con la barbilla nivelada.',
      'Mantén una respiración y vuelve a la posición erguida.',
    ],
    skipIf: [
      'Osteoporosis o una lesión de espalda reciente',
      'Una silla que se inclina o rueda con facilidad',
    ],
    stopSigns: ['Dolor agudo en la espalda o las costillas'],
  },
  'doorway-chest-stretch': {
    name: 'Estiramiento de pecho en el marco de la puerta',
    purpose: 'Estira los músculos del pecho que tiran de los hombros hacia delante.',
    steps: [
      'Ponte de pie en el hueco de una puerta o frente a una esquina.',
      'Apoya los antebrazos en el marco o en las paredes con los codos algo por debajo de los hombros.',
      'Adelanta un pie e inclínate hasta notar un estiramiento suave en el pecho.',
      'Mantén respirando despacio y retrocede.',
    ],
    skipIf: ['Un hombro que se haya luxado alguna vez', 'Un hombro doloroso o lesionado hace poco'],
    stopSigns: ['Hormigueo en las manos o dolor en la parte delantera del hombro'],
  },
  'shoulder-shrug-strength': {
    name: 'Encogimientos de hombros para fortalecer',
    purpose:
      'Mejora la resistencia de los músculos del cuello y los hombros; en el estudio en que se basa, se llegaba poco a poco a unos dos minutos al día.',
    steps: [
      'De pie o sentado, erguido, con los brazos a los lados. Dos botellas de agua llenas añaden una carga ligera.',
      'Sube los dos hombros en línea recta hacia las orejas.',
      'Mantén dos segundos y baja despacio durante unos tres segundos.',
      'Mantén el cuello largo y la barbilla nivelada todo el tiempo.',
    ],
    skipIf: [
      'Un hombro o un cuello doloroso o lesionado hace poco',
      'Tensión arterial alta no controlada',
    ],
    stopSigns: ['Dolor de cuello o un dolor de cabeza que aumenta durante la serie'],
  },
  'diaphragmatic-breathing': {
    name: 'Respiración abdominal',
    purpose:
      'Respirar despacio con el abdomen puede ayudar a calmar la tensión del cuello y los hombros.',
    steps: [
      'Siéntate cómodo; apoya una mano en el pecho y otra en el abdomen.',
      'Inspira despacio por la nariz de modo que suba la mano del abdomen y la del pecho apenas se mueva.',
      'Espira suavemente con los labios entreabiertos, un poco más largo que la inspiración.',
      'Mantén un ritmo tranquilo de unas cinco o seis respiraciones por minuto.',
    ],
    skipIf: ['Si los ejercicios de respiración te generan ansiedad o mareo'],
    stopSigns: ['Mareo u hormigueo alrededor de la boca: vuelve a respirar con normalidad'],
  },
  'progressive-relaxation': {
    name: 'Relajación muscular progresiva',
    purpose: 'Tensar y luego soltar grupos musculares enseña al cuerpo cómo se siente soltar.',
    steps: [
      'Siéntate cómodo y cierra los ojos si quieres.',
      'Cierra los puños unos cinco segundos, suéltalos y nota la diferencia durante unas respiraciones.',
      'Haz lo mismo con los hombros (súbelos y déjalos caer) y con la cara (aprieta y suaviza).',
      'Termina con tres respiraciones lentas, dejando pesados la mandíbula y los hombros.',
    ],
    skipIf: ['Calambres o dolor al tensar un músculo: tensa solo un poco o sáltate esa parte'],
    stopSigns: ['Un calambre o dolor al tensar'],
  },
  'far-focus': {
    name: 'Mira a lo lejos',
    purpose: 'Da a los ojos y al cuello una pausa de la pantalla cercana.',
    steps: [
      'Aparta la vista de la pantalla y mira algo a seis metros o más, o por una ventana.',
      'Parpadea despacio varias veces.',
      'Deja caer los hombros y siéntate erguido antes de volver a mirar la pantalla.',
    ],
    skipIf: [],
    stopSigns: ['Dolor ocular o cambios repentinos en la vista'],
  },
  'stand-walk': {
    name: 'Levántate y camina',
    purpose: 'Interrumpir el tiempo sentado con un paseo corto pone en marcha todo el cuerpo.',
    steps: [
      'Levántate y camina: ve por agua, sube escaleras o recorre el pasillo.',
      'Deja que los brazos se balanceen y que la mirada descanse en cosas lejanas.',
      'Vuelve cuando termine el temporizador.',
    ],
    skipIf: ['Si caminar no es seguro para ti ahora: ponte de pie y cambia el peso de pierna'],
    stopSigns: ['Dolor en el pecho, falta de aire o inestabilidad'],
  },
};
