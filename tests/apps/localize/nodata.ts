// Without the Heidelberg feed in the code: the list loads the package's networks.json (an asset of
// the app) from `src`; the contact box, given neither `src` nor `feed`, has nothing to show.
import './localization.js';
import './app-greeting.js';
import 'network-elements/nodata/network-list';
import 'network-elements/nodata/contact-box';
import feed from 'network-elements/networks.json?url';

document.querySelector('network-list')!.src = feed;
