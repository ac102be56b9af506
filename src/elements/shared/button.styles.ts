import {css} from 'lit';

/** The quiet outlined button of the elements' secondary actions (show more, try again). */
export const outlineButtonStyles = css`
  button {
    cursor: pointer;
    min-block-size: 1.75em;
    padding-block: 0.2em;
    padding-inline: 0.6em;
    border: 1px solid var(--_accent);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_accent);
  }
`;
