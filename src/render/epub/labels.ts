// EPUB render stage: the few words the EPUB writer adds itself (navigation and note labels).
export const LABELS = {
  contents: 'Contents',
  landmarks: 'Guide',
  cover: 'Cover',
  notes: 'Notes',
} as const;
