// The app configures @lit/localize, then imports the elements.
import './localization.js';
import './app-greeting.js';
import 'network-elements';
