import type { collaboration as source } from '../en/collaboration';

/** Spanish (neutral Latin-American) messages of the collaboration area: every English key, no other. */
export const collaboration = {
  'collaboration.team': 'Equipo',
  'collaboration.inStatusSince': 'En este estado desde <0/>',
  'collaboration.firstSeen': '({age}, visto por primera vez por Rampdesk)',
  'collaboration.stuck': 'Atascada',
  'collaboration.checkingSince': 'Revisando cuánto tiempo lleva en este estado…',
  'collaboration.notRecorded': 'Rampdesk todavía no registró cuándo entró en este estado.',
  'collaboration.youOnIt': 'La tienes tú desde {time}',
  'collaboration.otherOnIt': 'La tiene {name} desde {time}',
  'collaboration.nobody': 'Nadie la ha tomado todavía.',
  'collaboration.take': 'Tomarla',
  'collaboration.release': 'Liberar',
  'collaboration.notDone': 'No se pudo hacer',
  'collaboration.unreachable': 'No se pudo conectar con Rampdesk.',
  'collaboration.notes': 'Notas',
  'collaboration.notesCount': 'Notas ({count})',
  'collaboration.loadingNotes': 'Cargando notas…',
  'collaboration.notesFailed': 'No se pudieron cargar las notas',
  'collaboration.noNotes': 'Todavía no hay notas.',
  'collaboration.addLabel': 'Agrega una nota para el equipo (qué dijo el usuario, qué respondió el banco)',
  'collaboration.notSaved': 'No se guardó: {problem}',
  'collaboration.length': '{length} / {max} caracteres · texto sin formato',
  'collaboration.addNote': 'Agregar nota',
} as const satisfies Record<keyof typeof source, string>;
