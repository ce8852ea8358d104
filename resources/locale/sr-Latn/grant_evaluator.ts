<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sr_Latn" sourcelanguage="en">
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>U redu</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Otkaži</translation>
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
        <translation>Primeni</translation>
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
        <translation>Nije urađeno</translation>
    </message>
</context>
<context>
    <name>batches</name>
    <message>
        <source>They are not entered in the audit trail: the workspace is damaged.</source>
        <translation>Datoteke nisu unete u revizijski trag: radni prostor je oštećen.</translation>
    </message>
    <message>
        <source>They could not be entered in the audit trail: {audit_error}</source>
        <translation>Datoteke nisu mogle da budu unete u revizijski trag: {audit_error}</translation>
    </message>
</context>
<context>
    <name>bias_view</name>
    <message>
        <source>Evaluator</source>
        <translation>Ocenjivač</translation>
    </message>
    <message>
        <source>Reviews</source>
        <translation>Ocene</translation>
    </message>
    <message>
        <source>Mean total</source>
        <translation>Prosečan zbir</translation>
    </message>
    <message>
        <source>Spread</source>
        <translation>Raspon</translation>
    </message>
    <message>
        <source>Deviation from co-reviewers</source>
        <translation>Odstupanje od ostalih ocenjivača</translation>
    </message>
    <message>
        <source>Advisory only: these figures never change an official score. Deviation is the evaluator&apos;s total minus the mean of the other reviewers of the same proposal, averaged over their reviews (submitted and included reviews only).</source>
        <translation>Samo informativno: ove vrednosti nikada ne menjaju zvaničnu ocenu. Odstupanje je ukupna ocena ocenjivača umanjena za prosek ocena ostalih ocenjivača istog predloga projekta, izraženo kao prosek svih njegovih ocena (uzimaju se u obzir samo podnete i uključene ocene).</translation>
    </message>
    <message>
        <source>Review totals per evaluator</source>
        <translation>Ukupne ocene po ocenjivaču</translation>
    </message>
</context>
<context>
    <name>call_page</name>
    <message>
        <source>mean</source>
        <translation>prosek</translation>
    </message>
    <message>
        <source>median</source>
        <translation>medijana</translation>
    </message>
    <message>
        <source>the mean of the two closest</source>
        <translation>prosek dve najbliže ocene</translation>
    </message>
    <message>
        <source>&lt;h1&gt;{escape}&lt;/h1&gt;&lt;p class=&apos;key&apos;&gt;{escape2}&lt;/p&gt;</source>
        <translation>&lt;h1&gt;{escape}&lt;/h1&gt;&lt;p class=&apos;key&apos;&gt;{escape2}&lt;/p&gt;</translation>
    </message>
    <message>
        <source>at least {min_members} {escape} members from at least {min_countries} beneficiary countries, lead included</source>
        <translation>članovi tipa {escape}: najmanje {min_members}, uključujući vodećeg podnosioca prijave; zemlje korisnice: najmanje {min_countries}</translation>
    </message>
    <message>
        <source> or </source>
        <translation> ili </translation>
    </message>
    <message>
        <source>; a lead of type {escape} may apply alone</source>
        <translation>; vodeći podnosilac prijave tipa {escape} može da se prijavi samostalno</translation>
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
        <translation>Iznos bespovratnih sredstava</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Trajanje</translation>
    </message>
    <message>
        <source>{min_duration_months}–{max_duration_months} months</source>
        <translation>{min_duration_months}–{max_duration_months} mes.</translation>
    </message>
    <message>
        <source>Beneficiary countries</source>
        <translation>Zemlje korisnice</translation>
    </message>
    <message>
        <source>Consortium</source>
        <translation>Konzorcijum</translation>
    </message>
    <message>
        <source>Pass marks</source>
        <translation>Pragovi bodova</translation>
    </message>
    <message>
        <source>Reviews</source>
        <translation>Ocenjivanje</translation>
    </message>
    <message>
        <source>{reviewers_per_proposal} per proposal, combined by {aggregate}; divergent when totals differ by ≥ {divergence_total} points{value} or a criterion by ≥ {points}</source>
        <translation>{reviewers_per_proposal} po predlogu projekta, objedinjavanje: {aggregate}; ocene su neusaglašene kada se ukupne ocene razlikuju za ≥ {divergence_total}{value} ili ocene jednog kriterijuma za ≥ {points}</translation>
    </message>
    <message>
        <source> of the higher total</source>
        <translation> od veće ukupne ocene</translation>
    </message>
    <message>
        <source>Written justification</source>
        <translation>Pisano obrazloženje</translation>
    </message>
    <message>
        <source>required for scores </source>
        <translation>obavezno za ocene </translation>
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
        <translation>strogo: prvi predlog projekta koji ne staje u budžet i svi posle njega idu na rezervnu listu</translation>
    </message>
    <message>
        <source>fill: a proposal that does not fit goes to the reserve list, the next may fit</source>
        <translation>popunjavanje: predlog projekta koji ne staje u budžet ide na rezervnu listu, a sledeći možda staje</translation>
    </message>
    <message>
        <source>Contracting authority</source>
        <translation>Ugovorno telo</translation>
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
        <translation>&lt;h2&gt;Tabela za ocenjivanje — najveći broj bodova: {points}&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>&lt;tr&gt;&lt;th&gt;Code&lt;/th&gt;&lt;th&gt;Criterion&lt;/th&gt;&lt;th class=&apos;num&apos;&gt;Scale&lt;/th&gt;&lt;th class=&apos;num&apos;&gt;Weight&lt;/th&gt;&lt;th class=&apos;num&apos;&gt;Max&lt;/th&gt;&lt;/tr&gt;</source>
        <translation>&lt;tr&gt;&lt;th&gt;Šifra&lt;/th&gt;&lt;th&gt;Kriterijum&lt;/th&gt;&lt;th class=&apos;num&apos;&gt;Skala&lt;/th&gt;&lt;th class=&apos;num&apos;&gt;Ponder&lt;/th&gt;&lt;th class=&apos;num&apos;&gt;Maks.&lt;/th&gt;&lt;/tr&gt;</translation>
    </message>
    <message>
        <source> (pass mark {points})</source>
        <translation> (prag: {points})</translation>
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
        <translation>Unesi ime predsednika…</translation>
    </message>
    <message>
        <source>Chair: &lt;b&gt;{escape}&lt;/b&gt; (the history names them for each change).</source>
        <translation>Predsednik komisije: &lt;b&gt;{escape}&lt;/b&gt; (ime se beleži u istoriji uz svaku izmenu).</translation>
    </message>
    <message>
        <source>Chair: &lt;i&gt;not named yet&lt;/i&gt;; the history names the computer&apos;s login ({login}) for each change until you name the chair.</source>
        <translation>Predsednik komisije: &lt;i&gt;još nije imenovan&lt;/i&gt;; do tada se u istoriji uz svaku izmenu beleži korisničko ime računara ({login}).</translation>
    </message>
    <message>
        <source>Name the chair</source>
        <translation>Ime predsednika komisije</translation>
    </message>
    <message>
        <source>The chair&apos;s name, as the committee knows it:</source>
        <translation>Ime i prezime predsednika komisije, onako kako je poznato komisiji:</translation>
    </message>
    <message>
        <source>Chair not named</source>
        <translation>Ime predsednika komisije nije uneto</translation>
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
        <translation>Štampač nije mogao da se pokrene.</translation>
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
        <translation>{count}: nacrti ugovora po redosledu na rang-listi. Proverite svaki nacrt, a zatim ga izvezite ili odštampajte radi potpisivanja.</translation>
    </message>
    <message>
        <source>Draft not made</source>
        <translation>Nacrt nije napravljen</translation>
    </message>
    <message>
        <source>Folder for the contract drafts</source>
        <translation>Fascikla za nacrte ugovora</translation>
    </message>
    <message>
        <source>Contract drafts exported</source>
        <translation>Nacrti ugovora su izvezeni</translation>
    </message>
    <message>
        <source>Wrote {count} into {folder}.</source>
        <translation>Upisano u {folder}: {count}.</translation>
    </message>
    <message>
        <source>Writing contract drafts…</source>
        <translation>Upisivanje nacrta ugovora…</translation>
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
        <translation>Odštampano, ali nije uneto u revizijski trag</translation>
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

