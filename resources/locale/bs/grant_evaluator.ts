<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="bs" sourcelanguage="en">
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>U redu</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Odustani</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Zatvori</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Da</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;Ne</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Sačuvaj</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Otvori</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Primijeni</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Pomoć</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <source>Not done</source>
        <translation>Nije izvršeno</translation>
    </message>
</context>
<context>
    <name>batches</name>
    <message>
        <source>They are not entered in the audit trail: the workspace is damaged.</source>
        <translation>Ovo nije upisano u revizijski trag: radni prostor je oštećen.</translation>
    </message>
    <message>
        <source>They could not be entered in the audit trail: {audit_error}</source>
        <translation>Ovo nije bilo moguće upisati u revizijski trag: {audit_error}</translation>
    </message>
</context>
<context>
    <name>bias_view</name>
    <message>
        <source>Evaluator</source>
        <translation>Ocjenjivač</translation>
    </message>
    <message>
        <source>Reviews</source>
        <translation>Ocjenjivanja</translation>
    </message>
    <message>
        <source>Mean total</source>
        <translation>Prosječan zbir</translation>
    </message>
    <message>
        <source>Spread</source>
        <translation>Raspon</translation>
    </message>
    <message>
        <source>Deviation from co-reviewers</source>
        <translation>Odstupanje od ostalih ocjenjivača</translation>
    </message>
    <message>
        <source>Advisory only: these figures never change an official score. Deviation is the evaluator&apos;s total minus the mean of the other reviewers of the same proposal, averaged over their reviews (submitted and included reviews only).</source>
        <translation>Samo savjetodavno: ove brojke nikada ne mijenjaju zvaničnu ocjenu. Odstupanje je razlika između zbira bodova ocjenjivača i prosjeka zbirova ostalih ocjenjivača istog prijedloga, uprosječena po svim ocjenjivanjima tog ocjenjivača (uzimaju se u obzir samo podnesena i uključena ocjenjivanja).</translation>
    </message>
    <message>
        <source>Review totals per evaluator</source>
        <translation>Zbir bodova ocjenjivanja po ocjenjivaču</translation>
    </message>
</context>
<context>
    <name>call_page</name>
    <message>
        <source>mean</source>
        <translation>prosjek</translation>
    </message>
    <message>
        <source>median</source>
        <translation>medijan</translation>
    </message>
    <message>
        <source>the mean of the two closest</source>
        <translation>prosjek dviju najbližih</translation>
    </message>
    <message>
        <source>&lt;h1&gt;{escape}&lt;/h1&gt;&lt;p class=&apos;key&apos;&gt;{escape2}&lt;/p&gt;</source>
        <translation>&lt;h1&gt;{escape}&lt;/h1&gt;&lt;p class=&apos;key&apos;&gt;{escape2}&lt;/p&gt;</translation>
    </message>
    <message>
        <source>at least {min_members} {escape} members from at least {min_countries} beneficiary countries, lead included</source>
        <translation>broj članova tipa {escape}: najmanje {min_members}; broj zemalja korisnica: najmanje {min_countries}; uračunava se i vodeći podnosilac</translation>
    </message>
    <message>
        <source> or </source>
        <translation> ili </translation>
    </message>
    <message>
        <source>; a lead of type {escape} may apply alone</source>
        <translation>; vodeći podnosilac tipa {escape} može se prijaviti samostalno</translation>
    </message>
    <message>
        <source>total ≥ {points} of {points2}</source>
        <translation>ukupno ≥ {points} od {points2}</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Budžet</translation>
    </message>
    <message>
        <source>Grant size</source>
        <translation>Iznos granta</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Trajanje</translation>
    </message>
    <message>
        <source>{min_duration_months}–{max_duration_months} months</source>
        <translation>{min_duration_months}–{max_duration_months} mj.</translation>
    </message>
    <message>
        <source>Beneficiary countries</source>
        <translation>Zemlje korisnice</translation>
    </message>
    <message>
        <source>Consortium</source>
        <translation>Konzorcij</translation>
    </message>
    <message>
        <source>Pass marks</source>
        <translation>Prolazni pragovi</translation>
    </message>
    <message>
        <source>Reviews</source>
        <translation>Ocjenjivanja</translation>
    </message>
    <message>
        <source>{reviewers_per_proposal} per proposal, combined by {aggregate}; divergent when totals differ by ≥ {divergence_total} points{value} or a criterion by ≥ {points}</source>
        <translation>{reviewers_per_proposal} po prijedlogu, objedinjavanje: {aggregate}; razilaze se ako je razlika u zbiru bodova ≥ {divergence_total}{value} ili u ocjeni jednog kriterija ≥ {points}</translation>
    </message>
    <message>
        <source> of the higher total</source>
        <translation> od većeg zbira</translation>
    </message>
    <message>
        <source>Written justification</source>
        <translation>Pisano obrazloženje</translation>
    </message>
    <message>
        <source>required for scores </source>
        <translation>obavezno za ocjene </translation>
    </message>
    <message>
        <source>optional</source>
        <translation>nije obavezno</translation>
    </message>
    <message>
        <source>Budget line</source>
        <translation>Granica budžeta</translation>
    </message>
    <message>
        <source>strict: the first proposal that does not fit and all after it go to the reserve list</source>
        <translation>strogo: prvi prijedlog koji ne stane u budžet i svi prijedlozi nakon njega idu na rezervnu listu</translation>
    </message>
    <message>
        <source>fill: a proposal that does not fit goes to the reserve list, the next may fit</source>
        <translation>popunjavanje: prijedlog koji ne stane u budžet ide na rezervnu listu, a sljedeći možda stane</translation>
    </message>
    <message>
        <source>Contracting authority</source>
        <translation>Ugovorni organ</translation>
    </message>
    <message>
        <source>{escape}, {escape2} (represented by {escape3})</source>
        <translation>{escape}, {escape2} (zastupnik: {escape3})</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Priority areas&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Prioritetne oblasti&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;{escape}&lt;/b&gt;&lt;br&gt;&lt;span class=&apos;guidance&apos;&gt;{topics}&lt;/span&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;{escape}&lt;/b&gt;&lt;br&gt;&lt;span class=&apos;guidance&apos;&gt;{topics}&lt;/span&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Scoring grid — {points} points&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Tabela za ocjenjivanje — najveći broj bodova: {points}&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>&lt;tr&gt;&lt;th&gt;Code&lt;/th&gt;&lt;th&gt;Criterion&lt;/th&gt;&lt;th class=&apos;num&apos;&gt;Scale&lt;/th&gt;&lt;th class=&apos;num&apos;&gt;Weight&lt;/th&gt;&lt;th class=&apos;num&apos;&gt;Max&lt;/th&gt;&lt;/tr&gt;</source>
        <translation>&lt;tr&gt;&lt;th&gt;Oznaka&lt;/th&gt;&lt;th&gt;Kriterij&lt;/th&gt;&lt;th class=&apos;num&apos;&gt;Skala&lt;/th&gt;&lt;th class=&apos;num&apos;&gt;Ponder&lt;/th&gt;&lt;th class=&apos;num&apos;&gt;Maks.&lt;/th&gt;&lt;/tr&gt;</translation>
    </message>
    <message>
        <source> (pass mark {points})</source>
        <translation> (prolazni prag: {points})</translation>
    </message>
    <message>
        <source>&lt;tr class=&apos;section&apos;&gt;&lt;td&gt;&lt;/td&gt;&lt;td&gt;{escape}{mark}&lt;/td&gt;&lt;td&gt;&lt;/td&gt;&lt;td&gt;&lt;/td&gt;&lt;td class=&apos;num&apos;&gt;{points}&lt;/td&gt;&lt;/tr&gt;</source>
        <translation>&lt;tr class=&apos;section&apos;&gt;&lt;td&gt;&lt;/td&gt;&lt;td&gt;{escape}{mark}&lt;/td&gt;&lt;td&gt;&lt;/td&gt;&lt;td&gt;&lt;/td&gt;&lt;td class=&apos;num&apos;&gt;{points}&lt;/td&gt;&lt;/tr&gt;</translation>
    </message>
    <message>
        <source> by {points}</source>
        <translation> s korakom {points}</translation>
    </message>
    <message>
        <source>&lt;tr&gt;&lt;td&gt;{escape}&lt;/td&gt;&lt;td&gt;{escape2}&lt;br&gt;&lt;span class=&apos;guidance&apos;&gt;{escape3}&lt;/span&gt;&lt;/td&gt;&lt;td class=&apos;num&apos;&gt;{points}–{points2}{step}&lt;/td&gt;&lt;td class=&apos;num&apos;&gt;×{points3}&lt;/td&gt;&lt;td class=&apos;num&apos;&gt;{points4}&lt;/td&gt;&lt;/tr&gt;</source>
        <translation>&lt;tr&gt;&lt;td&gt;{escape}&lt;/td&gt;&lt;td&gt;{escape2}&lt;br&gt;&lt;span class=&apos;guidance&apos;&gt;{escape3}&lt;/span&gt;&lt;/td&gt;&lt;td class=&apos;num&apos;&gt;{points}–{points2}{step}&lt;/td&gt;&lt;td class=&apos;num&apos;&gt;×{points3}&lt;/td&gt;&lt;td class=&apos;num&apos;&gt;{points4}&lt;/td&gt;&lt;/tr&gt;</translation>
    </message>
    <message>
        <source>Name the chair…</source>
        <translation>Unesi ime predsjedavajućeg…</translation>
    </message>
    <message>
        <source>Chair: &lt;b&gt;{escape}&lt;/b&gt; (the history names them for each change).</source>
        <translation>Predsjedavajući komisije: &lt;b&gt;{escape}&lt;/b&gt; (historija navodi to ime uz svaku izmjenu).</translation>
    </message>
    <message>
        <source>Chair: &lt;i&gt;not named yet&lt;/i&gt;; the history names the computer&apos;s login ({login}) for each change until you name the chair.</source>
        <translation>Predsjedavajući komisije: &lt;i&gt;još nije imenovan&lt;/i&gt;; do tada historija uz svaku izmjenu navodi korisničko ime računara ({login}).</translation>
    </message>
    <message>
        <source>Name the chair</source>
        <translation>Ime predsjedavajućeg</translation>
    </message>
    <message>
        <source>The chair&apos;s name, as the committee knows it:</source>
        <translation>Ime predsjedavajućeg, onako kako ga poznaje komisija:</translation>
    </message>
    <message>
        <source>Chair not named</source>
        <translation>Ime predsjedavajućeg nije sačuvano</translation>
    </message>
