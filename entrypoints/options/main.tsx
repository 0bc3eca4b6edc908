import { render } from 'preact';
import { OptionsApp } from '../../components/options/options-app';
import { createBrowserOptionsApi } from './browser-api';
import './style.css';

render(<OptionsApp api={createBrowserOptionsApi()} />, document.getElementById('app')!);