Datoteka {name} je otvorena samo za čitanje: možete sve da pregledate i izvezete izveštaje, ali ništa ne možete da menjate. Ne postoji rezervna kopija koja bi mogla da se vrati.</translation>
    </message>
    <message>
        <source>{message}

The latest backup of {name} was made {made} ({replace}). Restore it? The damaged file is kept as a backup too.</source>
        <translation>{message}

Poslednja rezervna kopija datoteke {name} napravljena je {made} ({replace}). Vratiti je? Oštećena datoteka se takođe čuva kao rezervna kopija.</translation>
    </message>
    <message>
        <source>

Or open {name} read-only, as it is, to look at it.</source>
        <translation>

Ili otvorite datoteku {name} samo za čitanje, takvu kakva je, da biste je pregledali.</translation>
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
        <translation>Rezervna kopija nije vraćena</translation>
    </message>
    <message>
        <source>Restore the latest backup…</source>
        <translation>Vrati poslednju rezervnu kopiju…</translation>
    </message>
    <message>
        <source>was changed by another program (it holds database objects Grant Evaluator does not create)</source>
        <translation>je izmenio drugi program (sadrži objekte baze podataka koje Grant Evaluator ne pravi)</translation>
    </message>
    <message>
        <source>is damaged</source>
        <translation>je oštećen</translation>
    </message>
    <message>
        <source>Read-only: {name} {why}. You can look at everything and export reports, but nothing can be changed; restore a backup to repair it.</source>
        <translation>Samo za čitanje: {name} {why}. Možete sve da pregledate i izvezete izveštaje, ali ništa ne može da se menja; vratite rezervnu kopiju da biste ga popravili.</translation>
    </message>
</context>
<context>
    <name>dialogs</name>
    <message>
        <source>Edit evaluator</source>
        <translation>Izmena podataka o ocenjivaču</translation>
    </message>
    <message>
        <source>Add evaluator</source>
        <translation>Dodavanje ocenjivača</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Ime i prezime:</translation>
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
        <translation>npr. ana_s; prazno: paketi i datoteke sa ocenama</translation>
    </message>
    <message>
        <source>The database role this evaluator signs in to the server with; they then score on the server and see only their own proposals.</source>
        <translation>Uloga u bazi podataka s kojom se ovaj ocenjivač prijavljuje na server; tada ocenjuje na serveru i vidi samo predloge projekata koji su mu dodeljeni.</translation>
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
        <translation>Predlog projekta:</translation>
    </message>
    <message>
        <source>Awarded amount</source>
        <translation>Dodeljeni iznos</translation>
    </message>
    <message>
        <source>Needed when awarding less than requested</source>
        <translation>Obavezno kada se dodeljuje manje od traženog</translation>
    </message>
    <message>
        <source>Amount:</source>
        <translation>Iznos:</translation>
    </message>
    <message>
        <source>“{typed}” is not an amount. Write it for example {example:.2f}, {example:,.2f} or {comma}.</source>
        <translation>„{typed}“ nije iznos. Upišite ga, na primer, kao {example:.2f}, {example:,.2f} ili {comma}.</translation>
    </message>
    <message>
        <source>{amount:,.2f} is less than the {requested:,.2f} requested: give the reason for awarding less; the trail keeps it.</source>
        <translation>{amount:,.2f} je manje od traženih {requested:,.2f}: navedite razlog za dodelu manjeg iznosa; revizijski trag ga beleži.</translation>
    </message>
    <message>
        <source>Export evaluation packages</source>
        <translation>Izvoz paketa za ocenjivanje</translation>
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
        <translation>Svaki ocenjivač dobija jednu datoteku s pozivom, svojim predlozima projekata i sopstvenim ocenama — ništa o drugim ocenjivačima. Pošaljite je e-poštom ili na USB memoriji.</translation>
    </message>
    <message>
        <source>Evaluators:</source>
        <translation>Ocenjivači:</translation>
    </message>
    <message>
        <source>Folder:</source>
        <translation>Fascikla:</translation>
    </message>
    <message>
        <source>Folder for the packages</source>
        <translation>Fascikla za pakete</translation>
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
        <translation>Otvori privatnu kopiju samo za čitanje u aplikaciji vašeg sistema</translation>
    </message>
    <message>
        <source>{reference} has no documents attached; score it from the summary.</source>
        <translation>Predlog projekta {reference} nema priložene dokumente; ocenite ga na osnovu sažetka.</translation>
    </message>
    <message>
        <source>The documents of the proposal you score are shown here.</source>
        <translation>Ovde se prikazuju dokumenti predloga projekta koji ocenjujete.</translation>
    </message>
    <message>
        <source>{described} opens in your system&apos;s application.</source>
        <translation>{described} se otvara u aplikaciji vašeg sistema.</translation>
    </message>
    <message>
        <source>{described} cannot be shown here: {problem}. Your system&apos;s application may still open it.</source>
        <translation>{described} ne može da se prikaže ovde: {problem}. Aplikacija vašeg sistema ipak će ga možda otvoriti.</translation>
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
        <translation>{media_type}, dodao(la): {added_by}</translation>
    </message>
    <message>
        <source>&lt;b&gt;Documents of {reference}&lt;/b&gt; ({count})</source>
        <translation>&lt;b&gt;Dokumenti predloga projekta {reference}&lt;/b&gt; ({count})</translation>
    </message>
    <message>
        <source>&lt;b&gt;Documents&lt;/b&gt;: select a proposal</source>
        <translation>&lt;b&gt;Dokumenti&lt;/b&gt;: izaberite predlog projekta</translation>
    </message>
    <message>
        <source>Add documents to {reference}</source>
        <translation>Dodavanje dokumenata predlogu projekta {reference}</translation>
    </message>
    <message>
        <source>Documents not added</source>
        <translation>Dokumenti nisu dodati</translation>
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
        <translation>Uklanjanje dokumenta</translation>
    </message>
    <message>
        <source>Remove “{name}” from {reference}?</source>
        <translation>Ukloniti „{name}“ iz predloga projekta {reference}?</translation>
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
        <translation>Ime i prezime</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Zemlja</translation>
    </message>
    <message>
        <source>Reviews</source>
        <translation>Ocene</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Podneto</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Sukobi interesa</translation>
    </message>
    <message>
        <source>Package sent</source>
        <translation>Paket poslat</translation>
    </message>
    <message>
        <source>Returns</source>
        <translation>Primljene ocene</translation>
    </message>
    <message>
        <source>revision {returns_revision}, {when}</source>
        <translation>verzija {returns_revision}, {when}</translation>
    </message>
    <message>
        <source>{name} — {reference} {title}: free, double-click to assign</source>
        <translation>{name} — {reference} {title}: slobodno, dvoklikom dodelite</translation>
    </message>
