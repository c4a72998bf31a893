// The end step of a program that raised: a banner over the diagram says it is a
// post-mortem, what was raised and in which frame; the frames below are the traceback's, as
// they were when it was raised, and the raising frame is outlined (frames.js).
import { frameLabel } from "./labels.js";

/** Fills `banner` for a post-mortem step and empties it otherwise. */
export function renderPostMortem(banner, snapshot) {
  const exception = snapshot.exception;
  if (!snapshot.post_mortem || !exception) {
    banner.textContent = "";
    banner.hidden = true;
    return;
  }
  const frame = (snapshot.frames ?? []).find((candidate) => candidate.id === exception.frame) ?? (snapshot.frames ?? []).find((candidate) => candidate.is_current);
  const where = frame ? ` in ${frameLabel(frame)}` : "";
  const message = exception.message ? `: ${exception.message}` : "";
  banner.textContent = `After the crash: ${exception.type}${message}, raised${where} at line ${exception.line}. These are the frames as they were when it was raised.`;
  banner.hidden = false;
}