</context>
<context>
    <name>contracts_page</name>
    <message>
        <source>Contract</source>
        <translation>Ugovor</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Ref. broj</translation>
    </message>
    <message>
        <source>Beneficiary</source>
        <translation>Korisnik</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Iznos</translation>
    </message>
    <message>
        <source>Missing data</source>
        <translation>Nedostajući podaci</translation>
    </message>
    <message>
        <source>Printed as “[to be completed]”:
</source>
        <translation>Štampa se kao „[popuniti]“:
</translation>
    </message>
    <message>
        <source>The printer could not be started.</source>
        <translation>Štampač nije bilo moguće pokrenuti.</translation>
    </message>
    <message>
        <source>Export all…</source>
        <translation>Izvezi sve…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Štampaj…</translation>
    </message>
    <message>
        <source>{count}: contract drafts in rank order. Check each draft, then export or print it for signature.</source>
        <translation>{count}: nacrti ugovora po redoslijedu na rang-listi. Provjerite svaki nacrt, a zatim ga izvezite ili odštampajte za potpisivanje.</translation>
    </message>
    <message>
        <source>Draft not made</source>
        <translation>Nacrt nije napravljen</translation>
    </message>
    <message>
        <source>Folder for the contract drafts</source>
        <translation>Folder za nacrte ugovora</translation>
    </message>
    <message>
        <source>Contract drafts exported</source>
        <translation>Nacrti ugovora su izvezeni</translation>
    </message>
    <message>
        <source>Wrote {count} into {folder}.</source>
        <translation>Sačuvano u {folder}: {count}.</translation>
    </message>
    <message>
        <source>Writing contract drafts…</source>
        <translation>Izrada nacrta ugovora…</translation>
    </message>
    <message>
        <source>Contract drafts not exported</source>
        <translation>Nacrti ugovora nisu izvezeni</translation>
    </message>
    <message>
        <source>Not printed</source>
        <translation>Nije odštampano</translation>
    </message>
    <message>
        <source>Printed, but not entered in the audit trail</source>
        <translation>Odštampano, ali nije upisano u revizijski trag</translation>
    </message>
</context>
<context>
    <name>damaged</name>
    <message>
        <source>Workspace not opened</source>
        <translation>Radni prostor nije otvoren</translation>
    </message>
    <message>
        <source>Workspace damaged</source>
        <translation>Radni prostor je oštećen</translation>
    </message>
    <message>
        <source>{message}

{name} is open read-only: you can look at everything and export reports, but not change anything. It has no backup to restore.</source>
        <translation>{message}

Datoteka {name} otvorena je samo za čitanje: možete sve pregledati i izvoziti izvještaje, ali ništa ne možete mijenjati. Za nju ne postoji sigurnosna kopija koja bi se mogla vratiti.</translation>
    </message>
    <message>
        <source>{message}

The latest backup of {name} was made {made} ({replace}). Restore it? The damaged file is kept as a backup too.</source>
        <translation>{message}

Posljednja sigurnosna kopija datoteke {name} napravljena je {made} ({replace}). Želite li je vratiti? I oštećena datoteka čuva se kao sigurnosna kopija.</translation>
    </message>
    <message>
        <source>

Or open {name} read-only, as it is, to look at it.</source>
        <translation>

Ili otvorite datoteku {name} samo za čitanje, takvu kakva jeste, da biste je pregledali.</translation>
    </message>
    <message>
        <source>Open read-only</source>
        <translation>Otvori samo za čitanje</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Vrati</translation>
    </message>
    <message>
        <source>Backup not restored</source>
        <translation>Sigurnosna kopija nije vraćena</translation>
    </message>
    <message>
        <source>Restore the latest backup…</source>
        <translation>Vrati posljednju sigurnosnu kopiju…</translation>
    </message>
    <message>
        <source>was changed by another program (it holds database objects Grant Evaluator does not create)</source>
        <translation>izmijenjen je u drugom programu (sadrži objekte baze podataka koje Grant Evaluator ne pravi)</translation>
    </message>
    <message>
        <source>is damaged</source>
        <translation>je oštećen</translation>
    </message>
    <message>
        <source>Read-only: {name} {why}. You can look at everything and export reports, but nothing can be changed; restore a backup to repair it.</source>
        <translation>Samo za čitanje: {name} {why}. Možete sve pregledati i izvoziti izvještaje, ali ništa se ne može mijenjati; vratite sigurnosnu kopiju da biste ga popravili.</translation>
    </message>
</context>
<context>
    <name>dialogs</name>
    <message>
        <source>Edit evaluator</source>
        <translation>Uredi ocjenjivača</translation>
    </message>
    <message>
        <source>Add evaluator</source>
        <translation>Dodaj ocjenjivača</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Ime:</translation>
    </message>
    <message>
        <source>Country:</source>
        <translation>Zemlja:</translation>
    </message>
    <message>
        <source>E-mail:</source>
        <translation>E-pošta:</translation>
    </message>
    <message>
        <source>e.g. ana_s; empty: packages and returns</source>
        <translation>npr. ana_s; prazno: paketi i datoteke s ocjenama</translation>
    </message>
    <message>
        <source>The database role this evaluator signs in to the server with; they then score on the server and see only their own proposals.</source>
        <translation>Uloga u bazi podataka pod kojom se ovaj ocjenjivač prijavljuje na server; tada ocjenjuje na serveru i vidi samo prijedloge koji su mu dodijeljeni.</translation>
    </message>
    <message>
        <source>Signs in as:</source>
        <translation>Prijavljuje se kao:</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>Razlog:</translation>
    </message>
    <message>
        <source>Proposal:</source>
        <translation>Prijedlog:</translation>
    </message>
    <message>
        <source>Awarded amount</source>
        <translation>Dodijeljeni iznos</translation>
    </message>
    <message>
        <source>Needed when awarding less than requested</source>
        <translation>Obavezno kada se dodjeljuje manje od traženog iznosa</translation>
    </message>
    <message>
        <source>Amount:</source>
        <translation>Iznos:</translation>
    </message>
    <message>
        <source>“{typed}” is not an amount. Write it for example {example:.2f}, {example:,.2f} or {comma}.</source>
        <translation>„{typed}“ nije iznos. Upišite ga, na primjer, kao {example:.2f}, {example:,.2f} ili {comma}.</translation>
    </message>
    <message>
        <source>{amount:,.2f} is less than the {requested:,.2f} requested: give the reason for awarding less; the trail keeps it.</source>
        <translation>{amount:,.2f} je manje od traženih {requested:,.2f}: navedite razlog za dodjelu manjeg iznosa; revizijski trag ga čuva.</translation>
    </message>
    <message>
        <source>Export evaluation packages</source>
        <translation>Izvoz paketa za ocjenjivanje</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Pregledaj…</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Izvezi</translation>
    </message>
    <message>
        <source>Each evaluator gets one file with the call, their proposals and their own scores — nothing about other evaluators. Send it to them by e-mail or USB stick.</source>
        <translation>Svaki ocjenjivač dobija jednu datoteku s pozivom, svojim prijedlozima i vlastitim ocjenama — ništa o drugim ocjenjivačima. Pošaljite mu je e-poštom ili na USB memoriji.</translation>
    </message>
    <message>
        <source>Evaluators:</source>
        <translation>Ocjenjivači:</translation>
    </message>
    <message>
        <source>Folder:</source>
        <translation>Folder:</translation>
    </message>
    <message>
        <source>Folder for the packages</source>
        <translation>Folder za pakete</translation>
    </message>
</context>
<context>
    <name>document_pane</name>
    <message>
        <source>&amp;Document:</source>
        <translation>&amp;Dokument:</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Otvori</translation>
    </message>
    <message>
        <source>Open a private read-only copy in your system&apos;s application</source>
        <translation>Otvori privatnu kopiju samo za čitanje u zadanoj aplikaciji vašeg sistema</translation>
    </message>
    <message>
        <source>{reference} has no documents attached; score it from the summary.</source>
        <translation>Uz prijedlog {reference} nije priložen nijedan dokument; ocijenite ga na osnovu sažetka.</translation>
    </message>
    <message>
        <source>The documents of the proposal you score are shown here.</source>
        <translation>Ovdje se prikazuju dokumenti prijedloga koji ocjenjujete.</translation>
    </message>
    <message>
        <source>{described} opens in your system&apos;s application.</source>
        <translation>{described} otvara se u zadanoj aplikaciji vašeg sistema.</translation>
    </message>
    <message>
        <source>{described} cannot be shown here: {problem}. Your system&apos;s application may still open it.</source>
        <translation>{described} ne može se prikazati ovdje: {problem}. Zadana aplikacija vašeg sistema ipak ga možda može otvoriti.</translation>
    </message>