</context>
<context>
    <name>evaluators_page</name>
    <message>
        <source>Add evaluator…</source>
        <translation>Dodaj ocenjivača…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Izmeni…</translation>
    </message>
    <message>
        <source> per proposal</source>
        <translation> po predlogu</translation>
    </message>
    <message>
        <source>Assign automatically</source>
        <translation>Dodeli automatski</translation>
    </message>
    <message>
        <source>Export packages…</source>
        <translation>Izvezi pakete…</translation>
    </message>
    <message>
        <source>Import returns…</source>
        <translation>Uvezi ocene…</translation>
    </message>
    <message>
        <source>Evaluators:</source>
        <translation>Ocenjivači:</translation>
    </message>
    <message>
        <source>Proposal</source>
        <translation>Predlog projekta</translation>
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
        <translation>  ·  dvoklikom na ćeliju dodeljujete predlog ili poništavate dodelu</translation>
    </message>
    <message>
        <source>&lt;b&gt;Assignments&lt;/b&gt; (eligible proposals × evaluators)</source>
        <translation>&lt;b&gt;Dodele&lt;/b&gt; (prihvatljivi predlozi projekata × ocenjivači)</translation>
    </message>
    <message>
        <source>{count} · {reviews} assigned · {submitted} submitted</source>
        <translation>{count} · dodeljeno: {reviews} · podneto: {submitted}</translation>
    </message>
    <message>
        <source>Evaluator not added</source>
        <translation>Ocenjivač nije dodat</translation>
    </message>
    <message>
        <source>Evaluator added</source>
        <translation>Ocenjivač je dodat</translation>
    </message>
    <message>
        <source>{name} signs in to the server as {login}. The role was created without a password: set one with ALTER ROLE {login} PASSWORD &apos;…&apos; (or as the server&apos;s pg_hba.conf allows).</source>
        <translation>{name} se prijavljuje na server kao {login}. Uloga je napravljena bez lozinke: postavite je naredbom ALTER ROLE {login} PASSWORD &apos;…&apos; (ili onako kako to dozvoljava pg_hba.conf servera).</translation>
    </message>
    <message>
        <source>Evaluator not changed</source>
        <translation>Ocenjivač nije izmenjen</translation>
    </message>
    <message>
        <source>Nothing assigned</source>
        <translation>Ništa nije dodeljeno</translation>
    </message>
    <message>
        <source>Assignments</source>
        <translation>Dodele</translation>
    </message>
    <message>
        <source>Assigned {count}.</source>
        <translation>Dodeljeno: {count}.</translation>
    </message>
    <message>
        <source>Every eligible proposal already has its evaluators.</source>
        <translation>Svaki prihvatljivi predlog projekta već ima svoje ocenjivače.</translation>
    </message>
    <message>
        <source>Conflict of interest</source>
        <translation>Sukob interesa</translation>
    </message>
    <message>
        <source>{name} has a conflict of interest with {reference}.</source>
        <translation>{name} ima sukob interesa u vezi s predlogom projekta {reference}.</translation>
    </message>
    <message>
        <source>Not assigned</source>
        <translation>Nije dodeljeno</translation>
    </message>
    <message>
        <source>Unassign</source>
        <translation>Poništi dodelu</translation>
    </message>
    <message>
        <source>{name} has started reviewing {reference}. Unassign it and discard their scores?</source>
        <translation>{name}: ocenjivanje predloga projekta {reference} je započeto. Poništiti dodelu i odbaciti unete ocene?</translation>
    </message>
    <message>
        <source>Not unassigned</source>
        <translation>Dodela nije poništena</translation>
    </message>
    <message>
        <source>Record a conflict of interest of {name}. They will not review the proposal; an unsubmitted review of it is released.</source>
        <translation>Evidentirajte sukob interesa ocenjivača {name}. Ocenjivač neće ocenjivati taj predlog projekta, a njegova nepodneta ocena se povlači.</translation>
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
        <translation>ocenjivač</translation>
    </message>
    <message>
        <source>the chair</source>
        <translation>predsednik komisije</translation>
    </message>
    <message>
        <source>Packages exported</source>
        <translation>Paketi su izvezeni</translation>
    </message>
    <message>
        <source>{sum} written to {folder}.</source>
        <translation>Upisano u {folder}: {sum}.</translation>
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
        <translation>Uvoz datoteka sa ocenama</translation>
    </message>
    <message>
        <source>Returns files (*.ger);;All files (*)</source>
        <translation>Datoteke sa ocenama (*.ger);;Sve datoteke (*)</translation>
    </message>
    <message>
        <source>Returns imported</source>
        <translation>Ocene su uvezene</translation>
    </message>
    <message>
        <source>{imported} of {count} accepted</source>
        <translation>Prihvaćeno: {imported}; ukupno: {count}</translation>
    </message>
    <message>
        <source>; {refused} refused, and each refused file changed nothing.</source>
        <translation>; odbijeno: {refused}, a nijedna odbijena datoteka nije ništa promenila.</translation>
    </message>
    <message>
        <source>Importing returns…</source>
        <translation>Uvoz ocena…</translation>
    </message>
    <message>
        <source>Returns not imported</source>
        <translation>Ocene nisu uvezene</translation>
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
        <translation>Ceo predlog projekta</translation>
    </message>
    <message>
        <source>What the applicant reads in the outcome letter</source>
        <translation>Ono što podnosilac prijave čita u obaveštenju o ishodu</translation>
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
        <translation>Preuzmi komentar ovog ocenjivača</translation>
    </message>
    <message>
        <source>Evaluators&apos; comments stay the committee&apos;s own: only what you save here reaches the applicant, and a comment only when you copy it in.</source>
        <translation>Komentari ocenjivača ostaju unutar komisije: do podnosioca prijave stiže samo ono što ovde sačuvate, a komentar samo ako ga preuzmete.</translation>
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
        <translation>&lt;i&gt;Izaberite predlog projekta da biste napisali povratnu informaciju.&lt;/i&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;{escape}&lt;/b&gt; — {escape2}: the chair&apos;s feedback</source>
        <translation>&lt;b&gt;{escape}&lt;/b&gt; — {escape2}: povratna informacija predsednika komisije</translation>
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
&lt;h2&gt;Za predsednika komisije&lt;/h2&gt;
&lt;ol&gt;
&lt;li&gt;&lt;b&gt;Datoteka ▸ Novi radni prostor iz datoteke poziva…&lt;/b&gt; pravi jednu datoteku radnog prostora za poziv.&lt;/li&gt;
&lt;li&gt;&lt;b&gt;Predlozi ▸ Uvezi predloge projekata…&lt;/b&gt; učitava datoteku s predlozima projekata (CSV ili XLSX); svaki problem
se navodi i ništa se ne uvozi dok datoteka ne bude ispravna. Dokumente svakog predloga projekta dodajte
uz njegove podatke ili tu prevucite fasciklu s podfasciklama nazvanim po referentnim brojevima.&lt;/li&gt;
&lt;li&gt;&lt;b&gt;Ocenjivači&lt;/b&gt;: unesite ocenjivače, evidentirajte sukobe interesa, a zatim izaberite
&lt;i&gt;Dodeli automatski&lt;/i&gt; (ili kliknite ćeliju matrice). &lt;i&gt;Izvezi pakete…&lt;/i&gt;
upisuje po jedan potpisani paket za svakog ocenjivača.&lt;/li&gt;
&lt;li&gt;&lt;b&gt;Datoteka ▸ Uvezi ocene…&lt;/b&gt; objedinjuje potpisane datoteke sa ocenama ocenjivača. Odlučuje vaš radni
prostor: ocena koja je kod vas evidentirana kao podneta menja se tek kada je ponovo otvorite.&lt;/li&gt;
&lt;li&gt;&lt;b&gt;Usaglašavanje&lt;/b&gt;: za svaki predlog projekta s neusaglašenim ocenama utvrdite konsenzusne ocene ili isključite
ocenu (uz obrazloženje), a zatim zaključite usaglašavanje beleškom.&lt;/li&gt;
&lt;li&gt;&lt;b&gt;Rangiranje&lt;/b&gt;: konačne ocene, rang, granica budžeta i rezervna lista; unesite dodeljene
iznose, izvezite CSV, XLSX ili izveštaj u PDF formatu.&lt;/li&gt;
&lt;/ol&gt;
&lt;p&gt;Svaka izmena beleži se u revizijskom tragu; &lt;code&gt;grant-evaluator verify&lt;/code&gt; proverava datoteku.
Čuvajte odštampani izveštaj sa svakog sastanka: u njegovom podnožju nalazi se oznaka poslednjeg zapisa revizijskog traga.&lt;/p&gt;
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
&lt;h2&gt;Za ocenjivače&lt;/h2&gt;
&lt;ol&gt;
&lt;li&gt;&lt;b&gt;Datoteka ▸ Otvori paket za ocenjivanje…&lt;/b&gt; (i na početnoj stranici): izaberite paket koji vam je
poslao predsednik komisije, a zatim mesto na kome ćete čuvati svoj radni prostor za ocenjivanje.&lt;/li&gt;
&lt;li&gt;&lt;b&gt;Ocenjivanje&lt;/b&gt;: izaberite predlog projekta, izjavite da nemate sukob interesa (ili da ga
imate: predlog projekta se tada oslobađa) i ocenite svaki kriterijum pomoću
tastature. Ocene koje su u pozivu tako označene zahtevaju pisano obrazloženje.&lt;/li&gt;
&lt;li&gt;&lt;b&gt;Podnesite&lt;/b&gt; ocenu kada ocenite sve kriterijume; ona se tada zaključava.&lt;/li&gt;
&lt;li&gt;&lt;b&gt;Datoteka ▸ Pošalji ocene…&lt;/b&gt; upisuje vašu potpisanu datoteku sa ocenama: pošaljite je predsedniku komisije
e-poštom ili na USB memoriji. Kasnije možete ponovo da pošaljete ocene; svaka datoteka ima novu verziju.&lt;/li&gt;
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
&lt;li&gt;&lt;b&gt;Ugovori&lt;/b&gt;: po jedan nacrt ugovora u PDF formatu za svaki finansirani predlog projekta, po redosledu na rang-listi. Proverite svaki nacrt,
a zatim ih sve izvezite u fasciklu ili odštampajte pojedinačno; nacrti se unose u revizijski
trag.&lt;/li&gt;
&lt;li&gt;&lt;b&gt;Rangiranje ▸ Izveštaj PDF…&lt;/b&gt;: rang-lista i sažetak ocenjivanja za svaki predlog projekta.&lt;/li&gt;
&lt;li&gt;&lt;b&gt;Rangiranje ▸ Izvezi CSV / XLSX&lt;/b&gt;: rang-lista u obliku tabele.&lt;/li&gt;
&lt;/ul&gt;
</translation>
    </message>
    <message>
        <source>Guide for the &amp;chair</source>
        <translation>Vodič za &amp;predsednika komisije</translation>
    </message>
    <message>
        <source>Guide for the chair</source>
        <translation>Vodič za predsednika komisije</translation>
    </message>
    <message>
        <source>Guide for &amp;evaluators</source>
        <translation>Vodič za o&amp;cenjivače</translation>
    </message>
    <message>
        <source>Guide for evaluators</source>
        <translation>Vodič za ocenjivače</translation>
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
        <translation>&lt;h2&gt;Grant Evaluator {value}&lt;/h2&gt;&lt;p&gt;Ocenjivanje predloga projekata za dodelu bespovratnih sredstava, van mreže. Licenca MIT.&lt;/p&gt;&lt;h3&gt;Šta je uključeno&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;Qt {qVersion} i Qt for Python (PySide6) {value2}: LGPL-3.0 (The Qt Company).&lt;/li&gt;&lt;li&gt;Fontovi DejaVu (u izveštajima i ugovorima): licenca Bitstream Vera, a izmene DejaVu su u javnom domenu; ceo tekst nalazi se u &lt;code&gt;{fonts}&lt;/code&gt;.&lt;/li&gt;&lt;li&gt;SQLAlchemy, SQLModel, Alembic, pydantic, openpyxl, platformdirs: MIT; reportlab, defusedxml, cryptography: BSD; num2words: LGPL-2.1.&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;Python {python_version} na sistemu {system}.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Po&amp;moć</translation>
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
        <translation>Nema obaveštenja o ishodu</translation>
    </message>
    <message>
        <source>No proposal&apos;s outcome is final yet, so there is no letter to write</source>
        <translation>Ishod nijednog predloga projekta još nije konačan, pa nema obaveštenja koje bi se sastavilo</translation>
    </message>
    <message>
        <source>Folder for the outcome letters</source>
        <translation>Fascikla za obaveštenja o ishodu</translation>
    </message>
    <message>
        <source>Not decided yet, so without a letter: {waiting}</source>
        <translation>Još nije odlučeno, pa nema obaveštenja: {waiting}</translation>
    </message>
    <message>
        <source>Outcome letters written</source>
        <translation>Obaveštenja o ishodu su sastavljena</translation>
    </message>
    <message>
        <source>Wrote {count} and {name} into {folder}.</source>
        <translation>Upisano u {folder}: {count} i {name}.</translation>
    </message>
    <message>
        <source>Writing outcome letters…</source>
        <translation>Sastavljanje obaveštenja o ishodu…</translation>
    </message>
    <message>
        <source>Outcome letters not written</source>
        <translation>Obaveštenja o ishodu nisu sastavljena</translation>
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
        <translation>Predlozi</translation>
    </message>
    <message>
        <source>Evaluators</source>
        <translation>Ocenjivači</translation>
    </message>
    <message>
        <source>Scoring</source>
        <translation>Ocenjivanje</translation>
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
        <translation>Jezik nije promenjen</translation>
    </message>
    <message>
        <source>Wait until the work under way is done, then try again.</source>
        <translation>Sačekajte da se posao koji je u toku završi, a zatim pokušajte ponovo.</translation>
    </message>
    <message>
        <source>Open workspace</source>
        <translation>Otvori radni prostor</translation>
    </message>
    <message>
        <source>Demo not created</source>
        <translation>Demonstracioni radni prostor nije napravljen</translation>
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
        <translation>Otvori paket za ocenjivanje</translation>
    </message>
    <message>
        <source>Package not opened</source>
        <translation>Paket nije otvoren</translation>
    </message>
    <message>
        <source>Save your evaluation workspace as</source>
        <translation>Sačuvaj svoj radni prostor za ocenjivanje kao</translation>
    </message>
    <message>
        <source>Opening {name}…</source>
        <translation>Otvaranje: {name}…</translation>
    </message>
    <message>
        <source>Proposals not imported</source>
        <translation>Predlozi projekata nisu uvezeni</translation>
    </message>
    <message>
        <source>Import proposals</source>
        <translation>Uvoz predloga projekata</translation>
    </message>
    <message>
        <source>Proposals (*.csv *.xlsx *.ods);;CSV (*.csv);;Excel workbooks (*.xlsx);;OpenDocument spreadsheets (*.ods)</source>
        <translation>Predlozi projekata (*.csv *.xlsx *.ods);;CSV (*.csv);;Excel radne sveske (*.xlsx);;OpenDocument tabele (*.ods)</translation>
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
        <translation>Izaberite datoteku poziva</translation>
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
        <translation>{target} već postoji; novi radni prostor nikada ne zamenjuje postojeću datoteku.</translation>
    </message>
    <message>
        <source>Send back scores</source>
        <translation>Slanje ocena</translation>
    </message>
    <message>
        <source>Scores not written</source>
        <translation>Ocene nisu upisane</translation>
    </message>
    <message>
        <source>Scores ready to send</source>
        <translation>Ocene su spremne za slanje</translation>
    </message>
    <message>
        <source>{name} holds revision {revision}: {reviews}, {submitted} submitted, {scores}.

