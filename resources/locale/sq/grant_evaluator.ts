<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sq" sourcelanguage="en">
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Anulo</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Mbyll</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Po</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;Jo</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Ruaj</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Hap</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Zbato</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Ndihmë</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <source>Not done</source>
        <translation>Nuk u krye</translation>
    </message>
</context>
<context>
    <name>batches</name>
    <message>
        <source>They are not entered in the audit trail: the workspace is damaged.</source>
        <translation>Ato nuk janë regjistruar në gjurmën e auditimit: hapësira e punës është e dëmtuar.</translation>
    </message>
    <message>
        <source>They could not be entered in the audit trail: {audit_error}</source>
        <translation>Ato nuk mund të regjistroheshin në gjurmën e auditimit: {audit_error}</translation>
    </message>
</context>
<context>
    <name>bias_view</name>
    <message>
        <source>Evaluator</source>
        <translation>Vlerësuesi</translation>
    </message>
    <message>
        <source>Reviews</source>
        <translation>Vlerësime</translation>
    </message>
    <message>
        <source>Mean total</source>
        <translation>Totali mesatar</translation>
    </message>
    <message>
        <source>Spread</source>
        <translation>Diferenca</translation>
    </message>
    <message>
        <source>Deviation from co-reviewers</source>
        <translation>Devijimi nga të tjerët</translation>
    </message>
    <message>
        <source>Advisory only: these figures never change an official score. Deviation is the evaluator&apos;s total minus the mean of the other reviewers of the same proposal, averaged over their reviews (submitted and included reviews only).</source>
        <translation>Vetëm për informim: këto shifra nuk ndryshojnë kurrë pikët zyrtare. Devijimi është mesatarja, për të gjitha vlerësimet e vlerësuesit, e diferencës ndërmjet totalit të tij dhe mesatares së vlerësuesve të tjerë të të njëjtit propozim (vetëm vlerësimet e dorëzuara dhe të përfshira).</translation>
    </message>
    <message>
        <source>Review totals per evaluator</source>
        <translation>Totalet e vlerësimeve për secilin vlerësues</translation>
    </message>
</context>
<context>
    <name>call_page</name>
    <message>
        <source>mean</source>
        <translation>së mesatares</translation>
    </message>
    <message>
        <source>median</source>
        <translation>së medianës</translation>
    </message>
    <message>
        <source>the mean of the two closest</source>
        <translation>së mesatares së dy vlerësimeve më të afërta</translation>
    </message>
    <message>
        <source>&lt;h1&gt;{escape}&lt;/h1&gt;&lt;p class=&apos;key&apos;&gt;{escape2}&lt;/p&gt;</source>
        <translation>&lt;h1&gt;{escape}&lt;/h1&gt;&lt;p class=&apos;key&apos;&gt;{escape2}&lt;/p&gt;</translation>
    </message>
    <message>
        <source>at least {min_members} {escape} members from at least {min_countries} beneficiary countries, lead included</source>
        <translation>të paktën {min_members} anëtarë të llojit {escape} nga të paktën {min_countries} vende përfituese, përfshirë aplikantin kryesor</translation>
    </message>
    <message>
        <source> or </source>
        <translation> ose </translation>
    </message>
    <message>
        <source>; a lead of type {escape} may apply alone</source>
        <translation>; një aplikant kryesor i llojit {escape} mund të aplikojë i vetëm</translation>
    </message>
    <message>
        <source>total ≥ {points} of {points2}</source>
        <translation>totali ≥ {points} nga {points2}</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Buxheti</translation>
    </message>
    <message>
        <source>Grant size</source>
        <translation>Shuma e grantit</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Kohëzgjatja</translation>
    </message>
    <message>
        <source>{min_duration_months}–{max_duration_months} months</source>
        <translation>{min_duration_months}–{max_duration_months} muaj</translation>
    </message>
    <message>
        <source>Beneficiary countries</source>
        <translation>Vendet përfituese</translation>
    </message>
    <message>
        <source>Consortium</source>
        <translation>Konsorciumi</translation>
    </message>
    <message>
        <source>Pass marks</source>
        <translation>Pragjet e kalimit</translation>
    </message>
    <message>
        <source>Reviews</source>
        <translation>Vlerësimet</translation>
    </message>
    <message>
        <source>{reviewers_per_proposal} per proposal, combined by {aggregate}; divergent when totals differ by ≥ {divergence_total} points{value} or a criterion by ≥ {points}</source>
        <translation>{reviewers_per_proposal} për propozim, të kombinuara sipas metodës {aggregate}; divergjente kur totalet ndryshojnë me ≥ {divergence_total} pikë{value} ose një kriter me ≥ {points}</translation>
    </message>
    <message>
        <source> of the higher total</source>
        <translation> të totalit më të lartë</translation>
    </message>
    <message>
        <source>Written justification</source>
        <translation>Arsyetimi me shkrim</translation>
    </message>
    <message>
        <source>required for scores </source>
        <translation>i detyrueshëm për pikët </translation>
    </message>
    <message>
        <source>optional</source>
        <translation>fakultativ</translation>
    </message>
    <message>
        <source>Budget line</source>
        <translation>Kufiri i buxhetit</translation>
    </message>
    <message>
        <source>strict: the first proposal that does not fit and all after it go to the reserve list</source>
        <translation>i rreptë: propozimi i parë që nuk hyn në buxhet dhe të gjithë ata pas tij shkojnë në listën rezervë</translation>
    </message>
    <message>
        <source>fill: a proposal that does not fit goes to the reserve list, the next may fit</source>
        <translation>me plotësim: propozimi që nuk hyn në buxhet shkon në listën rezervë, i radhës mund të hyjë</translation>
    </message>
    <message>
        <source>Contracting authority</source>
        <translation>Autoriteti kontraktues</translation>
    </message>
    <message>
        <source>{escape}, {escape2} (represented by {escape3})</source>
        <translation>{escape}, {escape2} (përfaqësuar nga {escape3})</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Priority areas&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Fushat prioritare&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;{escape}&lt;/b&gt;&lt;br&gt;&lt;span class=&apos;guidance&apos;&gt;{topics}&lt;/span&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;{escape}&lt;/b&gt;&lt;br&gt;&lt;span class=&apos;guidance&apos;&gt;{topics}&lt;/span&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Scoring grid — {points} points&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Grila e vlerësimit — {points} pikë&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>&lt;tr&gt;&lt;th&gt;Code&lt;/th&gt;&lt;th&gt;Criterion&lt;/th&gt;&lt;th class=&apos;num&apos;&gt;Scale&lt;/th&gt;&lt;th class=&apos;num&apos;&gt;Weight&lt;/th&gt;&lt;th class=&apos;num&apos;&gt;Max&lt;/th&gt;&lt;/tr&gt;</source>
        <translation>&lt;tr&gt;&lt;th&gt;Kodi&lt;/th&gt;&lt;th&gt;Kriteri&lt;/th&gt;&lt;th class=&apos;num&apos;&gt;Shkalla&lt;/th&gt;&lt;th class=&apos;num&apos;&gt;Pesha&lt;/th&gt;&lt;th class=&apos;num&apos;&gt;Maks.&lt;/th&gt;&lt;/tr&gt;</translation>
    </message>
    <message>
        <source> (pass mark {points})</source>
        <translation> (pragu i kalimit {points})</translation>
    </message>
    <message>
        <source>&lt;tr class=&apos;section&apos;&gt;&lt;td&gt;&lt;/td&gt;&lt;td&gt;{escape}{mark}&lt;/td&gt;&lt;td&gt;&lt;/td&gt;&lt;td&gt;&lt;/td&gt;&lt;td class=&apos;num&apos;&gt;{points}&lt;/td&gt;&lt;/tr&gt;</source>
        <translation>&lt;tr class=&apos;section&apos;&gt;&lt;td&gt;&lt;/td&gt;&lt;td&gt;{escape}{mark}&lt;/td&gt;&lt;td&gt;&lt;/td&gt;&lt;td&gt;&lt;/td&gt;&lt;td class=&apos;num&apos;&gt;{points}&lt;/td&gt;&lt;/tr&gt;</translation>
    </message>
    <message>
        <source> by {points}</source>
        <translation> me hap {points}</translation>
    </message>
    <message>
        <source>&lt;tr&gt;&lt;td&gt;{escape}&lt;/td&gt;&lt;td&gt;{escape2}&lt;br&gt;&lt;span class=&apos;guidance&apos;&gt;{escape3}&lt;/span&gt;&lt;/td&gt;&lt;td class=&apos;num&apos;&gt;{points}–{points2}{step}&lt;/td&gt;&lt;td class=&apos;num&apos;&gt;×{points3}&lt;/td&gt;&lt;td class=&apos;num&apos;&gt;{points4}&lt;/td&gt;&lt;/tr&gt;</source>
        <translation>&lt;tr&gt;&lt;td&gt;{escape}&lt;/td&gt;&lt;td&gt;{escape2}&lt;br&gt;&lt;span class=&apos;guidance&apos;&gt;{escape3}&lt;/span&gt;&lt;/td&gt;&lt;td class=&apos;num&apos;&gt;{points}–{points2}{step}&lt;/td&gt;&lt;td class=&apos;num&apos;&gt;×{points3}&lt;/td&gt;&lt;td class=&apos;num&apos;&gt;{points4}&lt;/td&gt;&lt;/tr&gt;</translation>
    </message>
    <message>
        <source>Name the chair…</source>
        <translation>Emëro kryesuesin…</translation>
    </message>
    <message>
        <source>Chair: &lt;b&gt;{escape}&lt;/b&gt; (the history names them for each change).</source>
        <translation>Kryesuesi i komisionit: &lt;b&gt;{escape}&lt;/b&gt; (historiku e shënon emrin në çdo ndryshim).</translation>
    </message>
    <message>
        <source>Chair: &lt;i&gt;not named yet&lt;/i&gt;; the history names the computer&apos;s login ({login}) for each change until you name the chair.</source>
        <translation>Kryesuesi i komisionit: &lt;i&gt;ende pa emër&lt;/i&gt;; historiku shënon emrin e përdoruesit të kompjuterit ({login}) në çdo ndryshim derisa të jepni emrin e kryesuesit.</translation>
    </message>
    <message>
        <source>Name the chair</source>
        <translation>Emëroni kryesuesin</translation>
    </message>
    <message>
        <source>The chair&apos;s name, as the committee knows it:</source>
        <translation>Emri i kryesuesit, siç e njeh komisioni:</translation>
    </message>
    <message>
        <source>Chair not named</source>
        <translation>Kryesuesi nuk u emërua</translation>
    </message>
