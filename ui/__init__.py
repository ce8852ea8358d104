"""Grant Evaluator's Qt front-end: windows, pages, table models and dialogs over the core."""
