import { useCallback, useLayoutEffect, useMemo, useReducer, useRef, useState, type KeyboardEvent, type ReactNode, type UIEvent } from 'react';
import { createRowOffsets, type RowOffsets } from './row-offsets';

/** Where the rows are, for code outside the list that scrolls it (the side-by-side sync). */
export type RowGeometry = Pick<RowOffsets, 'offsetOf' | 'indexAt'>;

interface VirtualListProps {
  count: number;
  /** A row's height before it has been drawn and measured, at the list's inner width. */
  estimateRowHeight: (index: number, width: number) => number;
  renderRow: (index: number) => ReactNode;
  /** Brings this row into view when it changes. */
  scrollToIndex?: number | null;
  className?: string;
  onKeyDown?: (event: KeyboardEvent<HTMLDivElement>) => void;
  listRef?: (element: HTMLDivElement | null, rows: RowGeometry) => void;
  label?: string;
}

const OVERSCAN = 12;

/**
 * Renders only the rows in view, so a page of thousands of lines scrolls as lightly as a short one.
 * Rows may differ in height: each is measured once drawn, and when rows above the view turn out
 * taller or shorter than guessed, the view is moved with them so the row at its top stays put.
 */
export function VirtualList({ count, estimateRowHeight, renderRow, scrollToIndex, className, onKeyDown, listRef, label }: VirtualListProps) {
  const container = useRef<HTMLDivElement | null>(null);
  const sizer = useRef<HTMLDivElement | null>(null);
  const rowsBox = useRef<HTMLDivElement | null>(null);
  const [scrollTop, setScrollTop] = useState(0);
  const [viewHeight, setViewHeight] = useState(600);
  const [width, setWidth] = useState(0);
  const [, remeasured] = useReducer((version: number) => version + 1, 0);
  // A new width wraps rows differently: every measurement starts over.
  const offsets = useMemo(() => createRowOffsets(count, (index) => estimateRowHeight(index, width)), [count, estimateRowHeight, width]);
  const current = useRef(offsets);
  /** A row asked for by scrollToIndex, kept in view while the rows around it are measured. */
  const target = useRef<number | null>(null);
  const rows = useMemo<RowGeometry>(() => ({ offsetOf: (index) => current.current.offsetOf(index), indexAt: (offset) => current.current.indexAt(offset) }), []);

  useLayoutEffect(() => {
    const element = container.current;
    if (!element) return;
    const resize = () => {
      setViewHeight(element.clientHeight || 600);
      setWidth(element.clientWidth);
    };
    resize();
    const observer = new ResizeObserver(resize);
    observer.observe(element);
    return () => observer.disconnect();
  }, []);

  const isInView = (element: HTMLElement, index: number) => offsets.offsetOf(index) >= element.scrollTop && offsets.offsetOf(index + 1) <= element.scrollTop + element.clientHeight;
  const aimAt = (element: HTMLElement, index: number) => Math.max(0, offsets.offsetOf(index) - element.clientHeight / 3);

  useLayoutEffect(() => {
    const element = container.current;
    if (!element || scrollToIndex === null || scrollToIndex === undefined) return;
    target.current = scrollToIndex;
    if (isInView(element, scrollToIndex)) return;
    element.scrollTop = aimAt(element, scrollToIndex);
    setScrollTop(element.scrollTop);
    // Only a new target scrolls; a new width or page keeps its own place.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [scrollToIndex]);

  const first = Math.max(0, offsets.indexAt(scrollTop) - OVERSCAN);
  const last = Math.min(count, offsets.indexAt(scrollTop + viewHeight) + 1 + OVERSCAN);

  // After every render, on purpose (no dependencies): measure the rows drawn; if any moved, keep the
  // top row (or the target) in view. It settles once every drawn row has been measured.
  // eslint-disable-next-line react-hooks/exhaustive-deps
  useLayoutEffect(() => {
    const element = container.current;
    if (!element || !sizer.current || !rowsBox.current) return;
    const previous = current.current;
    current.current = offsets;
    const anchor = previous.count === offsets.count ? previous.indexAt(element.scrollTop) : null;
    // How far into the top row the view starts, as a share of the row: rewrapped, the same text stays at the top.
    const depth = anchor === null ? 0 : (element.scrollTop - previous.offsetOf(anchor)) / Math.max(1, previous.offsetOf(anchor + 1) - previous.offsetOf(anchor));
    let moved = previous !== offsets;
    // A row keeps its height until the width changes: only rows new to the view are read (each read forces layout).
    Array.from(rowsBox.current.children).forEach((row, position) => {
      if (!offsets.isMeasured(first + position) && offsets.measure(first + position, row.getBoundingClientRect().height)) moved = true;
    });
    if (!moved) {
      // Settled: the target, once drawn, no longer steers (the user's own scrolling must not be pulled back to it).
      if (target.current !== null && (target.current < last || target.current >= count)) target.current = null;
      return;
    }
    // Sized here, before scrolling, so the new scroll position is not clamped to the old height.
    sizer.current.style.height = `${offsets.offsetOf(count)}px`;
    rowsBox.current.style.top = `${offsets.offsetOf(first)}px`;
    if (anchor !== null) element.scrollTop = offsets.offsetOf(anchor) + depth * (offsets.offsetOf(anchor + 1) - offsets.offsetOf(anchor));
    if (target.current !== null && !isInView(element, target.current)) element.scrollTop = aimAt(element, target.current);
    setScrollTop(element.scrollTop);
    remeasured();
  });

  const onScroll = (event: UIEvent<HTMLDivElement>) => setScrollTop(event.currentTarget.scrollTop);

  const setContainer = useCallback(
    (element: HTMLDivElement | null) => {
      container.current = element;
      listRef?.(element, rows);
    },
    [listRef, rows],
  );

  const drawn: ReactNode[] = [];
  for (let index = first; index < last; index++) drawn.push(renderRow(index));

  return (
    <div ref={setContainer} className={className} tabIndex={0} role="region" aria-label={label} onScroll={onScroll} onKeyDown={onKeyDown}>
      <div ref={sizer} style={{ height: offsets.offsetOf(count), position: 'relative' }}>
        <div ref={rowsBox} style={{ position: 'absolute', top: offsets.offsetOf(first), left: 0, right: 0 }}>
          {drawn}
        </div>
      </div>
    </div>
  );
}