Send this file to the chair (e-mail or USB stick). It is signed: any change to it will be detected.</source>
        <translation>{name} sadrži verziju {revision}: {reviews}, podneto: {submitted}, {scores}.

Pošaljite ovu datoteku predsedniku komisije (e-poštom ili na USB memoriji). Datoteka je potpisana: svaka njena izmena biće otkrivena.</translation>
    </message>
    <message>
        <source>Grant Evaluator workspaces (*{suffix});;All files (*)</source>
        <translation>Radni prostori programa Grant Evaluator (*{suffix});;Sve datoteke (*)</translation>
    </message>
    <message>
        <source>Workspaces and packages (*{suffix} *{package});;Grant Evaluator workspaces (*{suffix});;Evaluation packages (*{package});;All files (*)</source>
        <translation>Radni prostori i paketi (*{suffix} *{package});;Radni prostori programa Grant Evaluator (*{suffix});;Paketi za ocenjivanje (*{package});;Sve datoteke (*)</translation>
    </message>
    <message>
        <source>Evaluation packages (*.gep);;All files (*)</source>
        <translation>Paketi za ocenjivanje (*.gep);;Sve datoteke (*)</translation>
    </message>
    <message>
        <source>Returns files (*.ger);;All files (*)</source>
        <translation>Datoteke sa ocenama (*.ger);;Sve datoteke (*)</translation>
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
        <translation>Otvori ne&amp;davni</translation>
    </message>
    <message>
        <source>Connect to &amp;server…</source>
        <translation>Poveži se sa &amp;serverom…</translation>
    </message>
    <message>
        <source>&amp;Import proposals…</source>
        <translation>&amp;Uvezi predloge projekata…</translation>
    </message>
    <message>
        <source>Open evaluation &amp;package…</source>
        <translation>Otvori &amp;paket za ocenjivanje…</translation>
    </message>
    <message>
        <source>Import &amp;returns…</source>
        <translation>Uvezi o&amp;cene…</translation>
    </message>
    <message>
        <source>&amp;Send back scores…</source>
        <translation>Poša&amp;lji ocene…</translation>
    </message>
    <message>
        <source>&amp;Close workspace</source>
        <translation>&amp;Zatvori radni prostor</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Izađi</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Prikaz</translation>
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
        <translation>Otkaži</translation>
    </message>
    <message>
        <source>Proposals already imported</source>
        <translation>Predlozi projekata su već uvezeni</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>Zameni</translation>
    </message>
    <message>
        <source>Proposals not imported</source>
        <translation>Predlozi projekata nisu uvezeni</translation>
    </message>
    <message>
        <source>Importing proposals from {name}…</source>
        <translation>Uvoz predloga projekata iz datoteke {name}…</translation>
    </message>
    <message>
        <source>1 proposal of {source} is already in the workspace ({listed}).

