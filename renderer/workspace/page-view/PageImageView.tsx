import type { PDFPageProxy, RenderTask } from 'pdfjs-dist';
import { memo, useEffect, useRef, type MouseEvent } from 'react';
import type { PageGeometry } from '../../../core/model/page-geometry';
import { lineAtPoint } from '../../../core/pdf/line-at-point';
import type { PageRect } from '../../../core/pdf/line-region';
import { useT } from '../../i18n/use-t';
import { useDevicePixelRatio } from './use-device-pixel-ratio';

/** pdf.js's own viewer caps a canvas at 2^25 pixels: past it a broadsheet at high zoom costs hundreds of MB. */
const MAX_CANVAS_PIXELS = 2 ** 25;
/** Highlights stand a little outside the glyphs so they do not cut through them. */
const HIGHLIGHT_PAD_PX = 2;

interface PageImageViewProps {
  page: PDFPageProxy;
  geometry: PageGeometry;
  /** CSS pixels per PDF point. */
  scale: number;
  region: PageRect[];
  current: PageRect[];
  onPickLine: (line: number) => void;
}

function HighlightBox({ rect, scale, className }: { rect: PageRect; scale: number; className: string }) {
  return (
    <div
      className={className}
      style={{ left: rect.x * scale - HIGHLIGHT_PAD_PX, top: rect.y * scale - HIGHLIGHT_PAD_PX, width: rect.width * scale + 2 * HIGHLIGHT_PAD_PX, height: rect.height * scale + 2 * HIGHLIGHT_PAD_PX }}
    />
  );
}

/**
 * The printed page drawn by pdf.js at `scale`, sharp at the screen's pixel ratio, with
 * the article's region and the current line laid over it. The canvas is drawn again
 * only when the page, the scale or the pixel ratio changes; the highlights are DOM.
 */
export const PageImageView = memo(function PageImageView({ page, geometry, scale, region, current, onPickLine }: PageImageViewProps) {
  const t = useT();
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const renders = useRef(0);
  const pixelRatio = useDevicePixelRatio();
  const cssViewport = page.getViewport({ scale });

  useEffect(() => {
    const canvas = canvasRef.current;
    if (!canvas) return;
    const wanted = page.getViewport({ scale: scale * pixelRatio });
    const ratio = Math.min(1, Math.sqrt(MAX_CANVAS_PIXELS / (wanted.width * wanted.height)));
    const viewport = ratio < 1 ? page.getViewport({ scale: scale * pixelRatio * ratio }) : wanted;
    canvas.width = Math.floor(viewport.width);
    canvas.height = Math.floor(viewport.height);
    let task: RenderTask | null = page.render({ canvas, viewport });
    task.promise.then(
      () => {
        task = null;
        renders.current += 1;
        canvas.dataset.renders = String(renders.current);
        canvas.dataset.scale = String(scale);
      },
      // Cancelled by a newer scale, or the page went away: nothing to show for it.
      () => undefined,
    );
    return () => task?.cancel();
  }, [page, scale, pixelRatio]);

  const onClick = (event: MouseEvent<HTMLDivElement>) => {
    const box = event.currentTarget.getBoundingClientRect();
    const line = lineAtPoint(geometry.lines, (event.clientX - box.left) / scale, (event.clientY - box.top) / scale);
    if (line !== null) onPickLine(line);
  };

  return (
    <div className="page-image" style={{ width: cssViewport.width, height: cssViewport.height }} onClick={onClick} data-testid="page-image" aria-label={t('pageView.imageLabel')} role="img">
      <canvas ref={canvasRef} style={{ width: cssViewport.width, height: cssViewport.height }} data-testid="page-canvas" />
      {region.map((rect, index) => (
        <HighlightBox key={`region-${index}`} rect={rect} scale={scale} className="page-region" />
      ))}
      {current.map((rect, index) => (
        <HighlightBox key={`current-${index}`} rect={rect} scale={scale} className="page-current-line" />
      ))}
    </div>
  );
});
