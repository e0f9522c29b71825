// Helpers shared by the browser tests.

/** Captures console.error calls until `restore()` is called. */
export function captureErrors(): { messages: string[]; restore: () => void } {
  const messages: string[] = [];
  const original = console.error;
  console.error = (...args: unknown[]) => messages.push(args.map(String).join(' '));
  return { messages, restore: () => (console.error = original) };
}