</context>
<context>
    <name>contracts_page</name>
    <message>
        <source>Contract</source>
        <translation>Kontrata</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referenca</translation>
    </message>
    <message>
        <source>Beneficiary</source>
        <translation>Përfituesi</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Shuma</translation>
    </message>
    <message>
        <source>Missing data</source>
        <translation>Të dhëna që mungojnë</translation>
    </message>
    <message>
        <source>Printed as “[to be completed]”:
</source>
        <translation>Shtypet si “[për t’u plotësuar]”:
</translation>
    </message>
    <message>
        <source>The printer could not be started.</source>
        <translation>Printeri nuk mund të nisej.</translation>
    </message>
    <message>
        <source>Export all…</source>
        <translation>Eksporto të gjitha…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Shtyp…</translation>
    </message>
    <message>
        <source>{count}: contract drafts in rank order. Check each draft, then export or print it for signature.</source>
        <translation>{count}: projektkontratat sipas renditjes. Kontrolloni secilën projektkontratë, pastaj eksportojeni ose shtypeni për nënshkrim.</translation>
    </message>
    <message>
        <source>Draft not made</source>
        <translation>Projektkontrata nuk u krijua</translation>
    </message>
    <message>
        <source>Folder for the contract drafts</source>
        <translation>Dosja për projektkontratat</translation>
    </message>
    <message>
        <source>Contract drafts exported</source>
        <translation>Projektkontratat u eksportuan</translation>
    </message>
    <message>
        <source>Wrote {count} into {folder}.</source>
        <translation>Ruajtur në {folder}: {count}.</translation>
    </message>
    <message>
        <source>Writing contract drafts…</source>
        <translation>Po shkruhen projektkontratat…</translation>
    </message>
    <message>
        <source>Contract drafts not exported</source>
        <translation>Projektkontratat nuk u eksportuan</translation>
    </message>
    <message>
        <source>Not printed</source>
        <translation>Nuk u shtyp</translation>
    </message>
    <message>
        <source>Printed, but not entered in the audit trail</source>
        <translation>U shtyp, por nuk u regjistrua në gjurmën e auditimit</translation>
    </message>
</context>
<context>
    <name>damaged</name>
    <message>
        <source>Workspace not opened</source>
        <translation>Hapësira e punës nuk u hap</translation>
    </message>
    <message>
        <source>Workspace damaged</source>
        <translation>Hapësira e punës është e dëmtuar</translation>
    </message>
    <message>
        <source>{message}

{name} is open read-only: you can look at everything and export reports, but not change anything. It has no backup to restore.</source>
        <translation>{message}

{name} është hapur vetëm për lexim: mund të shikoni gjithçka dhe të eksportoni raporte, por nuk mund të ndryshoni asgjë. Nuk ka kopje rezervë për t’u rivendosur.</translation>
    </message>
    <message>
        <source>{message}

The latest backup of {name} was made {made} ({replace}). Restore it? The damaged file is kept as a backup too.</source>
        <translation>{message}

Kopja rezervë më e fundit e {name} u bë më {made} ({replace}). Të rivendoset? Edhe skedari i dëmtuar ruhet si kopje rezervë.</translation>
    </message>
    <message>
        <source>

Or open {name} read-only, as it is, to look at it.</source>
        <translation>

Ose hapeni {name} vetëm për lexim, ashtu siç është, për ta shikuar.</translation>
    </message>
    <message>
        <source>Open read-only</source>
        <translation>Hap vetëm për lexim</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Rivendos</translation>
    </message>
    <message>
        <source>Backup not restored</source>
        <translation>Kopja rezervë nuk u rivendos</translation>
    </message>
    <message>
        <source>Restore the latest backup…</source>
        <translation>Rivendos kopjen e fundit rezervë…</translation>
    </message>
    <message>
        <source>was changed by another program (it holds database objects Grant Evaluator does not create)</source>
        <translation>u ndryshua nga një program tjetër (përmban objekte bazash të dhënash që Grant Evaluator nuk i krijon)</translation>
    </message>
    <message>
        <source>is damaged</source>
        <translation>është i dëmtuar</translation>
    </message>
    <message>
        <source>Read-only: {name} {why}. You can look at everything and export reports, but nothing can be changed; restore a backup to repair it.</source>
        <translation>Vetëm për lexim: {name} {why}. Mund të shihni gjithçka dhe të eksportoni raporte, por asgjë nuk mund të ndryshohet; rikthejeni nga një kopje rezervë për ta riparuar.</translation>
    </message>
</context>
<context>
    <name>dialogs</name>
    <message>
        <source>Edit evaluator</source>
        <translation>Ndrysho vlerësuesin</translation>
    </message>
    <message>
        <source>Add evaluator</source>
        <translation>Shto vlerësues</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Emri:</translation>
    </message>
    <message>
        <source>Country:</source>
        <translation>Vendi:</translation>
    </message>
    <message>
        <source>E-mail:</source>
        <translation>E-maili:</translation>
    </message>
    <message>
        <source>e.g. ana_s; empty: packages and returns</source>
        <translation>p.sh. ana_s; bosh: me paketa dhe kthime</translation>
    </message>
    <message>
        <source>The database role this evaluator signs in to the server with; they then score on the server and see only their own proposals.</source>
        <translation>Roli i bazës së të dhënave me të cilin ky vlerësues hyn në server; pastaj vlerëson në server dhe sheh vetëm propozimet e veta.</translation>
    </message>
    <message>
        <source>Signs in as:</source>
        <translation>Hyn si:</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>Arsyeja:</translation>
    </message>
    <message>
        <source>Proposal:</source>
        <translation>Propozimi:</translation>
    </message>
    <message>
        <source>Awarded amount</source>
        <translation>Shuma e akorduar</translation>
    </message>
    <message>
        <source>Needed when awarding less than requested</source>
        <translation>E detyrueshme kur akordohet më pak se shuma e kërkuar</translation>
    </message>
    <message>
        <source>Amount:</source>
        <translation>Shuma:</translation>
    </message>
    <message>
        <source>“{typed}” is not an amount. Write it for example {example:.2f}, {example:,.2f} or {comma}.</source>
        <translation>“{typed}” nuk është një shumë e vlefshme. Shkruajeni, për shembull, {example:.2f}, {example:,.2f} ose {comma}.</translation>
    </message>
    <message>
        <source>{amount:,.2f} is less than the {requested:,.2f} requested: give the reason for awarding less; the trail keeps it.</source>
        <translation>{amount:,.2f} është më pak se shuma e kërkuar {requested:,.2f}: jepni arsyen pse akordohet më pak; gjurma e auditimit e ruan atë.</translation>
    </message>
    <message>
        <source>Export evaluation packages</source>
        <translation>Eksporto paketat e vlerësimit</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Shfleto…</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Eksporto</translation>
    </message>
    <message>
        <source>Each evaluator gets one file with the call, their proposals and their own scores — nothing about other evaluators. Send it to them by e-mail or USB stick.</source>
        <translation>Çdo vlerësues merr një skedar me thirrjen, propozimet e veta dhe pikët e veta — asgjë për vlerësuesit e tjerë. Dërgojuani me e-mail ose me USB.</translation>
    </message>
    <message>
        <source>Evaluators:</source>
        <translation>Vlerësuesit:</translation>
    </message>
    <message>
        <source>Folder:</source>
        <translation>Dosja:</translation>
    </message>
    <message>
        <source>Folder for the packages</source>
        <translation>Dosja për paketat</translation>
    </message>
</context>
<context>
    <name>document_pane</name>
    <message>
        <source>&amp;Document:</source>
        <translation>&amp;Dokumenti:</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Hap</translation>
    </message>
    <message>
        <source>Open a private read-only copy in your system&apos;s application</source>
        <translation>Hap një kopje private, vetëm për lexim, në aplikacionin e sistemit tuaj</translation>
    </message>
    <message>
        <source>{reference} has no documents attached; score it from the summary.</source>
        <translation>{reference} nuk ka dokumente të bashkëngjitura; vlerësojeni sipas përmbledhjes.</translation>
    </message>
    <message>
        <source>The documents of the proposal you score are shown here.</source>
        <translation>Këtu shfaqen dokumentet e propozimit që vlerësoni.</translation>
    </message>
    <message>
        <source>{described} opens in your system&apos;s application.</source>
        <translation>{described} hapet në aplikacionin e sistemit tuaj.</translation>
    </message>
    <message>
        <source>{described} cannot be shown here: {problem}. Your system&apos;s application may still open it.</source>
        <translation>{described} nuk mund të shfaqet këtu: {problem}. Aplikacioni i sistemit tuaj mund ta hapë gjithsesi.</translation>
    </message>
