<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="mk" sourcelanguage="en">
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>Во ред</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Откажи</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Затвори</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Да</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;Не</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Зачувај</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Отвори</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Примени</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Помош</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <source>Not done</source>
        <translation>Не е извршено</translation>
    </message>
</context>
<context>
    <name>batches</name>
    <message>
        <source>They are not entered in the audit trail: the workspace is damaged.</source>
        <translation>Не се внесени во ревизорската трага: работниот простор е оштетен.</translation>
    </message>
    <message>
        <source>They could not be entered in the audit trail: {audit_error}</source>
        <translation>Не можеа да се внесат во ревизорската трага: {audit_error}</translation>
    </message>
</context>
<context>
    <name>bias_view</name>
    <message>
        <source>Evaluator</source>
        <translation>Оценувач</translation>
    </message>
    <message>
        <source>Reviews</source>
        <translation>Оценувања</translation>
    </message>
    <message>
        <source>Mean total</source>
        <translation>Просечен збир</translation>
    </message>
    <message>
        <source>Spread</source>
        <translation>Распон</translation>
    </message>
    <message>
        <source>Deviation from co-reviewers</source>
        <translation>Отстапување од другите</translation>
    </message>
    <message>
        <source>Advisory only: these figures never change an official score. Deviation is the evaluator&apos;s total minus the mean of the other reviewers of the same proposal, averaged over their reviews (submitted and included reviews only).</source>
        <translation>Само информативно: овие бројки никогаш не менуваат официјална оценка. Отстапувањето е збирот на оценувачот минус просекот на другите оценувачи на истиот предлог-проект, усреднето за сите негови оценувања (само поднесени и вклучени оценувања).</translation>
    </message>
    <message>
        <source>Review totals per evaluator</source>
        <translation>Збирови на оценувањата по оценувач</translation>
    </message>
</context>
<context>
    <name>call_page</name>
    <message>
        <source>mean</source>
        <translation>просекот</translation>
    </message>
    <message>
        <source>median</source>
        <translation>медијаната</translation>
    </message>
    <message>
        <source>the mean of the two closest</source>
        <translation>просекот на двете најблиски</translation>
    </message>
    <message>
        <source>&lt;h1&gt;{escape}&lt;/h1&gt;&lt;p class=&apos;key&apos;&gt;{escape2}&lt;/p&gt;</source>
        <translation>&lt;h1&gt;{escape}&lt;/h1&gt;&lt;p class=&apos;key&apos;&gt;{escape2}&lt;/p&gt;</translation>
    </message>
    <message>
        <source>at least {min_members} {escape} members from at least {min_countries} beneficiary countries, lead included</source>
        <translation>најмалку {min_members} членови ({escape}) од најмалку {min_countries} земји корисници, вклучувајќи го и водечкиот апликант</translation>
    </message>
    <message>
        <source> or </source>
        <translation> или </translation>
    </message>
    <message>
        <source>; a lead of type {escape} may apply alone</source>
        <translation>; водечки апликант од типот {escape} може да аплицира самостојно</translation>
    </message>
    <message>
        <source>total ≥ {points} of {points2}</source>
        <translation>вкупно ≥ {points} од {points2}</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Буџет</translation>
    </message>
    <message>
        <source>Grant size</source>
        <translation>Износ на грантот</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Времетраење</translation>
    </message>
    <message>
        <source>{min_duration_months}–{max_duration_months} months</source>
        <translation>{min_duration_months}–{max_duration_months} месеци</translation>
    </message>
    <message>
        <source>Beneficiary countries</source>
        <translation>Земји корисници</translation>
    </message>
    <message>
        <source>Consortium</source>
        <translation>Конзорциум</translation>
    </message>
    <message>
        <source>Pass marks</source>
        <translation>Прагови на бодови</translation>
    </message>
    <message>
        <source>Reviews</source>
        <translation>Оценувања</translation>
    </message>
    <message>
        <source>{reviewers_per_proposal} per proposal, combined by {aggregate}; divergent when totals differ by ≥ {divergence_total} points{value} or a criterion by ≥ {points}</source>
        <translation>{reviewers_per_proposal} по предлог-проект, обединети според {aggregate}; неусогласени кога збировите се разликуваат за ≥ {divergence_total} бодови{value} или кај некој критериум за ≥ {points}</translation>
    </message>
    <message>
        <source> of the higher total</source>
        <translation> од поголемиот збир</translation>
    </message>
    <message>
        <source>Written justification</source>
        <translation>Писмено образложение</translation>
    </message>
    <message>
        <source>required for scores </source>
        <translation>задолжително за оценките </translation>
    </message>
    <message>
        <source>optional</source>
        <translation>незадолжително</translation>
    </message>
    <message>
        <source>Budget line</source>
        <translation>Граница на буџетот</translation>
    </message>
    <message>
        <source>strict: the first proposal that does not fit and all after it go to the reserve list</source>
        <translation>строго: првиот предлог-проект што не се вклопува и сите по него одат на резервната листа</translation>
    </message>
    <message>
        <source>fill: a proposal that does not fit goes to the reserve list, the next may fit</source>
        <translation>пополнување: предлог-проект што не се вклопува оди на резервната листа, а следниот може да се вклопи</translation>
    </message>
    <message>
        <source>Contracting authority</source>
        <translation>Договорен орган</translation>
    </message>
    <message>
        <source>{escape}, {escape2} (represented by {escape3})</source>
        <translation>{escape}, {escape2} (застапуван од {escape3})</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Priority areas&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Приоритетни области&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;{escape}&lt;/b&gt;&lt;br&gt;&lt;span class=&apos;guidance&apos;&gt;{topics}&lt;/span&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;{escape}&lt;/b&gt;&lt;br&gt;&lt;span class=&apos;guidance&apos;&gt;{topics}&lt;/span&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Scoring grid — {points} points&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Табела за оценување — {points} бодови&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>&lt;tr&gt;&lt;th&gt;Code&lt;/th&gt;&lt;th&gt;Criterion&lt;/th&gt;&lt;th class=&apos;num&apos;&gt;Scale&lt;/th&gt;&lt;th class=&apos;num&apos;&gt;Weight&lt;/th&gt;&lt;th class=&apos;num&apos;&gt;Max&lt;/th&gt;&lt;/tr&gt;</source>
        <translation>&lt;tr&gt;&lt;th&gt;Шифра&lt;/th&gt;&lt;th&gt;Критериум&lt;/th&gt;&lt;th class=&apos;num&apos;&gt;Скала&lt;/th&gt;&lt;th class=&apos;num&apos;&gt;Пондер&lt;/th&gt;&lt;th class=&apos;num&apos;&gt;Макс.&lt;/th&gt;&lt;/tr&gt;</translation>
    </message>
    <message>
        <source> (pass mark {points})</source>
        <translation> (праг {points})</translation>
    </message>
    <message>
        <source>&lt;tr class=&apos;section&apos;&gt;&lt;td&gt;&lt;/td&gt;&lt;td&gt;{escape}{mark}&lt;/td&gt;&lt;td&gt;&lt;/td&gt;&lt;td&gt;&lt;/td&gt;&lt;td class=&apos;num&apos;&gt;{points}&lt;/td&gt;&lt;/tr&gt;</source>
        <translation>&lt;tr class=&apos;section&apos;&gt;&lt;td&gt;&lt;/td&gt;&lt;td&gt;{escape}{mark}&lt;/td&gt;&lt;td&gt;&lt;/td&gt;&lt;td&gt;&lt;/td&gt;&lt;td class=&apos;num&apos;&gt;{points}&lt;/td&gt;&lt;/tr&gt;</translation>
    </message>
    <message>
        <source> by {points}</source>
        <translation>, чекор {points}</translation>
    </message>
    <message>
        <source>&lt;tr&gt;&lt;td&gt;{escape}&lt;/td&gt;&lt;td&gt;{escape2}&lt;br&gt;&lt;span class=&apos;guidance&apos;&gt;{escape3}&lt;/span&gt;&lt;/td&gt;&lt;td class=&apos;num&apos;&gt;{points}–{points2}{step}&lt;/td&gt;&lt;td class=&apos;num&apos;&gt;×{points3}&lt;/td&gt;&lt;td class=&apos;num&apos;&gt;{points4}&lt;/td&gt;&lt;/tr&gt;</source>
        <translation>&lt;tr&gt;&lt;td&gt;{escape}&lt;/td&gt;&lt;td&gt;{escape2}&lt;br&gt;&lt;span class=&apos;guidance&apos;&gt;{escape3}&lt;/span&gt;&lt;/td&gt;&lt;td class=&apos;num&apos;&gt;{points}–{points2}{step}&lt;/td&gt;&lt;td class=&apos;num&apos;&gt;×{points3}&lt;/td&gt;&lt;td class=&apos;num&apos;&gt;{points4}&lt;/td&gt;&lt;/tr&gt;</translation>
    </message>
    <message>
        <source>Name the chair…</source>
        <translation>Наведи претседавач…</translation>
    </message>
    <message>
        <source>Chair: &lt;b&gt;{escape}&lt;/b&gt; (the history names them for each change).</source>
        <translation>Претседавач: &lt;b&gt;{escape}&lt;/b&gt; (историјата го бележи ова име при секоја промена).</translation>
    </message>
    <message>
        <source>Chair: &lt;i&gt;not named yet&lt;/i&gt;; the history names the computer&apos;s login ({login}) for each change until you name the chair.</source>
        <translation>Претседавач: &lt;i&gt;сè уште не е именуван&lt;/i&gt;; дотогаш историјата го бележи корисничкото име на компјутерот ({login}) при секоја промена.</translation>
    </message>
    <message>
        <source>Name the chair</source>
        <translation>Наведи претседавач</translation>
    </message>
    <message>
        <source>The chair&apos;s name, as the committee knows it:</source>
        <translation>Името на претседавачот, како што го знае комисијата:</translation>
    </message>
    <message>
        <source>Chair not named</source>
        <translation>Претседавачот не е наведен</translation>
    </message>