</context>
<context>
    <name>documents_panel</name>
    <message>
        <source>Documents (*.pdf *.docx *.xlsx *.pptx *.odt *.ods *.odp *.zip *.doc *.xls *.ppt *.rtf *.png *.jpg *.jpeg *.txt *.csv *.md);;All files (*)</source>
        <translation>Dokumenti (*.pdf *.docx *.xlsx *.pptx *.odt *.ods *.odp *.zip *.doc *.xls *.ppt *.rtf *.png *.jpg *.jpeg *.txt *.csv *.md);;Sve datoteke (*)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Documents&lt;/b&gt;</source>
        <translation>&lt;b&gt;Dokumenti&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naziv</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Veličina</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Dodaj…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Ukloni</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Otvori</translation>
    </message>
    <message>
        <source>{media_type}, added by {added_by}</source>
        <translation>{media_type}; dodao/dodala: {added_by}</translation>
    </message>
    <message>
        <source>&lt;b&gt;Documents of {reference}&lt;/b&gt; ({count})</source>
        <translation>&lt;b&gt;Dokumenti prijedloga {reference}&lt;/b&gt; ({count})</translation>
    </message>
    <message>
        <source>&lt;b&gt;Documents&lt;/b&gt;: select a proposal</source>
        <translation>&lt;b&gt;Dokumenti&lt;/b&gt;: odaberite prijedlog</translation>
    </message>
    <message>
        <source>Add documents to {reference}</source>
        <translation>Dodaj dokumente prijedlogu {reference}</translation>
    </message>
    <message>
        <source>Documents not added</source>
        <translation>Dokumenti nisu dodani</translation>
    </message>
    <message>
        <source>Documents not imported</source>
        <translation>Dokumenti nisu uvezeni</translation>
    </message>
    <message>
        <source> ({skipped} left out)</source>
        <translation> (izostavljeno: {skipped})</translation>
    </message>
    <message>
        <source>Documents imported</source>
        <translation>Dokumenti su uvezeni</translation>
    </message>
    <message>
        <source>Remove document</source>
        <translation>Ukloni dokument</translation>
    </message>
    <message>
        <source>Remove “{name}” from {reference}?</source>
        <translation>Ukloniti „{name}“ iz prijedloga {reference}?</translation>
    </message>
    <message>
        <source>Document not removed</source>
        <translation>Dokument nije uklonjen</translation>
    </message>
</context>
<context>
    <name>evaluators_models</name>
    <message>
        <source>Name</source>
        <translation>Ime</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Zemlja</translation>
    </message>
    <message>
        <source>Reviews</source>
        <translation>Ocjenjivanja</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Podneseno</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Sukobi</translation>
    </message>
    <message>
        <source>Package sent</source>
        <translation>Paket poslan</translation>
    </message>
    <message>
        <source>Returns</source>
        <translation>Vraćeno</translation>
    </message>
    <message>
        <source>revision {returns_revision}, {when}</source>
        <translation>verzija {returns_revision}, {when}</translation>
    </message>
    <message>
        <source>{name} — {reference} {title}: free, double-click to assign</source>
        <translation>{name} — {reference} {title}: slobodno, dvaput kliknite za dodjelu</translation>
    </message>
</context>
<context>
    <name>evaluators_page</name>
    <message>
        <source>Add evaluator…</source>
        <translation>Dodaj ocjenjivača…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Uredi…</translation>
    </message>
    <message>
        <source> per proposal</source>
        <translation> po prijedlogu</translation>
    </message>
    <message>
        <source>Assign automatically</source>
        <translation>Dodijeli automatski</translation>
    </message>
    <message>
        <source>Export packages…</source>
        <translation>Izvezi pakete…</translation>
    </message>
    <message>
        <source>Import returns…</source>
        <translation>Uvezi ocjene…</translation>
    </message>
    <message>
        <source>Evaluators:</source>
        <translation>Ocjenjivači:</translation>
    </message>
    <message>
        <source>Proposal</source>
        <translation>Prijedlog</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Razlog</translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation>Evidentirao</translation>
    </message>
    <message>
        <source>Add conflict…</source>
        <translation>Dodaj sukob interesa…</translation>
    </message>
    <message>
        <source>Remove conflict</source>
        <translation>Ukloni sukob interesa</translation>
    </message>
    <message>
        <source>&lt;b&gt;Conflicts of interest&lt;/b&gt;</source>
        <translation>&lt;b&gt;Sukobi interesa&lt;/b&gt;</translation>
    </message>
    <message>
        <source>  ·  double-click a cell to assign or unassign</source>
        <translation>  ·  dvoklik na ćeliju: dodijeli ili poništi dodjelu</translation>
    </message>
    <message>
        <source>&lt;b&gt;Assignments&lt;/b&gt; (eligible proposals × evaluators)</source>
        <translation>&lt;b&gt;Dodjele&lt;/b&gt; (prihvatljivi prijedlozi × ocjenjivači)</translation>
    </message>
    <message>
        <source>{count} · {reviews} assigned · {submitted} submitted</source>
        <translation>{count} · dodijeljeno: {reviews} · podneseno: {submitted}</translation>
    </message>
    <message>
        <source>Evaluator not added</source>
        <translation>Ocjenjivač nije dodan</translation>
    </message>
    <message>
        <source>Evaluator added</source>
        <translation>Ocjenjivač je dodan</translation>
    </message>
    <message>
        <source>{name} signs in to the server as {login}. The role was created without a password: set one with ALTER ROLE {login} PASSWORD &apos;…&apos; (or as the server&apos;s pg_hba.conf allows).</source>
        <translation>{name} se prijavljuje na server kao {login}. Uloga je napravljena bez lozinke: postavite je naredbom ALTER ROLE {login} PASSWORD &apos;…&apos; (ili onako kako dozvoljava pg_hba.conf na serveru).</translation>
    </message>
    <message>
        <source>Evaluator not changed</source>
        <translation>Ocjenjivač nije izmijenjen</translation>
    </message>
    <message>
        <source>Nothing assigned</source>
        <translation>Ništa nije dodijeljeno</translation>
    </message>
    <message>
        <source>Assignments</source>
        <translation>Dodjele</translation>
    </message>
    <message>
        <source>Assigned {count}.</source>
        <translation>Dodijeljeno: {count}.</translation>
    </message>
    <message>
        <source>Every eligible proposal already has its evaluators.</source>
        <translation>Svaki prihvatljivi prijedlog već ima svoje ocjenjivače.</translation>
    </message>
    <message>
        <source>Conflict of interest</source>
        <translation>Sukob interesa</translation>
    </message>
    <message>
        <source>{name} has a conflict of interest with {reference}.</source>
        <translation>{name} je u sukobu interesa u vezi s prijedlogom {reference}.</translation>
    </message>
    <message>
        <source>Not assigned</source>
        <translation>Nije dodijeljeno</translation>
    </message>
    <message>
        <source>Unassign</source>
        <translation>Poništi dodjelu</translation>
    </message>
    <message>
        <source>{name} has started reviewing {reference}. Unassign it and discard their scores?</source>
        <translation>{name}: ocjenjivanje prijedloga {reference} već je započeto. Poništiti dodjelu i odbaciti unesene ocjene?</translation>
    </message>
    <message>
        <source>Not unassigned</source>
        <translation>Dodjela nije poništena</translation>
    </message>
    <message>
        <source>Record a conflict of interest of {name}. They will not review the proposal; an unsubmitted review of it is released.</source>
        <translation>Evidentirajte sukob interesa ocjenjivača {name}. Ocjenjivač neće ocjenjivati prijedlog; njegovo nepodneseno ocjenjivanje tog prijedloga se poništava.</translation>
    </message>
    <message>
        <source>Conflict not recorded</source>
        <translation>Sukob interesa nije evidentiran</translation>
    </message>
    <message>
        <source>Conflict not removed</source>
        <translation>Sukob interesa nije uklonjen</translation>
    </message>
    <message>
        <source>the evaluator</source>
        <translation>ocjenjivač</translation>
    </message>
    <message>
        <source>the chair</source>
        <translation>predsjedavajući</translation>
    </message>
    <message>
        <source>Packages exported</source>
        <translation>Paketi su izvezeni</translation>
    </message>
    <message>
        <source>{sum} written to {folder}.</source>
        <translation>Sačuvano u {folder}: {sum}.</translation>
    </message>
    <message>
        <source>Exporting packages…</source>
        <translation>Izvoz paketa…</translation>
    </message>
    <message>
        <source>Packages not exported</source>
        <translation>Paketi nisu izvezeni</translation>
    </message>
    <message>
        <source>Import returns</source>
        <translation>Uvoz ocjena</translation>
    </message>
    <message>
        <source>Returns files (*.ger);;All files (*)</source>
        <translation>Datoteke s ocjenama (*.ger);;Sve datoteke (*)</translation>
    </message>
    <message>
        <source>Returns imported</source>
        <translation>Ocjene su uvezene</translation>
    </message>
    <message>
        <source>{imported} of {count} accepted</source>
        <translation>Ukupno {count}, prihvaćeno: {imported}</translation>
    </message>
    <message>
        <source>; {refused} refused, and each refused file changed nothing.</source>
        <translation>; odbijeno: {refused}, a nijedna odbijena datoteka nije ništa izmijenila.</translation>
    </message>
    <message>
        <source>Importing returns…</source>
        <translation>Uvoz ocjena…</translation>
    </message>
    <message>
        <source>Returns not imported</source>
        <translation>Ocjene nisu uvezene</translation>
    </message>
    <message>
        <source>{name}: refused: {message}</source>
        <translation>{name}: odbijeno: {message}</translation>
    </message>
    <message>
        <source>    not merged: {conflict}</source>
        <translation>    nije objedinjeno: {conflict}</translation>
    </message>
