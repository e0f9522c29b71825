// The proof of work's Web Worker (dist/afterword-pow.js, its own file, loaded from beside the
// script only when a form sends to an Afterword inbox): solves one challenge per message.
import { solve, type Challenge } from './pow-solve.js';

addEventListener('message', (e: MessageEvent<Challenge>) => {
  solve(e.data).then(
    (payload) => postMessage(payload),
    () => postMessage(null),
  );
});
