// The app imports the elements, then configures @lit/localize.
import 'network-elements';
import './app-greeting.js';
import './localization.js';