</context>
<context>
    <name>feedback_panel</name>
    <message>
        <source>The whole proposal</source>
        <translation>Cijeli prijedlog</translation>
    </message>
    <message>
        <source>What the applicant reads in the outcome letter</source>
        <translation>Ono što podnosilac prijave čita u obavještenju o ishodu</translation>
    </message>
    <message>
        <source>Save feedback</source>
        <translation>Sačuvaj povratnu informaciju</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Obriši</translation>
    </message>
    <message>
        <source>Copy this evaluator&apos;s comment in</source>
        <translation>Preuzmi komentar ovog ocjenjivača</translation>
    </message>
    <message>
        <source>Evaluators&apos; comments stay the committee&apos;s own: only what you save here reaches the applicant, and a comment only when you copy it in.</source>
        <translation>Komentari ocjenjivača ostaju unutar komisije: podnosiocu prijave stiže samo ono što ovdje sačuvate, a komentar samo ako ga preuzmete.</translation>
    </message>
    <message>
        <source>Feedback on:</source>
        <translation>Povratna informacija za:</translation>
    </message>
    <message>
        <source>From a comment:</source>
        <translation>Iz komentara:</translation>
    </message>
    <message>
        <source>&lt;i&gt;Select a proposal to write its feedback.&lt;/i&gt;</source>
        <translation>&lt;i&gt;Odaberite prijedlog da biste napisali povratnu informaciju.&lt;/i&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;{escape}&lt;/b&gt; — {escape2}: the chair&apos;s feedback</source>
        <translation>&lt;b&gt;{escape}&lt;/b&gt; — {escape2}: povratna informacija predsjedavajućeg</translation>
    </message>
    <message>
        <source>Feedback not saved</source>
        <translation>Povratna informacija nije sačuvana</translation>
    </message>
    <message>
        <source>Feedback not cleared</source>
        <translation>Povratna informacija nije obrisana</translation>
    </message>
    <message>
        <source>Comment not copied</source>
        <translation>Komentar nije preuzet</translation>
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
&lt;h2&gt;Za predsjedavajućeg komisije&lt;/h2&gt;
&lt;ol&gt;
&lt;li&gt;&lt;b&gt;Datoteka ▸ Novi radni prostor iz datoteke poziva…&lt;/b&gt; pravi jednu datoteku radnog prostora za poziv.&lt;/li&gt;
&lt;li&gt;&lt;b&gt;Prijedlozi ▸ Uvezi prijedloge…&lt;/b&gt; učitava datoteku s prijedlozima (CSV ili XLSX); svaki problem
se navodi i ništa se ne uvozi dok datoteka nije ispravna. Dokumente svakog prijedloga dodajte
pored njegovih podataka ili tu prevucite folder s podfolderima nazvanim po referentnim brojevima.&lt;/li&gt;
&lt;li&gt;&lt;b&gt;Ocjenjivači&lt;/b&gt;: registrujte ocjenjivače, evidentirajte sukobe interesa, a zatim kliknite
&lt;i&gt;Dodijeli automatski&lt;/i&gt; (ili kliknite ćeliju matrice). &lt;i&gt;Izvezi pakete…&lt;/i&gt;
pravi jedan potpisani paket za svakog ocjenjivača.&lt;/li&gt;
&lt;li&gt;&lt;b&gt;Datoteka ▸ Uvezi ocjene…&lt;/b&gt; objedinjuje potpisane datoteke s ocjenama koje vrate ocjenjivači. Odlučuje vaš radni
prostor: ocjenjivanje koje je kod vas podneseno mijenja se tek kada ga ponovo otvorite.&lt;/li&gt;
&lt;li&gt;&lt;b&gt;Usaglašavanje&lt;/b&gt;: za svaki prijedlog čija se ocjenjivanja razilaze utvrdite konsenzusne ocjene ili isključite
ocjenjivanje (uz razlog), a zatim ga uz napomenu označite kao usaglašen.&lt;/li&gt;
&lt;li&gt;&lt;b&gt;Rangiranje&lt;/b&gt;: konačne ocjene, rang, granica budžeta i rezervna lista; unesite dodijeljene
iznose, izvezite CSV, XLSX ili izvještaj u PDF-u.&lt;/li&gt;
&lt;/ol&gt;
&lt;p&gt;Svaka izmjena upisuje se u revizijski trag; &lt;code&gt;grant-evaluator verify&lt;/code&gt; provjerava datoteku.
Čuvajte odštampani izvještaj sa svake sjednice: u njegovom podnožju je otisak revizijskog traga.&lt;/p&gt;
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
&lt;h2&gt;Za ocjenjivače&lt;/h2&gt;
&lt;ol&gt;
&lt;li&gt;&lt;b&gt;Datoteka ▸ Otvori paket za ocjenjivanje…&lt;/b&gt; (i na početnoj stranici): odaberite paket koji vam je
poslao predsjedavajući komisije, a zatim mjesto gdje ćete čuvati svoj radni prostor za ocjenjivanje.&lt;/li&gt;
&lt;li&gt;&lt;b&gt;Ocjenjivanje&lt;/b&gt;: odaberite prijedlog, izjavite da nemate sukob interesa (ili da ga imate: prijedlog se
tada uklanja s vašeg spiska) i ocijenite svaki kriterij pomoću
tastature. Ocjene koje poziv označava zahtijevaju pisano obrazloženje.&lt;/li&gt;
&lt;li&gt;&lt;b&gt;Podnesi&lt;/b&gt;: kada ocijenite svaki kriterij, podnesite ocjenjivanje; nakon toga je zaključano.&lt;/li&gt;
&lt;li&gt;&lt;b&gt;Datoteka ▸ Pošalji ocjene…&lt;/b&gt; pravi vašu potpisanu datoteku s ocjenama: pošaljite je predsjedavajućem
e-poštom ili na USB memoriji. Kasnije je možete poslati ponovo; svaka datoteka ima novu verziju.&lt;/li&gt;
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
&lt;h2&gt;Za programsko osoblje&lt;/h2&gt;
&lt;ul&gt;
&lt;li&gt;&lt;b&gt;Ugovori&lt;/b&gt;: jedan nacrt u PDF-u za svaki finansirani prijedlog, po redoslijedu na rang-listi. Provjerite svaki nacrt,
a zatim ih sve izvezite u folder ili odštampajte jedan; nacrti se upisuju u revizijski
trag.&lt;/li&gt;
&lt;li&gt;&lt;b&gt;Rangiranje ▸ Izvještaj PDF…&lt;/b&gt;: rang-lista i sažetak ocjenjivanja za svaki prijedlog.&lt;/li&gt;
&lt;li&gt;&lt;b&gt;Rangiranje ▸ Izvezi CSV / XLSX&lt;/b&gt;: rang-lista kao tabela.&lt;/li&gt;
&lt;/ul&gt;
</translation>
    </message>
    <message>
        <source>Guide for the &amp;chair</source>
        <translation>Vodič za &amp;predsjedavajućeg</translation>
    </message>
    <message>
        <source>Guide for the chair</source>
        <translation>Vodič za predsjedavajućeg</translation>
    </message>
    <message>
        <source>Guide for &amp;evaluators</source>
        <translation>Vodič za o&amp;cjenjivače</translation>
    </message>
    <message>
        <source>Guide for evaluators</source>
        <translation>Vodič za ocjenjivače</translation>
    </message>
    <message>
        <source>Guide for programme &amp;staff</source>
        <translation>Vodič za programsko o&amp;soblje</translation>
    </message>
    <message>
        <source>Guide for programme staff</source>
        <translation>Vodič za programsko osoblje</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Grant Evaluator {value}&lt;/h2&gt;&lt;p&gt;Offline evaluation of grant proposals. MIT licence.&lt;/p&gt;&lt;h3&gt;What ships with it&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;Qt {qVersion} and Qt for Python (PySide6) {value2}: LGPL-3.0 (The Qt Company).&lt;/li&gt;&lt;li&gt;DejaVu fonts (in reports and contracts): the Bitstream Vera licence and the DejaVu changes in the public domain; full text in &lt;code&gt;{fonts}&lt;/code&gt;.&lt;/li&gt;&lt;li&gt;SQLAlchemy, SQLModel, Alembic, pydantic, openpyxl, platformdirs: MIT; reportlab, defusedxml, cryptography: BSD; num2words: LGPL-2.1.&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;Python {python_version} on {system}.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Grant Evaluator {value}&lt;/h2&gt;&lt;p&gt;Ocjenjivanje prijedloga za dodjelu grantova bez internetske veze. Licenca MIT.&lt;/p&gt;&lt;h3&gt;Šta je uključeno&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;Qt {qVersion} i Qt for Python (PySide6) {value2}: LGPL-3.0 (The Qt Company).&lt;/li&gt;&lt;li&gt;Fontovi DejaVu (u izvještajima i ugovorima): licenca Bitstream Vera, a izmjene DejaVu u javnom su vlasništvu; cijeli tekst nalazi se u &lt;code&gt;{fonts}&lt;/code&gt;.&lt;/li&gt;&lt;li&gt;SQLAlchemy, SQLModel, Alembic, pydantic, openpyxl, platformdirs: MIT; reportlab, defusedxml, cryptography: BSD; num2words: LGPL-2.1.&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;Python {python_version} na sistemu {system}.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Pomoć</translation>
    </message>
    <message>
        <source>&amp;About Grant Evaluator</source>
        <translation>&amp;O programu Grant Evaluator</translation>
    </message>
    <message>
        <source>About Grant Evaluator</source>
        <translation>O programu Grant Evaluator</translation>
    </message>