</context>
<context>
    <name>documents_panel</name>
    <message>
        <source>Documents (*.pdf *.docx *.xlsx *.pptx *.odt *.ods *.odp *.zip *.doc *.xls *.ppt *.rtf *.png *.jpg *.jpeg *.txt *.csv *.md);;All files (*)</source>
        <translation>Dokumente (*.pdf *.docx *.xlsx *.pptx *.odt *.ods *.odp *.zip *.doc *.xls *.ppt *.rtf *.png *.jpg *.jpeg *.txt *.csv *.md);;Të gjithë skedarët (*)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Documents&lt;/b&gt;</source>
        <translation>&lt;b&gt;Dokumentet&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Emri</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Madhësia</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Shto…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Hiq</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Hap</translation>
    </message>
    <message>
        <source>{media_type}, added by {added_by}</source>
        <translation>{media_type}, shtuar nga {added_by}</translation>
    </message>
    <message>
        <source>&lt;b&gt;Documents of {reference}&lt;/b&gt; ({count})</source>
        <translation>&lt;b&gt;Dokumentet e {reference}&lt;/b&gt; ({count})</translation>
    </message>
    <message>
        <source>&lt;b&gt;Documents&lt;/b&gt;: select a proposal</source>
        <translation>&lt;b&gt;Dokumentet&lt;/b&gt;: zgjidhni një propozim</translation>
    </message>
    <message>
        <source>Add documents to {reference}</source>
        <translation>Shto dokumente në {reference}</translation>
    </message>
    <message>
        <source>Documents not added</source>
        <translation>Dokumentet nuk u shtuan</translation>
    </message>
    <message>
        <source>Documents not imported</source>
        <translation>Dokumentet nuk u importuan</translation>
    </message>
    <message>
        <source> ({skipped} left out)</source>
        <translation> ({skipped} të lëna jashtë)</translation>
    </message>
    <message>
        <source>Documents imported</source>
        <translation>Dokumentet u importuan</translation>
    </message>
    <message>
        <source>Remove document</source>
        <translation>Hiq dokumentin</translation>
    </message>
    <message>
        <source>Remove “{name}” from {reference}?</source>
        <translation>Të hiqet “{name}” nga {reference}?</translation>
    </message>
    <message>
        <source>Document not removed</source>
        <translation>Dokumenti nuk u hoq</translation>
    </message>
</context>
<context>
    <name>evaluators_models</name>
    <message>
        <source>Name</source>
        <translation>Emri</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Vendi</translation>
    </message>
    <message>
        <source>Reviews</source>
        <translation>Vlerësime</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Dorëzuar</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Konflikte</translation>
    </message>
    <message>
        <source>Package sent</source>
        <translation>Paketa u dërgua</translation>
    </message>
    <message>
        <source>Returns</source>
        <translation>Kthimi</translation>
    </message>
    <message>
        <source>revision {returns_revision}, {when}</source>
        <translation>versioni {returns_revision}, {when}</translation>
    </message>
    <message>
        <source>{name} — {reference} {title}: free, double-click to assign</source>
        <translation>{name} — {reference} {title}: i lirë, klikoni dy herë për ta caktuar</translation>
    </message>
</context>
<context>
    <name>evaluators_page</name>
    <message>
        <source>Add evaluator…</source>
        <translation>Shto vlerësues…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Ndrysho…</translation>
    </message>
    <message>
        <source> per proposal</source>
        <translation> për propozim</translation>
    </message>
    <message>
        <source>Assign automatically</source>
        <translation>Cakto automatikisht</translation>
    </message>
    <message>
        <source>Export packages…</source>
        <translation>Eksporto paketat…</translation>
    </message>
    <message>
        <source>Import returns…</source>
        <translation>Importo kthimet…</translation>
    </message>
    <message>
        <source>Evaluators:</source>
        <translation>Vlerësues:</translation>
    </message>
    <message>
        <source>Proposal</source>
        <translation>Propozimi</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Arsyeja</translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation>Regjistruar nga</translation>
    </message>
    <message>
        <source>Add conflict…</source>
        <translation>Shto konflikt…</translation>
    </message>
    <message>
        <source>Remove conflict</source>
        <translation>Hiq konfliktin</translation>
    </message>
    <message>
        <source>&lt;b&gt;Conflicts of interest&lt;/b&gt;</source>
        <translation>&lt;b&gt;Konfliktet e interesit&lt;/b&gt;</translation>
    </message>
    <message>
        <source>  ·  double-click a cell to assign or unassign</source>
        <translation>  ·  klikoni dy herë një qelizë për të caktuar ose për të hequr caktimin</translation>
    </message>
    <message>
        <source>&lt;b&gt;Assignments&lt;/b&gt; (eligible proposals × evaluators)</source>
        <translation>&lt;b&gt;Caktimet&lt;/b&gt; (propozimet e pranueshme × vlerësuesit)</translation>
    </message>
    <message>
        <source>{count} · {reviews} assigned · {submitted} submitted</source>
        <translation>{count} · të caktuara: {reviews} · të dorëzuara: {submitted}</translation>
    </message>
    <message>
        <source>Evaluator not added</source>
        <translation>Vlerësuesi nuk u shtua</translation>
    </message>
    <message>
        <source>Evaluator added</source>
        <translation>Vlerësuesi u shtua</translation>
    </message>
    <message>
        <source>{name} signs in to the server as {login}. The role was created without a password: set one with ALTER ROLE {login} PASSWORD &apos;…&apos; (or as the server&apos;s pg_hba.conf allows).</source>
        <translation>{name} hyn në server si {login}. Roli u krijua pa fjalëkalim: caktoni një me ALTER ROLE {login} PASSWORD &apos;…&apos; (ose siç e lejon pg_hba.conf i serverit).</translation>
    </message>
    <message>
        <source>Evaluator not changed</source>
        <translation>Vlerësuesi nuk u ndryshua</translation>
    </message>
    <message>
        <source>Nothing assigned</source>
        <translation>Nuk u caktua asgjë</translation>
    </message>
    <message>
        <source>Assignments</source>
        <translation>Caktimet</translation>
    </message>
    <message>
        <source>Assigned {count}.</source>
        <translation>U caktuan: {count}.</translation>
    </message>
    <message>
        <source>Every eligible proposal already has its evaluators.</source>
        <translation>Çdo propozim i pranueshëm i ka tashmë vlerësuesit e vet.</translation>
    </message>
    <message>
        <source>Conflict of interest</source>
        <translation>Konflikt interesi</translation>
    </message>
    <message>
        <source>{name} has a conflict of interest with {reference}.</source>
        <translation>{name} ka konflikt interesi me {reference}.</translation>
    </message>
    <message>
        <source>Not assigned</source>
        <translation>Nuk u caktua</translation>
    </message>
    <message>
        <source>Unassign</source>
        <translation>Hiq caktimin</translation>
    </message>
    <message>
        <source>{name} has started reviewing {reference}. Unassign it and discard their scores?</source>
        <translation>{name} ka filluar vlerësimin e {reference}. Të hiqet caktimi dhe të anulohen pikët e dhëna?</translation>
    </message>
    <message>
        <source>Not unassigned</source>
        <translation>Caktimi nuk u hoq</translation>
    </message>
    <message>
        <source>Record a conflict of interest of {name}. They will not review the proposal; an unsubmitted review of it is released.</source>
        <translation>Regjistroni një konflikt interesi për {name}. Ky vlerësues nuk do ta vlerësojë propozimin; vlerësimi i tij i padorëzuar, nëse ka, lirohet.</translation>
    </message>
    <message>
        <source>Conflict not recorded</source>
        <translation>Konflikti nuk u regjistrua</translation>
    </message>
    <message>
        <source>Conflict not removed</source>
        <translation>Konflikti nuk u hoq</translation>
    </message>
    <message>
        <source>the evaluator</source>
        <translation>vlerësuesi</translation>
    </message>
    <message>
        <source>the chair</source>
        <translation>kryesuesi</translation>
    </message>
    <message>
        <source>Packages exported</source>
        <translation>Paketat u eksportuan</translation>
    </message>
    <message>
        <source>{sum} written to {folder}.</source>
        <translation>Ruajtur në {folder}: {sum}.</translation>
    </message>
    <message>
        <source>Exporting packages…</source>
        <translation>Po eksportohen paketat…</translation>
    </message>
    <message>
        <source>Packages not exported</source>
        <translation>Paketat nuk u eksportuan</translation>
    </message>
    <message>
        <source>Import returns</source>
        <translation>Importo kthimet</translation>
    </message>
    <message>
        <source>Returns files (*.ger);;All files (*)</source>
        <translation>Skedarë kthimi (*.ger);;Të gjithë skedarët (*)</translation>
    </message>
    <message>
        <source>Returns imported</source>
        <translation>Kthimet u importuan</translation>
    </message>
    <message>
        <source>{imported} of {count} accepted</source>
        <translation>U pranuan {imported} nga {count}</translation>
    </message>
    <message>
        <source>; {refused} refused, and each refused file changed nothing.</source>
        <translation>; u refuzuan {refused} dhe asnjë skedar i refuzuar nuk ndryshoi asgjë.</translation>
    </message>
    <message>
        <source>Importing returns…</source>
        <translation>Po importohen kthimet…</translation>
    </message>
    <message>
        <source>Returns not imported</source>
        <translation>Kthimet nuk u importuan</translation>
    </message>
    <message>
        <source>{name}: refused: {message}</source>
        <translation>{name}: u refuzua: {message}</translation>
    </message>
    <message>
        <source>    not merged: {conflict}</source>
        <translation>    nuk u bashkua: {conflict}</translation>
    </message>