</context>
<context>
    <name>contracts_page</name>
    <message>
        <source>Contract</source>
        <translation>Договор</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Референца</translation>
    </message>
    <message>
        <source>Beneficiary</source>
        <translation>Корисник</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Износ</translation>
    </message>
    <message>
        <source>Missing data</source>
        <translation>Недостасува</translation>
    </message>
    <message>
        <source>Printed as “[to be completed]”:
</source>
        <translation>Се печати како „[да се пополни]“:
</translation>
    </message>
    <message>
        <source>The printer could not be started.</source>
        <translation>Печатачот не можеше да се стартува.</translation>
    </message>
    <message>
        <source>Export all…</source>
        <translation>Извези ги сите…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Печати…</translation>
    </message>
    <message>
        <source>{count}: contract drafts in rank order. Check each draft, then export or print it for signature.</source>
        <translation>{count}: нацрт-договори по редослед на рангирање. Проверете го секој нацрт, па извезете го или испечатете го за потпис.</translation>
    </message>
    <message>
        <source>Draft not made</source>
        <translation>Нацртот не е изготвен</translation>
    </message>
    <message>
        <source>Folder for the contract drafts</source>
        <translation>Папка за нацрт-договорите</translation>
    </message>
    <message>
        <source>Contract drafts exported</source>
        <translation>Нацрт-договорите се извезени</translation>
    </message>
    <message>
        <source>Wrote {count} into {folder}.</source>
        <translation>Запишано во {folder}: {count}.</translation>
    </message>
    <message>
        <source>Writing contract drafts…</source>
        <translation>Се запишуваат нацрт-договорите…</translation>
    </message>
    <message>
        <source>Contract drafts not exported</source>
        <translation>Нацрт-договорите не се извезени</translation>
    </message>
    <message>
        <source>Not printed</source>
        <translation>Не е испечатено</translation>
    </message>
    <message>
        <source>Printed, but not entered in the audit trail</source>
        <translation>Испечатено, но не е внесено во ревизорската трага</translation>
    </message>
</context>
<context>
    <name>damaged</name>
    <message>
        <source>Workspace not opened</source>
        <translation>Работниот простор не е отворен</translation>
    </message>
    <message>
        <source>Workspace damaged</source>
        <translation>Работниот простор е оштетен</translation>
    </message>
    <message>
        <source>{message}

{name} is open read-only: you can look at everything and export reports, but not change anything. It has no backup to restore.</source>
        <translation>{message}

{name} е отворен само за читање: можете да прегледате сè и да извезувате извештаи, но не можете ништо да менувате. Нема резервна копија што може да се врати.</translation>
    </message>
    <message>
        <source>{message}

The latest backup of {name} was made {made} ({replace}). Restore it? The damaged file is kept as a backup too.</source>
        <translation>{message}

Последната резервна копија на {name} е направена на {made} ({replace}). Да се врати? Оштетената датотека исто така се чува како резервна копија.</translation>
    </message>
    <message>
        <source>

Or open {name} read-only, as it is, to look at it.</source>
        <translation>

Или отворете го {name} само за читање, таков каков што е, за да го прегледате.</translation>
    </message>
    <message>
        <source>Open read-only</source>
        <translation>Отвори само за читање</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Врати</translation>
    </message>
    <message>
        <source>Backup not restored</source>
        <translation>Резервната копија не е вратена</translation>
    </message>
    <message>
        <source>Restore the latest backup…</source>
        <translation>Врати ја последната резервна копија…</translation>
    </message>
    <message>
        <source>was changed by another program (it holds database objects Grant Evaluator does not create)</source>
        <translation>е изменет од друга програма (содржи објекти во базата на податоци што Grant Evaluator не ги создава)</translation>
    </message>
    <message>
        <source>is damaged</source>
        <translation>е оштетен</translation>
    </message>
    <message>
        <source>Read-only: {name} {why}. You can look at everything and export reports, but nothing can be changed; restore a backup to repair it.</source>
        <translation>Само за читање: работниот простор {name} {why}. Можете да прегледувате сè и да извезувате извештаи, но ништо не може да се менува; за да го поправите, вратете резервна копија.</translation>
    </message>
</context>
<context>
    <name>dialogs</name>
    <message>
        <source>Edit evaluator</source>
        <translation>Уреди оценувач</translation>
    </message>
    <message>
        <source>Add evaluator</source>
        <translation>Додај оценувач</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Име:</translation>
    </message>
    <message>
        <source>Country:</source>
        <translation>Земја:</translation>
    </message>
    <message>
        <source>E-mail:</source>
        <translation>Е-пошта:</translation>
    </message>
    <message>
        <source>e.g. ana_s; empty: packages and returns</source>
        <translation>на пр. ana_s; празно: пакети и датотеки со оценки</translation>
    </message>
    <message>
        <source>The database role this evaluator signs in to the server with; they then score on the server and see only their own proposals.</source>
        <translation>Улогата во базата на податоци со која овој оценувач се најавува на серверот; тогаш оценува на серверот и ги гледа само своите предлог-проекти.</translation>
    </message>
    <message>
        <source>Signs in as:</source>
        <translation>Се најавува како:</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>Причина:</translation>
    </message>
    <message>
        <source>Proposal:</source>
        <translation>Предлог-проект:</translation>
    </message>
    <message>
        <source>Awarded amount</source>
        <translation>Доделен износ</translation>
    </message>
    <message>
        <source>Needed when awarding less than requested</source>
        <translation>Задолжително кога се доделува помалку од побараното</translation>
    </message>
    <message>
        <source>Amount:</source>
        <translation>Износ:</translation>
    </message>
    <message>
        <source>“{typed}” is not an amount. Write it for example {example:.2f}, {example:,.2f} or {comma}.</source>
        <translation>„{typed}“ не е износ. Напишете го, на пример, како {example:.2f}, {example:,.2f} или {comma}.</translation>
    </message>
    <message>
        <source>{amount:,.2f} is less than the {requested:,.2f} requested: give the reason for awarding less; the trail keeps it.</source>
        <translation>{amount:,.2f} е помалку од побараните {requested:,.2f}: наведете ја причината за доделување помал износ; ревизорската трага ја зачувува.</translation>
    </message>
    <message>
        <source>Export evaluation packages</source>
        <translation>Извези пакети за оценување</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Прелистај…</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Извези</translation>
    </message>
    <message>
        <source>Each evaluator gets one file with the call, their proposals and their own scores — nothing about other evaluators. Send it to them by e-mail or USB stick.</source>
        <translation>Секој оценувач добива една датотека со повикот, своите предлог-проекти и своите оценки — ништо за другите оценувачи. Испратете му ја по е-пошта или на USB-меморија.</translation>
    </message>
    <message>
        <source>Evaluators:</source>
        <translation>Оценувачи:</translation>
    </message>
    <message>
        <source>Folder:</source>
        <translation>Папка:</translation>
    </message>
    <message>
        <source>Folder for the packages</source>
        <translation>Папка за пакетите</translation>
    </message>
</context>
<context>
    <name>document_pane</name>
    <message>
        <source>&amp;Document:</source>
        <translation>&amp;Документ:</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Отвори</translation>
    </message>
    <message>
        <source>Open a private read-only copy in your system&apos;s application</source>
        <translation>Отвора приватна копија само за читање во апликацијата на вашиот систем</translation>
    </message>
    <message>
        <source>{reference} has no documents attached; score it from the summary.</source>
        <translation>{reference} нема приложени документи; оценете го врз основа на резимето.</translation>
    </message>
    <message>
        <source>The documents of the proposal you score are shown here.</source>
        <translation>Тука се прикажуваат документите на предлог-проектот што го оценувате.</translation>
    </message>
    <message>
        <source>{described} opens in your system&apos;s application.</source>
        <translation>{described} се отвора во апликацијата на вашиот систем.</translation>
    </message>
    <message>
        <source>{described} cannot be shown here: {problem}. Your system&apos;s application may still open it.</source>
        <translation>{described} не може да се прикаже тука: {problem}. Апликацијата на вашиот систем можеби сепак ќе може да го отвори.</translation>
    </message>
