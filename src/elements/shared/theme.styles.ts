import {css} from 'lit';

// The dark defaults, for `theme="dark"` and for the system's dark mode unless `theme="light"`.
const dark = css`
  --_text: var(--pledge-color-text, #e8ebf1);
  --_muted: var(--pledge-color-muted, #b3bccb);
  --_surface: var(--pledge-color-surface, #1a1f29);
  --_subtle: var(--pledge-color-subtle, #262d3a);
  --_border: var(--pledge-color-border, #465163);
  --_accent: var(--pledge-color-accent, #8cc2ff);
  --_accent-text: var(--pledge-color-accent-text, #0b1a2b);
  --_danger: var(--pledge-color-danger, #ffb4ab);
  --_success: var(--pledge-color-success, #8fd6a5);
  --_focus: var(--pledge-color-focus, #8cc2ff);
`;

/**
 * The design tokens every element shares. Hosts restyle through the `--pledge-*`
 * custom properties; `theme="dark"`, or the system's dark mode unless `theme="light"`, swaps the defaults.
 */
export const themeStyles = css`
  :host {
    --_text: var(--pledge-color-text, #1d2433);
    --_muted: var(--pledge-color-muted, #4f596b);
    --_surface: var(--pledge-color-surface, #ffffff);
    --_subtle: var(--pledge-color-subtle, #f1f3f6);
    --_border: var(--pledge-color-border, #cfd5de);
    --_accent: var(--pledge-color-accent, #0a5fb4);
    --_accent-text: var(--pledge-color-accent-text, #ffffff);
    --_danger: var(--pledge-color-danger, #b3261e);
    --_success: var(--pledge-color-success, #1f6f3f);
    --_focus: var(--pledge-color-focus, #1b6fd1);
    --_radius: var(--pledge-radius, 0.5em);
    --_space: var(--pledge-space, 1em);
    --_font: var(--pledge-font-family, inherit);
    --_font-size: var(--pledge-font-size, medium);
    all: initial;
    display: block;
  }
  /* (--_host-background: set by an element that paints its own surface.)
     What a host page's global rules (even with !important) could change on the element
     itself is set here with !important, which outranks them; sizes are in em from the
     reader's default size, so the page's root font size does not leak in either.
     Not display: it stays the host page's (and the parent element's) to set, so that
     display: none, an inline style or the hidden attribute hides the element; an element
     lays its content out the same whatever box the page gives it. */
  :host {
    float: none !important;
    box-sizing: border-box !important;
    padding: 0 !important;
    border: 0 !important;
    background: var(--_host-background, none) !important;
    color: var(--_text) !important;
    font-family: var(--_font) !important;
    font-size: var(--_font-size) !important;
    font-style: normal !important;
    font-weight: 400 !important;
    line-height: 1.5 !important;
    letter-spacing: normal !important;
    word-spacing: normal !important;
    text-transform: none !important;
    text-align: start !important;
    text-indent: 0 !important;
    text-shadow: none !important;
    white-space: normal !important;
    overflow-wrap: anywhere !important;
  }
  :host([theme='dark']) {
    ${dark}
  }
  @media (prefers-color-scheme: dark) {
    :host(:not([theme='light'])) {
      ${dark}
    }
  }
  :host([hidden]) {
    display: none !important;
  }
  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }
  :focus-visible {
    outline: 2px solid var(--_focus);
    outline-offset: 2px;
  }
  button {
    font: inherit;
    color: inherit;
  }
  .visually-hidden {
    position: absolute;
    inline-size: 1px;
    block-size: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  @media (prefers-reduced-motion: reduce) {
    *,
    *::before,
    *::after {
      transition: none !important;
      animation: none !important;
    }
  }
`;