</context>
<context>
    <name>feedback_panel</name>
    <message>
        <source>The whole proposal</source>
        <translation>I gjithë propozimi</translation>
    </message>
    <message>
        <source>What the applicant reads in the outcome letter</source>
        <translation>Çfarë lexon aplikanti në letrën e njoftimit për rezultatin</translation>
    </message>
    <message>
        <source>Save feedback</source>
        <translation>Ruaj reagimin</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Pastro</translation>
    </message>
    <message>
        <source>Copy this evaluator&apos;s comment in</source>
        <translation>Kopjo komentin e këtij vlerësuesi</translation>
    </message>
    <message>
        <source>Evaluators&apos; comments stay the committee&apos;s own: only what you save here reaches the applicant, and a comment only when you copy it in.</source>
        <translation>Komentet e vlerësuesve mbeten brenda komisionit: tek aplikanti shkon vetëm ajo që ruani këtu, dhe një koment vetëm nëse e kopjoni këtu.</translation>
    </message>
    <message>
        <source>Feedback on:</source>
        <translation>Reagim për:</translation>
    </message>
    <message>
        <source>From a comment:</source>
        <translation>Nga një koment:</translation>
    </message>
    <message>
        <source>&lt;i&gt;Select a proposal to write its feedback.&lt;/i&gt;</source>
        <translation>&lt;i&gt;Zgjidhni një propozim për të shkruar reagimin për të.&lt;/i&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;{escape}&lt;/b&gt; — {escape2}: the chair&apos;s feedback</source>
        <translation>&lt;b&gt;{escape}&lt;/b&gt; — {escape2}: reagimi i kryesuesit</translation>
    </message>
    <message>
        <source>Feedback not saved</source>
        <translation>Reagimi nuk u ruajt</translation>
    </message>
    <message>
        <source>Feedback not cleared</source>
        <translation>Reagimi nuk u pastrua</translation>
    </message>
    <message>
        <source>Comment not copied</source>
        <translation>Komenti nuk u kopjua</translation>
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
        <translation>
&lt;h2&gt;Për kryesuesin e komisionit&lt;/h2&gt;
&lt;ol&gt;
&lt;li&gt;&lt;b&gt;Skedari ▸ Hapësirë pune e re nga skedari i thirrjes…&lt;/b&gt; krijon një skedar hapësire pune për thirrjen.&lt;/li&gt;
&lt;li&gt;&lt;b&gt;Propozimet ▸ Importo propozime…&lt;/b&gt; lexon skedarin e propozimeve (CSV ose XLSX); çdo problem
listohet dhe asgjë nuk importohet derisa skedari të jetë në rregull. Shtoni dokumentet e çdo propozimi
pranë të dhënave të tij, ose lëshoni aty një dosje me nëndosje të emërtuara sipas referencës.&lt;/li&gt;
&lt;li&gt;&lt;b&gt;Vlerësuesit&lt;/b&gt;: regjistroni vlerësuesit, regjistroni konfliktet e interesit, pastaj
&lt;i&gt;Cakto automatikisht&lt;/i&gt; (ose klikoni një qelizë të matricës). &lt;i&gt;Eksporto paketat…&lt;/i&gt;
shkruan një paketë të nënshkruar për çdo vlerësues.&lt;/li&gt;
&lt;li&gt;&lt;b&gt;Skedari ▸ Importo kthimet…&lt;/b&gt; bashkon skedarët e nënshkruar të kthimit të vlerësuesve. Vendimtare
është hapësira juaj e punës: një vlerësim që e keni si të dorëzuar ndryshon vetëm pasi ta rihapni.&lt;/li&gt;
&lt;li&gt;&lt;b&gt;Harmonizimi&lt;/b&gt;: për çdo propozim divergjent, vendosni pikë konsensusi ose përjashtoni një
vlerësim (me arsye), pastaj shënojeni si të zgjidhur me një shënim.&lt;/li&gt;
&lt;li&gt;&lt;b&gt;Renditja&lt;/b&gt;: pikët përfundimtare, renditja, kufiri i buxhetit dhe lista rezervë; vendosni shumat
e akorduara, eksportoni CSV, XLSX ose raportin PDF.&lt;/li&gt;
&lt;/ol&gt;
&lt;p&gt;Çdo ndryshim regjistrohet në gjurmën e auditimit; &lt;code&gt;grant-evaluator verify&lt;/code&gt; kontrollon skedarin.
Ruani raportin e shtypur të çdo mbledhjeje: fundi i faqes së tij mban gjendjen e fundit të gjurmës së auditimit.&lt;/p&gt;
</translation>
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
        <translation>
&lt;h2&gt;Për vlerësuesit&lt;/h2&gt;
&lt;ol&gt;
&lt;li&gt;&lt;b&gt;Skedari ▸ Hap paketën e vlerësimit…&lt;/b&gt; (edhe në faqen e mirëseardhjes): zgjidhni paketën që ju
dërgoi kryesuesi, pastaj vendin ku do të mbani hapësirën tuaj të punës për vlerësim.&lt;/li&gt;
&lt;li&gt;&lt;b&gt;Pikëzimi&lt;/b&gt;: zgjidhni një propozim, deklaroni se nuk keni konflikt interesi (ose se keni:
atëherë propozimi lirohet) dhe jepni pikët për çdo kriter me
tastierë. Pikët që thirrja i shënon kërkojnë arsyetim me shkrim.&lt;/li&gt;
&lt;li&gt;&lt;b&gt;Dorëzo&lt;/b&gt;: dorëzoni vlerësimin kur të gjitha kriteret kanë pikë; pas kësaj ai kyçet.&lt;/li&gt;
&lt;li&gt;&lt;b&gt;Skedari ▸ Dërgo pikët…&lt;/b&gt; shkruan skedarin tuaj të nënshkruar të kthimit: dërgojeni te kryesuesi me
e-mail ose me USB. Mund ta dërgoni përsëri më vonë; çdo skedar ka një version të ri.&lt;/li&gt;
&lt;/ol&gt;
</translation>
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
        <translation>
&lt;h2&gt;Për stafin e programit&lt;/h2&gt;
&lt;ul&gt;
&lt;li&gt;&lt;b&gt;Kontratat&lt;/b&gt;: një projektkontratë PDF për çdo propozim të financuar, sipas renditjes. Kontrolloni secilën,
pastaj eksportojini të gjitha në një dosje ose shtypni njërën; projektkontratat regjistrohen në gjurmën
e auditimit.&lt;/li&gt;
&lt;li&gt;&lt;b&gt;Renditja ▸ Raporti PDF…&lt;/b&gt;: renditja dhe një përmbledhje e vlerësimit për çdo propozim.&lt;/li&gt;
&lt;li&gt;&lt;b&gt;Renditja ▸ Eksporto CSV / XLSX&lt;/b&gt;: renditja si fletë llogaritëse.&lt;/li&gt;
&lt;/ul&gt;
</translation>
    </message>
    <message>
        <source>Guide for the &amp;chair</source>
        <translation>Udhëzues për &amp;kryesuesin</translation>
    </message>
    <message>
        <source>Guide for the chair</source>
        <translation>Udhëzues për kryesuesin</translation>
    </message>
    <message>
        <source>Guide for &amp;evaluators</source>
        <translation>Udhëzues për &amp;vlerësuesit</translation>
    </message>
    <message>
        <source>Guide for evaluators</source>
        <translation>Udhëzues për vlerësuesit</translation>
    </message>
    <message>
        <source>Guide for programme &amp;staff</source>
        <translation>Udhëzues për &amp;stafin e programit</translation>
    </message>
    <message>
        <source>Guide for programme staff</source>
        <translation>Udhëzues për stafin e programit</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Grant Evaluator {value}&lt;/h2&gt;&lt;p&gt;Offline evaluation of grant proposals. MIT licence.&lt;/p&gt;&lt;h3&gt;What ships with it&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;Qt {qVersion} and Qt for Python (PySide6) {value2}: LGPL-3.0 (The Qt Company).&lt;/li&gt;&lt;li&gt;DejaVu fonts (in reports and contracts): the Bitstream Vera licence and the DejaVu changes in the public domain; full text in &lt;code&gt;{fonts}&lt;/code&gt;.&lt;/li&gt;&lt;li&gt;SQLAlchemy, SQLModel, Alembic, pydantic, openpyxl, platformdirs: MIT; reportlab, defusedxml, cryptography: BSD; num2words: LGPL-2.1.&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;Python {python_version} on {system}.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Grant Evaluator {value}&lt;/h2&gt;&lt;p&gt;Vlerësimi jashtë linje i propozimeve për grante. Licenca MIT.&lt;/p&gt;&lt;h3&gt;Çfarë përfshihet&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;Qt {qVersion} dhe Qt for Python (PySide6) {value2}: LGPL-3.0 (The Qt Company).&lt;/li&gt;&lt;li&gt;Shkronjat DejaVu (në raporte dhe kontrata): licenca Bitstream Vera dhe ndryshimet e DejaVu në domenin publik; teksti i plotë në &lt;code&gt;{fonts}&lt;/code&gt;.&lt;/li&gt;&lt;li&gt;SQLAlchemy, SQLModel, Alembic, pydantic, openpyxl, platformdirs: MIT; reportlab, defusedxml, cryptography: BSD; num2words: LGPL-2.1.&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;Python {python_version} në {system}.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Ndihmë</translation>
    </message>
    <message>
        <source>&amp;About Grant Evaluator</source>
        <translation>&amp;Rreth Grant Evaluator</translation>
    </message>
    <message>
        <source>About Grant Evaluator</source>
        <translation>Rreth Grant Evaluator</translation>
    </message>
</context>
<context>
    <name>language</name>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Gjuha</translation>
    </message>