</context>
<context>
    <name>documents_panel</name>
    <message>
        <source>Documents (*.pdf *.docx *.xlsx *.pptx *.odt *.ods *.odp *.zip *.doc *.xls *.ppt *.rtf *.png *.jpg *.jpeg *.txt *.csv *.md);;All files (*)</source>
        <translation>Документи (*.pdf *.docx *.xlsx *.pptx *.odt *.ods *.odp *.zip *.doc *.xls *.ppt *.rtf *.png *.jpg *.jpeg *.txt *.csv *.md);;Сите датотеки (*)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Documents&lt;/b&gt;</source>
        <translation>&lt;b&gt;Документи&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Име</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Големина</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Додај…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Отстрани</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Отвори</translation>
    </message>
    <message>
        <source>{media_type}, added by {added_by}</source>
        <translation>{media_type}, додаден од {added_by}</translation>
    </message>
    <message>
        <source>&lt;b&gt;Documents of {reference}&lt;/b&gt; ({count})</source>
        <translation>&lt;b&gt;Документи на {reference}&lt;/b&gt; ({count})</translation>
    </message>
    <message>
        <source>&lt;b&gt;Documents&lt;/b&gt;: select a proposal</source>
        <translation>&lt;b&gt;Документи&lt;/b&gt;: изберете предлог-проект</translation>
    </message>
    <message>
        <source>Add documents to {reference}</source>
        <translation>Додај документи кон {reference}</translation>
    </message>
    <message>
        <source>Documents not added</source>
        <translation>Документите не се додадени</translation>
    </message>
    <message>
        <source>Documents not imported</source>
        <translation>Документите не се увезени</translation>
    </message>
    <message>
        <source> ({skipped} left out)</source>
        <translation> (изоставени: {skipped})</translation>
    </message>
    <message>
        <source>Documents imported</source>
        <translation>Документите се увезени</translation>
    </message>
    <message>
        <source>Remove document</source>
        <translation>Отстрани документ</translation>
    </message>
    <message>
        <source>Remove “{name}” from {reference}?</source>
        <translation>Да се отстрани „{name}“ од {reference}?</translation>
    </message>
    <message>
        <source>Document not removed</source>
        <translation>Документот не е отстранет</translation>
    </message>
</context>
<context>
    <name>evaluators_models</name>
    <message>
        <source>Name</source>
        <translation>Име</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Земја</translation>
    </message>
    <message>
        <source>Reviews</source>
        <translation>Оценувања</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Поднесени</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Судири</translation>
    </message>
    <message>
        <source>Package sent</source>
        <translation>Пакет испратен</translation>
    </message>
    <message>
        <source>Returns</source>
        <translation>Вратени оценки</translation>
    </message>
    <message>
        <source>revision {returns_revision}, {when}</source>
        <translation>верзија {returns_revision}, {when}</translation>
    </message>
    <message>
        <source>{name} — {reference} {title}: free, double-click to assign</source>
        <translation>{name} — {reference} {title}: слободно, кликнете двапати за да доделите</translation>
    </message>
</context>
<context>
    <name>evaluators_page</name>
    <message>
        <source>Add evaluator…</source>
        <translation>Додај оценувач…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Уреди…</translation>
    </message>
    <message>
        <source> per proposal</source>
        <translation> по предлог-проект</translation>
    </message>
    <message>
        <source>Assign automatically</source>
        <translation>Додели автоматски</translation>
    </message>
    <message>
        <source>Export packages…</source>
        <translation>Извези пакети…</translation>
    </message>
    <message>
        <source>Import returns…</source>
        <translation>Увези оценки…</translation>
    </message>
    <message>
        <source>Evaluators:</source>
        <translation>Оценувачи:</translation>
    </message>
    <message>
        <source>Proposal</source>
        <translation>Предлог-проект</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation>Внесено од</translation>
    </message>
    <message>
        <source>Add conflict…</source>
        <translation>Додај судир…</translation>
    </message>
    <message>
        <source>Remove conflict</source>
        <translation>Отстрани судир</translation>
    </message>
    <message>
        <source>&lt;b&gt;Conflicts of interest&lt;/b&gt;</source>
        <translation>&lt;b&gt;Судири на интереси&lt;/b&gt;</translation>
    </message>
    <message>
        <source>  ·  double-click a cell to assign or unassign</source>
        <translation>  ·  двоен клик на ќелија: додели или одземи</translation>
    </message>
    <message>
        <source>&lt;b&gt;Assignments&lt;/b&gt; (eligible proposals × evaluators)</source>
        <translation>&lt;b&gt;Доделување&lt;/b&gt; (подобни предлог-проекти × оценувачи)</translation>
    </message>
    <message>
        <source>{count} · {reviews} assigned · {submitted} submitted</source>
        <translation>{count} · доделени: {reviews} · поднесени: {submitted}</translation>
    </message>
    <message>
        <source>Evaluator not added</source>
        <translation>Оценувачот не е додаден</translation>
    </message>
    <message>
        <source>Evaluator added</source>
        <translation>Оценувачот е додаден</translation>
    </message>
    <message>
        <source>{name} signs in to the server as {login}. The role was created without a password: set one with ALTER ROLE {login} PASSWORD &apos;…&apos; (or as the server&apos;s pg_hba.conf allows).</source>
        <translation>{name} се најавува на серверот како {login}. Улогата е создадена без лозинка: поставете лозинка со ALTER ROLE {login} PASSWORD &apos;…&apos; (или на начин што го дозволува pg_hba.conf на серверот).</translation>
    </message>
    <message>
        <source>Evaluator not changed</source>
        <translation>Оценувачот не е изменет</translation>
    </message>
    <message>
        <source>Nothing assigned</source>
        <translation>Ништо не е доделено</translation>
    </message>
    <message>
        <source>Assignments</source>
        <translation>Доделување</translation>
    </message>
    <message>
        <source>Assigned {count}.</source>
        <translation>Доделени: {count}.</translation>
    </message>
    <message>
        <source>Every eligible proposal already has its evaluators.</source>
        <translation>Секој подобен предлог-проект веќе ги има своите оценувачи.</translation>
    </message>
    <message>
        <source>Conflict of interest</source>
        <translation>Судир на интереси</translation>
    </message>
    <message>
        <source>{name} has a conflict of interest with {reference}.</source>
        <translation>{name} има судир на интереси со {reference}.</translation>
    </message>
    <message>
        <source>Not assigned</source>
        <translation>Не е доделено</translation>
    </message>
    <message>
        <source>Unassign</source>
        <translation>Одземи</translation>
    </message>
    <message>
        <source>{name} has started reviewing {reference}. Unassign it and discard their scores?</source>
        <translation>{name} веќе почна да го оценува {reference}. Да се одземе и да се отфрлат внесените оценки?</translation>
    </message>
    <message>
        <source>Not unassigned</source>
        <translation>Не е одземено</translation>
    </message>
    <message>
        <source>Record a conflict of interest of {name}. They will not review the proposal; an unsubmitted review of it is released.</source>
        <translation>Евидентирајте судир на интереси на {name}. Оценувачот нема да го оценува предлог-проектот; неподнесеното оценување за него се ослободува.</translation>
    </message>
    <message>
        <source>Conflict not recorded</source>
        <translation>Судирот не е евидентиран</translation>
    </message>
    <message>
        <source>Conflict not removed</source>
        <translation>Судирот не е отстранет</translation>
    </message>
    <message>
        <source>the evaluator</source>
        <translation>оценувачот</translation>
    </message>
    <message>
        <source>the chair</source>
        <translation>претседавачот</translation>
    </message>
    <message>
        <source>Packages exported</source>
        <translation>Пакетите се извезени</translation>
    </message>
    <message>
        <source>{sum} written to {folder}.</source>
        <translation>Запишано во {folder}: {sum}.</translation>
    </message>
    <message>
        <source>Exporting packages…</source>
        <translation>Се извезуваат пакетите…</translation>
    </message>
    <message>
        <source>Packages not exported</source>
        <translation>Пакетите не се извезени</translation>
    </message>
    <message>
        <source>Import returns</source>
        <translation>Увези оценки</translation>
    </message>
    <message>
        <source>Returns files (*.ger);;All files (*)</source>
        <translation>Датотеки со оценки (*.ger);;Сите датотеки (*)</translation>
    </message>
    <message>
        <source>Returns imported</source>
        <translation>Оценките се увезени</translation>
    </message>
    <message>
        <source>{imported} of {count} accepted</source>
        <translation>Прифатени: {imported} од {count}</translation>
    </message>
    <message>
        <source>; {refused} refused, and each refused file changed nothing.</source>
        <translation>; одбиени: {refused}, а ниедна одбиена датотека не промени ништо.</translation>
    </message>
    <message>
        <source>Importing returns…</source>
        <translation>Се увезуваат оценките…</translation>
    </message>
    <message>
        <source>Returns not imported</source>
        <translation>Оценките не се увезени</translation>
    </message>
    <message>
        <source>{name}: refused: {message}</source>
        <translation>{name}: одбиено: {message}</translation>
    </message>
    <message>
        <source>    not merged: {conflict}</source>
        <translation>    не е споено: {conflict}</translation>
    </message>
