// The one currency of utils/marks/: every change to the page returns an Undo that puts back exactly what it
// changed. Undos run at most once and in reverse order of the changes they undo.

export type Undo = () => void;
