import base, { type AuraBaseDesignTokens } from '@primeuix/themes/aura/base';
import badge from '@primeuix/themes/aura/badge';
import button from '@primeuix/themes/aura/button';
import checkbox from '@primeuix/themes/aura/checkbox';
import chip from '@primeuix/themes/aura/chip';
import auraCss from '@primeuix/themes/aura/css';
import datepicker from '@primeuix/themes/aura/datepicker';
import dialog from '@primeuix/themes/aura/dialog';
import iconfield from '@primeuix/themes/aura/iconfield';
import inputnumber from '@primeuix/themes/aura/inputnumber';
import inputtext from '@primeuix/themes/aura/inputtext';
import message from '@primeuix/themes/aura/message';
import multiselect from '@primeuix/themes/aura/multiselect';
import progressbar from '@primeuix/themes/aura/progressbar';
import progressspinner from '@primeuix/themes/aura/progressspinner';
import radiobutton from '@primeuix/themes/aura/radiobutton';
import ripple from '@primeuix/themes/aura/ripple';
import select from '@primeuix/themes/aura/select';
import tabs from '@primeuix/themes/aura/tabs';
import textarea from '@primeuix/themes/aura/textarea';
import virtualscroller from '@primeuix/themes/aura/virtualscroller';
import type { ExtendedCSS, Preset } from '@primeuix/themes/types';

// The module's default export is the CSS (as Aura's own index imports it); its typings name it `css`.
const css = auraCss as unknown as ExtendedCSS;

/**
 * Aura as `@primeuix/themes/aura` assembles it, but with the design tokens of only the components
 * the sdk exports (primevue.ts and its fields) and those they render inside (a button's badge,
 * a select's virtual scroller and icon field, a multi-select's chips). The full preset holds
 * tokens for some ninety components and was a sixth of the sdk that every page loads. A component
 * added to primevue.ts needs its tokens here: theme.test.ts checks the two lists agree.
 */
export const AuraComponents: Preset<AuraBaseDesignTokens> = {
  ...base,
  components: {
    badge,
    button,
    checkbox,
    chip,
    datepicker,
    dialog,
    iconfield,
    inputnumber,
    inputtext,
    message,
    multiselect,
    progressbar,
    progressspinner,
    radiobutton,
    ripple,
    select,
    tabs,
    textarea,
    virtualscroller,
  },
  css,
};
