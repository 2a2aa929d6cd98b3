import { mount } from 'svelte';
import App from './App.svelte';
import { controls } from './views/chrome/controls';
import './styles/theme.css';

mount(App, { target: document.getElementById('app')!, props: { embedded: false, controls } });