</context>
<context>
    <name>language</name>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Jezik</translation>
    </message>
</context>
<context>
    <name>letters_action</name>
    <message>
        <source>No outcome letters</source>
        <translation>Nema obavještenja o ishodu</translation>
    </message>
    <message>
        <source>No proposal&apos;s outcome is final yet, so there is no letter to write</source>
        <translation>Ishod nijednog prijedloga još nije konačan, pa nema obavještenja za izradu</translation>
    </message>
    <message>
        <source>Folder for the outcome letters</source>
        <translation>Folder za obavještenja o ishodu</translation>
    </message>
    <message>
        <source>Not decided yet, so without a letter: {waiting}</source>
        <translation>Još nije odlučeno, pa nema obavještenja za: {waiting}</translation>
    </message>
    <message>
        <source>Outcome letters written</source>
        <translation>Obavještenja o ishodu su napravljena</translation>
    </message>
    <message>
        <source>Wrote {count} and {name} into {folder}.</source>
        <translation>Sačuvano u {folder}: {count} i {name}.</translation>
    </message>
    <message>
        <source>Writing outcome letters…</source>
        <translation>Izrada obavještenja o ishodu…</translation>
    </message>
    <message>
        <source>Outcome letters not written</source>
        <translation>Obavještenja o ishodu nisu napravljena</translation>
    </message>
</context>
<context>
    <name>main_window</name>
    <message>
        <source>Call</source>
        <translation>Poziv</translation>
    </message>
    <message>
        <source>Proposals</source>
        <translation>Prijedlozi</translation>
    </message>
    <message>
        <source>Evaluators</source>
        <translation>Ocjenjivači</translation>
    </message>
    <message>
        <source>Scoring</source>
        <translation>Ocjenjivanje</translation>
    </message>
    <message>
        <source>Reconciliation</source>
        <translation>Usaglašavanje</translation>
    </message>
    <message>
        <source>Ranking</source>
        <translation>Rangiranje</translation>
    </message>
    <message>
        <source>Contracts</source>
        <translation>Ugovori</translation>
    </message>
    <message>
        <source>Language not changed</source>
        <translation>Jezik nije promijenjen</translation>
    </message>
    <message>
        <source>Wait until the work under way is done, then try again.</source>
        <translation>Sačekajte da se završi posao koji je u toku, a zatim pokušajte ponovo.</translation>
    </message>
    <message>
        <source>Open workspace</source>
        <translation>Otvori radni prostor</translation>
    </message>
    <message>
        <source>Demo not created</source>
        <translation>Demo radni prostor nije napravljen</translation>
    </message>
    <message>
        <source>Workspace not opened</source>
        <translation>Radni prostor nije otvoren</translation>
    </message>
    <message>
        <source>{name} (read-only: damaged) — </source>
        <translation>{name} (samo za čitanje: oštećen) — </translation>
    </message>
    <message>
        <source>Open evaluation package</source>
        <translation>Otvori paket za ocjenjivanje</translation>
    </message>
    <message>
        <source>Package not opened</source>
        <translation>Paket nije otvoren</translation>
    </message>
    <message>
        <source>Save your evaluation workspace as</source>
        <translation>Sačuvaj svoj radni prostor za ocjenjivanje kao</translation>
    </message>
    <message>
        <source>Opening {name}…</source>
        <translation>Otvaranje: {name}…</translation>
    </message>
    <message>
        <source>Proposals not imported</source>
        <translation>Prijedlozi nisu uvezeni</translation>
    </message>
    <message>
        <source>Import proposals</source>
        <translation>Uvoz prijedloga</translation>
    </message>
    <message>
        <source>Proposals (*.csv *.xlsx *.ods);;CSV (*.csv);;Excel workbooks (*.xlsx);;OpenDocument spreadsheets (*.ods)</source>
        <translation>Prijedlozi (*.csv *.xlsx *.ods);;CSV (*.csv);;Excel radne sveske (*.xlsx);;OpenDocument tabele (*.ods)</translation>
    </message>
    <message>
        <source>the file</source>
        <translation>datoteke</translation>
    </message>
    <message>
        <source>{name} — {title} — Grant Evaluator</source>
        <translation>{name} — {title} — Grant Evaluator</translation>
    </message>
    <message>
        <source>Choose the call file</source>
        <translation>Odaberite datoteku poziva</translation>
    </message>
    <message>
        <source>Call files (*.toml);;All files (*)</source>
        <translation>Datoteke poziva (*.toml);;Sve datoteke (*)</translation>
    </message>
    <message>
        <source>Not a valid call file</source>
        <translation>Datoteka poziva nije ispravna</translation>
    </message>
    <message>
        <source>Save the new workspace as</source>
        <translation>Sačuvaj novi radni prostor kao</translation>
    </message>
    <message>
        <source>Workspace not created</source>
        <translation>Radni prostor nije napravljen</translation>
    </message>
    <message>
        <source>{target} already exists; a new workspace never overwrites a file.</source>
        <translation>{target} već postoji; novi radni prostor nikada ne prepisuje postojeću datoteku.</translation>
    </message>
    <message>
        <source>Send back scores</source>
        <translation>Pošalji ocjene</translation>
    </message>
    <message>
        <source>Scores not written</source>
        <translation>Ocjene nisu sačuvane</translation>
    </message>
    <message>
        <source>Scores ready to send</source>
        <translation>Ocjene su spremne za slanje</translation>
    </message>
    <message>
        <source>{name} holds revision {revision}: {reviews}, {submitted} submitted, {scores}.

Send this file to the chair (e-mail or USB stick). It is signed: any change to it will be detected.</source>
        <translation>{name} sadrži verziju {revision}: {reviews}, podneseno: {submitted}, {scores}.

Pošaljite ovu datoteku predsjedavajućem komisije (e-poštom ili na USB memoriji). Datoteka je potpisana: svaka izmjena bit će otkrivena.</translation>
    </message>
    <message>
        <source>Grant Evaluator workspaces (*{suffix});;All files (*)</source>
        <translation>Radni prostori programa Grant Evaluator (*{suffix});;Sve datoteke (*)</translation>
    </message>
    <message>
        <source>Workspaces and packages (*{suffix} *{package});;Grant Evaluator workspaces (*{suffix});;Evaluation packages (*{package});;All files (*)</source>
        <translation>Radni prostori i paketi (*{suffix} *{package});;Radni prostori programa Grant Evaluator (*{suffix});;Paketi za ocjenjivanje (*{package});;Sve datoteke (*)</translation>
    </message>
    <message>
        <source>Evaluation packages (*.gep);;All files (*)</source>
        <translation>Paketi za ocjenjivanje (*.gep);;Sve datoteke (*)</translation>
    </message>
    <message>
        <source>Returns files (*.ger);;All files (*)</source>
        <translation>Datoteke s ocjenama (*.ger);;Sve datoteke (*)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datoteka</translation>
    </message>
    <message>
        <source>&amp;New workspace from call file…</source>
        <translation>&amp;Novi radni prostor iz datoteke poziva…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Otvori…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Otvori n&amp;edavne</translation>
    </message>
    <message>
        <source>Connect to &amp;server…</source>
        <translation>Poveži se sa &amp;serverom…</translation>
    </message>
    <message>
        <source>&amp;Import proposals…</source>
        <translation>&amp;Uvezi prijedloge…</translation>
    </message>
    <message>
        <source>Open evaluation &amp;package…</source>
        <translation>Otvori pa&amp;ket za ocjenjivanje…</translation>
    </message>
    <message>
        <source>Import &amp;returns…</source>
        <translation>Uvezi o&amp;cjene…</translation>
    </message>
    <message>
        <source>&amp;Send back scores…</source>
        <translation>&amp;Pošalji ocjene…</translation>
    </message>
    <message>
        <source>&amp;Close workspace</source>
        <translation>&amp;Zatvori radni prostor</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Izlaz</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>P&amp;rikaz</translation>
    </message>
</context>
<context>
    <name>msgbox</name>
    <message>
        <source>Copy all</source>
        <translation>Kopiraj sve</translation>
    </message>
</context>
<context>
    <name>operations</name>
    <message>
        <source>Cancel</source>
        <translation>Odustani</translation>
    </message>
    <message>
        <source>Proposals already imported</source>
        <translation>Prijedlozi su već uvezeni</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>Zamijeni</translation>
    </message>
    <message>
        <source>Proposals not imported</source>
        <translation>Prijedlozi nisu uvezeni</translation>
    </message>
    <message>
        <source>Importing proposals from {name}…</source>
        <translation>Uvoz prijedloga iz datoteke {name}…</translation>
    </message>
    <message>
        <source>1 proposal of {source} is already in the workspace ({listed}).

Replace it with the file&apos;s version?</source>
        <translation>Jedan prijedlog iz datoteke {source} već je u radnom prostoru ({listed}).

Zamijeniti ga verzijom iz datoteke?</translation>
    </message>
    <message>
        <source>{count} proposals of {source} are already in the workspace ({listed}).

Replace them with the file&apos;s version?</source>
        <translation>Prijedloga iz datoteke {source} koji su već u radnom prostoru: {count} ({listed}).