</context>
<context>
    <name>feedback_panel</name>
    <message>
        <source>The whole proposal</source>
        <translation>Целиот предлог-проект</translation>
    </message>
    <message>
        <source>What the applicant reads in the outcome letter</source>
        <translation>Она што апликантот ќе го прочита во известувањето за исходот</translation>
    </message>
    <message>
        <source>Save feedback</source>
        <translation>Зачувај повратна информација</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Избриши</translation>
    </message>
    <message>
        <source>Copy this evaluator&apos;s comment in</source>
        <translation>Копирај го коментарот на оценувачот</translation>
    </message>
    <message>
        <source>Evaluators&apos; comments stay the committee&apos;s own: only what you save here reaches the applicant, and a comment only when you copy it in.</source>
        <translation>Коментарите на оценувачите остануваат интерни за комисијата: до апликантот стигнува само она што ќе го зачувате тука, а коментар — само ако го копирате.</translation>
    </message>
    <message>
        <source>Feedback on:</source>
        <translation>Повратна информација за:</translation>
    </message>
    <message>
        <source>From a comment:</source>
        <translation>Од коментар:</translation>
    </message>
    <message>
        <source>&lt;i&gt;Select a proposal to write its feedback.&lt;/i&gt;</source>
        <translation>&lt;i&gt;Изберете предлог-проект за да напишете повратна информација.&lt;/i&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;{escape}&lt;/b&gt; — {escape2}: the chair&apos;s feedback</source>
        <translation>&lt;b&gt;{escape}&lt;/b&gt; — {escape2}: повратна информација од претседавачот</translation>
    </message>
    <message>
        <source>Feedback not saved</source>
        <translation>Повратната информација не е зачувана</translation>
    </message>
    <message>
        <source>Feedback not cleared</source>
        <translation>Повратната информација не е избришана</translation>
    </message>
    <message>
        <source>Comment not copied</source>
        <translation>Коментарот не е копиран</translation>
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
&lt;h2&gt;За претседавачот на комисијата&lt;/h2&gt;
&lt;ol&gt;
&lt;li&gt;&lt;b&gt;Датотека ▸ Нов работен простор од датотека на повик…&lt;/b&gt; создава една датотека на работен простор за повикот.&lt;/li&gt;
&lt;li&gt;&lt;b&gt;Предлог-проекти ▸ Увези предлог-проекти…&lt;/b&gt; ја чита датотеката со предлог-проекти (CSV или XLSX); секој проблем
се наведува и ништо не се увезува додека датотеката не е исправна. Додајте ги документите на секој предлог-проект
покрај неговите податоци или повлечете таму папка со потпапки именувани според референците.&lt;/li&gt;
&lt;li&gt;&lt;b&gt;Оценувачи&lt;/b&gt;: регистрирајте ги оценувачите, евидентирајте ги судирите на интереси, потоа
&lt;i&gt;Додели автоматски&lt;/i&gt; (или кликнете на ќелија од матрицата). &lt;i&gt;Извези пакети…&lt;/i&gt;
запишува по еден потпишан пакет за секој оценувач.&lt;/li&gt;
&lt;li&gt;&lt;b&gt;Датотека ▸ Увези оценки…&lt;/b&gt; ги спојува потпишаните датотеки со оценки од оценувачите. Одлучува вашиот работен
простор: оценување што кај вас е поднесено се менува само откако ќе го отворите повторно.&lt;/li&gt;
&lt;li&gt;&lt;b&gt;Усогласување&lt;/b&gt;: за секој неусогласен предлог-проект утврдете консензусни оценки или исклучете
оценување (со причина), потоа разрешете го со белешка.&lt;/li&gt;
&lt;li&gt;&lt;b&gt;Рангирање&lt;/b&gt;: конечни оценки, рангови, границата на буџетот и резервната листа; внесете ги доделените
износи, извезете CSV, XLSX или извештај PDF.&lt;/li&gt;
&lt;/ol&gt;
&lt;p&gt;Секоја промена е запишана во ревизорската трага; &lt;code&gt;grant-evaluator verify&lt;/code&gt; ја проверува датотеката.
Чувајте го испечатениот извештај од секоја седница: во неговото подножје е контролниот збир на ревизорската трага.&lt;/p&gt;
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
&lt;h2&gt;За оценувачите&lt;/h2&gt;
&lt;ol&gt;
&lt;li&gt;&lt;b&gt;Датотека ▸ Отвори пакет за оценување…&lt;/b&gt; (и на почетната страница): изберете го пакетот што ви го
испрати претседавачот, потоа каде да се чува вашиот работен простор за оценување.&lt;/li&gt;
&lt;li&gt;&lt;b&gt;Оценување&lt;/b&gt;: изберете предлог-проект, изјавете дека немате судир на интереси (или дека
имате: тогаш предлог-проектот се ослободува) и оценете го секој критериум со
тастатурата. Оценките што ги означува повикот бараат писмено образложение.&lt;/li&gt;
&lt;li&gt;Кога секој критериум е оценет, кликнете &lt;b&gt;Поднеси оценување&lt;/b&gt;; оценувањето потоа се заклучува.&lt;/li&gt;
&lt;li&gt;&lt;b&gt;Датотека ▸ Испрати ги оценките…&lt;/b&gt; ја запишува вашата потпишана датотека со оценки: испратете ја до претседавачот по
е-пошта или на USB-меморија. Подоцна можете да испратите повторно; секоја датотека има нова верзија.&lt;/li&gt;
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
&lt;h2&gt;За програмскиот персонал&lt;/h2&gt;
&lt;ul&gt;
&lt;li&gt;&lt;b&gt;Договори&lt;/b&gt;: по еден нацрт-договор PDF за секој финансиран предлог-проект, по редослед на рангирањето. Проверете го секој нацрт,
потоа извезете ги сите во папка или испечатете еден; нацртите се внесуваат во ревизорската
трага.&lt;/li&gt;
&lt;li&gt;&lt;b&gt;Рангирање ▸ Извештај PDF…&lt;/b&gt;: рангирањето и резиме од оценувањето за секој предлог-проект.&lt;/li&gt;
&lt;li&gt;&lt;b&gt;Рангирање ▸ Извези CSV / XLSX&lt;/b&gt;: рангирањето како табела.&lt;/li&gt;
&lt;/ul&gt;
</translation>
    </message>
    <message>
        <source>Guide for the &amp;chair</source>
        <translation>Упатство за &amp;претседавачот</translation>
    </message>
    <message>
        <source>Guide for the chair</source>
        <translation>Упатство за претседавачот</translation>
    </message>
    <message>
        <source>Guide for &amp;evaluators</source>
        <translation>Упатство за &amp;оценувачите</translation>
    </message>
    <message>
        <source>Guide for evaluators</source>
        <translation>Упатство за оценувачите</translation>
    </message>
    <message>
        <source>Guide for programme &amp;staff</source>
        <translation>Упатство за програмскиот п&amp;ерсонал</translation>
    </message>
    <message>
        <source>Guide for programme staff</source>
        <translation>Упатство за програмскиот персонал</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Grant Evaluator {value}&lt;/h2&gt;&lt;p&gt;Offline evaluation of grant proposals. MIT licence.&lt;/p&gt;&lt;h3&gt;What ships with it&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;Qt {qVersion} and Qt for Python (PySide6) {value2}: LGPL-3.0 (The Qt Company).&lt;/li&gt;&lt;li&gt;DejaVu fonts (in reports and contracts): the Bitstream Vera licence and the DejaVu changes in the public domain; full text in &lt;code&gt;{fonts}&lt;/code&gt;.&lt;/li&gt;&lt;li&gt;SQLAlchemy, SQLModel, Alembic, pydantic, openpyxl, platformdirs: MIT; reportlab, defusedxml, cryptography: BSD; num2words: LGPL-2.1.&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;Python {python_version} on {system}.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Grant Evaluator {value}&lt;/h2&gt;&lt;p&gt;Оценување на предлог-проекти за грантови без интернет. Лиценца MIT.&lt;/p&gt;&lt;h3&gt;Што е вклучено&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;Qt {qVersion} и Qt for Python (PySide6) {value2}: LGPL-3.0 (The Qt Company).&lt;/li&gt;&lt;li&gt;Фонтови DejaVu (во извештаите и договорите): лиценцата Bitstream Vera, а промените на DejaVu се во јавна сопственост; целосниот текст е во &lt;code&gt;{fonts}&lt;/code&gt;.&lt;/li&gt;&lt;li&gt;SQLAlchemy, SQLModel, Alembic, pydantic, openpyxl, platformdirs: MIT; reportlab, defusedxml, cryptography: BSD; num2words: LGPL-2.1.&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;Python {python_version} на {system}.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Помош</translation>
    </message>
    <message>
        <source>&amp;About Grant Evaluator</source>
        <translation>&amp;За Grant Evaluator</translation>
    </message>
    <message>
        <source>About Grant Evaluator</source>
        <translation>За Grant Evaluator</translation>
    </message>
</context>
<context>
    <name>language</name>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Јазик</translation>
    </message>
