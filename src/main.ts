// The browser entry: global styles and the app shell.
import { mount } from 'svelte';
import App from './ui/App.svelte';
import './ui/app.css';

const target = document.getElementById('app');
if (!target) throw new Error('Kohu: #app is missing from index.html');

export default mount(App, { target });
