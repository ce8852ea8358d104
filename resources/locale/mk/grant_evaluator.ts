<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="mk" sourcelanguage="en">
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Help</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <source>Not done</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>batches</name>
    <message>
        <source>They are not entered in the audit trail: the workspace is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>They could not be entered in the audit trail: {audit_error}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bias_view</name>
    <message>
        <source>Evaluator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviews</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mean total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spread</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deviation from co-reviewers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Advisory only: these figures never change an official score. Deviation is the evaluator&apos;s total minus the mean of the other reviewers of the same proposal, averaged over their reviews (submitted and included reviews only).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review totals per evaluator</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>call_page</name>
    <message>
        <source>&lt;h1&gt;{escape}&lt;/h1&gt;&lt;p class=&apos;key&apos;&gt;{escape2}&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at least {min_members} {escape} members from at least {min_countries} beneficiary countries, lead included</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; a lead of type {escape} may apply alone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>total ≥ {points} of {points2}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grant size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{min_duration_months}–{max_duration_months} months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Beneficiary countries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consortium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pass marks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviews</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{reviewers_per_proposal} per proposal, combined by {aggregate}; divergent when totals differ by ≥ {divergence_total} points{value} or a criterion by ≥ {points}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Written justification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>required for scores </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Budget line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>strict: the first proposal that does not fit and all after it go to the reserve list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fill: a proposal that does not fit goes to the reserve list, the next may fit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contracting authority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{escape}, {escape2} (represented by {escape3})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h2&gt;Priority areas&lt;/h2&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;{escape}&lt;/b&gt;&lt;br&gt;&lt;span class=&apos;guidance&apos;&gt;{topics}&lt;/span&gt;&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h2&gt;Scoring grid — {points} points&lt;/h2&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;tr&gt;&lt;th&gt;Code&lt;/th&gt;&lt;th&gt;Criterion&lt;/th&gt;&lt;th class=&apos;num&apos;&gt;Scale&lt;/th&gt;&lt;th class=&apos;num&apos;&gt;Weight&lt;/th&gt;&lt;th class=&apos;num&apos;&gt;Max&lt;/th&gt;&lt;/tr&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (pass mark {points})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;tr class=&apos;section&apos;&gt;&lt;td&gt;&lt;/td&gt;&lt;td&gt;{escape}{mark}&lt;/td&gt;&lt;td&gt;&lt;/td&gt;&lt;td&gt;&lt;/td&gt;&lt;td class=&apos;num&apos;&gt;{points}&lt;/td&gt;&lt;/tr&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> by {points}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;tr&gt;&lt;td&gt;{escape}&lt;/td&gt;&lt;td&gt;{escape2}&lt;br&gt;&lt;span class=&apos;guidance&apos;&gt;{escape3}&lt;/span&gt;&lt;/td&gt;&lt;td class=&apos;num&apos;&gt;{points}–{points2}{step}&lt;/td&gt;&lt;td class=&apos;num&apos;&gt;×{points3}&lt;/td&gt;&lt;td class=&apos;num&apos;&gt;{points4}&lt;/td&gt;&lt;/tr&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the chair…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chair: &lt;b&gt;{escape}&lt;/b&gt; (the history names them for each change).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the chair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chair&apos;s name, as the committee knows it:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chair not named</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>contracts_page</name>
    <message>
        <source>Contract</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Beneficiary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printed as “[to be completed]”:
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The printer could not be started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export all…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count}: contract drafts in rank order. Check each draft, then export or print it for signature.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft not made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder for the contract drafts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contract drafts exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote {count} into {folder}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing contract drafts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contract drafts not exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not printed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printed, but not entered in the audit trail</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>damaged</name>
    <message>
        <source>Workspace not opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workspace damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{message}

{name} is open read-only: you can look at everything and export reports, but not change anything. It has no backup to restore.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{message}

The latest backup of {name} was made {made} ({replace}). Restore it? The damaged file is kept as a backup too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>

