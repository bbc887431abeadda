"""The dialogs (modal screens): one a file, each returning its result through `dismiss`."""
