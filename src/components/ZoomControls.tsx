interface ZoomControlsProps {
  readonly onZoomIn: () => void;
  readonly onZoomOut: () => void;
  readonly onFit: () => void;
  readonly canZoomIn: boolean;
  readonly canZoomOut: boolean;
}

export function ZoomControls({ onZoomIn, onZoomOut, onFit, canZoomIn, canZoomOut }: ZoomControlsProps) {
  return (
    <div className="zoom-controls" role="group" aria-label="Zoom">
      <button type="button" onClick={onZoomIn} aria-disabled={!canZoomIn} title="Zoom in (+)">
        <span aria-hidden="true">+</span>
        <span className="visually-hidden">Zoom in</span>
      </button>
      <button type="button" onClick={onZoomOut} aria-disabled={!canZoomOut} title="Zoom out (−)">
        <span aria-hidden="true">−</span>
        <span className="visually-hidden">Zoom out</span>
      </button>
      <button type="button" onClick={onFit} title="Fit all events (0)">
        Fit
      </button>
    </div>
  );
}
