/**
 * The manifest's FunctionFile. The only ribbon command, "Check plan", opens the task pane
 * (ShowTaskpane), so this page just tells Office it is ready.
 */
if (typeof Office !== 'undefined') void Office.onReady();
export {};
