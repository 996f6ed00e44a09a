// The app's German, in the form `lit-localize build` writes in runtime mode.
import { str } from '@lit/localize';

export const templates = {
  partners: 'Unsere Partnernetzwerke',
  count: str`${0} Netzwerke in dieser Liste`,
};
