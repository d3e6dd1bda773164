// The one currency of utils/marks/: every change to the page returns an Undo that puts back exactly what it
// changed. Undos run at most once and in reverse order of the changes they undo.

export type Undo = () => void;

/** One Undo for several changes: runs theirs newest first; an error in one does not stop the others. */
export function combineUndo(undos: readonly Undo[], onError: (error: unknown) => void = reportUndoError): Undo {
  let done = false;
  return () => {
    if (done) return;
    done = true;
    for (let i = undos.length - 1; i >= 0; i--) {
      try {
        undos[i]?.();
      } catch (error) {
        onError(error);
      }
    }
  };
}

/** An Undo that can only run once, for changes undone from several places (destroy and an explicit off). */
export function once(undo: Undo): Undo {
  let done = false;
  return () => {
    if (done) return;
    done = true;
    undo();
  };
}

function reportUndoError(error: unknown): void {
  console.error('[sourcelight:marks] undo failed', error);
}
