import { defineAsyncComponent } from 'vue';

// The PrimeVue components plugins use, exported from the sdk so that they come through its
// import-map entry and are never bundled into a plugin.
export { default as Button } from 'primevue/button';
export { default as Checkbox } from 'primevue/checkbox';
export { default as Dialog } from 'primevue/dialog';
export { default as InputNumber } from 'primevue/inputnumber';
export { default as InputText } from 'primevue/inputtext';
export { default as Message } from 'primevue/message';
export { default as ProgressBar } from 'primevue/progressbar';
export { default as RadioButton } from 'primevue/radiobutton';
export { default as Select } from 'primevue/select';
export { default as Textarea } from 'primevue/textarea';
export { default as Tabs } from 'primevue/tabs';
export { default as TabList } from 'primevue/tablist';
export { default as Tab } from 'primevue/tab';
export { default as TabPanels } from 'primevue/tabpanels';
export { default as TabPanel } from 'primevue/tabpanel';

/**
 * Loaded on first use: the calendar is a fifth of the kit's code and most pages ask for no date,
 * while every page loads the sdk.
 */
export const DatePicker = defineAsyncComponent(() => import('primevue/datepicker'));