Replace it with the file&apos;s version?</source>
        <translation>Jedan predlog projekta iz datoteke {source} već postoji u radnom prostoru ({listed}).

Zameniti ga verzijom iz datoteke?</translation>
    </message>
    <message>
        <source>{count} proposals of {source} are already in the workspace ({listed}).

Replace them with the file&apos;s version?</source>
        <translation>Predlozi projekata iz datoteke {source} već postoje u radnom prostoru ({count}: {listed}).

Zameniti ih verzijama iz datoteke?</translation>
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
        <translation>Matični broj:</translation>
    </message>
    <message>
        <source>Representative:</source>
        <translation>Zakonski zastupnik:</translation>
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
        <translation>&lt;b&gt;{escape}&lt;/b&gt; ({escape2}): podaci koji se štampaju u nacrtima ugovora. Umesto praznog polja štampa se „[popuniti]“.</translation>
    </message>
    <message>
        <source>Details not changed</source>
        <translation>Podaci nisu izmenjeni</translation>
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
        <translation>šifrovan je na način koji ne može da se pročita</translation>
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
        <translation>Sledeća stranica</translation>
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
        <translation>Pronađi (Enter, F3)</translation>
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
        <translation>Nije provereno</translation>
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
        <translation>Meseci</translation>
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
        <translation>Traženi iznos</translation>
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
        <translation>Šta se dogodilo</translation>
    </message>
    <message>
        <source>Double-click an organisation to complete or correct its details</source>
        <translation>Dvokliknite organizaciju da biste dopunili ili ispravili njene podatke</translation>
    </message>
    <message>
        <source>Organisation details…</source>
        <translation>Podaci o organizaciji…</translation>
    </message>
    <message>
        <source>Consortium</source>
        <translation>Konzorcijum</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Istorija</translation>
    </message>
    <message>
        <source> Reason: {reason}</source>
        <translation> Razlog: {reason}</translation>
    </message>
    <message>
        <source>{told}

