// Ribbon commands (none yet besides the task pane button).
export {};
