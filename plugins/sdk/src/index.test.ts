import { describe, expect, it } from 'vitest';
import * as sdk from './index';

describe('@adal/sdk public surface', () => {
  it('changes only deliberately', () => {
    expect(Object.keys(sdk).sort()).toMatchInlineSnapshot(`
      [
        "ADAL_CONTEXT_EVENT",
        "ADAL_ERROR_CODES",
        "ADAL_LOCALES",
        "ADAL_ROLES",
        "AdalChart",
        "AdalGraphqlError",
        "AdalPreset",
        "Button",
        "Card",
        "Checkbox",
        "Column",
        "DEFAULT_LOCALE",
        "DataTable",
        "DatePicker",
        "DevLoginDocument",
        "Dialog",
        "ErrorState",
        "FormField",
        "InputNumber",
        "InputText",
        "LoadBoundary",
        "LoadingState",
        "Message",
        "ProgressBar",
        "ProgressSpinner",
        "RadioButton",
        "Select",
        "Tag",
        "Textarea",
        "ViewerDocument",
        "adalPrimeVueOptions",
        "canSee",
        "createGraphqlClient",
        "defineAdalPlugin",
        "installAdalTokens",
        "isAdalErrorCode",
        "isAdalLocale",
        "publishHostContext",
        "readHostPatch",
        "sendGraphql",
        "toAdalError",
        "tokensCss",
        "useAdalContext",
        "useGraphql",
        "useLoadState",
      ]
    `);
  });
});