</context>
<context>
    <name>letters_action</name>
    <message>
        <source>No outcome letters</source>
        <translation>Нема известувања за исходот</translation>
    </message>
    <message>
        <source>No proposal&apos;s outcome is final yet, so there is no letter to write</source>
        <translation>Исходот на ниеден предлог-проект сè уште не е конечен, па нема известување за пишување</translation>
    </message>
    <message>
        <source>Folder for the outcome letters</source>
        <translation>Папка за известувањата за исходот</translation>
    </message>
    <message>
        <source>Not decided yet, so without a letter: {waiting}</source>
        <translation>Сè уште не е одлучено, па остануваат без известување: {waiting}</translation>
    </message>
    <message>
        <source>Outcome letters written</source>
        <translation>Известувањата за исходот се запишани</translation>
    </message>
    <message>
        <source>Wrote {count} and {name} into {folder}.</source>
        <translation>Во {folder} се запишани {count} и {name}.</translation>
    </message>
    <message>
        <source>Writing outcome letters…</source>
        <translation>Се запишуваат известувањата за исходот…</translation>
    </message>
    <message>
        <source>Outcome letters not written</source>
        <translation>Известувањата за исходот не се запишани</translation>
    </message>
</context>
<context>
    <name>main_window</name>
    <message>
        <source>Call</source>
        <translation>Повик</translation>
    </message>
    <message>
        <source>Proposals</source>
        <translation>Предлог-проекти</translation>
    </message>
    <message>
        <source>Evaluators</source>
        <translation>Оценувачи</translation>
    </message>
    <message>
        <source>Scoring</source>
        <translation>Оценување</translation>
    </message>
    <message>
        <source>Reconciliation</source>
        <translation>Усогласување</translation>
    </message>
    <message>
        <source>Ranking</source>
        <translation>Рангирање</translation>
    </message>
    <message>
        <source>Contracts</source>
        <translation>Договори</translation>
    </message>
    <message>
        <source>Language not changed</source>
        <translation>Јазикот не е променет</translation>
    </message>
    <message>
        <source>Wait until the work under way is done, then try again.</source>
        <translation>Почекајте да заврши работата што е во тек, па обидете се повторно.</translation>
    </message>
    <message>
        <source>Open workspace</source>
        <translation>Отвори работен простор</translation>
    </message>
    <message>
        <source>Demo not created</source>
        <translation>Демонстрацискиот работен простор не е создаден</translation>
    </message>
    <message>
        <source>Workspace not opened</source>
        <translation>Работниот простор не е отворен</translation>
    </message>
    <message>
        <source>{name} (read-only: damaged) — </source>
        <translation>{name} (само за читање: оштетен) — </translation>
    </message>
    <message>
        <source>Open evaluation package</source>
        <translation>Отвори пакет за оценување</translation>
    </message>
    <message>
        <source>Package not opened</source>
        <translation>Пакетот не е отворен</translation>
    </message>
    <message>
        <source>Save your evaluation workspace as</source>
        <translation>Зачувај го работниот простор за оценување како</translation>
    </message>
    <message>
        <source>Opening {name}…</source>
        <translation>Се отвора {name}…</translation>
    </message>
    <message>
        <source>Proposals not imported</source>
        <translation>Предлог-проектите не се увезени</translation>
    </message>
    <message>
        <source>Import proposals</source>
        <translation>Увези предлог-проекти</translation>
    </message>
    <message>
        <source>Proposals (*.csv *.xlsx *.ods);;CSV (*.csv);;Excel workbooks (*.xlsx);;OpenDocument spreadsheets (*.ods)</source>
        <translation>Предлог-проекти (*.csv *.xlsx *.ods);;CSV (*.csv);;Работни книги Excel (*.xlsx);;Табели OpenDocument (*.ods)</translation>
    </message>
    <message>
        <source>the file</source>
        <translation>датотеката</translation>
    </message>
    <message>
        <source>{name} — {title} — Grant Evaluator</source>
        <translation>{name} — {title} — Grant Evaluator</translation>
    </message>
    <message>
        <source>Choose the call file</source>
        <translation>Изберете ја датотеката на повикот</translation>
    </message>
    <message>
        <source>Call files (*.toml);;All files (*)</source>
        <translation>Датотеки на повик (*.toml);;Сите датотеки (*)</translation>
    </message>
    <message>
        <source>Not a valid call file</source>
        <translation>Не е валидна датотека на повик</translation>
    </message>
    <message>
        <source>Save the new workspace as</source>
        <translation>Зачувај го новиот работен простор како</translation>
    </message>
    <message>
        <source>Workspace not created</source>
        <translation>Работниот простор не е создаден</translation>
    </message>
    <message>
        <source>{target} already exists; a new workspace never overwrites a file.</source>
        <translation>{target} веќе постои; новиот работен простор никогаш не презапишува датотека.</translation>
    </message>
    <message>
        <source>Send back scores</source>
        <translation>Испрати ги оценките</translation>
    </message>
    <message>
        <source>Scores not written</source>
        <translation>Оценките не се запишани</translation>
    </message>
    <message>
        <source>Scores ready to send</source>
        <translation>Оценките се подготвени за испраќање</translation>
    </message>
    <message>
        <source>{name} holds revision {revision}: {reviews}, {submitted} submitted, {scores}.

Send this file to the chair (e-mail or USB stick). It is signed: any change to it will be detected.</source>
        <translation>{name} ја содржи верзијата {revision}: {reviews} (поднесени: {submitted}), {scores}.

Испратете ја оваа датотека до претседавачот (по е-пошта или на USB-меморија). Потпишана е: секоја промена во неа ќе биде откриена.</translation>
    </message>
    <message>
        <source>Grant Evaluator workspaces (*{suffix});;All files (*)</source>
        <translation>Работни простори на Grant Evaluator (*{suffix});;Сите датотеки (*)</translation>
    </message>
    <message>
        <source>Workspaces and packages (*{suffix} *{package});;Grant Evaluator workspaces (*{suffix});;Evaluation packages (*{package});;All files (*)</source>
        <translation>Работни простори и пакети (*{suffix} *{package});;Работни простори на Grant Evaluator (*{suffix});;Пакети за оценување (*{package});;Сите датотеки (*)</translation>
    </message>
    <message>
        <source>Evaluation packages (*.gep);;All files (*)</source>
        <translation>Пакети за оценување (*.gep);;Сите датотеки (*)</translation>
    </message>
    <message>
        <source>Returns files (*.ger);;All files (*)</source>
        <translation>Датотеки со оценки (*.ger);;Сите датотеки (*)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Датотека</translation>
    </message>
    <message>
        <source>&amp;New workspace from call file…</source>
        <translation>&amp;Нов работен простор од датотека на повик…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Отвори…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Отвори нео&amp;дамнешен</translation>
    </message>
    <message>
        <source>Connect to &amp;server…</source>
        <translation>Поврзи се со &amp;сервер…</translation>
    </message>
    <message>
        <source>&amp;Import proposals…</source>
        <translation>&amp;Увези предлог-проекти…</translation>
    </message>
    <message>
        <source>Open evaluation &amp;package…</source>
        <translation>Отвори &amp;пакет за оценување…</translation>
    </message>
    <message>
        <source>Import &amp;returns…</source>
        <translation>Увези оцен&amp;ки…</translation>
    </message>
    <message>
        <source>&amp;Send back scores…</source>
        <translation>Испрати ги о&amp;ценките…</translation>
    </message>
    <message>
        <source>&amp;Close workspace</source>
        <translation>&amp;Затвори работен простор</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Излез</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>П&amp;оглед</translation>
    </message>
</context>
<context>
    <name>msgbox</name>
    <message>
        <source>Copy all</source>
        <translation>Копирај сè</translation>
    </message>
</context>
<context>
    <name>operations</name>
    <message>
        <source>Cancel</source>
        <translation>Откажи</translation>
    </message>
    <message>
        <source>Proposals already imported</source>
        <translation>Предлог-проектите се веќе увезени</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>Замени</translation>
    </message>
    <message>
        <source>Proposals not imported</source>
        <translation>Предлог-проектите не се увезени</translation>
    </message>
    <message>
        <source>Importing proposals from {name}…</source>
        <translation>Се увезуваат предлог-проекти од {name}…</translation>
    </message>
    <message>
        <source>1 proposal of {source} is already in the workspace ({listed}).

Replace it with the file&apos;s version?</source>
        <translation>1 предлог-проект од {source} веќе е во работниот простор ({listed}).

Да се замени со верзијата од датотеката?</translation>
    </message>
    <message>
        <source>{count} proposals of {source} are already in the workspace ({listed}).

Replace them with the file&apos;s version?</source>
        <translation>{count} предлог-проекти од {source} веќе се во работниот простор ({listed}).

Да се заменат со верзијата од датотеката?</translation>
    </message>
</context>
<context>
    <name>organisation_dialog</name>
    <message>
        <source>Address:</source>
        <translation>Адреса:</translation>
    </message>
    <message>
        <source>Registration number:</source>
        <translation>Регистарски број:</translation>
    </message>
    <message>
        <source>Representative:</source>
        <translation>Застапник:</translation>
    </message>
    <message>
        <source>E-mail:</source>
        <translation>Е-пошта:</translation>
    </message>
    <message>
        <source>Organisation details</source>
        <translation>Податоци за организацијата</translation>
    </message>
    <message>
        <source>&lt;b&gt;{escape}&lt;/b&gt; ({escape2}): what the contract drafts print. An empty field prints “[to be completed]”.</source>
        <translation>&lt;b&gt;{escape}&lt;/b&gt; ({escape2}): она што се печати во нацрт-договорите. Празно поле се печати како „[да се пополни]“.</translation>
    </message>
    <message>
        <source>Details not changed</source>
        <translation>Податоците не се изменети</translation>
    </message>
