import { useEffect, useState, type RefObject } from 'react';

/** True while the element has more to scroll to below: say so, so nothing hides unseen. */
export function useOverflowHint(ref: RefObject<HTMLElement | null>): boolean {
  const [more, setMore] = useState(false);
  useEffect(() => {
    const element = ref.current;
    if (!element) return;
    const check = () =>
      setMore(element.scrollHeight - element.scrollTop - element.clientHeight > 4);
    check();
    element.addEventListener('scroll', check, { passive: true });
    const observer = new ResizeObserver(check);
    observer.observe(element);
    for (const child of element.children) observer.observe(child);
    return () => {
      element.removeEventListener('scroll', check);
      observer.disconnect();
    };
  }, [ref]);
  return more;
}
