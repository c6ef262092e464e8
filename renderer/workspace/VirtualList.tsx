import { useLayoutEffect, useRef, useState, type KeyboardEvent, type ReactNode, type UIEvent } from 'react';

interface VirtualListProps {
  count: number;
  rowHeight: number;
  renderRow: (index: number) => ReactNode;
  /** Brings this row into view when it changes. */
  scrollToIndex?: number | null;
  className?: string;
  onKeyDown?: (event: KeyboardEvent<HTMLDivElement>) => void;
  onScrollRow?: (topIndex: number) => void;
  listRef?: (element: HTMLDivElement | null) => void;
  label?: string;
}

const OVERSCAN = 12;

/** Renders only the rows in view, so a page of thousands of lines scrolls as lightly as a short one. */
export function VirtualList({ count, rowHeight, renderRow, scrollToIndex, className, onKeyDown, onScrollRow, listRef, label }: VirtualListProps) {
  const container = useRef<HTMLDivElement | null>(null);
  const [scrollTop, setScrollTop] = useState(0);
  const [height, setHeight] = useState(600);

  useLayoutEffect(() => {
    const element = container.current;
    if (!element) return;
    const observer = new ResizeObserver(() => setHeight(element.clientHeight || 600));
    observer.observe(element);
    return () => observer.disconnect();
  }, []);

  useLayoutEffect(() => {
    const element = container.current;
    if (!element || scrollToIndex === null || scrollToIndex === undefined) return;
    const top = scrollToIndex * rowHeight;
    if (top < element.scrollTop || top + rowHeight > element.scrollTop + element.clientHeight) {
      element.scrollTop = Math.max(0, top - element.clientHeight / 3);
      setScrollTop(element.scrollTop);
    }
  }, [scrollToIndex, rowHeight]);

  const first = Math.max(0, Math.floor(scrollTop / rowHeight) - OVERSCAN);
  const last = Math.min(count, Math.ceil((scrollTop + height) / rowHeight) + OVERSCAN);
  const rows: ReactNode[] = [];
  for (let index = first; index < last; index++) rows.push(renderRow(index));

  const onScroll = (event: UIEvent<HTMLDivElement>) => {
    setScrollTop(event.currentTarget.scrollTop);
    onScrollRow?.(Math.floor(event.currentTarget.scrollTop / rowHeight));
  };

  return (
    <div
      ref={(element) => {
        container.current = element;
        listRef?.(element);
      }}
      className={className}
      tabIndex={0}
      role="region"
      aria-label={label}
      onScroll={onScroll}
      onKeyDown={onKeyDown}
    >
      <div style={{ height: count * rowHeight, position: 'relative' }}>
        <div style={{ position: 'absolute', top: first * rowHeight, left: 0, right: 0 }}>{rows}</div>
      </div>
    </div>
  );
}
