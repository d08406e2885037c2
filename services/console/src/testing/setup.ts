import '@testing-library/jest-dom';
import { TextDecoder, TextEncoder } from 'node:util';

// The router encodes URLs with what browsers have and jsdom lacks.
Object.assign(globalThis, { TextEncoder, TextDecoder });

// jsdom has no media queries or layout; Ant Design asks for both.
Object.defineProperty(window, 'matchMedia', {
  writable: true,
  value: (query: string) => ({
    matches: false,
    media: query,
    onchange: null,
    addListener: () => undefined,
    removeListener: () => undefined,
    addEventListener: () => undefined,
    removeEventListener: () => undefined,
    dispatchEvent: () => false,
  }),
});
window.ResizeObserver ??= class {
  observe() {}
  unobserve() {}
  disconnect() {}
};

// jsdom cannot compute pseudo-elements, which Ant Design's scroll bar measurement asks for.
const computedStyle = window.getComputedStyle.bind(window);
window.getComputedStyle = (element: Element) => computedStyle(element);