</context>
<context>
    <name>letters_action</name>
    <message>
        <source>No outcome letters</source>
        <translation>Nuk ka letra njoftimi</translation>
    </message>
    <message>
        <source>No proposal&apos;s outcome is final yet, so there is no letter to write</source>
        <translation>Asnjë propozim nuk ka ende rezultat përfundimtar, prandaj nuk ka letër për t’u shkruar</translation>
    </message>
    <message>
        <source>Folder for the outcome letters</source>
        <translation>Dosja për letrat e njoftimit</translation>
    </message>
    <message>
        <source>Not decided yet, so without a letter: {waiting}</source>
        <translation>Ende pa vendim, prandaj pa letër: {waiting}</translation>
    </message>
    <message>
        <source>Outcome letters written</source>
        <translation>Letrat e njoftimit u shkruan</translation>
    </message>
    <message>
        <source>Wrote {count} and {name} into {folder}.</source>
        <translation>Ruajtur në {folder}: {count} dhe {name}.</translation>
    </message>
    <message>
        <source>Writing outcome letters…</source>
        <translation>Po shkruhen letrat e njoftimit…</translation>
    </message>
    <message>
        <source>Outcome letters not written</source>
        <translation>Letrat e njoftimit nuk u shkruan</translation>
    </message>
</context>
<context>
    <name>main_window</name>
    <message>
        <source>Call</source>
        <translation>Thirrja</translation>
    </message>
    <message>
        <source>Proposals</source>
        <translation>Propozimet</translation>
    </message>
    <message>
        <source>Evaluators</source>
        <translation>Vlerësuesit</translation>
    </message>
    <message>
        <source>Scoring</source>
        <translation>Pikëzimi</translation>
    </message>
    <message>
        <source>Reconciliation</source>
        <translation>Harmonizimi</translation>
    </message>
    <message>
        <source>Ranking</source>
        <translation>Renditja</translation>
    </message>
    <message>
        <source>Contracts</source>
        <translation>Kontratat</translation>
    </message>
    <message>
        <source>Language not changed</source>
        <translation>Gjuha nuk u ndryshua</translation>
    </message>
    <message>
        <source>Wait until the work under way is done, then try again.</source>
        <translation>Prisni derisa të përfundojë puna në vazhdim, pastaj provoni përsëri.</translation>
    </message>
    <message>
        <source>Open workspace</source>
        <translation>Hap hapësirën e punës</translation>
    </message>
    <message>
        <source>Demo not created</source>
        <translation>Demoja nuk u krijua</translation>
    </message>
    <message>
        <source>Workspace not opened</source>
        <translation>Hapësira e punës nuk u hap</translation>
    </message>
    <message>
        <source>{name} (read-only: damaged) — </source>
        <translation>{name} (vetëm për lexim: i dëmtuar) — </translation>
    </message>
    <message>
        <source>Open evaluation package</source>
        <translation>Hap paketën e vlerësimit</translation>
    </message>
    <message>
        <source>Package not opened</source>
        <translation>Paketa nuk u hap</translation>
    </message>
    <message>
        <source>Save your evaluation workspace as</source>
        <translation>Ruani hapësirën tuaj të punës për vlerësim si</translation>
    </message>
    <message>
        <source>Opening {name}…</source>
        <translation>Po hapet {name}…</translation>
    </message>
    <message>
        <source>Proposals not imported</source>
        <translation>Propozimet nuk u importuan</translation>
    </message>
    <message>
        <source>Import proposals</source>
        <translation>Importo propozime</translation>
    </message>
    <message>
        <source>Proposals (*.csv *.xlsx *.ods);;CSV (*.csv);;Excel workbooks (*.xlsx);;OpenDocument spreadsheets (*.ods)</source>
        <translation>Propozime (*.csv *.xlsx *.ods);;CSV (*.csv);;Libra pune Excel (*.xlsx);;Fletë llogaritëse OpenDocument (*.ods)</translation>
    </message>
    <message>
        <source>the file</source>
        <translation>skedari</translation>
    </message>
    <message>
        <source>{name} — {title} — Grant Evaluator</source>
        <translation>{name} — {title} — Grant Evaluator</translation>
    </message>
    <message>
        <source>Choose the call file</source>
        <translation>Zgjidhni skedarin e thirrjes</translation>
    </message>
    <message>
        <source>Call files (*.toml);;All files (*)</source>
        <translation>Skedarë thirrjeje (*.toml);;Të gjithë skedarët (*)</translation>
    </message>
    <message>
        <source>Not a valid call file</source>
        <translation>Skedar thirrjeje i pavlefshëm</translation>
    </message>
    <message>
        <source>Save the new workspace as</source>
        <translation>Ruani hapësirën e re të punës si</translation>
    </message>
    <message>
        <source>Workspace not created</source>
        <translation>Hapësira e punës nuk u krijua</translation>
    </message>
    <message>
        <source>{target} already exists; a new workspace never overwrites a file.</source>
        <translation>{target} ekziston tashmë; një hapësirë e re pune nuk mbishkruan kurrë një skedar.</translation>
    </message>
    <message>
        <source>Send back scores</source>
        <translation>Dërgo pikët</translation>
    </message>
    <message>
        <source>Scores not written</source>
        <translation>Pikët nuk u shkruan</translation>
    </message>
    <message>
        <source>Scores ready to send</source>
        <translation>Pikët janë gati për dërgim</translation>
    </message>
    <message>
        <source>{name} holds revision {revision}: {reviews}, {submitted} submitted, {scores}.

Send this file to the chair (e-mail or USB stick). It is signed: any change to it will be detected.</source>
        <translation>{name} përmban versionin {revision}: {reviews} (të dorëzuara: {submitted}), {scores}.

Dërgojeni këtë skedar te kryesuesi (me e-mail ose me USB). Skedari është i nënshkruar: çdo ndryshim në të do të zbulohet.</translation>
    </message>
    <message>
        <source>Grant Evaluator workspaces (*{suffix});;All files (*)</source>
        <translation>Hapësira pune të Grant Evaluator (*{suffix});;Të gjithë skedarët (*)</translation>
    </message>
    <message>
        <source>Workspaces and packages (*{suffix} *{package});;Grant Evaluator workspaces (*{suffix});;Evaluation packages (*{package});;All files (*)</source>
        <translation>Hapësira pune dhe paketa (*{suffix} *{package});;Hapësira pune të Grant Evaluator (*{suffix});;Paketa vlerësimi (*{package});;Të gjithë skedarët (*)</translation>
    </message>
    <message>
        <source>Evaluation packages (*.gep);;All files (*)</source>
        <translation>Paketa vlerësimi (*.gep);;Të gjithë skedarët (*)</translation>
    </message>
    <message>
        <source>Returns files (*.ger);;All files (*)</source>
        <translation>Skedarë kthimi (*.ger);;Të gjithë skedarët (*)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Skedari</translation>
    </message>
    <message>
        <source>&amp;New workspace from call file…</source>
        <translation>Hapësirë pune e &amp;re nga skedari i thirrjes…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Hap…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Hapur së &amp;fundi</translation>
    </message>
    <message>
        <source>Connect to &amp;server…</source>
        <translation>Lidhu me &amp;serverin…</translation>
    </message>
    <message>
        <source>&amp;Import proposals…</source>
        <translation>&amp;Importo propozime…</translation>
    </message>
    <message>
        <source>Open evaluation &amp;package…</source>
        <translation>Hap &amp;paketën e vlerësimit…</translation>
    </message>
    <message>
        <source>Import &amp;returns…</source>
        <translation>Importo &amp;kthimet…</translation>
    </message>
    <message>
        <source>&amp;Send back scores…</source>
        <translation>&amp;Dërgo pikët…</translation>
    </message>
    <message>
        <source>&amp;Close workspace</source>
        <translation>&amp;Mbyll hapësirën e punës</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>Di&amp;l</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Pamja</translation>
    </message>
</context>
<context>
    <name>msgbox</name>
    <message>
        <source>Copy all</source>
        <translation>Kopjo të gjitha</translation>
    </message>
</context>
<context>
    <name>operations</name>
    <message>
        <source>Cancel</source>
        <translation>Anulo</translation>
    </message>
    <message>
        <source>Proposals already imported</source>
        <translation>Propozimet janë importuar tashmë</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>Zëvendëso</translation>
    </message>
    <message>
        <source>Proposals not imported</source>
        <translation>Propozimet nuk u importuan</translation>
    </message>
    <message>
        <source>Importing proposals from {name}…</source>
        <translation>Po importohen propozimet nga {name}…</translation>
    </message>
    <message>
        <source>1 proposal of {source} is already in the workspace ({listed}).

Replace it with the file&apos;s version?</source>
        <translation>1 propozim nga {source} ndodhet tashmë në hapësirën e punës ({listed}).

Të zëvendësohet me versionin e skedarit?</translation>
    </message>
    <message>
        <source>{count} proposals of {source} are already in the workspace ({listed}).

Replace them with the file&apos;s version?</source>
        <translation>{count} propozime nga {source} ndodhen tashmë në hapësirën e punës ({listed}).

Të zëvendësohen me versionin e skedarit?</translation>
    </message>
</context>
<context>
    <name>organisation_dialog</name>
    <message>
        <source>Address:</source>
        <translation>Adresa:</translation>
    </message>
    <message>
        <source>Registration number:</source>
        <translation>Numri i regjistrimit:</translation>
    </message>
    <message>
        <source>Representative:</source>
        <translation>Përfaqësuesi:</translation>
    </message>
    <message>
        <source>E-mail:</source>
        <translation>E-maili:</translation>
    </message>
    <message>
        <source>Organisation details</source>
        <translation>Të dhënat e organizatës</translation>
    </message>
    <message>
        <source>&lt;b&gt;{escape}&lt;/b&gt; ({escape2}): what the contract drafts print. An empty field prints “[to be completed]”.</source>
        <translation>&lt;b&gt;{escape}&lt;/b&gt; ({escape2}): të dhënat që shtypen në projektkontrata. Një fushë bosh shtypet si “[për t’u plotësuar]”.</translation>
    </message>
    <message>
        <source>Details not changed</source>
        <translation>Të dhënat nuk u ndryshuan</translation>
    </message>