</context>
<context>
    <name>pdf_reader</name>
    <message>
        <source>it is protected by a password</source>
        <translation>заштитен е со лозинка</translation>
    </message>
    <message>
        <source>it is encrypted in a way that cannot be read</source>
        <translation>шифриран е на начин што не може да се прочита</translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation>Претходна страница</translation>
    </message>
    <message>
        <source>Page </source>
        <translation>Страница </translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>Следна страница</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Намали</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Зголеми</translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation>По ширина</translation>
    </message>
    <message>
        <source>Fit the page to the width of the pane</source>
        <translation>Прилагоди ја страницата на ширината на панелот</translation>
    </message>
    <message>
        <source>Find (Enter, F3)</source>
        <translation>Барај (Enter, F3)</translation>
    </message>
    <message>
        <source>it is damaged or not a PDF</source>
        <translation>оштетен е или не е PDF</translation>
    </message>
    <message>
        <source> of {count}</source>
        <translation> од {count}</translation>
    </message>
    <message>
        <source>not found</source>
        <translation>не е пронајдено</translation>
    </message>
    <message>
        <source>{count} of {count2}</source>
        <translation>{count} од {count2}</translation>
    </message>
</context>
<context>
    <name>private_copy</name>
    <message>
        <source>Document not opened</source>
        <translation>Документот не е отворен</translation>
    </message>
</context>
<context>
    <name>proposal_model</name>
    <message>
        <source>Not checked</source>
        <translation>Непроверен</translation>
    </message>
    <message>
        <source>Eligible</source>
        <translation>Подобен</translation>
    </message>
    <message>
        <source>Not eligible: </source>
        <translation>Неподобен: </translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Референца</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Наслов</translation>
    </message>
    <message>
        <source>Lead applicant</source>
        <translation>Водечки апликант</translation>
    </message>
    <message>
        <source>Requested</source>
        <translation>Побарано</translation>
    </message>
    <message>
        <source>Months</source>
        <translation>Месеци</translation>
    </message>
    <message>
        <source>Eligibility</source>
        <translation>Подобност</translation>
    </message>
    <message>
        <source>Priority area</source>
        <translation>Приоритетна област</translation>
    </message>
    <message>
        <source>Countries</source>
        <translation>Земји</translation>
    </message>
    <message>
        <source>Meets every eligibility rule of the call.</source>
        <translation>Ги исполнува сите услови за подобност од повикот.</translation>
    </message>
</context>
<context>
    <name>proposals_page</name>
    <message>
        <source>Priority area</source>
        <translation>Приоритетна област</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>Теми</translation>
    </message>
    <message>
        <source>Requested</source>
        <translation>Побарано</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Времетраење</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Резиме</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Организација</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Земја</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Тип</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Улога</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Кога</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Кој</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Што</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Што се случи</translation>
    </message>
    <message>
        <source>Double-click an organisation to complete or correct its details</source>
        <translation>Кликнете двапати на организација за да ги дополните или поправите нејзините податоци</translation>
    </message>
    <message>
        <source>Organisation details…</source>
        <translation>Податоци за организацијата…</translation>
    </message>
    <message>
        <source>Consortium</source>
        <translation>Конзорциум</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Историја</translation>
    </message>
    <message>
        <source> Reason: {reason}</source>
        <translation> Причина: {reason}</translation>
    </message>
    <message>
        <source>{told}

As recorded: {record}</source>
        <translation>{told}

Како што е евидентирано: {record}</translation>
    </message>
    <message>
        <source>&lt;i&gt;Select a proposal to see its consortium.&lt;/i&gt;</source>
        <translation>&lt;i&gt;Изберете предлог-проект за да го видите неговиот конзорциум.&lt;/i&gt;</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;font-size:13pt&apos;&gt;&lt;b&gt;{escape}&lt;/b&gt; — {escape2}&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;font-size:13pt&apos;&gt;&lt;b&gt;{escape}&lt;/b&gt; — {escape2}&lt;/span&gt;</translation>
    </message>
    <message>
        <source>{duration_months} months</source>
        <translation>{duration_months} месеци</translation>
    </message>
    <message>
        <source>Eligible: meets every eligibility rule of the call.</source>
        <translation>Подобен: ги исполнува сите услови за подобност од повикот.</translation>
    </message>
    <message>
        <source>&lt;li&gt;{escape}&lt;/li&gt;</source>
        <translation>&lt;li&gt;{escape}&lt;/li&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Not eligible&lt;/b&gt;&lt;ul style=&apos;margin:0&apos;&gt;{reasons}&lt;/ul&gt;</source>
        <translation>&lt;b&gt;Неподобен&lt;/b&gt;&lt;ul style=&apos;margin:0&apos;&gt;{reasons}&lt;/ul&gt;</translation>
    </message>
    <message>
        <source>Search reference, title, organisation, country, topic…</source>
        <translation>Пребарај референца, наслов, организација, земја, тема…</translation>
    </message>
    <message>
        <source>Import proposals…</source>
        <translation>Увези предлог-проекти…</translation>
    </message>
    <message>
        <source>No proposals yet: import a CSV or XLSX file.</source>
        <translation>Сè уште нема предлог-проекти: увезете датотека CSV или XLSX.</translation>
    </message>
    <message>
        <source>{total} proposals · {eligible} eligible</source>
        <translation>Предлог-проекти: {total} · подобни: {eligible}</translation>
    </message>
    <message>
        <source>{shown} of {total} proposals shown</source>
        <translation>Прикажани: {shown} од {total} предлог-проекти</translation>
    </message>
</context>
<context>
    <name>ranking_page</name>
    <message>
        <source>Rank</source>
        <translation>Ранг</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Референца</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Наслов</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Final</source>
        <translation>Конечна</translation>
    </message>
    <message>
        <source>Requested ({currency})</source>
        <translation>Побарано ({currency})</translation>
    </message>
    <message>
        <source>Requested</source>
        <translation>Побарано</translation>
    </message>
    <message>
        <source>Awarded</source>
        <translation>Доделено</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Ознаки</translation>
    </message>
    <message>
        <source>below it, the reserve list</source>
        <translation>под неа, резервната листа</translation>
    </message>
    <message>
        <source>ranked proposals that did not fit are on the reserve list</source>
        <translation>рангираните предлог-проекти што не се вклопија се на резервната листа</translation>
    </message>
    <message>
        <source>Budget line — {committed} of {budget} {currency} committed; {below}</source>
        <translation>Граница на буџетот — обврзани {committed} од {budget} {currency}; {below}</translation>
    </message>
    <message>
        <source>{committed} of {budget} {currency} committed ({count:.1f}%)</source>
        <translation>Обврзани {committed} од {budget} {currency} ({count:.1f}%)</translation>
    </message>
    <message>
        <source>The amount awarded to {reference}, between {low} and the requested {requested} {currency}.</source>
        <translation>Износот доделен на {reference}, помеѓу {low} и побараните {requested} {currency}.</translation>
    </message>
    <message>
        <source>Double-click to change the awarded amount</source>
        <translation>Кликнете двапати за да го промените доделениот износ</translation>
    </message>
    <message>
        <source>Double-click to see the reviews, exclusions and consensus behind this score</source>
        <translation>Кликнете двапати за да ги видите оценувањата, исклучувањата и консензусот зад оваа оценка</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Извези CSV…</translation>
    </message>
    <message>
        <source>Export XLSX…</source>
        <translation>Извези XLSX…</translation>
    </message>
    <message>
        <source>Report PDF…</source>
        <translation>Извештај PDF…</translation>
    </message>
    <message>
        <source>Outcome letters…</source>
        <translation>Известувања за исходот…</translation>
    </message>
    <message>
        <source>One PDF letter per decided proposal, with letters.csv for mail merge</source>
        <translation>По едно известување PDF за секој предлог-проект за кој е одлучено, со letters.csv за спојување на пошта</translation>
    </message>
    <message>
        <source>Filter by reference, title or status…</source>
        <translation>Филтрирај по референца, наслов, статус…</translation>
    </message>
    <message>
        <source>No proposals to rank yet: import them on the Proposals page.</source>
        <translation>Сè уште нема предлог-проекти за рангирање: увезете ги на страницата „Предлог-проекти“.</translation>
    </message>
    <message>
        <source>{counts} funded · {counts2} on the reserve list · {counts3} to reconcile · {counts4} incomplete · {counts5} below threshold · {counts6} ineligible</source>
        <translation>Финансирани: {counts} · на резервната листа: {counts2} · за усогласување: {counts3} · нецелосни: {counts4} · под прагот: {counts5} · неподобни: {counts6}</translation>
    </message>
    <message>
        <source>Amount not awarded</source>
        <translation>Износот не е доделен</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Работна книга Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>{id} ranking{suffix}</source>
        <translation>{id} рангирање{suffix}</translation>
    </message>
    <message>
        <source>Export the ranking</source>
        <translation>Извези го рангирањето</translation>
    </message>
    <message>
        <source>Not exported</source>
        <translation>Не е извезено</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>Извезено</translation>
    </message>
    <message>
        <source>Wrote {out}.</source>
        <translation>Запишано: {out}.</translation>
    </message>
