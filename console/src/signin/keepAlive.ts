/**
 * Input the server has not seen (typing a long form sends nothing) is told to it by a request at most every third of
 * the idle time: the server ends a session unused for longer than the idle time (docs/architecture.md#idle-sessions).
 */
export function keepAliveDue(now: number, lastInput: number, lastContact: number, timeoutMs: number): boolean {
  return lastInput > lastContact && now - lastContact >= timeoutMs / 3;
}
