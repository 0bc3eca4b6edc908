import { render } from 'preact';
import { CARD_CSS } from '../../components/cards/card-styles';
import { PopupApp } from '../../components/popup/popup-app';
import { createBrowserPopupApi } from './browser-api';
import './style.css';

// The card's own stylesheet, shared with the content script's shadow root (our CSS, not data).
const cardStyle = document.createElement('style');
cardStyle.textContent = CARD_CSS;
document.head.append(cardStyle);

render(<PopupApp api={createBrowserPopupApi()} />, document.getElementById('app')!);
