/** Messages between the page and the layout worker. */
import type { ViewTransform, Viewport } from './canvas-renderer.js';
import type { LayoutInput } from './layout-core.js';

export interface StartRequest {
  kind: 'start';
  input: LayoutInput;
  types: Uint8Array;
  linkWidths: Float32Array;
  linkTypes: Uint8Array;
  viewport: Viewport;
  transform: ViewTransform;
}

export type LayoutRequest =
  | StartRequest
  | { kind: 'view'; viewport: Viewport; transform: ViewTransform }
  | { kind: 'pin'; index: number; x: number; y: number }
  | { kind: 'unpin'; index: number }
  | { kind: 'stop' };

export interface LayoutUpdate {
  kind: 'frame';
  /** The positions the bitmap was drawn with. */
  positions: Float32Array;
  /** Edges and nodes drawn at `transform`, or null when the worker cannot draw. */
  bitmap: ImageBitmap | null;
  transform: ViewTransform;
  viewport: Viewport;
  alpha: number;
  ticks: number;
  done: boolean;
}
