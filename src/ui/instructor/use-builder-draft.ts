import { useState } from "react";
import { useInstructorStore, type BuilderDraft } from "../../store/instructor-store";
import { defaultDraft, idFromTitle } from "./builder-draft";

/** The builder's form: the draft (kept in the store, so it survives a reload) and its edits. */
export interface DraftEditor {
  draft: BuilderDraft;
  update: (change: Partial<BuilderDraft>) => void;
  /** Sets the title, and the id made from it until the id is edited by hand. */
  setTitle: (title: string) => void;
  setId: (id: string) => void;
  /** Starts over from an existing assignment's draft, or from a blank form. */
  replace: (next: BuilderDraft | undefined) => void;
}

/** The assignment builder's draft and the edits the form makes to it. */
export function useBuilderDraft(): DraftEditor {
  const saved = useInstructorStore((state) => state.draft);
  const saveDraft = useInstructorStore((state) => state.saveDraft);
  const clearDraft = useInstructorStore((state) => state.clearDraft);
  const [fresh] = useState(() => defaultDraft(Date.now()));
  const draft = saved ?? fresh;
  const [idEdited, setIdEdited] = useState(Boolean(saved?.id));
  const update = (change: Partial<BuilderDraft>) => saveDraft({ ...draft, ...change });
  return {
    draft,
    update,
    setTitle: (title) => update(idEdited ? { title } : { title, id: idFromTitle(title) }),
    setId: (id) => {
      setIdEdited(true);
      update({ id });
    },
    replace: (next) => {
      if (next) saveDraft(next);
      else clearDraft();
      setIdEdited(next !== undefined);
    },
  };
}