As recorded: {record}</source>
        <translation>{told}

Zapis: {record}</translation>
    </message>
    <message>
        <source>&lt;i&gt;Select a proposal to see its consortium.&lt;/i&gt;</source>
        <translation>&lt;i&gt;Izaberite predlog projekta da biste videli njegov konzorcijum.&lt;/i&gt;</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;font-size:13pt&apos;&gt;&lt;b&gt;{escape}&lt;/b&gt; — {escape2}&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;font-size:13pt&apos;&gt;&lt;b&gt;{escape}&lt;/b&gt; — {escape2}&lt;/span&gt;</translation>
    </message>
    <message>
        <source>{duration_months} months</source>
        <translation>{duration_months} mes.</translation>
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
        <translation>Pretraga po ref. broju, nazivu, organizaciji, zemlji, temi…</translation>
    </message>
    <message>
        <source>Import proposals…</source>
        <translation>Uvezi predloge projekata…</translation>
    </message>
    <message>
        <source>No proposals yet: import a CSV or XLSX file.</source>
        <translation>Još nema predloga projekata: uvezite CSV ili XLSX datoteku.</translation>
    </message>
    <message>
        <source>{total} proposals · {eligible} eligible</source>
        <translation>Predlozi projekata: {total} · prihvatljivi: {eligible}</translation>
    </message>
    <message>
        <source>{shown} of {total} proposals shown</source>
        <translation>Prikazani predlozi projekata: {shown} od {total}</translation>
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
        <translation>Dodeljeno</translation>
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
        <translation>rangirani predlozi projekata koji nisu stali u budžet nalaze se na rezervnoj listi</translation>
    </message>
    <message>
        <source>Budget line — {committed} of {budget} {currency} committed; {below}</source>
        <translation>Granica budžeta — opredeljeno {committed} od {budget} {currency}; {below}</translation>
    </message>
    <message>
        <source>{committed} of {budget} {currency} committed ({count:.1f}%)</source>
        <translation>Opredeljeno {committed} od {budget} {currency} ({count:.1f}%)</translation>
    </message>
    <message>
        <source>The amount awarded to {reference}, between {low} and the requested {requested} {currency}.</source>
        <translation>Iznos dodeljen predlogu projekta {reference}, od {low} do traženih {requested} {currency}.</translation>
    </message>
    <message>
        <source>Double-click to change the awarded amount</source>
        <translation>Dvokliknite da biste promenili dodeljeni iznos</translation>
    </message>
    <message>
        <source>Double-click to see the reviews, exclusions and consensus behind this score</source>
        <translation>Dvokliknite da biste videli ocene, isključenja i konsenzus na kojima se zasniva ova ocena</translation>
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
        <translation>Izveštaj PDF…</translation>
    </message>
    <message>
        <source>Outcome letters…</source>
        <translation>Obaveštenja o ishodu…</translation>
    </message>
    <message>
        <source>One PDF letter per decided proposal, with letters.csv for mail merge</source>
        <translation>Po jedno PDF obaveštenje za svaki predlog projekta o kome je odlučeno, uz letters.csv za objedinjavanje pošte</translation>
    </message>
    <message>
        <source>Filter by reference, title or status…</source>
        <translation>Filtriraj po ref. broju, nazivu ili statusu…</translation>
    </message>
    <message>
        <source>No proposals to rank yet: import them on the Proposals page.</source>
        <translation>Još nema predloga projekata za rangiranje: uvezite ih na stranici Predlozi.</translation>
    </message>
    <message>
        <source>{counts} funded · {counts2} on the reserve list · {counts3} to reconcile · {counts4} incomplete · {counts5} below threshold · {counts6} ineligible</source>
        <translation>finansirano: {counts} · na rezervnoj listi: {counts2} · za usaglašavanje: {counts3} · nepotpuno: {counts4} · ispod praga: {counts5} · neprihvatljivo: {counts6}</translation>
    </message>
    <message>
        <source>Amount not awarded</source>
        <translation>Iznos nije dodeljen</translation>
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
        <translation>Upisano: {out}.</translation>
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
        <translation>Isprazni meni</translation>
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
        <translation>Zaključeno</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>da</translation>
    </message>
    <message>
        <source>Proposals</source>
        <translation>Predlozi projekata</translation>
    </message>
    <message>
        <source>Evaluator bias (advisory)</source>
        <translation>Pristrasnost ocenjivača (informativno)</translation>
    </message>
    <message>
        <source>Feedback for the applicant</source>
        <translation>Povratna informacija za podnosioca</translation>
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
        <translation>Konsenzusna ocena (zamenjuje objedinjenu ocenu jednog kriterijuma)</translation>
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
        <translation>Isključi ocenu (ili je ponovo uračunaj)</translation>
    </message>
    <message>
        <source>Note for the record (required)</source>
        <translation>Beleška za zapisnik (obavezno)</translation>
    </message>
    <message>
        <source>Resolve</source>
        <translation>Zaključi</translation>
    </message>
    <message>
        <source>Resolve (the proposal can then pass and be ranked)</source>
        <translation>Zaključi (predlog projekta tada može da prođe i bude rangiran)</translation>
    </message>
    <message>
        <source>Consensus would give:</source>
        <translation>Efekat konsenzusa:</translation>
    </message>
    <message>
        <source>Exclusion would give:</source>
        <translation>Efekat isključenja:</translation>
    </message>
    <message>
        <source>&lt;i&gt;Select a proposal.&lt;/i&gt;</source>
        <translation>&lt;i&gt;Izaberite predlog projekta.&lt;/i&gt;</translation>
    </message>
    <message>
        <source>&lt;i&gt;No proposal to reconcile yet: eligible proposals appear here with their reviews.&lt;/i&gt;</source>
        <translation>&lt;i&gt;Još nema predloga projekata za usaglašavanje: prihvatljivi predlozi projekata pojavljuju se ovde sa svojim ocenama.&lt;/i&gt;</translation>
    </message>
    <message>
        <source>resolved: {note}</source>
        <translation>zaključeno: {note}</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;font-size:13pt&apos;&gt;&lt;b&gt;{reference}&lt;/b&gt; — {title}&lt;/span&gt;&lt;br&gt;Final score &lt;b&gt;{final}&lt;/b&gt; · spread {spread} · {state}</source>
        <translation>&lt;span style=&apos;font-size:13pt&apos;&gt;&lt;b&gt;{reference}&lt;/b&gt; — {title}&lt;/span&gt;&lt;br&gt;Konačna ocena &lt;b&gt;{final}&lt;/b&gt; · raspon {spread} · {state}</translation>
    </message>
    <message>
        <source> (excluded)</source>
        <translation> (ocena isključena)</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>Kriterijum</translation>
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
        <translation>Ponovo uračunaj</translation>
    </message>
    <message>
        <source>Already resolved</source>
        <translation>Već zaključeno</translation>
    </message>
    <message>
        <source>type a score to see its effect</source>
        <translation>upišite ocenu da biste videli njen efekat</translation>
    </message>
    <message>
        <source>“{text}” is not a score on this criterion&apos;s scale</source>
        <translation>„{text}“ nije ocena na skali ovog kriterijuma</translation>
    </message>
    <message>
        <source>Consensus not saved</source>
        <translation>Konsenzus nije sačuvan</translation>
    </message>
    <message>
        <source>Review not excluded</source>
        <translation>Ocena nije isključena</translation>
    </message>
    <message>
        <source>Not resolved</source>
        <translation>Nije zaključeno</translation>
    </message>
    <message>
        <source>final score stays {shown}</source>
        <translation>konačna ocena ostaje {shown}</translation>
    </message>
    <message>
        <source>final score {shown} → {shown2}</source>
        <translation>konačna ocena {shown} → {shown2}</translation>
    </message>
