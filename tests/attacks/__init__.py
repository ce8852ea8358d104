"""Regression tests for every class of attack on the app's trust (issue 11), one module each:

- ``test_returns``: an evaluator editing their own workspace, hostile values in signed returns
  (the chair's workspace is the authority);
- ``test_spreadsheets``: declared dimensions, zip bombs, XML entities, limits;
- ``test_tamper``: a workspace edited with any SQLite tool, planted triggers, ``verify``;
- ``test_files_written``, ``test_contracts_batch``: files whole or not at all, killed batches;
- ``test_backups``: refused imports and the backup rotation;
- ``test_names``: invisible characters in names;
- ``test_empty_workspace``: every command on an empty workspace;
- ``test_stale_screens``, ``test_gui``: the GUI after another program wrote the workspace, and
  the attacks above as the GUI meets them.
"""