Or open {name} read-only, as it is, to look at it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup not restored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore the latest backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>was changed by another program (it holds database objects Grant Evaluator does not create)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is damaged</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dialogs</name>
    <message>
        <source>Edit evaluator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add evaluator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. ana_s; empty: packages and returns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database role this evaluator signs in to the server with; they then score on the server and see only their own proposals.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signs in as:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposal:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Awarded amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needed when awarding less than requested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{typed}” is not an amount. Write it for example {example:.2f}, {example:,.2f} or {comma}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{amount:,.2f} is less than the {requested:,.2f} requested: give the reason for awarding less; the trail keeps it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export evaluation packages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each evaluator gets one file with the call, their proposals and their own scores — nothing about other evaluators. Send it to them by e-mail or USB stick.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluators:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder for the packages</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>document_pane</name>
    <message>
        <source>&amp;Document:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a private read-only copy in your system&apos;s application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{reference} has no documents attached; score it from the summary.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The documents of the proposal you score are shown here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{described} opens in your system&apos;s application.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{described} cannot be shown here: {problem}. Your system&apos;s application may still open it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>documents_panel</name>
    <message>
        <source>Documents (*.pdf *.docx *.xlsx *.pptx *.odt *.ods *.odp *.zip *.doc *.xls *.ppt *.rtf *.png *.jpg *.jpeg *.txt *.csv *.md);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Documents&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{media_type}, added by {added_by}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Documents of {reference}&lt;/b&gt; ({count})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Documents&lt;/b&gt;: select a proposal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add documents to {reference}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents not added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents not imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> ({skipped} left out)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove “{name}” from {reference}?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document not removed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>evaluators_models</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviews</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Package sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Returns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>revision {returns_revision}, {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} — {reference} {title}: free, double-click to assign</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>evaluators_page</name>
    <message>
        <source>Add evaluator…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> per proposal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assign automatically</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export packages…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import returns…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluators:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add conflict…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove conflict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Conflicts of interest&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  ·  double-click a cell to assign or unassign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Assignments&lt;/b&gt; (eligible proposals × evaluators)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} · {reviews} assigned · {submitted} submitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluator not added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluator added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluator not changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing assigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assignments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assigned {count}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every eligible proposal already has its evaluators.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflict of interest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} has a conflict of interest with {reference}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not assigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unassign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} has started reviewing {reference}. Unassign it and discard their scores?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not unassigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record a conflict of interest of {name}. They will not review the proposal; an unsubmitted review of it is released.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflict not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflict not removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the evaluator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the chair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Packages exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{sum} written to {folder}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting packages…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Packages not exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import returns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Returns files (*.ger);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Returns imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{imported} of {count} accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; {refused} refused, and each refused file changed nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing returns…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Returns not imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: refused: {message}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>    not merged: {conflict}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>feedback_panel</name>
    <message>
        <source>The whole proposal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the applicant reads in the outcome letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save feedback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy this evaluator&apos;s comment in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluators&apos; comments stay the committee&apos;s own: only what you save here reaches the applicant, and a comment only when you copy it in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feedback on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From a comment:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;i&gt;Select a proposal to write its feedback.&lt;/i&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;{escape}&lt;/b&gt; — {escape2}: the chair&apos;s feedback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feedback not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feedback not cleared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment not copied</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>file_actions</name>
    <message>
        <source>Choose the call file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call files (*.toml);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a valid call file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the new workspace as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workspace not created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{target} already exists; a new workspace never overwrites a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send back scores</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scores not written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scores ready to send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} holds revision {revision}: {reviews}, {submitted} submitted, {scores}.

Send this file to the chair (e-mail or USB stick). It is signed: any change to it will be detected.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>help_menu</name>
    <message>
        <source>