</context>
<context>
    <name>reversals_bar</name>
    <message>
        <source>It will change:</source>
        <translation>Promeniće se:</translation>
    </message>
    <message>
        <source>Add an evaluator to {reference}</source>
        <translation>Dodavanje ocenjivača za predlog projekta {reference}</translation>
    </message>
    <message>
        <source>Free of conflicts of interest, the least loaded first:</source>
        <translation>Ocenjivači bez sukoba interesa, počev od najmanje opterećenih:</translation>
    </message>
    <message>
        <source>Evaluator:</source>
        <translation>Ocenjivač:</translation>
    </message>
    <message>
        <source>Reverse a decision (with a reason) or add an evaluator</source>
        <translation>Poništi odluku (uz obrazloženje) ili dodaj ocenjivača</translation>
    </message>
    <message>
        <source>Un-resolve…</source>
        <translation>Poništi zaključenje…</translation>
    </message>
    <message>
        <source>Clear consensus…</source>
        <translation>Poništi konsenzus…</translation>
    </message>
    <message>
        <source>Reopen review…</source>
        <translation>Ponovo otvori ocenu…</translation>
    </message>
    <message>
        <source>Unassign…</source>
        <translation>Poništi dodelu…</translation>
    </message>
    <message>
        <source>Add third evaluator…</source>
        <translation>Dodaj trećeg ocenjivača…</translation>
    </message>
    <message>
        <source>Take the proposal back from this evaluator</source>
        <translation>Oduzmi predlog projekta ovom ocenjivaču</translation>
    </message>
    <message>
        <source>Only a review without scores can be unassigned; reopen or exclude it instead</source>
        <translation>Dodela se može poništiti samo za ocenu bez bodova; umesto toga, ponovo je otvorite ili isključite</translation>
    </message>
    <message>
        <source>Un-resolve {reference}: {resolve_note}</source>
        <translation>Poništavanje zaključenja za {reference}: {resolve_note}</translation>
    </message>
    <message>
        <source>Un-resolve</source>
        <translation>Poništi zaključenje</translation>
    </message>
    <message>
        <source>Clear the consensus score of {reference} {criterion}.</source>
        <translation>Poništavanje konsenzusne ocene za {reference}, kriterijum {criterion}.</translation>
    </message>
    <message>
        <source>Clear consensus</source>
        <translation>Poništi konsenzus</translation>
    </message>
    <message>
        <source>Count the review of {reference} by {review} again.</source>
        <translation>Ponovno uračunavanje ocene predloga projekta {reference} (ocenjivač: {review}).</translation>
    </message>
    <message>
        <source>Include again</source>
        <translation>Ponovo uračunaj</translation>
    </message>
    <message>
        <source>Reopen the review of {reference} by {review}: it stops counting until it is submitted again.</source>
        <translation>Ponovno otvaranje ocene predloga projekta {reference} (ocenjivač: {review}): ocena se ne uračunava dok ne bude ponovo podneta.</translation>
    </message>
    <message>
        <source>Reopen review</source>
        <translation>Ponovo otvori ocenu</translation>
    </message>
    <message>
        <source>Take {reference} back from {review}, who has not started it.</source>
        <translation>Oduzimanje predloga projekta {reference} (ocenjivač: {review}); ocenjivanje još nije započeto.</translation>
    </message>
    <message>
        <source>Unassign</source>
        <translation>Poništi dodelu</translation>
    </message>
    <message>
        <source>Add an evaluator</source>
        <translation>Dodaj ocenjivača</translation>
    </message>
    <message>
        <source>Every evaluator already reviews {reference} or has a conflict of interest.</source>
        <translation>Svaki ocenjivač već ocenjuje predlog projekta {reference} ili ima sukob interesa.</translation>
    </message>
    <message>
        <source>{name} ({reviews} reviews)</source>
        <translation>{name} (ocena: {reviews})</translation>
    </message>
    <message>
        <source>Evaluator not assigned</source>
        <translation>Ocenjivač nije dodeljen</translation>
    </message>
