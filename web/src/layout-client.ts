/** Starts the layout worker for one graph and hands each frame it draws to the caller. */
import type { ViewTransform, Viewport } from './canvas-renderer.js';
import type { LayoutRequest, LayoutUpdate, StartRequest } from './layout-protocol.js';

export interface LayoutHandle {
  view(viewport: Viewport, transform: ViewTransform): void;
  pin(index: number, x: number, y: number): void;
  unpin(index: number): void;
  stop(): void;
}

export function startLayout(request: Omit<StartRequest, 'kind'>, onFrame: (update: LayoutUpdate) => void): LayoutHandle {
  const worker = new Worker(new URL('./layout-worker.ts', import.meta.url), { type: 'module', name: 'layout' });
  const send = (msg: LayoutRequest): void => worker.postMessage(msg);
  worker.onmessage = (ev: MessageEvent<LayoutUpdate>) => onFrame(ev.data);
  worker.onerror = (ev) => {
    console.error(`layout worker failed: ${ev.message}`);
  };
  // Structured clone copies the arrays, so the caller keeps its own.
  send({ kind: 'start', ...request });
  return {
    view: (viewport, transform) => send({ kind: 'view', viewport, transform }),
    pin: (index, x, y) => send({ kind: 'pin', index, x, y }),
    unpin: (index) => send({ kind: 'unpin', index }),
    stop: () => {
      send({ kind: 'stop' });
      worker.terminate();
    },
  };
}
