import {css} from 'lit';
import {themeStyles} from '../shared/theme.styles.js';

/** The styles of `<pledge-feed>`. */
export const styles = [
  themeStyles,
  css`
    :host {
      /* The board paints its own surface, so its text keeps its contrast on any page and in dark mode. */
      --_host-background: var(--_surface);
      --_gap: var(--pledge-feed-gap, var(--_space));
      --_card-width: var(--pledge-feed-card-min-width, 18em);
      --_sidebar: var(--pledge-feed-sidebar-width, 17em);
      /* What a card usually takes (30–36em at a phone's or a column's width): kept for a card
         while it loads or before it is first seen, so the page does not grow as one scrolls. */
      --_card-height: 32em;
    }
    .root {
      /* The board's own box is the container, whatever box the host page makes the element. */
      container: pledge-feed / inline-size;
      display: grid;
      gap: var(--_gap);
      background: var(--_host-background);
    }
    .header {
      display: flex;
      flex-wrap: wrap;
      align-items: flex-end;
      justify-content: space-between;
      gap: calc(var(--_gap) / 2);
    }
    .heading {
      flex: 1 1 8em;
      min-inline-size: 0;
      margin: 0;
      font-size: 1.5em;
      font-weight: 700;
      line-height: 1.25;
    }
    /* A title that comes with the feed is unknown until it arrives: two lines are kept for it,
       so that the filters below stay put when it comes. */
    .feed-title .heading {
      display: grid;
      align-content: end;
      min-block-size: 2.5em;
    }
    .header > pledge-subscribe-button,
    .subscribe.placeholder {
      flex: none;
    }
    /* Narrow boards: the subscribe button has a line of its own, whatever the title's length. */
    @container pledge-feed (max-width: 29.99em) {
      .heading {
        flex-basis: 100%;
      }
    }
    .placeholder .bar,
    .skeleton .bar,
    .subscribe.placeholder {
      display: block;
      border-radius: var(--_radius);
      background: var(--_subtle);
      animation: pulse 1.2s ease-in-out infinite alternate;
    }
    .heading.placeholder .bar {
      inline-size: min(100%, 10em);
      block-size: 1em;
      margin-block-end: 0.125em;
    }
    .subscribe.placeholder {
      inline-size: 8.5em;
      block-size: 2.75em;
    }
    @keyframes pulse {
      to {
        opacity: 0.5;
      }
    }
    .filters {
      display: grid;
      grid-template-columns: repeat(auto-fill, minmax(min(100%, 9em), 1fr));
      align-items: end;
      gap: calc(var(--_gap) / 2);
      padding: calc(var(--_gap) / 2);
      border-radius: var(--_radius);
      background: var(--_subtle);
    }
    .search {
      grid-column: 1 / -1;
    }
    /* The objectives' labels are the longest: their field has the whole line on narrow
       boards, and two columns on wide ones. */
    @container pledge-feed (max-width: 47.99em) {
      .field.objective {
        grid-column: 1 / -1;
      }
    }
    @container pledge-feed (min-width: 48em) {
      .field.objective {
        grid-column: span 2;
      }
    }
    .field {
      display: grid;
      gap: 0.25em;
      min-inline-size: 0;
    }
    label {
      font-size: 0.875em;
      font-weight: 600;
    }
    select,
    input,
    button {
      font: inherit;
      min-block-size: 2.75em;
      border-radius: var(--_radius);
    }
    input,
    .value {
      inline-size: 100%;
      min-inline-size: 0;
      padding-inline: 0.5em;
      color: var(--_text);
      background: var(--_surface);
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
    }
    /* A select shows the chosen option on one line and cuts what does not fit; the value a
       visitor reads is drawn beneath it instead, wrapping, and the select (transparent) lies
       over it and takes the clicks, taps and keys. */
    .control {
      display: grid;
      grid-template-columns: minmax(0, 1fr);
    }
    .control > * {
      grid-area: 1 / 1;
    }
    .value {
      display: flex;
      align-items: center;
      gap: 0.5em;
      min-block-size: 2.75em;
      padding-block: 0.35em;
      line-height: 1.3;
    }
    /* The select's arrow, in the text colour: a corner turned to point down (drawn with
       physical sides, since it points down in either direction of writing). */
    .value::after {
      content: '';
      flex: none;
      margin-inline-start: auto;
      inline-size: 0.45em;
      block-size: 0.45em;
      border-right: 2px solid;
      border-bottom: 2px solid;
      transform: translateY(-25%) rotate(45deg);
    }
    select {
      appearance: none;
      align-self: stretch;
      inline-size: 100%;
      min-inline-size: 0;
      margin: 0;
      padding-inline: 0.5em;
      border: 1px solid transparent;
      opacity: 0;
      cursor: pointer;
    }
    .control:hover .value {
      border-color: var(--_accent);
    }
    .control:has(select:focus-visible) .value {
      outline: 2px solid var(--_focus);
      outline-offset: 2px;
    }
    button {
      cursor: pointer;
      padding-block: 0.4em;
      padding-inline: 0.9em;
      color: var(--_accent);
      background: var(--_surface);
      border: 1px solid var(--_accent);
    }
    button:disabled {
      cursor: default;
      color: var(--_muted);
      border-color: var(--_border);
    }
    .notice {
      margin: 0;
      padding: 0.5em 0.75em;
      border-inline-start: 4px solid var(--_accent);
      border-radius: var(--_radius);
      background: var(--_subtle);
    }
    .layout {
      display: grid;
      gap: var(--_gap);
      align-items: start;
    }
    .main {
      display: grid;
      gap: calc(var(--_gap) / 2);
      min-inline-size: 0;
    }
    .count {
      margin: 0;
      color: var(--_muted);
    }
    .results:focus {
      outline: none;
    }
    .results:focus-visible {
      outline: 2px solid var(--_focus);
      outline-offset: 4px;
    }
    .cards,
    .skeleton {
      display: grid;
      grid-template-columns: repeat(auto-fill, minmax(min(100%, var(--_card-width)), 1fr));
      gap: var(--_gap);
      margin: 0;
      padding: 0;
      list-style: none;
    }
    /* A card out of view is not laid out or painted until it comes near (a page of cards
       would otherwise take most of a frame); until it is first seen it takes a card's usual
       height, and then the height it had. */
    .cards > li {
      display: grid;
      content-visibility: auto;
      contain-intrinsic-block-size: auto var(--_card-height);
    }
    .skeleton > li {
      display: flex;
      flex-direction: column;
      gap: 0.75em;
      block-size: var(--_card-height);
      padding: var(--pledge-card-padding, var(--_space));
      overflow: hidden;
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
      content-visibility: auto;
    }
    .skeleton .bar {
      flex: none;
      block-size: 1em;
    }
    .skeleton .title {
      block-size: 1.4em;
      inline-size: 90%;
    }
    .skeleton .meta {
      block-size: 0.875em;
      inline-size: 75%;
    }
    .skeleton .short {
      inline-size: 50%;
    }
    .empty,
    .error {
      display: grid;
      justify-items: start;
      gap: 0.5em;
      padding: var(--_gap);
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
    }
    .empty p,
    .error p {
      margin: 0;
    }
    .error {
      border-color: var(--_danger);
      border-inline-start-width: 4px;
    }
    .pager {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      justify-content: center;
      gap: calc(var(--_gap) / 2);
    }
    .toggle {
      display: none;
    }
    /* Narrow boards: the objective list folds behind a toggle. */
    @container pledge-feed (max-width: 47.99em) {
      .toggle {
        display: inline-block;
      }
      .objectives:not(.open) pledge-objective-list {
        display: none;
      }
    }
    /* Wide boards: the objective list stands beside the cards. */
    @container pledge-feed (min-width: 48em) {
      .layout.with-objectives {
        grid-template-columns: minmax(12em, var(--_sidebar)) minmax(0, 1fr);
      }
    }
    .objectives {
      display: grid;
      gap: 0.5em;
      min-inline-size: 0;
    }
  `,
];