</context>
<context>
    <name>scoring_page</name>
    <message>
        <source>Send back scores…</source>
        <translation>Pošalji ocene…</translation>
    </message>
    <message>
        <source>Write the signed returns file to send to the chair</source>
        <translation>Upiši potpisanu datoteku sa ocenama za slanje predsedniku komisije</translation>
    </message>
    <message>
        <source>Score as:</source>
        <translation>Ocenjivanje u ime:</translation>
    </message>
    <message>
        <source>&lt;b&gt;My proposals&lt;/b&gt;</source>
        <translation>&lt;b&gt;Moji predlozi projekata&lt;/b&gt;</translation>
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
        <translation>Podnesi ocenu</translation>
    </message>
    <message>
        <source>No evaluators yet: register them on the Evaluators page and assign proposals.</source>
        <translation>Još nema ocenjivača: unesite ih na stranici Ocenjivači i dodelite im predloge projekata.</translation>
    </message>
    <message>
        <source>Select a proposal to score it.</source>
        <translation>Izaberite predlog projekta da biste ga ocenili.</translation>
    </message>
    <message>
        <source>No proposals are assigned to you in this package.</source>
        <translation>U ovom paketu vam nije dodeljen nijedan predlog projekta.</translation>
    </message>
    <message>
        <source>No proposals are assigned to {escape} yet.</source>
        <translation>Ocenjivaču {escape} još nije dodeljen nijedan predlog projekta.</translation>
    </message>
    <message>
        <source>&lt;p style=&quot;color:#2D3748&quot;&gt;&lt;i&gt;{text}&lt;/i&gt;&lt;/p&gt;</source>
        <translation>&lt;p style=&quot;color:#2D3748&quot;&gt;&lt;i&gt;{text}&lt;/i&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Before scoring, declare whether you have a conflict of interest with {reference}: a personal, professional or financial tie to any member of the consortium.</source>
        <translation>Pre ocenjivanja izjavite da li imate sukob interesa u vezi s predlogom projekta {reference}: ličnu, profesionalnu ili finansijsku vezu s bilo kojim članom konzorcijuma.</translation>
    </message>
    <message>
        <source>Submitted and locked; the chair can reopen it.</source>
        <translation>Ocena je podneta i zaključana; predsednik komisije može ponovo da je otvori.</translation>
    </message>
    <message>
        <source>Reopened by the chair: {reopen_reason}</source>
        <translation>Predsednik komisije je ponovo otvorio ocenu: {reopen_reason}</translation>
    </message>
    <message>
        <source>Saved as you type.</source>
        <translation>Čuva se dok kucate.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Total {points}&lt;/b&gt; of {points2} · {count} of {count2} criteria scored</source>
        <translation>&lt;b&gt;Ukupno {points}&lt;/b&gt; od {points2} · ocenjeno kriterijuma: {count} od {count2}</translation>
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
        <translation>Opišite svoj sukob interesa u vezi s predlogom projekta {reference}. Predlog projekta biće uklonjen s vaše liste, a predsednik komisije videće vašu izjavu.</translation>
    </message>
    <message>
        <source>Declaration not saved</source>
        <translation>Izjava nije sačuvana</translation>
    </message>
    <message>
        <source>Review not submitted</source>
        <translation>Ocena nije podneta</translation>
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
        <translation>&lt;p style=&apos;font-size:13pt&apos;&gt;&lt;b&gt;{escape}&lt;/b&gt; — {escape2}&lt;/p&gt;&lt;p&gt;&lt;b&gt;{requested_amount} {escape3}&lt;/b&gt; · {duration_months} mes. · {escape4}: {escape5}&lt;/p&gt;&lt;p&gt;{escape6}&lt;/p&gt;&lt;p&gt;&lt;b&gt;Konzorcijum&lt;/b&gt;&lt;/p&gt;&lt;ul style=&apos;margin-left:-20px&apos;&gt;{members}&lt;/ul&gt;</translation>
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
        <translation>Ocenjeno</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Comment (required for scores {required})</source>
        <translation>Komentar (obavezan za ocene {required})</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Komentar</translation>
    </message>
    <message>
        <source>Enter: next criterion · Shift+Enter: new line</source>
        <translation>Enter: sledeći kriterijum · Shift+Enter: novi red</translation>
    </message>
    <message>
        <source>&lt;b&gt;{code}&lt;/b&gt; {text}&lt;br&gt;&lt;span style=&apos;color:#555&apos;&gt;{guidance}&lt;/span&gt;</source>
        <translation>&lt;b&gt;{code}&lt;/b&gt; {text}&lt;br&gt;&lt;span style=&apos;color:#555&apos;&gt;{guidance}&lt;/span&gt;</translation>
    </message>
    <message>
        <source>A score of {points} needs a written justification before you submit.</source>
        <translation>Za ocenu {points} potrebno je pisano obrazloženje pre podnošenja.</translation>
    </message>
    <message>
        <source>&lt;b&gt;{name}&lt;/b&gt; &lt;span style=&apos;color:#666&apos;&gt;· {maximum} points&lt;/span&gt;</source>
        <translation>&lt;b&gt;{name}&lt;/b&gt; &lt;span style=&apos;color:#666&apos;&gt;· najviše bodova: {maximum}&lt;/span&gt;</translation>
    </message>
    <message>
        <source>Submit your review of {reference}: total {points} of {points2}?

Once submitted it is locked; only the chair can reopen it.</source>
        <translation>Podneti ocenu predloga projekta {reference}: ukupno {points} od {points2}?

Podneta ocena je zaključana; samo predsednik komisije može ponovo da je otvori.</translation>
    </message>
</context>
<context>
    <name>server_connect</name>
    <message>
        <source>Connect to server</source>
        <translation>Povezivanje sa serverom</translation>
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
        <translation>&amp;Prijavi se kao:</translation>
    </message>
    <message>
        <source>The password comes from ~/.pgpass or PGPASSWORD; if there is none, you are asked for it. Grant Evaluator never stores a password.</source>
        <translation>Lozinka se preuzima iz ~/.pgpass ili PGPASSWORD; ako je nema, biće zatražena od vas. Grant Evaluator nikada ne čuva lozinku.</translation>
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
        <translation>Ažurirano u {strftime}: radni prostor je izmenjen na serveru.</translation>
    </message>
</context>
<context>
    <name>welcome_page</name>
    <message>
        <source>&lt;h1&gt;Grant Evaluator&lt;/h1&gt;&lt;p&gt;Score proposals against the call&apos;s grid, reconcile the evaluators&apos; scores, rank, and draw the budget line — offline, one workspace file per call.&lt;/p&gt;</source>
        <translation>&lt;h1&gt;Grant Evaluator&lt;/h1&gt;&lt;p&gt;Ocenjujte predloge projekata prema tabeli iz poziva, usaglasite ocene ocenjivača, rangirajte ih i povucite granicu budžeta — van mreže, s jednom datotekom radnog prostora po pozivu.&lt;/p&gt;</translation>
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
        <translation>Otvori paket za ocenjivanje…</translation>
    </message>
    <message>
        <source>Open the demo workspace</source>
        <translation>Otvori demonstracioni radni prostor</translation>
    </message>
    <message>
        <source>&lt;b&gt;Recent workspaces&lt;/b&gt;</source>
        <translation>&lt;b&gt;Nedavni radni prostori&lt;/b&gt;</translation>
    </message>
</context>
</TS>