Zamijeniti ih verzijama iz datoteke?</translation>
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
        <translation>Registracijski broj:</translation>
    </message>
    <message>
        <source>Representative:</source>
        <translation>Zastupnik:</translation>
    </message>
    <message>
        <source>E-mail:</source>
        <translation>E-pošta:</translation>
    </message>
    <message>
        <source>Organisation details</source>
        <translation>Podaci o organizaciji</translation>
    </message>
    <message>
        <source>&lt;b&gt;{escape}&lt;/b&gt; ({escape2}): what the contract drafts print. An empty field prints “[to be completed]”.</source>
        <translation>&lt;b&gt;{escape}&lt;/b&gt; ({escape2}): podaci koji se štampaju u nacrtima ugovora. Za prazno polje štampa se „[popuniti]“.</translation>
    </message>
    <message>
        <source>Details not changed</source>
        <translation>Podaci nisu izmijenjeni</translation>
    </message>
</context>
<context>
    <name>pdf_reader</name>
    <message>
        <source>it is protected by a password</source>
        <translation>zaštićen je lozinkom</translation>
    </message>
    <message>
        <source>it is encrypted in a way that cannot be read</source>
        <translation>šifriran je na način koji se ne može pročitati</translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation>Prethodna stranica</translation>
    </message>
    <message>
        <source>Page </source>
        <translation>Stranica </translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>Sljedeća stranica</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Umanji</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Uvećaj</translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation>Prilagodi širini</translation>
    </message>
    <message>
        <source>Fit the page to the width of the pane</source>
        <translation>Prilagodi stranicu širini okna</translation>
    </message>
    <message>
        <source>Find (Enter, F3)</source>
        <translation>Traži (Enter, F3)</translation>
    </message>
    <message>
        <source>it is damaged or not a PDF</source>
        <translation>oštećen je ili nije PDF</translation>
    </message>
    <message>
        <source> of {count}</source>
        <translation> od {count}</translation>
    </message>
    <message>
        <source>not found</source>
        <translation>nije pronađeno</translation>
    </message>
    <message>
        <source>{count} of {count2}</source>
        <translation>{count} od {count2}</translation>
    </message>
</context>
<context>
    <name>private_copy</name>
    <message>
        <source>Document not opened</source>
        <translation>Dokument nije otvoren</translation>
    </message>
</context>
<context>
    <name>proposal_model</name>
    <message>
        <source>Not checked</source>
        <translation>Nije provjereno</translation>
    </message>
    <message>
        <source>Eligible</source>
        <translation>Prihvatljiv</translation>
    </message>
    <message>
        <source>Not eligible: </source>
        <translation>Nije prihvatljiv: </translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Ref. broj</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Naziv</translation>
    </message>
    <message>
        <source>Lead applicant</source>
        <translation>Vodeći podnosilac</translation>
    </message>
    <message>
        <source>Requested</source>
        <translation>Traženo</translation>
    </message>
    <message>
        <source>Months</source>
        <translation>Mjeseci</translation>
    </message>
    <message>
        <source>Eligibility</source>
        <translation>Prihvatljivost</translation>
    </message>
    <message>
        <source>Priority area</source>
        <translation>Prioritetna oblast</translation>
    </message>
    <message>
        <source>Countries</source>
        <translation>Zemlje</translation>
    </message>
    <message>
        <source>Meets every eligibility rule of the call.</source>
        <translation>Ispunjava sve uslove prihvatljivosti iz poziva.</translation>
    </message>
</context>
<context>
    <name>proposals_page</name>
    <message>
        <source>Priority area</source>
        <translation>Prioritetna oblast</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>Teme</translation>
    </message>
    <message>
        <source>Requested</source>
        <translation>Traženo</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Trajanje</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Sažetak</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organizacija</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Zemlja</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tip</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Uloga</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Kada</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Ko</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Šta</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Šta se desilo</translation>
    </message>
    <message>
        <source>Double-click an organisation to complete or correct its details</source>
        <translation>Dvaput kliknite organizaciju da biste dopunili ili ispravili njene podatke</translation>
    </message>
    <message>
        <source>Organisation details…</source>
        <translation>Podaci o organizaciji…</translation>
    </message>
    <message>
        <source>Consortium</source>
        <translation>Konzorcij</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historija</translation>
    </message>
    <message>
        <source> Reason: {reason}</source>
        <translation> Razlog: {reason}</translation>
    </message>
    <message>
        <source>{told}

As recorded: {record}</source>
        <translation>{told}

Evidentirano: {record}</translation>
    </message>
    <message>
        <source>&lt;i&gt;Select a proposal to see its consortium.&lt;/i&gt;</source>
        <translation>&lt;i&gt;Odaberite prijedlog da biste vidjeli njegov konzorcij.&lt;/i&gt;</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;font-size:13pt&apos;&gt;&lt;b&gt;{escape}&lt;/b&gt; — {escape2}&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;font-size:13pt&apos;&gt;&lt;b&gt;{escape}&lt;/b&gt; — {escape2}&lt;/span&gt;</translation>
    </message>
    <message>
        <source>{duration_months} months</source>
        <translation>{duration_months} mj.</translation>
    </message>
    <message>
        <source>Eligible: meets every eligibility rule of the call.</source>
        <translation>Prihvatljiv: ispunjava sve uslove prihvatljivosti iz poziva.</translation>
    </message>
    <message>
        <source>&lt;li&gt;{escape}&lt;/li&gt;</source>
        <translation>&lt;li&gt;{escape}&lt;/li&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Not eligible&lt;/b&gt;&lt;ul style=&apos;margin:0&apos;&gt;{reasons}&lt;/ul&gt;</source>
        <translation>&lt;b&gt;Nije prihvatljiv&lt;/b&gt;&lt;ul style=&apos;margin:0&apos;&gt;{reasons}&lt;/ul&gt;</translation>
    </message>
    <message>
        <source>Search reference, title, organisation, country, topic…</source>
        <translation>Traži po ref. broju, nazivu, organizaciji, zemlji, temi…</translation>
    </message>
    <message>
        <source>Import proposals…</source>
        <translation>Uvezi prijedloge…</translation>
    </message>
    <message>
        <source>No proposals yet: import a CSV or XLSX file.</source>
        <translation>Još nema prijedloga: uvezite CSV ili XLSX datoteku.</translation>
    </message>
    <message>
        <source>{total} proposals · {eligible} eligible</source>
        <translation>Ukupno prijedloga: {total} · prihvatljivih: {eligible}</translation>
    </message>
    <message>
        <source>{shown} of {total} proposals shown</source>
        <translation>Prikazano prijedloga: {shown} od {total}</translation>
    </message>
</context>
<context>
    <name>ranking_page</name>
    <message>
        <source>Rank</source>
        <translation>Rang</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Ref. broj</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Naziv</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Final</source>
        <translation>Konačna</translation>
    </message>
    <message>
        <source>Requested ({currency})</source>
        <translation>Traženo ({currency})</translation>
    </message>
    <message>
        <source>Requested</source>
        <translation>Traženo</translation>
    </message>
    <message>
        <source>Awarded</source>
        <translation>Dodijeljeno</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Oznake</translation>
    </message>
    <message>
        <source>below it, the reserve list</source>
        <translation>ispod nje je rezervna lista</translation>
    </message>
    <message>
        <source>ranked proposals that did not fit are on the reserve list</source>
        <translation>rangirani prijedlozi koji nisu stali u budžet nalaze se na rezervnoj listi</translation>
    </message>
    <message>
        <source>Budget line — {committed} of {budget} {currency} committed; {below}</source>
        <translation>Granica budžeta — preuzete obaveze: {committed} od {budget} {currency}; {below}</translation>
    </message>
    <message>
        <source>{committed} of {budget} {currency} committed ({count:.1f}%)</source>
        <translation>Preuzete obaveze: {committed} od {budget} {currency} ({count:.1f}%)</translation>
    </message>
    <message>
        <source>The amount awarded to {reference}, between {low} and the requested {requested} {currency}.</source>
        <translation>Iznos dodijeljen prijedlogu {reference}, između {low} i traženih {requested} {currency}.</translation>
    </message>
    <message>
        <source>Double-click to change the awarded amount</source>
        <translation>Dvaput kliknite da biste promijenili dodijeljeni iznos</translation>
    </message>
    <message>
        <source>Double-click to see the reviews, exclusions and consensus behind this score</source>
        <translation>Dvaput kliknite da biste vidjeli ocjenjivanja, isključenja i konsenzus na kojima se zasniva ova ocjena</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Izvezi CSV…</translation>
    </message>
    <message>
        <source>Export XLSX…</source>
        <translation>Izvezi XLSX…</translation>
    </message>
    <message>
        <source>Report PDF…</source>
        <translation>Izvještaj PDF…</translation>
    </message>
    <message>
        <source>Outcome letters…</source>
        <translation>Obavještenja o ishodu…</translation>
    </message>
    <message>
        <source>One PDF letter per decided proposal, with letters.csv for mail merge</source>
        <translation>Jedno obavještenje u PDF-u za svaki prijedlog o kojem je odlučeno, uz letters.csv za spajanje pošte</translation>
    </message>
    <message>
        <source>Filter by reference, title or status…</source>
        <translation>Filtriraj po ref. broju, nazivu ili statusu…</translation>
    </message>
    <message>
        <source>No proposals to rank yet: import them on the Proposals page.</source>
        <translation>Još nema prijedloga za rangiranje: uvezite ih na stranici Prijedlozi.</translation>
    </message>
    <message>
        <source>{counts} funded · {counts2} on the reserve list · {counts3} to reconcile · {counts4} incomplete · {counts5} below threshold · {counts6} ineligible</source>
        <translation>Finansirano: {counts} · na rezervnoj listi: {counts2} · za usaglašavanje: {counts3} · nepotpuno: {counts4} · ispod praga: {counts5} · neprihvatljivo: {counts6}</translation>
    </message>
    <message>
        <source>Amount not awarded</source>
        <translation>Iznos nije dodijeljen</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel radna sveska (*.xlsx)</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>{id} ranking{suffix}</source>
        <translation>{id} rang-lista{suffix}</translation>
    </message>
    <message>
        <source>Export the ranking</source>
        <translation>Izvoz rang-liste</translation>
    </message>
    <message>
        <source>Not exported</source>
        <translation>Nije izvezeno</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>Izvezeno</translation>
    </message>
    <message>
        <source>Wrote {out}.</source>
        <translation>Sačuvano: {out}.</translation>
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
        <translation>Nema nedavnih radnih prostora</translation>
    </message>
    <message>
        <source>Clear menu</source>
        <translation>Očisti meni</translation>
    </message>