</context>
<context>
    <name>pdf_reader</name>
    <message>
        <source>it is protected by a password</source>
        <translation>është i mbrojtur me fjalëkalim</translation>
    </message>
    <message>
        <source>it is encrypted in a way that cannot be read</source>
        <translation>është i enkriptuar në një mënyrë që nuk mund të lexohet</translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation>Faqja e mëparshme</translation>
    </message>
    <message>
        <source>Page </source>
        <translation>Faqja </translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>Faqja tjetër</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Zvogëlo</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Zmadho</translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation>Sipas gjerësisë</translation>
    </message>
    <message>
        <source>Fit the page to the width of the pane</source>
        <translation>Përshtate faqen me gjerësinë e panelit</translation>
    </message>
    <message>
        <source>Find (Enter, F3)</source>
        <translation>Kërko (Enter, F3)</translation>
    </message>
    <message>
        <source>it is damaged or not a PDF</source>
        <translation>është i dëmtuar ose nuk është PDF</translation>
    </message>
    <message>
        <source> of {count}</source>
        <translation> nga {count}</translation>
    </message>
    <message>
        <source>not found</source>
        <translation>nuk u gjet</translation>
    </message>
    <message>
        <source>{count} of {count2}</source>
        <translation>{count} nga {count2}</translation>
    </message>
</context>
<context>
    <name>private_copy</name>
    <message>
        <source>Document not opened</source>
        <translation>Dokumenti nuk u hap</translation>
    </message>
</context>
<context>
    <name>proposal_model</name>
    <message>
        <source>Not checked</source>
        <translation>Pa kontrolluar</translation>
    </message>
    <message>
        <source>Eligible</source>
        <translation>I pranueshëm</translation>
    </message>
    <message>
        <source>Not eligible: </source>
        <translation>I papranueshëm: </translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referenca</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titulli</translation>
    </message>
    <message>
        <source>Lead applicant</source>
        <translation>Aplikanti kryesor</translation>
    </message>
    <message>
        <source>Requested</source>
        <translation>E kërkuar</translation>
    </message>
    <message>
        <source>Months</source>
        <translation>Muaj</translation>
    </message>
    <message>
        <source>Eligibility</source>
        <translation>Pranueshmëria</translation>
    </message>
    <message>
        <source>Priority area</source>
        <translation>Fusha prioritare</translation>
    </message>
    <message>
        <source>Countries</source>
        <translation>Vendet</translation>
    </message>
    <message>
        <source>Meets every eligibility rule of the call.</source>
        <translation>Plotëson të gjitha rregullat e thirrjes për pranueshmërinë.</translation>
    </message>
</context>
<context>
    <name>proposals_page</name>
    <message>
        <source>Priority area</source>
        <translation>Fusha prioritare</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>Temat</translation>
    </message>
    <message>
        <source>Requested</source>
        <translation>Shuma e kërkuar</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Kohëzgjatja</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Përmbledhja</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organizata</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Vendi</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Lloji</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Roli</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Kur</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Kush</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Çfarë</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Çfarë ndodhi</translation>
    </message>
    <message>
        <source>Double-click an organisation to complete or correct its details</source>
        <translation>Klikoni dy herë një organizatë për të plotësuar ose korrigjuar të dhënat e saj</translation>
    </message>
    <message>
        <source>Organisation details…</source>
        <translation>Të dhënat e organizatës…</translation>
    </message>
    <message>
        <source>Consortium</source>
        <translation>Konsorciumi</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historiku</translation>
    </message>
    <message>
        <source> Reason: {reason}</source>
        <translation> Arsyeja: {reason}</translation>
    </message>
    <message>
        <source>{told}

As recorded: {record}</source>
        <translation>{told}

Siç është regjistruar: {record}</translation>
    </message>
    <message>
        <source>&lt;i&gt;Select a proposal to see its consortium.&lt;/i&gt;</source>
        <translation>&lt;i&gt;Zgjidhni një propozim për të parë konsorciumin e tij.&lt;/i&gt;</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;font-size:13pt&apos;&gt;&lt;b&gt;{escape}&lt;/b&gt; — {escape2}&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;font-size:13pt&apos;&gt;&lt;b&gt;{escape}&lt;/b&gt; — {escape2}&lt;/span&gt;</translation>
    </message>
    <message>
        <source>{duration_months} months</source>
        <translation>{duration_months} muaj</translation>
    </message>
    <message>
        <source>Eligible: meets every eligibility rule of the call.</source>
        <translation>I pranueshëm: plotëson të gjitha rregullat e thirrjes për pranueshmërinë.</translation>
    </message>
    <message>
        <source>&lt;li&gt;{escape}&lt;/li&gt;</source>
        <translation>&lt;li&gt;{escape}&lt;/li&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Not eligible&lt;/b&gt;&lt;ul style=&apos;margin:0&apos;&gt;{reasons}&lt;/ul&gt;</source>
        <translation>&lt;b&gt;I papranueshëm&lt;/b&gt;&lt;ul style=&apos;margin:0&apos;&gt;{reasons}&lt;/ul&gt;</translation>
    </message>
    <message>
        <source>Search reference, title, organisation, country, topic…</source>
        <translation>Kërko referencë, titull, organizatë, vend, temë…</translation>
    </message>
    <message>
        <source>Import proposals…</source>
        <translation>Importo propozime…</translation>
    </message>
    <message>
        <source>No proposals yet: import a CSV or XLSX file.</source>
        <translation>Ende nuk ka propozime: importoni një skedar CSV ose XLSX.</translation>
    </message>
    <message>
        <source>{total} proposals · {eligible} eligible</source>
        <translation>Propozime: {total} · të pranueshme: {eligible}</translation>
    </message>
    <message>
        <source>{shown} of {total} proposals shown</source>
        <translation>Propozime të shfaqura: {shown} nga {total}</translation>
    </message>
</context>
<context>
    <name>ranking_page</name>
    <message>
        <source>Rank</source>
        <translation>Vendi</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referenca</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titulli</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statusi</translation>
    </message>
    <message>
        <source>Final</source>
        <translation>Finale</translation>
    </message>
    <message>
        <source>Requested ({currency})</source>
        <translation>E kërkuar ({currency})</translation>
    </message>
    <message>
        <source>Requested</source>
        <translation>E kërkuar</translation>
    </message>
    <message>
        <source>Awarded</source>
        <translation>E akorduar</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Sinjalizime</translation>
    </message>
    <message>
        <source>below it, the reserve list</source>
        <translation>nën të, lista rezervë</translation>
    </message>
    <message>
        <source>ranked proposals that did not fit are on the reserve list</source>
        <translation>propozimet e renditura që nuk hynë në buxhet janë në listën rezervë</translation>
    </message>
    <message>
        <source>Budget line — {committed} of {budget} {currency} committed; {below}</source>
        <translation>Kufiri i buxhetit — të angazhuara {committed} nga {budget} {currency}; {below}</translation>
    </message>
    <message>
        <source>{committed} of {budget} {currency} committed ({count:.1f}%)</source>
        <translation>Të angazhuara {committed} nga {budget} {currency} ({count:.1f}%)</translation>
    </message>
    <message>
        <source>The amount awarded to {reference}, between {low} and the requested {requested} {currency}.</source>
        <translation>Shuma e akorduar për {reference}, ndërmjet {low} dhe shumës së kërkuar {requested} {currency}.</translation>
    </message>
    <message>
        <source>Double-click to change the awarded amount</source>
        <translation>Klikoni dy herë për të ndryshuar shumën e akorduar</translation>
    </message>
    <message>
        <source>Double-click to see the reviews, exclusions and consensus behind this score</source>
        <translation>Klikoni dy herë për të parë vlerësimet, përjashtimet dhe konsensusin që qëndrojnë pas këtyre pikëve</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Eksporto CSV…</translation>
    </message>
    <message>
        <source>Export XLSX…</source>
        <translation>Eksporto XLSX…</translation>
    </message>
    <message>
        <source>Report PDF…</source>
        <translation>Raporti PDF…</translation>
    </message>
    <message>
        <source>Outcome letters…</source>
        <translation>Letrat e njoftimit…</translation>
    </message>
    <message>
        <source>One PDF letter per decided proposal, with letters.csv for mail merge</source>
        <translation>Një letër PDF për çdo propozim me vendim, me letters.csv për shkrirjen e postës (mail merge)</translation>
    </message>
    <message>
        <source>Filter by reference, title or status…</source>
        <translation>Filtro sipas referencës, titullit ose statusit…</translation>
    </message>
    <message>
        <source>No proposals to rank yet: import them on the Proposals page.</source>
        <translation>Ende nuk ka propozime për t’u renditur: importojini te faqja Propozimet.</translation>
    </message>
    <message>
        <source>{counts} funded · {counts2} on the reserve list · {counts3} to reconcile · {counts4} incomplete · {counts5} below threshold · {counts6} ineligible</source>
        <translation>Të financuara: {counts} · në listën rezervë: {counts2} · për t’u harmonizuar: {counts3} · të paplota: {counts4} · nën prag: {counts5} · të papranueshme: {counts6}</translation>
    </message>
    <message>
        <source>Amount not awarded</source>
        <translation>Shuma nuk u akordua</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Libër pune Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>{id} ranking{suffix}</source>
        <translation>{id} renditja{suffix}</translation>
    </message>
    <message>
        <source>Export the ranking</source>
        <translation>Eksporto renditjen</translation>
    </message>
    <message>
        <source>Not exported</source>
        <translation>Nuk u eksportua</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>U eksportua</translation>
    </message>
    <message>
        <source>Wrote {out}.</source>
        <translation>U ruajt {out}.</translation>
    </message>
