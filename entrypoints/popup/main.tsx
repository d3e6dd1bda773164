// The toolbar popup's entry: language and direction first, then the Preact app.
import { render } from 'preact';
import { Popup } from '@/components/popup/Popup';
import { applyUiLanguage } from '@/utils/i18n';
import '@/components/popup/theme.css';
import '@/components/popup/popup.css';

applyUiLanguage();
render(<Popup search={location.search} />, document.getElementById('app') as HTMLElement);