</context>
<context>
    <name>recent_menu</name>
    <message>
        <source>{split} (server)</source>
        <translation>{split} (сервер)</translation>
    </message>
    <message>
        <source>No recent workspaces</source>
        <translation>Нема неодамнешни работни простори</translation>
    </message>
    <message>
        <source>Clear menu</source>
        <translation>Исчисти го менито</translation>
    </message>
</context>
<context>
    <name>reconciliation_page</name>
    <message>
        <source>Reference</source>
        <translation>Реф. бр.</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Spread</source>
        <translation>Распон</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Ознаки</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Решено</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <source>Proposals</source>
        <translation>Предлог-проекти</translation>
    </message>
    <message>
        <source>Evaluator bias (advisory)</source>
        <translation>Пристрасност на оценувачите (информативно)</translation>
    </message>
    <message>
        <source>Feedback for the applicant</source>
        <translation>Повратна информација за апликантот</translation>
    </message>
    <message>
        <source>Reason (required)</source>
        <translation>Причина (задолжително)</translation>
    </message>
    <message>
        <source>Set consensus</source>
        <translation>Утврди консензус</translation>
    </message>
    <message>
        <source>Consensus score (replaces the aggregate of one criterion)</source>
        <translation>Консензусна оценка (ја заменува обединетата оценка за еден критериум)</translation>
    </message>
    <message>
        <source>Reason (required to exclude)</source>
        <translation>Причина (задолжителна за исклучување)</translation>
    </message>
    <message>
        <source>Exclude</source>
        <translation>Исклучи</translation>
    </message>
    <message>
        <source>Exclude a review (or count it again)</source>
        <translation>Исклучи оценување (или земи го повторно предвид)</translation>
    </message>
    <message>
        <source>Note for the record (required)</source>
        <translation>Белешка за записникот (задолжително)</translation>
    </message>
    <message>
        <source>Resolve</source>
        <translation>Разреши</translation>
    </message>
    <message>
        <source>Resolve (the proposal can then pass and be ranked)</source>
        <translation>Разреши (предлог-проектот потоа може да помине и да биде рангиран)</translation>
    </message>
    <message>
        <source>Consensus would give:</source>
        <translation>Консензусот би дал:</translation>
    </message>
    <message>
        <source>Exclusion would give:</source>
        <translation>Исклучувањето би дало:</translation>
    </message>
    <message>
        <source>&lt;i&gt;Select a proposal.&lt;/i&gt;</source>
        <translation>&lt;i&gt;Изберете предлог-проект.&lt;/i&gt;</translation>
    </message>
    <message>
        <source>&lt;i&gt;No proposal to reconcile yet: eligible proposals appear here with their reviews.&lt;/i&gt;</source>
        <translation>&lt;i&gt;Сè уште нема предлог-проекти за усогласување: подобните предлог-проекти се прикажуваат тука со нивните оценувања.&lt;/i&gt;</translation>
    </message>
    <message>
        <source>resolved: {note}</source>
        <translation>разрешено: {note}</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;font-size:13pt&apos;&gt;&lt;b&gt;{reference}&lt;/b&gt; — {title}&lt;/span&gt;&lt;br&gt;Final score &lt;b&gt;{final}&lt;/b&gt; · spread {spread} · {state}</source>
        <translation>&lt;span style=&apos;font-size:13pt&apos;&gt;&lt;b&gt;{reference}&lt;/b&gt; — {title}&lt;/span&gt;&lt;br&gt;Конечна оценка &lt;b&gt;{final}&lt;/b&gt; · распон {spread} · {state}</translation>
    </message>
    <message>
        <source> (excluded)</source>
        <translation> (исклучено)</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>Критериум</translation>
    </message>
    <message>
        <source>Consensus</source>
        <translation>Консензус</translation>
    </message>
    <message>
        <source>Final</source>
        <translation>Конечна</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Вкупно</translation>
    </message>
    <message>
        <source>Include again</source>
        <translation>Вклучи повторно</translation>
    </message>
    <message>
        <source>Already resolved</source>
        <translation>Веќе разрешено</translation>
    </message>
    <message>
        <source>type a score to see its effect</source>
        <translation>внесете оценка за да го видите ефектот</translation>
    </message>
    <message>
        <source>“{text}” is not a score on this criterion&apos;s scale</source>
        <translation>„{text}“ не е оценка на скалата на овој критериум</translation>
    </message>
    <message>
        <source>Consensus not saved</source>
        <translation>Консензусот не е зачуван</translation>
    </message>
    <message>
        <source>Review not excluded</source>
        <translation>Оценувањето не е исклучено</translation>
    </message>
    <message>
        <source>Not resolved</source>
        <translation>Не е разрешено</translation>
    </message>
    <message>
        <source>final score stays {shown}</source>
        <translation>конечната оценка останува {shown}</translation>
    </message>
    <message>
        <source>final score {shown} → {shown2}</source>
        <translation>конечна оценка {shown} → {shown2}</translation>
    </message>
</context>
<context>
    <name>reversals_bar</name>
    <message>
        <source>It will change:</source>
        <translation>Ќе се промени:</translation>
    </message>
    <message>
        <source>Add an evaluator to {reference}</source>
        <translation>Додај оценувач за {reference}</translation>
    </message>
    <message>
        <source>Free of conflicts of interest, the least loaded first:</source>
        <translation>Без судир на интереси, најнапред најмалку оптоварените:</translation>
    </message>
    <message>
        <source>Evaluator:</source>
        <translation>Оценувач:</translation>
    </message>
    <message>
        <source>Reverse a decision (with a reason) or add an evaluator</source>
        <translation>Поништи одлука (со причина) или додај оценувач</translation>
    </message>
    <message>
        <source>Un-resolve…</source>
        <translation>Поништи разрешување…</translation>
    </message>
    <message>
        <source>Clear consensus…</source>
        <translation>Избриши консензус…</translation>
    </message>
    <message>
        <source>Reopen review…</source>
        <translation>Отвори повторно…</translation>
    </message>
    <message>
        <source>Unassign…</source>
        <translation>Одземи…</translation>
    </message>
    <message>
        <source>Add third evaluator…</source>
        <translation>Додај оценувач…</translation>
    </message>
    <message>
        <source>Take the proposal back from this evaluator</source>
        <translation>Одземи му го предлог-проектот на овој оценувач</translation>
    </message>
    <message>
        <source>Only a review without scores can be unassigned; reopen or exclude it instead</source>
        <translation>Може да се одземе само оценување без оценки; наместо тоа, отворете го повторно или исклучете го</translation>
    </message>
    <message>
        <source>Un-resolve {reference}: {resolve_note}</source>
        <translation>Поништи го разрешувањето на {reference}: {resolve_note}</translation>
    </message>
    <message>
        <source>Un-resolve</source>
        <translation>Поништи разрешување</translation>
    </message>
    <message>
        <source>Clear the consensus score of {reference} {criterion}.</source>
        <translation>Избриши ја консензусната оценка на {reference} {criterion}.</translation>
    </message>
    <message>
        <source>Clear consensus</source>
        <translation>Избриши консензус</translation>
    </message>
    <message>
        <source>Count the review of {reference} by {review} again.</source>
        <translation>Земи го повторно предвид оценувањето на {reference} од {review}.</translation>
    </message>
    <message>
        <source>Include again</source>
        <translation>Вклучи повторно</translation>
    </message>
    <message>
        <source>Reopen the review of {reference} by {review}: it stops counting until it is submitted again.</source>
        <translation>Повторно отвори го оценувањето на {reference} од {review}: не се зема предвид додека не се поднесе повторно.</translation>
    </message>
    <message>
        <source>Reopen review</source>
        <translation>Повторно отвори оценување</translation>
    </message>
    <message>
        <source>Take {reference} back from {review}, who has not started it.</source>
        <translation>Одземи го {reference} од {review}: оценувањето сè уште не е започнато.</translation>
    </message>
    <message>
        <source>Unassign</source>
        <translation>Одземи</translation>
    </message>
    <message>
        <source>Add an evaluator</source>
        <translation>Додај оценувач</translation>
    </message>
    <message>
        <source>Every evaluator already reviews {reference} or has a conflict of interest.</source>
        <translation>Секој оценувач веќе го оценува {reference} или има судир на интереси.</translation>
    </message>
    <message>
        <source>{name} ({reviews} reviews)</source>
        <translation>{name} (оценувања: {reviews})</translation>
    </message>
    <message>
        <source>Evaluator not assigned</source>
        <translation>Оценувачот не е доделен</translation>
    </message>