</context>
<context>
    <name>recent_menu</name>
    <message>
        <source>{split} (server)</source>
        <translation>{split} (server)</translation>
    </message>
    <message>
        <source>No recent workspaces</source>
        <translation>Nuk ka hapësira pune të fundit</translation>
    </message>
    <message>
        <source>Clear menu</source>
        <translation>Pastro menynë</translation>
    </message>
</context>
<context>
    <name>reconciliation_page</name>
    <message>
        <source>Reference</source>
        <translation>Referenca</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statusi</translation>
    </message>
    <message>
        <source>Spread</source>
        <translation>Diferenca</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Sinjalizime</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>E zgjidhur</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>po</translation>
    </message>
    <message>
        <source>Proposals</source>
        <translation>Propozimet</translation>
    </message>
    <message>
        <source>Evaluator bias (advisory)</source>
        <translation>Anshmëria e vlerësuesve (për informim)</translation>
    </message>
    <message>
        <source>Feedback for the applicant</source>
        <translation>Reagimi për aplikantin</translation>
    </message>
    <message>
        <source>Reason (required)</source>
        <translation>Arsyeja (e detyrueshme)</translation>
    </message>
    <message>
        <source>Set consensus</source>
        <translation>Vendos konsensusin</translation>
    </message>
    <message>
        <source>Consensus score (replaces the aggregate of one criterion)</source>
        <translation>Pikët e konsensusit (zëvendësojnë rezultatin e kombinuar të një kriteri)</translation>
    </message>
    <message>
        <source>Reason (required to exclude)</source>
        <translation>Arsyeja (e detyrueshme për përjashtim)</translation>
    </message>
    <message>
        <source>Exclude</source>
        <translation>Përjashto</translation>
    </message>
    <message>
        <source>Exclude a review (or count it again)</source>
        <translation>Përjashto një vlerësim (ose numëroje përsëri)</translation>
    </message>
    <message>
        <source>Note for the record (required)</source>
        <translation>Shënim për procesverbalin (i detyrueshëm)</translation>
    </message>
    <message>
        <source>Resolve</source>
        <translation>Shëno të zgjidhur</translation>
    </message>
    <message>
        <source>Resolve (the proposal can then pass and be ranked)</source>
        <translation>Zgjidhja (pastaj propozimi mund të kalojë dhe të renditet)</translation>
    </message>
    <message>
        <source>Consensus would give:</source>
        <translation>Konsensusi do të jepte:</translation>
    </message>
    <message>
        <source>Exclusion would give:</source>
        <translation>Përjashtimi do të jepte:</translation>
    </message>
    <message>
        <source>&lt;i&gt;Select a proposal.&lt;/i&gt;</source>
        <translation>&lt;i&gt;Zgjidhni një propozim.&lt;/i&gt;</translation>
    </message>
    <message>
        <source>&lt;i&gt;No proposal to reconcile yet: eligible proposals appear here with their reviews.&lt;/i&gt;</source>
        <translation>&lt;i&gt;Ende nuk ka propozime për harmonizim: propozimet e pranueshme shfaqen këtu me vlerësimet e tyre.&lt;/i&gt;</translation>
    </message>
    <message>
        <source>resolved: {note}</source>
        <translation>zgjidhur: {note}</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;font-size:13pt&apos;&gt;&lt;b&gt;{reference}&lt;/b&gt; — {title}&lt;/span&gt;&lt;br&gt;Final score &lt;b&gt;{final}&lt;/b&gt; · spread {spread} · {state}</source>
        <translation>&lt;span style=&apos;font-size:13pt&apos;&gt;&lt;b&gt;{reference}&lt;/b&gt; — {title}&lt;/span&gt;&lt;br&gt;Pikët përfundimtare &lt;b&gt;{final}&lt;/b&gt; · diferenca {spread} · {state}</translation>
    </message>
    <message>
        <source> (excluded)</source>
        <translation> (përjashtuar)</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>Kriteri</translation>
    </message>
    <message>
        <source>Consensus</source>
        <translation>Konsensusi</translation>
    </message>
    <message>
        <source>Final</source>
        <translation>Finale</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Totali</translation>
    </message>
    <message>
        <source>Include again</source>
        <translation>Përfshi përsëri</translation>
    </message>
    <message>
        <source>Already resolved</source>
        <translation>Tashmë i zgjidhur</translation>
    </message>
    <message>
        <source>type a score to see its effect</source>
        <translation>shkruani pikët për të parë efektin</translation>
    </message>
    <message>
        <source>“{text}” is not a score on this criterion&apos;s scale</source>
        <translation>“{text}” nuk është pikë e vlefshme në shkallën e këtij kriteri</translation>
    </message>
    <message>
        <source>Consensus not saved</source>
        <translation>Konsensusi nuk u ruajt</translation>
    </message>
    <message>
        <source>Review not excluded</source>
        <translation>Vlerësimi nuk u përjashtua</translation>
    </message>
    <message>
        <source>Not resolved</source>
        <translation>Nuk u zgjidh</translation>
    </message>
    <message>
        <source>final score stays {shown}</source>
        <translation>pikët përfundimtare mbeten {shown}</translation>
    </message>
    <message>
        <source>final score {shown} → {shown2}</source>
        <translation>pikët përfundimtare {shown} → {shown2}</translation>
    </message>
</context>
<context>
    <name>reversals_bar</name>
    <message>
        <source>It will change:</source>
        <translation>Do të ndryshojë:</translation>
    </message>
    <message>
        <source>Add an evaluator to {reference}</source>
        <translation>Shto një vlerësues për {reference}</translation>
    </message>
    <message>
        <source>Free of conflicts of interest, the least loaded first:</source>
        <translation>Pa konflikt interesi, së pari ata me më pak ngarkesë:</translation>
    </message>
    <message>
        <source>Evaluator:</source>
        <translation>Vlerësuesi:</translation>
    </message>
    <message>
        <source>Reverse a decision (with a reason) or add an evaluator</source>
        <translation>Anulo një vendim (me arsye) ose shto një vlerësues</translation>
    </message>
    <message>
        <source>Un-resolve…</source>
        <translation>Anulo zgjidhjen…</translation>
    </message>
    <message>
        <source>Clear consensus…</source>
        <translation>Hiq konsensusin…</translation>
    </message>
    <message>
        <source>Reopen review…</source>
        <translation>Rihap vlerësimin…</translation>
    </message>
    <message>
        <source>Unassign…</source>
        <translation>Hiq caktimin…</translation>
    </message>
    <message>
        <source>Add third evaluator…</source>
        <translation>Shto vlerësues të tretë…</translation>
    </message>
    <message>
        <source>Take the proposal back from this evaluator</source>
        <translation>Tërhiq propozimin nga ky vlerësues</translation>
    </message>
    <message>
        <source>Only a review without scores can be unassigned; reopen or exclude it instead</source>
        <translation>Caktimi mund të hiqet vetëm për një vlerësim pa pikë; përndryshe rihapeni ose përjashtojeni</translation>
    </message>
    <message>
        <source>Un-resolve {reference}: {resolve_note}</source>
        <translation>Anulo zgjidhjen e {reference}: {resolve_note}</translation>
    </message>
    <message>
        <source>Un-resolve</source>
        <translation>Anulo zgjidhjen</translation>
    </message>
    <message>
        <source>Clear the consensus score of {reference} {criterion}.</source>
        <translation>Hiq pikët e konsensusit për {reference} {criterion}.</translation>
    </message>
    <message>
        <source>Clear consensus</source>
        <translation>Hiq konsensusin</translation>
    </message>
    <message>
        <source>Count the review of {reference} by {review} again.</source>
        <translation>Numëro përsëri vlerësimin e {reference} nga {review}.</translation>
    </message>
    <message>
        <source>Include again</source>
        <translation>Përfshi përsëri</translation>
    </message>
    <message>
        <source>Reopen the review of {reference} by {review}: it stops counting until it is submitted again.</source>
        <translation>Rihap vlerësimin e {reference} nga {review}: ai nuk llogaritet derisa të dorëzohet përsëri.</translation>
    </message>
    <message>
        <source>Reopen review</source>
        <translation>Rihap vlerësimin</translation>
    </message>
    <message>
        <source>Take {reference} back from {review}, who has not started it.</source>
        <translation>Tërhiq {reference} nga {review}, që nuk e ka filluar ende.</translation>
    </message>
    <message>
        <source>Unassign</source>
        <translation>Hiq caktimin</translation>
    </message>
    <message>
        <source>Add an evaluator</source>
        <translation>Shto një vlerësues</translation>
    </message>
    <message>
        <source>Every evaluator already reviews {reference} or has a conflict of interest.</source>
        <translation>Çdo vlerësues e vlerëson tashmë {reference} ose ka konflikt interesi me të.</translation>
    </message>
    <message>
        <source>{name} ({reviews} reviews)</source>
        <translation>{name} (vlerësime: {reviews})</translation>
    </message>
    <message>
        <source>Evaluator not assigned</source>
        <translation>Vlerësuesi nuk u caktua</translation>
    </message>