</context>
<context>
    <name>reconciliation_page</name>
    <message>
        <source>Reference</source>
        <translation>Ref. broj</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Spread</source>
        <translation>Raspon</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Oznake</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Usaglašeno</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>da</translation>
    </message>
    <message>
        <source>Proposals</source>
        <translation>Prijedlozi</translation>
    </message>
    <message>
        <source>Evaluator bias (advisory)</source>
        <translation>Pristrasnost ocjenjivača (savjetodavno)</translation>
    </message>
    <message>
        <source>Feedback for the applicant</source>
        <translation>Povratna informacija za podnosioca prijave</translation>
    </message>
    <message>
        <source>Reason (required)</source>
        <translation>Razlog (obavezno)</translation>
    </message>
    <message>
        <source>Set consensus</source>
        <translation>Utvrdi konsenzus</translation>
    </message>
    <message>
        <source>Consensus score (replaces the aggregate of one criterion)</source>
        <translation>Konsenzusna ocjena (zamjenjuje objedinjenu ocjenu jednog kriterija)</translation>
    </message>
    <message>
        <source>Reason (required to exclude)</source>
        <translation>Razlog (obavezan za isključenje)</translation>
    </message>
    <message>
        <source>Exclude</source>
        <translation>Isključi</translation>
    </message>
    <message>
        <source>Exclude a review (or count it again)</source>
        <translation>Isključi ocjenjivanje (ili ga ponovo uračunaj)</translation>
    </message>
    <message>
        <source>Note for the record (required)</source>
        <translation>Napomena za zapisnik (obavezno)</translation>
    </message>
    <message>
        <source>Resolve</source>
        <translation>Označi kao usaglašeno</translation>
    </message>
    <message>
        <source>Resolve (the proposal can then pass and be ranked)</source>
        <translation>Označi kao usaglašeno (prijedlog tada može proći prag i biti rangiran)</translation>
    </message>
    <message>
        <source>Consensus would give:</source>
        <translation>Konsenzus bi dao:</translation>
    </message>
    <message>
        <source>Exclusion would give:</source>
        <translation>Isključenje bi dalo:</translation>
    </message>
    <message>
        <source>&lt;i&gt;Select a proposal.&lt;/i&gt;</source>
        <translation>&lt;i&gt;Odaberite prijedlog.&lt;/i&gt;</translation>
    </message>
    <message>
        <source>&lt;i&gt;No proposal to reconcile yet: eligible proposals appear here with their reviews.&lt;/i&gt;</source>
        <translation>&lt;i&gt;Još nema prijedloga za usaglašavanje: prihvatljivi prijedlozi prikazuju se ovdje sa svojim ocjenjivanjima.&lt;/i&gt;</translation>
    </message>
    <message>
        <source>resolved: {note}</source>
        <translation>usaglašeno: {note}</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;font-size:13pt&apos;&gt;&lt;b&gt;{reference}&lt;/b&gt; — {title}&lt;/span&gt;&lt;br&gt;Final score &lt;b&gt;{final}&lt;/b&gt; · spread {spread} · {state}</source>
        <translation>&lt;span style=&apos;font-size:13pt&apos;&gt;&lt;b&gt;{reference}&lt;/b&gt; — {title}&lt;/span&gt;&lt;br&gt;Konačna ocjena &lt;b&gt;{final}&lt;/b&gt; · raspon {spread} · {state}</translation>
    </message>
    <message>
        <source> (excluded)</source>
        <translation> (isključeno)</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>Kriterij</translation>
    </message>
    <message>
        <source>Consensus</source>
        <translation>Konsenzus</translation>
    </message>
    <message>
        <source>Final</source>
        <translation>Konačna</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Ukupno</translation>
    </message>
    <message>
        <source>Include again</source>
        <translation>Ponovo uključi</translation>
    </message>
    <message>
        <source>Already resolved</source>
        <translation>Već usaglašeno</translation>
    </message>
    <message>
        <source>type a score to see its effect</source>
        <translation>upišite ocjenu da biste vidjeli njen efekat</translation>
    </message>
    <message>
        <source>“{text}” is not a score on this criterion&apos;s scale</source>
        <translation>„{text}“ nije ocjena na skali ovog kriterija</translation>
    </message>
    <message>
        <source>Consensus not saved</source>
        <translation>Konsenzus nije sačuvan</translation>
    </message>
    <message>
        <source>Review not excluded</source>
        <translation>Ocjenjivanje nije isključeno</translation>
    </message>
    <message>
        <source>Not resolved</source>
        <translation>Nije usaglašeno</translation>
    </message>
    <message>
        <source>final score stays {shown}</source>
        <translation>konačna ocjena ostaje {shown}</translation>
    </message>
    <message>
        <source>final score {shown} → {shown2}</source>
        <translation>konačna ocjena {shown} → {shown2}</translation>
    </message>
</context>
<context>
    <name>reversals_bar</name>
    <message>
        <source>It will change:</source>
        <translation>Promijenit će se:</translation>
    </message>
    <message>
        <source>Add an evaluator to {reference}</source>
        <translation>Dodaj ocjenjivača prijedlogu {reference}</translation>
    </message>
    <message>
        <source>Free of conflicts of interest, the least loaded first:</source>
        <translation>Bez sukoba interesa, prvo najmanje opterećeni:</translation>
    </message>
    <message>
        <source>Evaluator:</source>
        <translation>Ocjenjivač:</translation>
    </message>
    <message>
        <source>Reverse a decision (with a reason) or add an evaluator</source>
        <translation>Poništi odluku (uz razlog) ili dodaj ocjenjivača</translation>
    </message>
    <message>
        <source>Un-resolve…</source>
        <translation>Poništi usaglašenost…</translation>
    </message>
    <message>
        <source>Clear consensus…</source>
        <translation>Ukloni konsenzus…</translation>
    </message>
    <message>
        <source>Reopen review…</source>
        <translation>Ponovo otvori…</translation>
    </message>
    <message>
        <source>Unassign…</source>
        <translation>Poništi dodjelu…</translation>
    </message>
    <message>
        <source>Add third evaluator…</source>
        <translation>Dodaj ocjenjivača…</translation>
    </message>
    <message>
        <source>Take the proposal back from this evaluator</source>
        <translation>Oduzmi prijedlog ovom ocjenjivaču</translation>
    </message>
    <message>
        <source>Only a review without scores can be unassigned; reopen or exclude it instead</source>
        <translation>Dodjela se može poništiti samo za ocjenjivanje bez ocjena; umjesto toga ga ponovo otvorite ili isključite</translation>
    </message>
    <message>
        <source>Un-resolve {reference}: {resolve_note}</source>
        <translation>Poništi usaglašenost prijedloga {reference}: {resolve_note}</translation>
    </message>
    <message>
        <source>Un-resolve</source>
        <translation>Poništi usaglašenost</translation>
    </message>
    <message>
        <source>Clear the consensus score of {reference} {criterion}.</source>
        <translation>Ukloni konsenzusnu ocjenu prijedloga {reference} za kriterij {criterion}.</translation>
    </message>
    <message>
        <source>Clear consensus</source>
        <translation>Ukloni konsenzus</translation>
    </message>
    <message>
        <source>Count the review of {reference} by {review} again.</source>
        <translation>Ponovo uračunaj ocjenjivanje prijedloga {reference} (ocjenjivač: {review}).</translation>
    </message>
    <message>
        <source>Include again</source>
        <translation>Ponovo uključi</translation>
    </message>
    <message>
        <source>Reopen the review of {reference} by {review}: it stops counting until it is submitted again.</source>
        <translation>Ponovo otvori ocjenjivanje prijedloga {reference} (ocjenjivač: {review}): ne uračunava se dok se ponovo ne podnese.</translation>
    </message>
    <message>
        <source>Reopen review</source>
        <translation>Ponovo otvori ocjenjivanje</translation>
    </message>
    <message>
        <source>Take {reference} back from {review}, who has not started it.</source>
        <translation>Poništi dodjelu prijedloga {reference} (ocjenjivač: {review}); ocjenjivanje još nije započeto.</translation>
    </message>
    <message>
        <source>Unassign</source>
        <translation>Poništi dodjelu</translation>
    </message>
    <message>
        <source>Add an evaluator</source>
        <translation>Dodaj ocjenjivača</translation>
    </message>
    <message>
        <source>Every evaluator already reviews {reference} or has a conflict of interest.</source>
        <translation>Svi ocjenjivači već ocjenjuju prijedlog {reference} ili su u sukobu interesa.</translation>
    </message>
    <message>
        <source>{name} ({reviews} reviews)</source>
        <translation>{name} (ocjenjivanja: {reviews})</translation>
    </message>
    <message>
        <source>Evaluator not assigned</source>
        <translation>Ocjenjivač nije dodijeljen</translation>
    </message>
