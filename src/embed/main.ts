import { mount } from 'svelte';
import App from '../App.svelte';
import { installFrameFallback } from './frame-fallback';
import '../styles/theme.css';

// Off screen in a cross-origin page the embed gets no animation frames: it is built
// all the same, so its height is right before the reader reaches it.
if (window.parent !== window) installFrameFallback(window);
// The filter bar and search come only with controls=1 (views/chrome/controls.ts).
const controls = () => import('../views/chrome/controls').then((module) => module.controls);
mount(App, { target: document.getElementById('app')!, props: { embedded: true, controls } });