</context>
<context>
    <name>scoring_page</name>
    <message>
        <source>Send back scores…</source>
        <translation>Dërgo pikët…</translation>
    </message>
    <message>
        <source>Write the signed returns file to send to the chair</source>
        <translation>Shkruaj skedarin e nënshkruar të kthimit për t’ia dërguar kryesuesit</translation>
    </message>
    <message>
        <source>Score as:</source>
        <translation>Vlerëso si:</translation>
    </message>
    <message>
        <source>&lt;b&gt;My proposals&lt;/b&gt;</source>
        <translation>&lt;b&gt;Propozimet e mia&lt;/b&gt;</translation>
    </message>
    <message>
        <source>I have &amp;no conflict of interest</source>
        <translation>&amp;Nuk kam konflikt interesi</translation>
    </message>
    <message>
        <source>I have a &amp;conflict of interest…</source>
        <translation>&amp;Kam konflikt interesi…</translation>
    </message>
    <message>
        <source>Submit review</source>
        <translation>Dorëzo vlerësimin</translation>
    </message>
    <message>
        <source>No evaluators yet: register them on the Evaluators page and assign proposals.</source>
        <translation>Ende nuk ka vlerësues: regjistrojini te faqja Vlerësuesit dhe caktoni propozimet.</translation>
    </message>
    <message>
        <source>Select a proposal to score it.</source>
        <translation>Zgjidhni një propozim për ta vlerësuar.</translation>
    </message>
    <message>
        <source>No proposals are assigned to you in this package.</source>
        <translation>Në këtë paketë nuk ju është caktuar asnjë propozim.</translation>
    </message>
    <message>
        <source>No proposals are assigned to {escape} yet.</source>
        <translation>Vlerësuesit {escape} ende nuk i është caktuar asnjë propozim.</translation>
    </message>
    <message>
        <source>&lt;p style=&quot;color:#2D3748&quot;&gt;&lt;i&gt;{text}&lt;/i&gt;&lt;/p&gt;</source>
        <translation>&lt;p style=&quot;color:#2D3748&quot;&gt;&lt;i&gt;{text}&lt;/i&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Before scoring, declare whether you have a conflict of interest with {reference}: a personal, professional or financial tie to any member of the consortium.</source>
        <translation>Para vlerësimit, deklaroni nëse keni konflikt interesi me {reference}: një lidhje personale, profesionale ose financiare me ndonjë anëtar të konsorciumit.</translation>
    </message>
    <message>
        <source>Submitted and locked; the chair can reopen it.</source>
        <translation>I dorëzuar dhe i kyçur; kryesuesi mund ta rihapë.</translation>
    </message>
    <message>
        <source>Reopened by the chair: {reopen_reason}</source>
        <translation>Rihapur nga kryesuesi: {reopen_reason}</translation>
    </message>
    <message>
        <source>Saved as you type.</source>
        <translation>Ruhet ndërsa shkruani.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Total {points}&lt;/b&gt; of {points2} · {count} of {count2} criteria scored</source>
        <translation>&lt;b&gt;Totali {points}&lt;/b&gt; nga {points2} · kritere me pikë: {count} nga {count2}</translation>
    </message>
    <message>
        <source>Submit</source>
        <translation>Dorëzo</translation>
    </message>
    <message>
        <source>Conflict of interest</source>
        <translation>Konflikt interesi</translation>
    </message>
    <message>
        <source>Describe your conflict of interest with {reference}. The proposal will be taken off your list and the chair will see your declaration.</source>
        <translation>Përshkruani konfliktin tuaj të interesit me {reference}. Propozimi do të hiqet nga lista juaj dhe kryesuesi do ta shohë deklaratën tuaj.</translation>
    </message>
    <message>
        <source>Declaration not saved</source>
        <translation>Deklarata nuk u ruajt</translation>
    </message>
    <message>
        <source>Review not submitted</source>
        <translation>Vlerësimi nuk u dorëzua</translation>
    </message>
</context>
<context>
    <name>scoring_rows</name>
    <message>
        <source>&lt;li&gt;&lt;b&gt;{escape}&lt;/b&gt;{value}&lt;br&gt;&lt;span style=&apos;color:#555&apos;&gt;{escape2} · {escape3}&lt;/span&gt;&lt;/li&gt;</source>
        <translation>&lt;li&gt;&lt;b&gt;{escape}&lt;/b&gt;{value}&lt;br&gt;&lt;span style=&apos;color:#555&apos;&gt;{escape2} · {escape3}&lt;/span&gt;&lt;/li&gt;</translation>
    </message>
    <message>
        <source> (lead)</source>
        <translation> (aplikant kryesor)</translation>
    </message>
    <message>
        <source>&lt;p style=&apos;font-size:13pt&apos;&gt;&lt;b&gt;{escape}&lt;/b&gt; — {escape2}&lt;/p&gt;&lt;p&gt;&lt;b&gt;{requested_amount} {escape3}&lt;/b&gt; · {duration_months} months · {escape4}: {escape5}&lt;/p&gt;&lt;p&gt;{escape6}&lt;/p&gt;&lt;p&gt;&lt;b&gt;Consortium&lt;/b&gt;&lt;/p&gt;&lt;ul style=&apos;margin-left:-20px&apos;&gt;{members}&lt;/ul&gt;</source>
        <translation>&lt;p style=&apos;font-size:13pt&apos;&gt;&lt;b&gt;{escape}&lt;/b&gt; — {escape2}&lt;/p&gt;&lt;p&gt;&lt;b&gt;{requested_amount} {escape3}&lt;/b&gt; · {duration_months} muaj · {escape4}: {escape5}&lt;/p&gt;&lt;p&gt;{escape6}&lt;/p&gt;&lt;p&gt;&lt;b&gt;Konsorciumi&lt;/b&gt;&lt;/p&gt;&lt;ul style=&apos;margin-left:-20px&apos;&gt;{members}&lt;/ul&gt;</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referenca</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titulli</translation>
    </message>
    <message>
        <source>Scored</source>
        <translation>Pikëzuar</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statusi</translation>
    </message>
    <message>
        <source>Comment (required for scores {required})</source>
        <translation>Komenti (i detyrueshëm për pikët {required})</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Komenti</translation>
    </message>
    <message>
        <source>Enter: next criterion · Shift+Enter: new line</source>
        <translation>Enter: kriteri tjetër · Shift+Enter: rresht i ri</translation>
    </message>
    <message>
        <source>&lt;b&gt;{code}&lt;/b&gt; {text}&lt;br&gt;&lt;span style=&apos;color:#555&apos;&gt;{guidance}&lt;/span&gt;</source>
        <translation>&lt;b&gt;{code}&lt;/b&gt; {text}&lt;br&gt;&lt;span style=&apos;color:#555&apos;&gt;{guidance}&lt;/span&gt;</translation>
    </message>
    <message>
        <source>A score of {points} needs a written justification before you submit.</source>
        <translation>Për pikët {points} nevojitet arsyetim me shkrim para dorëzimit.</translation>
    </message>
    <message>
        <source>&lt;b&gt;{name}&lt;/b&gt; &lt;span style=&apos;color:#666&apos;&gt;· {maximum} points&lt;/span&gt;</source>
        <translation>&lt;b&gt;{name}&lt;/b&gt; &lt;span style=&apos;color:#666&apos;&gt;· {maximum} pikë&lt;/span&gt;</translation>
    </message>
    <message>
        <source>Submit your review of {reference}: total {points} of {points2}?

Once submitted it is locked; only the chair can reopen it.</source>
        <translation>Të dorëzohet vlerësimi juaj i {reference}: totali {points} nga {points2}?

Pasi dorëzohet, vlerësimi kyçet; vetëm kryesuesi mund ta rihapë.</translation>
    </message>
</context>
<context>
    <name>server_connect</name>
    <message>
        <source>Connect to server</source>
        <translation>Lidhu me serverin</translation>
    </message>
    <message>
        <source>db.example.org or db.example.org:5432</source>
        <translation>db.example.org ose db.example.org:5432</translation>
    </message>
    <message>
        <source>your database role, e.g. ana_s</source>
        <translation>roli juaj në bazën e të dhënave, p.sh. ana_s</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Serveri:</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Baza e të dhënave:</translation>
    </message>
    <message>
        <source>&amp;Sign in as:</source>
        <translation>&amp;Hyr si:</translation>
    </message>
    <message>
        <source>The password comes from ~/.pgpass or PGPASSWORD; if there is none, you are asked for it. Grant Evaluator never stores a password.</source>
        <translation>Fjalëkalimi merret nga ~/.pgpass ose PGPASSWORD; nëse nuk ka, ju kërkohet. Grant Evaluator nuk ruan kurrë fjalëkalime.</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Lidhu</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Fjalëkalimi</translation>
    </message>
    <message>
        <source>{message}

Password for {shown}:</source>
        <translation>{message}

Fjalëkalimi për {shown}:</translation>
    </message>
</context>
<context>
    <name>server_watch</name>
    <message>
        <source>Updated at {strftime}: the workspace was changed on the server.</source>
        <translation>Përditësuar në orën {strftime}: hapësira e punës u ndryshua në server.</translation>
    </message>
</context>
<context>
    <name>welcome_page</name>
    <message>
        <source>&lt;h1&gt;Grant Evaluator&lt;/h1&gt;&lt;p&gt;Score proposals against the call&apos;s grid, reconcile the evaluators&apos; scores, rank, and draw the budget line — offline, one workspace file per call.&lt;/p&gt;</source>
        <translation>&lt;h1&gt;Grant Evaluator&lt;/h1&gt;&lt;p&gt;Vlerësoni propozimet sipas grilës së thirrjes, harmonizoni pikët e vlerësuesve, renditini dhe përcaktoni kufirin e buxhetit — jashtë linje, një skedar hapësire pune për çdo thirrje.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>New workspace from call file…</source>
        <translation>Hapësirë pune e re nga skedari i thirrjes…</translation>
    </message>
    <message>
        <source>Open workspace…</source>
        <translation>Hap hapësirën e punës…</translation>
    </message>
    <message>
        <source>Open evaluation package…</source>
        <translation>Hap paketën e vlerësimit…</translation>
    </message>
    <message>
        <source>Open the demo workspace</source>
        <translation>Hap hapësirën demo të punës</translation>
    </message>
    <message>
        <source>&lt;b&gt;Recent workspaces&lt;/b&gt;</source>
        <translation>&lt;b&gt;Hapësirat e fundit të punës&lt;/b&gt;</translation>
    </message>
</context>
</TS>
