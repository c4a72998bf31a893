// The sentences the page shows for a syntax error, a runtime exception and a budget stop.
// They only format facts that the snapshot or the engine's error already carries.

/** "SyntaxError: … (line 3, column 5)" */
export function describeSyntaxError(error) {
  const where = error.line ? ` (line ${error.line}${error.column ? `, column ${error.column}` : ""})` : "";
  return `${error.name ?? "SyntaxError"}: ${error.message}${where}`;
}

/** "ZeroDivisionError: division by zero (line 4)" */
export function describeException(exception) {
  const message = exception.message ? `: ${exception.message}` : "";
  return `${exception.type}${message}${exception.line ? ` (line ${exception.line})` : ""}`;
}

/** Explains why a run ended early, in the engine's words; the recorded steps stay navigable.
 * The engine's sentence counts the steps that ran; the recording has one more, the state where
 * the run stopped, so this sentence gives no second count to contradict it. */
export function describeStop(stopped) {
  const message = stopped.message || `Stopped (${stopped.reason})`;
  const sentence = /[.?!]$/.test(message) ? message : `${message}.`;
  return `${sentence} Every step up to the stop can still be explored.`;
}
