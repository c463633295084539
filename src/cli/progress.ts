import { SingleBar } from 'cli-progress';
import type { BuildProgress } from '../index/build.js';

/** Embedding progress on stderr: a bar with rate and ETA on a terminal, a few plain lines otherwise. */
export function progressReporter(): { update: (progress: BuildProgress) => void; stop: () => void } {
  if (process.stderr.isTTY) {
    const bar = new SingleBar({
      stream: process.stderr,
      format: 'Embedding passages [{bar}] {value}/{total} · {rate}/s · ETA {eta}s',
      hideCursor: true,
    });
    let started = false;
    const begin = Date.now();
    return {
      update: ({ passagesDone, passagesTotal }) => {
        if (!started) bar.start(passagesTotal, 0, { rate: '0' });
        started = true;
        const seconds = (Date.now() - begin) / 1000;
        bar.update(passagesDone, { rate: seconds > 0 ? (passagesDone / seconds).toFixed(0) : '0' });
      },
      stop: () => bar.stop(),
    };
  }
  let lastShare = -1;
  return {
    update: ({ passagesDone, passagesTotal }) => {
      const share = passagesTotal === 0 ? 100 : Math.floor((passagesDone / passagesTotal) * 4) * 25;
      if (share !== lastShare) process.stderr.write(`Embedding passages: ${passagesDone}/${passagesTotal}\n`);
      lastShare = share;
    },
    stop: () => {},
  };
}