&lt;h2&gt;For the committee chair&lt;/h2&gt;
&lt;ol&gt;
&lt;li&gt;&lt;b&gt;File ▸ New workspace from call file…&lt;/b&gt; makes one workspace file for the call.&lt;/li&gt;
&lt;li&gt;&lt;b&gt;Proposals ▸ Import proposals…&lt;/b&gt; reads the proposals file (CSV or XLSX); every problem
is listed and nothing is imported until the file is right. Add each proposal&apos;s documents
beside its details, or drop a folder of reference-named subfolders there.&lt;/li&gt;
&lt;li&gt;&lt;b&gt;Evaluators&lt;/b&gt;: register the evaluators, record conflicts of interest, then
&lt;i&gt;Assign automatically&lt;/i&gt; (or click a cell of the matrix). &lt;i&gt;Export packages…&lt;/i&gt;
writes one signed package per evaluator.&lt;/li&gt;
&lt;li&gt;&lt;b&gt;File ▸ Import returns…&lt;/b&gt; merges the evaluators&apos; signed returns. Your workspace
decides: a review you hold as submitted changes only after you reopen it.&lt;/li&gt;
&lt;li&gt;&lt;b&gt;Reconciliation&lt;/b&gt;: for each divergent proposal, set consensus scores or exclude a
review (with a reason), then resolve it with a note.&lt;/li&gt;
&lt;li&gt;&lt;b&gt;Ranking&lt;/b&gt;: final scores, ranks, the budget line and the reserve list; set awarded
amounts, export CSV, XLSX or the PDF report.&lt;/li&gt;
&lt;/ol&gt;
&lt;p&gt;Every change is in the audit trail; &lt;code&gt;grant-evaluator verify&lt;/code&gt; checks the file.
Keep the printed report of each meeting: its footer holds the audit head.&lt;/p&gt;
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
&lt;h2&gt;For evaluators&lt;/h2&gt;
&lt;ol&gt;
&lt;li&gt;&lt;b&gt;File ▸ Open evaluation package…&lt;/b&gt; (also on the welcome page): choose the package the
chair sent you, then where to keep your evaluation workspace.&lt;/li&gt;
&lt;li&gt;&lt;b&gt;Scoring&lt;/b&gt;: pick a proposal, declare that you have no conflict of interest (or that
you have one: the proposal is then released), and score each criterion with the
keyboard. Scores the call marks need a written justification.&lt;/li&gt;
&lt;li&gt;&lt;b&gt;Submit&lt;/b&gt; a review when every criterion is scored; it is then locked.&lt;/li&gt;
&lt;li&gt;&lt;b&gt;File ▸ Send back scores…&lt;/b&gt; writes your signed returns file: send it to the chair by
e-mail or USB stick. You can send again later; each file has a new revision.&lt;/li&gt;
&lt;/ol&gt;
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
&lt;h2&gt;For programme staff&lt;/h2&gt;
&lt;ul&gt;
&lt;li&gt;&lt;b&gt;Contracts&lt;/b&gt;: one PDF draft per funded proposal, in rank order. Check each draft,
then export them all into a folder or print one; the drafts are entered in the audit
trail.&lt;/li&gt;
&lt;li&gt;&lt;b&gt;Ranking ▸ Report PDF…&lt;/b&gt;: the ranking and an evaluation summary per proposal.&lt;/li&gt;
&lt;li&gt;&lt;b&gt;Ranking ▸ Export CSV / XLSX&lt;/b&gt;: the ranking as a spreadsheet.&lt;/li&gt;
&lt;/ul&gt;
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guide for the &amp;chair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guide for the chair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guide for &amp;evaluators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guide for evaluators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guide for programme &amp;staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guide for programme staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h2&gt;Grant Evaluator {value}&lt;/h2&gt;&lt;p&gt;Offline evaluation of grant proposals. MIT licence.&lt;/p&gt;&lt;h3&gt;What ships with it&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;Qt {qVersion} and Qt for Python (PySide6) {value2}: LGPL-3.0 (The Qt Company).&lt;/li&gt;&lt;li&gt;DejaVu fonts (in reports and contracts): the Bitstream Vera licence and the DejaVu changes in the public domain; full text in &lt;code&gt;{fonts}&lt;/code&gt;.&lt;/li&gt;&lt;li&gt;SQLAlchemy, SQLModel, Alembic, pydantic, openpyxl, platformdirs: MIT; reportlab, defusedxml, cryptography: BSD; num2words: LGPL-2.1.&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;Python {python_version} on {system}.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Grant Evaluator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Grant Evaluator</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>language</name>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>letters_action</name>
    <message>
        <source>No outcome letters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No proposal&apos;s outcome is final yet, so there is no letter to write</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder for the outcome letters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not decided yet, so without a letter: {waiting}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome letters written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote {count} and {name} into {folder}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing outcome letters…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome letters not written</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main_window</name>
    <message>
        <source>Call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scoring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reconciliation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ranking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contracts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language not changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait until the work under way is done, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo not created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workspace not opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open evaluation package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Package not opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save your evaluation workspace as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening {name}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposals not imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import proposals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposals (*.csv *.xlsx *.ods);;CSV (*.csv);;Excel workbooks (*.xlsx);;OpenDocument spreadsheets (*.ods)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} — {title} — Grant Evaluator</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>menus</name>
    <message>
        <source>Grant Evaluator workspaces (*{suffix});;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workspaces and packages (*{suffix} *{package});;Grant Evaluator workspaces (*{suffix});;Evaluation packages (*{package});;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluation packages (*.gep);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Returns files (*.ger);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New workspace from call file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect to &amp;server…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import proposals…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open evaluation &amp;package…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import &amp;returns…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Send back scores…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>msgbox</name>
    <message>
        <source>Copy all</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>operations</name>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposals already imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposals not imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing proposals from {name}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 proposal of {source} is already in the workspace ({listed}).