</context>
<context>
    <name>scoring_page</name>
    <message>
        <source>Send back scores…</source>
        <translation>Испрати ги оценките…</translation>
    </message>
    <message>
        <source>Write the signed returns file to send to the chair</source>
        <translation>Ја запишува потпишаната датотека со оценки за испраќање до претседавачот</translation>
    </message>
    <message>
        <source>Score as:</source>
        <translation>Оценувај како:</translation>
    </message>
    <message>
        <source>&lt;b&gt;My proposals&lt;/b&gt;</source>
        <translation>&lt;b&gt;Мои предлог-проекти&lt;/b&gt;</translation>
    </message>
    <message>
        <source>I have &amp;no conflict of interest</source>
        <translation>&amp;Немам судир на интереси</translation>
    </message>
    <message>
        <source>I have a &amp;conflict of interest…</source>
        <translation>Имам &amp;судир на интереси…</translation>
    </message>
    <message>
        <source>Submit review</source>
        <translation>Поднеси оценување</translation>
    </message>
    <message>
        <source>No evaluators yet: register them on the Evaluators page and assign proposals.</source>
        <translation>Сè уште нема оценувачи: регистрирајте ги на страницата „Оценувачи“ и доделете им предлог-проекти.</translation>
    </message>
    <message>
        <source>Select a proposal to score it.</source>
        <translation>Изберете предлог-проект за да го оцените.</translation>
    </message>
    <message>
        <source>No proposals are assigned to you in this package.</source>
        <translation>Во овој пакет не ви се доделени предлог-проекти.</translation>
    </message>
    <message>
        <source>No proposals are assigned to {escape} yet.</source>
        <translation>{escape} сè уште нема доделени предлог-проекти.</translation>
    </message>
    <message>
        <source>&lt;p style=&quot;color:#2D3748&quot;&gt;&lt;i&gt;{text}&lt;/i&gt;&lt;/p&gt;</source>
        <translation>&lt;p style=&quot;color:#2D3748&quot;&gt;&lt;i&gt;{text}&lt;/i&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Before scoring, declare whether you have a conflict of interest with {reference}: a personal, professional or financial tie to any member of the consortium.</source>
        <translation>Пред да оценувате, изјавете дали имате судир на интереси со {reference}: лична, професионална или финансиска врска со кој било член на конзорциумот.</translation>
    </message>
    <message>
        <source>Submitted and locked; the chair can reopen it.</source>
        <translation>Поднесено и заклучено; претседавачот може повторно да го отвори.</translation>
    </message>
    <message>
        <source>Reopened by the chair: {reopen_reason}</source>
        <translation>Повторно отворено од претседавачот: {reopen_reason}</translation>
    </message>
    <message>
        <source>Saved as you type.</source>
        <translation>Се зачувува додека пишувате.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Total {points}&lt;/b&gt; of {points2} · {count} of {count2} criteria scored</source>
        <translation>&lt;b&gt;Вкупно {points}&lt;/b&gt;/{points2} · оценети критериуми: {count}/{count2}</translation>
    </message>
    <message>
        <source>Submit</source>
        <translation>Поднеси</translation>
    </message>
    <message>
        <source>Conflict of interest</source>
        <translation>Судир на интереси</translation>
    </message>
    <message>
        <source>Describe your conflict of interest with {reference}. The proposal will be taken off your list and the chair will see your declaration.</source>
        <translation>Опишете го вашиот судир на интереси со {reference}. Предлог-проектот ќе биде отстранет од вашата листа, а претседавачот ќе ја види вашата изјава.</translation>
    </message>
    <message>
        <source>Declaration not saved</source>
        <translation>Изјавата не е зачувана</translation>
    </message>
    <message>
        <source>Review not submitted</source>
        <translation>Оценувањето не е поднесено</translation>
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
        <translation> (водечки апликант)</translation>
    </message>
    <message>
        <source>&lt;p style=&apos;font-size:13pt&apos;&gt;&lt;b&gt;{escape}&lt;/b&gt; — {escape2}&lt;/p&gt;&lt;p&gt;&lt;b&gt;{requested_amount} {escape3}&lt;/b&gt; · {duration_months} months · {escape4}: {escape5}&lt;/p&gt;&lt;p&gt;{escape6}&lt;/p&gt;&lt;p&gt;&lt;b&gt;Consortium&lt;/b&gt;&lt;/p&gt;&lt;ul style=&apos;margin-left:-20px&apos;&gt;{members}&lt;/ul&gt;</source>
        <translation>&lt;p style=&apos;font-size:13pt&apos;&gt;&lt;b&gt;{escape}&lt;/b&gt; — {escape2}&lt;/p&gt;&lt;p&gt;&lt;b&gt;{requested_amount} {escape3}&lt;/b&gt; · {duration_months} месеци · {escape4}: {escape5}&lt;/p&gt;&lt;p&gt;{escape6}&lt;/p&gt;&lt;p&gt;&lt;b&gt;Конзорциум&lt;/b&gt;&lt;/p&gt;&lt;ul style=&apos;margin-left:-20px&apos;&gt;{members}&lt;/ul&gt;</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Реф. бр.</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Наслов</translation>
    </message>
    <message>
        <source>Scored</source>
        <translation>Оценето</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Comment (required for scores {required})</source>
        <translation>Коментар (задолжителен за оценките {required})</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Коментар</translation>
    </message>
    <message>
        <source>Enter: next criterion · Shift+Enter: new line</source>
        <translation>Enter: следен критериум · Shift+Enter: нов ред</translation>
    </message>
    <message>
        <source>&lt;b&gt;{code}&lt;/b&gt; {text}&lt;br&gt;&lt;span style=&apos;color:#555&apos;&gt;{guidance}&lt;/span&gt;</source>
        <translation>&lt;b&gt;{code}&lt;/b&gt; {text}&lt;br&gt;&lt;span style=&apos;color:#555&apos;&gt;{guidance}&lt;/span&gt;</translation>
    </message>
    <message>
        <source>A score of {points} needs a written justification before you submit.</source>
        <translation>Оценката {points} бара писмено образложение пред да поднесете.</translation>
    </message>
    <message>
        <source>&lt;b&gt;{name}&lt;/b&gt; &lt;span style=&apos;color:#666&apos;&gt;· {maximum} points&lt;/span&gt;</source>
        <translation>&lt;b&gt;{name}&lt;/b&gt; &lt;span style=&apos;color:#666&apos;&gt;· {maximum} бодови&lt;/span&gt;</translation>
    </message>
    <message>
        <source>Submit your review of {reference}: total {points} of {points2}?

Once submitted it is locked; only the chair can reopen it.</source>
        <translation>Да се поднесе вашето оценување на {reference}: вкупно {points} од {points2}?

По поднесувањето се заклучува; само претседавачот може повторно да го отвори.</translation>
    </message>
</context>
<context>
    <name>server_connect</name>
    <message>
        <source>Connect to server</source>
        <translation>Поврзи се со сервер</translation>
    </message>
    <message>
        <source>db.example.org or db.example.org:5432</source>
        <translation>db.example.org или db.example.org:5432</translation>
    </message>
    <message>
        <source>your database role, e.g. ana_s</source>
        <translation>вашата улога во базата на податоци, на пр. ana_s</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Сервер:</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;База на податоци:</translation>
    </message>
    <message>
        <source>&amp;Sign in as:</source>
        <translation>&amp;Најави се како:</translation>
    </message>
    <message>
        <source>The password comes from ~/.pgpass or PGPASSWORD; if there is none, you are asked for it. Grant Evaluator never stores a password.</source>
        <translation>Лозинката се зема од ~/.pgpass или PGPASSWORD; ако ја нема, ќе ви биде побарана. Grant Evaluator никогаш не зачувува лозинка.</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Поврзи се</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Лозинка</translation>
    </message>
    <message>
        <source>{message}

Password for {shown}:</source>
        <translation>{message}

Лозинка за {shown}:</translation>
    </message>
</context>
<context>
    <name>server_watch</name>
    <message>
        <source>Updated at {strftime}: the workspace was changed on the server.</source>
        <translation>Ажурирано во {strftime}: работниот простор е изменет на серверот.</translation>
    </message>
</context>
<context>
    <name>welcome_page</name>
    <message>
        <source>&lt;h1&gt;Grant Evaluator&lt;/h1&gt;&lt;p&gt;Score proposals against the call&apos;s grid, reconcile the evaluators&apos; scores, rank, and draw the budget line — offline, one workspace file per call.&lt;/p&gt;</source>
        <translation>&lt;h1&gt;Grant Evaluator&lt;/h1&gt;&lt;p&gt;Оценувајте предлог-проекти според табелата за оценување од повикот, усогласувајте ги оценките на оценувачите, рангирајте и повлечете ја границата на буџетот — без интернет, со една датотека на работен простор за секој повик.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>New workspace from call file…</source>
        <translation>Нов работен простор од датотека на повик…</translation>
    </message>
    <message>
        <source>Open workspace…</source>
        <translation>Отвори работен простор…</translation>
    </message>
    <message>
        <source>Open evaluation package…</source>
        <translation>Отвори пакет за оценување…</translation>
    </message>
    <message>
        <source>Open the demo workspace</source>
        <translation>Отвори демонстрациски работен простор</translation>
    </message>
    <message>
        <source>&lt;b&gt;Recent workspaces&lt;/b&gt;</source>
        <translation>&lt;b&gt;Неодамнешни работни простори&lt;/b&gt;</translation>
    </message>
</context>
</TS>
