// The browser entry: global styles and the app shell — or, opened with
// ?control, the facilitator's control window of a team drill (its own
// root: it must not resume drills or show the app's screens; it only
// talks to the room window, see src/ui/facilitator/protocol.ts).
import { mount } from 'svelte';
import App from './ui/App.svelte';
import './ui/app.css';

const target = document.getElementById('app');
if (!target) throw new Error('Kohu: #app is missing from index.html');

const control = new URLSearchParams(location.search).has('control');

export default control ? import('./ui/facilitator/ControlWindow.svelte').then((m) => mount(m.default, { target })) : mount(App, { target });