Replace it with the file&apos;s version?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} proposals of {source} are already in the workspace ({listed}).

Replace them with the file&apos;s version?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>organisation_dialog</name>
    <message>
        <source>Address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registration number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Representative:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;{escape}&lt;/b&gt; ({escape2}): what the contract drafts print. An empty field prints “[to be completed]”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details not changed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pdf_reader</name>
    <message>
        <source>it is protected by a password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is encrypted in a way that cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit the page to the width of the pane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find (Enter, F3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is damaged or not a PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> of {count}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} of {count2}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>private_copy</name>
    <message>
        <source>Document not opened</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>proposal_model</name>
    <message>
        <source>Not checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eligible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not eligible: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead applicant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eligibility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priority area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Countries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meets every eligibility rule of the call.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>proposals_page</name>
    <message>
        <source>Priority area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Topics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click an organisation to complete or correct its details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation details…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consortium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> Reason: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{told}

As recorded: {record}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;i&gt;Select a proposal to see its consortium.&lt;/i&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;span style=&apos;font-size:13pt&apos;&gt;&lt;b&gt;{escape}&lt;/b&gt; — {escape2}&lt;/span&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{duration_months} months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eligible: meets every eligibility rule of the call.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;li&gt;{escape}&lt;/li&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Not eligible&lt;/b&gt;&lt;ul style=&apos;margin:0&apos;&gt;{reasons}&lt;/ul&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search reference, title, organisation, country, topic…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import proposals…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No proposals yet: import a CSV or XLSX file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{total} proposals · {eligible} eligible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{shown} of {total} proposals shown</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ranking_page</name>
    <message>
        <source>Rank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Final</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requested ({currency})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Awarded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>below it, the reserve list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ranked proposals that did not fit are on the reserve list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Budget line — {committed} of {budget} {currency} committed; {below}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{committed} of {budget} {currency} committed ({count:.1f}%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The amount awarded to {reference}, between {low} and the requested {requested} {currency}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click to change the awarded amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click to see the reviews, exclusions and consensus behind this score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export XLSX…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome letters…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One PDF letter per decided proposal, with letters.csv for mail merge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by reference, title or status…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No proposals to rank yet: import them on the Proposals page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{counts} funded · {counts2} on the reserve list · {counts3} to reconcile · {counts4} incomplete · {counts5} below threshold · {counts6} ineligible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount not awarded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{id} ranking{suffix}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the ranking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote {out}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>recent_menu</name>
    <message>
        <source>{split} (server)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No recent workspaces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear menu</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>reconciliation_page</name>
    <message>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spread</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluator bias (advisory)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feedback for the applicant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason (required)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set consensus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consensus score (replaces the aggregate of one criterion)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason (required to exclude)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exclude</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exclude a review (or count it again)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note for the record (required)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolve (the proposal can then pass and be ranked)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consensus would give:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exclusion would give:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;i&gt;Select a proposal.&lt;/i&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;i&gt;No proposal to reconcile yet: eligible proposals appear here with their reviews.&lt;/i&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;span style=&apos;font-size:13pt&apos;&gt;&lt;b&gt;{reference}&lt;/b&gt; — {title}&lt;/span&gt;&lt;br&gt;Final score &lt;b&gt;{final}&lt;/b&gt; · spread {spread} · {state}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consensus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Final</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Include again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>type a score to see its effect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{text}” is not a score on this criterion&apos;s scale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consensus not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review not excluded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>final score stays {shown}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>final score {shown} → {shown2}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>reversals_bar</name>
    <message>
        <source>It will change:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an evaluator to {reference}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free of conflicts of interest, the least loaded first:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluator:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reverse a decision (with a reason) or add an evaluator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Un-resolve…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear consensus…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopen review…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unassign…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add third evaluator…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take the proposal back from this evaluator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a review without scores can be unassigned; reopen or exclude it instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Un-resolve {reference}: {resolve_note}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Un-resolve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear the consensus score of {reference} {criterion}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear consensus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count the review of {reference} by {review} again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Include again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopen the review of {reference} by {review}: it stops counting until it is submitted again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopen review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take {reference} back from {review}, who has not started it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unassign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an evaluator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every evaluator already reviews {reference} or has a conflict of interest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} ({reviews} reviews)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluator not assigned</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>scoring_page</name>
    <message>
        <source>Send back scores…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the signed returns file to send to the chair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score as:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;My proposals&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I have &amp;no conflict of interest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I have a &amp;conflict of interest…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submit review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No evaluators yet: register them on the Evaluators page and assign proposals.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a proposal to score it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No proposals are assigned to you in this package.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No proposals are assigned to {escape} yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p style=&quot;color:#2D3748&quot;&gt;&lt;i&gt;{text}&lt;/i&gt;&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before scoring, declare whether you have a conflict of interest with {reference}: a personal, professional or financial tie to any member of the consortium.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submitted and locked; the chair can reopen it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopened by the chair: {reopen_reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved as you type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Total {points}&lt;/b&gt; of {points2} · {count} of {count2} criteria scored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflict of interest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Describe your conflict of interest with {reference}. The proposal will be taken off your list and the chair will see your declaration.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Declaration not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review not submitted</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>scoring_rows</name>
    <message>
        <source>&lt;li&gt;&lt;b&gt;{escape}&lt;/b&gt;{value}&lt;br&gt;&lt;span style=&apos;color:#555&apos;&gt;{escape2} · {escape3}&lt;/span&gt;&lt;/li&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p style=&apos;font-size:13pt&apos;&gt;&lt;b&gt;{escape}&lt;/b&gt; — {escape2}&lt;/p&gt;&lt;p&gt;&lt;b&gt;{requested_amount} {escape3}&lt;/b&gt; · {duration_months} months · {escape4}: {escape5}&lt;/p&gt;&lt;p&gt;{escape6}&lt;/p&gt;&lt;p&gt;&lt;b&gt;Consortium&lt;/b&gt;&lt;/p&gt;&lt;ul style=&apos;margin-left:-20px&apos;&gt;{members}&lt;/ul&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment (required for scores {required})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter: next criterion · Shift+Enter: new line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;{code}&lt;/b&gt; {text}&lt;br&gt;&lt;span style=&apos;color:#555&apos;&gt;{guidance}&lt;/span&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A score of {points} needs a written justification before you submit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;{name}&lt;/b&gt; &lt;span style=&apos;color:#666&apos;&gt;· {maximum} points&lt;/span&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submit your review of {reference}: total {points} of {points2}?

Once submitted it is locked; only the chair can reopen it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>server_connect</name>
    <message>
        <source>Connect to server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>db.example.org or db.example.org:5432</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>your database role, e.g. ana_s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sign in as:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password comes from ~/.pgpass or PGPASSWORD; if there is none, you are asked for it. Grant Evaluator never stores a password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{message}

Password for {shown}:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>server_watch</name>
    <message>
        <source>Updated at {strftime}: the workspace was changed on the server.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>welcome_page</name>
    <message>
        <source>&lt;h1&gt;Grant Evaluator&lt;/h1&gt;&lt;p&gt;Score proposals against the call&apos;s grid, reconcile the evaluators&apos; scores, rank, and draw the budget line — offline, one workspace file per call.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New workspace from call file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open workspace…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open evaluation package…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the demo workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Recent workspaces&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