</context>
<context>
    <name>scoring_page</name>
    <message>
        <source>Send back scores…</source>
        <translation>Pošalji ocjene…</translation>
    </message>
    <message>
        <source>Write the signed returns file to send to the chair</source>
        <translation>Napravi potpisanu datoteku s ocjenama za slanje predsjedavajućem</translation>
    </message>
    <message>
        <source>Score as:</source>
        <translation>U ime ocjenjivača:</translation>
    </message>
    <message>
        <source>&lt;b&gt;My proposals&lt;/b&gt;</source>
        <translation>&lt;b&gt;Moji prijedlozi&lt;/b&gt;</translation>
    </message>
    <message>
        <source>I have &amp;no conflict of interest</source>
        <translation>&amp;Nemam sukob interesa</translation>
    </message>
    <message>
        <source>I have a &amp;conflict of interest…</source>
        <translation>Imam &amp;sukob interesa…</translation>
    </message>
    <message>
        <source>Submit review</source>
        <translation>Podnesi ocjenjivanje</translation>
    </message>
    <message>
        <source>No evaluators yet: register them on the Evaluators page and assign proposals.</source>
        <translation>Još nema ocjenjivača: registrujte ih na stranici Ocjenjivači i dodijelite im prijedloge.</translation>
    </message>
    <message>
        <source>Select a proposal to score it.</source>
        <translation>Odaberite prijedlog da biste ga ocijenili.</translation>
    </message>
    <message>
        <source>No proposals are assigned to you in this package.</source>
        <translation>U ovom paketu vam nije dodijeljen nijedan prijedlog.</translation>
    </message>
    <message>
        <source>No proposals are assigned to {escape} yet.</source>
        <translation>Ocjenjivaču {escape} još nije dodijeljen nijedan prijedlog.</translation>
    </message>
    <message>
        <source>&lt;p style=&quot;color:#2D3748&quot;&gt;&lt;i&gt;{text}&lt;/i&gt;&lt;/p&gt;</source>
        <translation>&lt;p style=&quot;color:#2D3748&quot;&gt;&lt;i&gt;{text}&lt;/i&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Before scoring, declare whether you have a conflict of interest with {reference}: a personal, professional or financial tie to any member of the consortium.</source>
        <translation>Prije ocjenjivanja izjavite da li ste u sukobu interesa u vezi s prijedlogom {reference}: lična, profesionalna ili finansijska veza s bilo kojim članom konzorcija.</translation>
    </message>
    <message>
        <source>Submitted and locked; the chair can reopen it.</source>
        <translation>Ocjenjivanje je podneseno i zaključano; predsjedavajući ga može ponovo otvoriti.</translation>
    </message>
    <message>
        <source>Reopened by the chair: {reopen_reason}</source>
        <translation>Predsjedavajući je ponovo otvorio ocjenjivanje: {reopen_reason}</translation>
    </message>
    <message>
        <source>Saved as you type.</source>
        <translation>Čuva se dok kucate.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Total {points}&lt;/b&gt; of {points2} · {count} of {count2} criteria scored</source>
        <translation>&lt;b&gt;Ukupno {points}&lt;/b&gt; od {points2} · ocijenjeno kriterija: {count}/{count2}</translation>
    </message>
    <message>
        <source>Submit</source>
        <translation>Podnesi</translation>
    </message>
    <message>
        <source>Conflict of interest</source>
        <translation>Sukob interesa</translation>
    </message>
    <message>
        <source>Describe your conflict of interest with {reference}. The proposal will be taken off your list and the chair will see your declaration.</source>
        <translation>Opišite svoj sukob interesa u vezi s prijedlogom {reference}. Prijedlog će biti uklonjen s vašeg spiska, a predsjedavajući će vidjeti vašu izjavu.</translation>
    </message>
    <message>
        <source>Declaration not saved</source>
        <translation>Izjava nije sačuvana</translation>
    </message>
    <message>
        <source>Review not submitted</source>
        <translation>Ocjenjivanje nije podneseno</translation>
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
        <translation> (vodeći podnosilac)</translation>
    </message>
    <message>
        <source>&lt;p style=&apos;font-size:13pt&apos;&gt;&lt;b&gt;{escape}&lt;/b&gt; — {escape2}&lt;/p&gt;&lt;p&gt;&lt;b&gt;{requested_amount} {escape3}&lt;/b&gt; · {duration_months} months · {escape4}: {escape5}&lt;/p&gt;&lt;p&gt;{escape6}&lt;/p&gt;&lt;p&gt;&lt;b&gt;Consortium&lt;/b&gt;&lt;/p&gt;&lt;ul style=&apos;margin-left:-20px&apos;&gt;{members}&lt;/ul&gt;</source>
        <translation>&lt;p style=&apos;font-size:13pt&apos;&gt;&lt;b&gt;{escape}&lt;/b&gt; — {escape2}&lt;/p&gt;&lt;p&gt;&lt;b&gt;{requested_amount} {escape3}&lt;/b&gt; · {duration_months} mj. · {escape4}: {escape5}&lt;/p&gt;&lt;p&gt;{escape6}&lt;/p&gt;&lt;p&gt;&lt;b&gt;Konzorcij&lt;/b&gt;&lt;/p&gt;&lt;ul style=&apos;margin-left:-20px&apos;&gt;{members}&lt;/ul&gt;</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Ref. broj</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Naziv</translation>
    </message>
    <message>
        <source>Scored</source>
        <translation>Ocijenjeno</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Comment (required for scores {required})</source>
        <translation>Komentar (obavezan za ocjene {required})</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Komentar</translation>
    </message>
    <message>
        <source>Enter: next criterion · Shift+Enter: new line</source>
        <translation>Enter: sljedeći kriterij · Shift+Enter: novi red</translation>
    </message>
    <message>
        <source>&lt;b&gt;{code}&lt;/b&gt; {text}&lt;br&gt;&lt;span style=&apos;color:#555&apos;&gt;{guidance}&lt;/span&gt;</source>
        <translation>&lt;b&gt;{code}&lt;/b&gt; {text}&lt;br&gt;&lt;span style=&apos;color:#555&apos;&gt;{guidance}&lt;/span&gt;</translation>
    </message>
    <message>
        <source>A score of {points} needs a written justification before you submit.</source>
        <translation>Ocjena {points} zahtijeva pisano obrazloženje prije podnošenja.</translation>
    </message>
    <message>
        <source>&lt;b&gt;{name}&lt;/b&gt; &lt;span style=&apos;color:#666&apos;&gt;· {maximum} points&lt;/span&gt;</source>
        <translation>&lt;b&gt;{name}&lt;/b&gt; &lt;span style=&apos;color:#666&apos;&gt;· maks. bodova: {maximum}&lt;/span&gt;</translation>
    </message>
    <message>
        <source>Submit your review of {reference}: total {points} of {points2}?

Once submitted it is locked; only the chair can reopen it.</source>
        <translation>Podnijeti svoje ocjenjivanje prijedloga {reference}: ukupno {points} od {points2}?

Nakon podnošenja ocjenjivanje je zaključano; samo ga predsjedavajući može ponovo otvoriti.</translation>
    </message>
</context>
<context>
    <name>server_connect</name>
    <message>
        <source>Connect to server</source>
        <translation>Poveži se sa serverom</translation>
    </message>
    <message>
        <source>db.example.org or db.example.org:5432</source>
        <translation>db.example.org ili db.example.org:5432</translation>
    </message>
    <message>
        <source>your database role, e.g. ana_s</source>
        <translation>vaša uloga u bazi podataka, npr. ana_s</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Server:</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Baza podataka:</translation>
    </message>
    <message>
        <source>&amp;Sign in as:</source>
        <translation>&amp;Prijava kao:</translation>
    </message>
    <message>
        <source>The password comes from ~/.pgpass or PGPASSWORD; if there is none, you are asked for it. Grant Evaluator never stores a password.</source>
        <translation>Lozinka se preuzima iz ~/.pgpass ili PGPASSWORD; ako je nema, program će je zatražiti. Grant Evaluator nikada ne čuva lozinku.</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Poveži se</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Lozinka</translation>
    </message>
    <message>
        <source>{message}

Password for {shown}:</source>
        <translation>{message}

Lozinka za {shown}:</translation>
    </message>
</context>
<context>
    <name>server_watch</name>
    <message>
        <source>Updated at {strftime}: the workspace was changed on the server.</source>
        <translation>Ažurirano u {strftime}: radni prostor je izmijenjen na serveru.</translation>
    </message>
</context>
<context>
    <name>welcome_page</name>
    <message>
        <source>&lt;h1&gt;Grant Evaluator&lt;/h1&gt;&lt;p&gt;Score proposals against the call&apos;s grid, reconcile the evaluators&apos; scores, rank, and draw the budget line — offline, one workspace file per call.&lt;/p&gt;</source>
        <translation>&lt;h1&gt;Grant Evaluator&lt;/h1&gt;&lt;p&gt;Ocjenjujte prijedloge prema tabeli za ocjenjivanje iz poziva, usaglasite ocjene ocjenjivača, rangirajte ih i povucite granicu budžeta — bez internetske veze, s jednom datotekom radnog prostora po pozivu.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>New workspace from call file…</source>
        <translation>Novi radni prostor iz datoteke poziva…</translation>
    </message>
    <message>
        <source>Open workspace…</source>
        <translation>Otvori radni prostor…</translation>
    </message>
    <message>
        <source>Open evaluation package…</source>
        <translation>Otvori paket za ocjenjivanje…</translation>
    </message>
    <message>
        <source>Open the demo workspace</source>
        <translation>Otvori demo radni prostor</translation>
    </message>
    <message>
        <source>&lt;b&gt;Recent workspaces&lt;/b&gt;</source>
        <translation>&lt;b&gt;Nedavni radni prostori&lt;/b&gt;</translation>
    </message>
</context>
</TS>
